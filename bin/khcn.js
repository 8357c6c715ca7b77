#!/usr/bin/env node
// Entry of the `khcn` command: runs the compiled CLI (dist-cli/, built by `npm ci` through the
// "prepare" script or by `npm run build:cli`). Unit workbooks are read in worker threads.
'use strict';
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const dist = join(__dirname, '..', 'dist-cli');

import(pathToFileURL(join(dist, 'main.mjs')).href).then(
  ({ main }) =>
    main(process.argv.slice(2), undefined, { readWorker: { path: join(dist, 'read-worker.mjs') } }).then(
      (code) => {
        process.exitCode = code;
      },
      (err) => {
        console.error('Lỗi không mong muốn / Unexpected error:', err && err.stack ? err.stack : err);
        process.exitCode = 2;
      },
    ),
  (err) => {
    if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist-cli')) {
      console.error(
        'Chưa biên dịch lệnh khcn: hãy chạy "npm ci" hoặc "npm run build:cli". / The CLI is not built: run "npm run build:cli".',
      );
    } else console.error('Lỗi không mong muốn / Unexpected error:', err && err.stack ? err.stack : err);
    process.exitCode = 2;
  },
);
