/**
 * The defined-name scheme of input cells: `KHCN_<code>_<component>`, the dots of the
 * code replaced by underscores (I.2 + fte → KHCN_I_2_fte). Names are workbook-scoped,
 * so reading a filled template goes by name and survives inserted rows or moved blocks.
 */
export const NAME_PREFIX = 'KHCN_';

export function inputName(indicatorCode: string, componentKey: string): string {
  return `${NAME_PREFIX}${indicatorCode.replace(/\./g, '_')}_${componentKey}`;
}

/** Inverse of `inputName`: undefined for names that are not ours. */
export function parseInputName(name: string): { indicator: string; component: string } | undefined {
  const m = /^KHCN_(I|II|III|IV|V)_(\d+)_([a-z][a-z0-9_]*)$/.exec(name);
  if (!m) return undefined;
  return { indicator: `${m[1]}.${m[2]}`, component: m[3] ?? '' };
}
