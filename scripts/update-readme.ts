/**
 * Regenerates the generated sections of README.md from the catalogue, so the
 * documentation of defined names and custom functions can never drift from the code.
 * Run: npx tsx scripts/update-readme.ts   (test/docs/readme.test.ts checks it is up to date)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readmeSections, replaceSections } from '../src/app/readme-sections';
import { loadCatalog } from '../src/domain/catalog';

const path = join(__dirname, '..', 'README.md');
const before = readFileSync(path, 'utf8');
const after = replaceSections(before, readmeSections(loadCatalog()));
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'README.md đã cập nhật sẵn / already up to date' : 'README.md updated');
