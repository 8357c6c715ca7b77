// Helpers shared by the custom function tests: the metadata generator the webpack plugin uses, and
// the expected Vietnamese metadata (src/functions/functions-vi.json) built from CUSTOM_FUNCTIONS.
import path from 'node:path';
import { CUSTOM_FUNCTIONS, type FunctionHelp } from '../../src/domain/custom-functions';

export const FUNCTIONS_TS = path.join(__dirname, '../../src/functions/functions.ts');
export const FUNCTIONS_VI_JSON = path.join(__dirname, '../../src/functions/functions-vi.json');

export interface ParamMeta {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
export interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  result?: { type?: string; dimensionality?: string };
  parameters: ParamMeta[];
}
export interface Metadata {
  functions: FunctionMeta[];
}
export interface Generated {
  metadata: Metadata;
  /** What the plugin turns into CustomFunctions.associate(id, functionName). */
  associate: { id: string; functionName: string }[];
  errors: string[];
}

type Generator = (
  input: string[],
  log?: boolean,
) => Promise<{ metadataJson: string; associate: { id: string; functionName: string }[]; errors: string[] }>;

let cached: Promise<Generated> | undefined;

/** functions.json as the build generates it (custom-functions-metadata, the plugin's dependency). */
export function generateMetadata(): Promise<Generated> {
  cached ??= (async () => {
    const pluginDir = path.dirname(require.resolve('custom-functions-metadata-plugin/package.json'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { generateCustomFunctionsMetadata } = require(
      require.resolve('custom-functions-metadata', { paths: [pluginDir] }),
    ) as { generateCustomFunctionsMetadata: Generator };
    const r = await generateCustomFunctionsMetadata([FUNCTIONS_TS], false);
    return {
      metadata: JSON.parse(r.metadataJson) as Metadata,
      associate: r.associate,
      errors: r.errors,
    };
  })();
  return cached;
}

/** The metadata type of a parameter kind. */
export const metaType = (kind: 'number' | 'list' | 'text'): string => (kind === 'text' ? 'string' : 'number');

/** functions-vi.json as it must be: same ids, names and shapes, Vietnamese texts. */
export function expectedViMetadata(functions: readonly FunctionHelp[] = CUSTOM_FUNCTIONS): Metadata {
  return {
    functions: functions.map((f) => ({
      id: f.id,
      name: f.id,
      description: f.descriptionVi,
      result: { type: f.result === 'text' ? 'string' : 'number', dimensionality: 'scalar' },
      parameters: f.params.map((p) => ({
        name: p.name,
        description: p.labelVi,
        type: metaType(p.kind),
        dimensionality: p.kind === 'list' ? 'matrix' : 'scalar',
        ...(p.optional ? { optional: true } : {}),
        ...(p.repeatable ? { repeating: true } : {}),
      })),
    })),
  };
}
