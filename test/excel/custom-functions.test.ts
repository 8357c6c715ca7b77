// Custom function wrappers (src/functions) with the fake CustomFunctions global, and the
// Vietnamese metadata file kept in step with the metadata generated from the JSDoc.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { installFakeHost, type FakeHost } from '../fakes/office-fake';
import { ftePer10kFunction } from '../../src/functions/functions';
import { FORMULAS } from '../../src/domain/formulas';
import type { FormulaId } from '../../src/domain/catalog/schema';

let host: FakeHost;
beforeAll(() => {
  host = installFakeHost();
  host.customFunctions.associate('FTE_PER_10K', ftePer10kFunction as (...args: unknown[]) => unknown);
});
afterAll(() => host.uninstall());

const call = (...args: unknown[]) => host.customFunctions.invoke('FTE_PER_10K', args);

test('FTE_PER_10K computes FTE per 10,000 population', async () => {
  expect((await call(1200, 3_600_000)).value).toBeCloseTo(3.333333, 5);
});

test('a zero population is #DIV/0!', async () => {
  expect(await call(5, 0)).toMatchObject({ error: '#DIV/0!' });
});

test('a negative input is #VALUE! with a Vietnamese explanation', async () => {
  const r = await call(-1, 1000);
  expect(r.error).toBe('#VALUE!');
  expect(r.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽềềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
});

test('a blank input is #N/A (no value yet) with a message', async () => {
  const r = await call(null, 1000);
  expect(r.error).toBe('#N/A');
  expect(r.message).toBeTruthy();
});

describe('functions-vi.json matches the generated functions.json', () => {
  type Param = {
    name: string;
    description?: string;
    type?: string;
    dimensionality?: string;
    repeating?: boolean;
  };
  type Meta = { functions: { id: string; name: string; description?: string; parameters: Param[] }[] };
  const shape = (p: Param) => [p.name, p.type ?? 'any', p.dimensionality ?? 'scalar', p.repeating ?? false];
  let generated: Meta;
  const vi = JSON.parse(
    readFileSync(path.join(__dirname, '../../src/functions/functions-vi.json'), 'utf8'),
  ) as Meta;

  beforeAll(async () => {
    // The generator the webpack plugin uses (a dependency of custom-functions-metadata-plugin).
    const pluginDir = path.dirname(require.resolve('custom-functions-metadata-plugin/package.json'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { generateCustomFunctionsMetadata } = require(
      require.resolve('custom-functions-metadata', { paths: [pluginDir] }),
    ) as {
      generateCustomFunctionsMetadata(
        input: string[],
        log?: boolean,
      ): Promise<{ metadataJson: string; errors: string[] }>;
    };
    const result = await generateCustomFunctionsMetadata(
      [path.join(__dirname, '../../src/functions/functions.ts')],
      false,
    );
    expect(result.errors).toEqual([]);
    generated = JSON.parse(result.metadataJson) as Meta;
  }, 60_000);

  test('same ids, names and parameter shapes', () => {
    const byId = new Map(vi.functions.map((f) => [f.id, f]));
    expect([...byId.keys()].sort()).toEqual(generated.functions.map((f) => f.id).sort());
    for (const g of generated.functions) {
      const v = byId.get(g.id)!;
      expect(v.name).toBe(g.name);
      expect(v.name).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(v.parameters.map(shape)).toEqual(g.parameters.map(shape));
    }
  });

  test('texts are those of the FORMULAS registry (English JSDoc, Vietnamese JSON)', () => {
    for (const g of generated.functions) {
      const spec = FORMULAS[g.id as FormulaId];
      expect(spec).toBeDefined();
      const v = vi.functions.find((f) => f.id === g.id)!;
      expect(g.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
      expect([g.description, ...g.parameters.map((p) => p.description)]).toEqual([
        spec.descriptionEn,
        ...spec.params.map((p) => p.labelEn),
      ]);
      expect([v.description, ...v.parameters.map((p) => p.description)]).toEqual([
        spec.descriptionVi,
        ...spec.params.map((p) => p.labelVi),
      ]);
    }
  });
});
