#!/usr/bin/env node
// Entry of the `khcn` command. The CLI is TypeScript run through tsx, so the same
// source serves the add-in and the command without a separate build step.
'use strict';
require('tsx/cjs/api').register();
const { main } = require('../src/cli/main.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error('Lỗi không mong muốn / Unexpected error:', err && err.stack ? err.stack : err);
    process.exitCode = 2;
  },
);
