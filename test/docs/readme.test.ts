import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readmeSections, replaceSections } from '../../src/app/readme-sections';
import { loadCatalog } from '../../src/domain/catalog';
import { inputName, parseInputName } from '../../src/domain/template/names';

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  it('has its generated sections up to date (run: npx tsx scripts/update-readme.ts)', () => {
    expect(replaceSections(readme, readmeSections(loadCatalog()))).toBe(readme);
  });

  it('documents every defined name and every KHCN function', () => {
    const catalog = loadCatalog();
    for (const ind of catalog.indicators)
      for (const c of ind.components) expect(readme).toContain(`\`${inputName(ind.code, c.key)}\``);
    expect(readme).toContain('`KHCN.PROGRESS`');
  });

  it('gives the test command that .ci/run runs', () => {
    const ci = readFileSync(join(__dirname, '..', '..', '.ci', 'run'), 'utf8');
    expect(readme).toContain('npm test');
    expect(ci).toMatch(/npm test/);
  });
});

describe('defined-name scheme', () => {
  it('replaces the dots of the code and round-trips', () => {
    expect(inputName('I.2', 'fte')).toBe('KHCN_I_2_fte');
    expect(inputName('III.15', 'tech_advanced')).toBe('KHCN_III_15_tech_advanced');
    expect(parseInputName('KHCN_III_15_tech_advanced')).toEqual({
      indicator: 'III.15',
      component: 'tech_advanced',
    });
    expect(parseInputName('KHCN_I_2')).toBeUndefined();
    expect(parseInputName('Print_Area')).toBeUndefined();
  });
});
