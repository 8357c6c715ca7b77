// Builds the compiled CLI (dist-cli/) before the tests: bin/khcn.js and the read workers run it,
// so tests always exercise the current sources (esbuild takes well under a second).
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async () => {
  execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
};
