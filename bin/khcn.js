#!/usr/bin/env node
// Entry of the `khcn` command: runs the compiled CLI (dist-cli/, built by `npm ci` through the
// "prepare" script or by `npm run build:cli`). Unit workbooks are read in bounded child processes.
'use strict';
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist-cli');

let cli;
try {
  cli = require(join(dist, 'main.cjs'));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('main.cjs')) {
    console.error(
      'Chưa biên dịch lệnh khcn: hãy chạy "npm ci" hoặc "npm run build:cli". / The CLI is not built: run "npm run build:cli".',
    );
  } else console.error('Lỗi không mong muốn / Unexpected error:', err && err.stack ? err.stack : err);
  process.exitCode = 2;
}

if (cli)
  cli.main(process.argv.slice(2), undefined, { readWorker: { path: join(dist, 'read-worker.cjs') } }).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error('Lỗi không mong muốn / Unexpected error:', err && err.stack ? err.stack : err);
      process.exitCode = 2;
    },
  );
