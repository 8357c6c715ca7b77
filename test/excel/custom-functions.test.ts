// The custom functions' metadata: functions.json generated from the JSDoc (as the webpack plugin
// does), src/functions/functions-vi.json and CUSTOM_FUNCTIONS (src/domain/custom-functions.ts)
// kept in step, and every catalogue formula given a function. Behaviour: test/functions/.
//
// After changing CUSTOM_FUNCTIONS (or FORMULAS texts), regenerate the Vietnamese metadata with
//   UPDATE_FUNCTIONS_VI=1 npx jest test/excel/custom-functions.test.ts
// and update the JSDoc of src/functions/functions.ts by hand (the test names the difference).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '../../src/domain/catalog';
import { FORMULA_IDS } from '../../src/domain/catalog/schema';
import { CUSTOM_FUNCTIONS, EXTRA_FUNCTION_IDS } from '../../src/domain/custom-functions';
import {
  expectedViMetadata,
  FUNCTIONS_VI_JSON,
  generateMetadata,
  metaType,
  type Generated,
  type Metadata,
} from '../functions/metadata';

let generated: Generated;
beforeAll(async () => {
  generated = await generateMetadata();
}, 60_000);

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽềếểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

test('the generator reports no errors', () => {
  expect(generated.errors).toEqual([]);
});

test('one function per CUSTOM_FUNCTIONS entry, ids = names, ASCII', () => {
  const ids = generated.metadata.functions.map((f) => f.id);
  expect(ids).toEqual(CUSTOM_FUNCTIONS.map((f) => f.id));
  for (const f of generated.metadata.functions) {
    expect(f.name).toBe(f.id);
    expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
  }
  // The plugin associates each id with the function carrying its JSDoc.
  expect(generated.associate.map((a) => a.id)).toEqual(ids);
});

test('every formula of the registry and every formula the catalogue uses has a function', () => {
  const ids = new Set(generated.metadata.functions.map((f) => f.id));
  for (const id of FORMULA_IDS) expect(ids).toContain(id);
  const used = new Set(loadCatalog().indicators.flatMap((i) => (i.formula ? [i.formula.fn] : [])));
  expect(used.size).toBeGreaterThan(0);
  for (const fn of used) expect(ids).toContain(fn);
  for (const id of EXTRA_FUNCTION_IDS) expect(ids).toContain(id);
});

describe.each(CUSTOM_FUNCTIONS.map((f) => [f.id, f] as const))('%s', (id, help) => {
  const meta = () => generated.metadata.functions.find((f) => f.id === id)!;

  test('parameter names, types, dimensionality, optional and repeating flags', () => {
    expect(meta().parameters.map((p) => p.name)).toEqual(help.params.map((p) => p.name));
    for (const [i, p] of help.params.entries()) {
      const g = meta().parameters[i]!;
      expect(g.type).toBe(metaType(p.kind));
      expect(g.dimensionality ?? 'scalar').toBe(p.kind === 'list' ? 'matrix' : 'scalar');
      expect(g.optional ?? false).toBe(p.optional ?? false);
      expect(g.repeating ?? false).toBe(p.repeatable ?? false);
      // Excel on the web refuses a required repeating range (OfficeDev/office-js#2732).
      if (g.repeating) expect(g.optional).toBe(true);
    }
    expect(meta().result?.type).toBe(help.result === 'text' ? 'string' : 'number');
  });

  test('English help (JSDoc) is the registry text', () => {
    expect(meta().description).toBe(help.descriptionEn);
    expect(meta().parameters.map((p) => p.description)).toEqual(help.params.map((p) => p.labelEn));
  });

  test('Vietnamese help is written and differs from the English', () => {
    expect(help.descriptionVi).toMatch(VIETNAMESE);
    expect(help.nameVi).not.toBe('');
    for (const p of help.params) {
      expect(p.labelVi).not.toBe('');
      expect(p.labelVi).not.toBe(p.labelEn);
    }
    expect(help.descriptionVi).not.toBe(help.descriptionEn);
  });
});

describe('functions-vi.json', () => {
  const expected = expectedViMetadata();
  if (process.env.UPDATE_FUNCTIONS_VI === '1') {
    writeFileSync(FUNCTIONS_VI_JSON, `${JSON.stringify(expected, null, 2)}\n`);
  }
  const vi = JSON.parse(readFileSync(FUNCTIONS_VI_JSON, 'utf8')) as Metadata;

  test('is CUSTOM_FUNCTIONS in Vietnamese', () => {
    expect(vi).toEqual(expected);
  });

  test('has the ids, names and parameter shapes of the generated functions.json', () => {
    const shape = (m: Metadata) =>
      m.functions.map((f) => [
        f.id,
        f.name,
        f.result?.type,
        f.parameters.map((p) => [
          p.name,
          p.type ?? 'any',
          p.dimensionality ?? 'scalar',
          p.optional ?? false,
          p.repeating ?? false,
        ]),
      ]);
    expect(shape(vi)).toEqual(shape(generated.metadata));
  });

  test('is served for vi-VN by the manifest and copied by the build', () => {
    const root = path.join(__dirname, '../..');
    const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
    expect(manifest).toMatch(/<bt:Override Locale="vi-vn" Value="[^"]*\/functions-vi\.json"/);
    expect(manifest).toMatch(/<bt:Override Locale="en-us" Value="[^"]*\/functions\.json"/);
    const webpack = readFileSync(path.join(root, 'webpack.config.js'), 'utf8');
    expect(webpack).toContain("from: 'src/functions/functions-vi.json'");
  });
});
