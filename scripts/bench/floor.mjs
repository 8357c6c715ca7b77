// The benchmark's floor: a plain SheetJS parse (XLSX.read) of every .xlsx of a folder, nothing
// else — what any reader of these files must at least pay. Plain JavaScript, no compilation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';

const dir = process.argv[2];
let sheets = 0;
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith('.xlsx'))
  .sort()) {
  const wb = XLSX.read(readFileSync(join(dir, name)));
  sheets += wb.SheetNames.length;
}
process.stdout.write(JSON.stringify({ sheets }));
