/**
 * Template identity: what a reader needs to know which unit, year and catalogue a filled
 * template belongs to. It lives on the very hidden sheet `_khcn` as key/value rows
 * (A = key, B = value, row 1 = header "key" | "value"), in IDENTITY_KEYS order.
 */
import { z } from 'zod';
import type { FormulaMode, TemplateIdentity } from './layout-types';

export const IDENTITY_SHEET = '_khcn';

export const IDENTITY_KEYS = [
  'templateVersion',
  'catalogVersion',
  'unitId',
  'unitName',
  'year',
  'generatedAt',
  'formulaMode',
  'inputCount',
  'inputsChecksum',
] as const;
export type IdentityKey = (typeof IDENTITY_KEYS)[number];

/**
 * FNV-1a 32-bit over the UTF-16 code units of the sorted names joined by '\n', as 8 hex digits.
 * Names are ASCII, so any reader can recompute it; a mismatch means names were deleted or added.
 */
export function inputsChecksum(names: readonly string[]): string {
  const text = [...names].sort().join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The key/value rows of the identity sheet, header first. */
export function identityRows(identity: TemplateIdentity): [string, string | number][] {
  const rows: [string, string | number][] = [['key', 'value']];
  for (const key of IDENTITY_KEYS) {
    const value = identity[key];
    if (value !== undefined) rows.push([key, value]);
  }
  return rows;
}

const FORMULA_MODES = ['native', 'custom'] as const satisfies readonly FormulaMode[];

const identitySchema = z.object({
  templateVersion: z.string().min(1),
  catalogVersion: z.string().min(1),
  unitId: z.string().min(1),
  unitName: z.string().optional(),
  // Spreadsheets may hand back numbers as text: accept "2026" too.
  year: z.coerce.number().int(),
  generatedAt: z.string().min(1),
  formulaMode: z.enum(FORMULA_MODES).optional(),
  inputCount: z.coerce.number().int().nonnegative().optional(),
  inputsChecksum: z
    .string()
    .regex(/^[0-9a-f]{8}$/)
    .optional(),
});

export type IdentityParse = { ok: true; identity: TemplateIdentity } | { ok: false; problems: string[] };

/** Reads identity rows back (header row and unknown keys are ignored; blanks count as missing). */
export function parseIdentity(rows: readonly (readonly [unknown, unknown])[]): IdentityParse {
  const record: Record<string, unknown> = {};
  for (const [key, value] of rows) {
    if (typeof key === 'string' && value !== null && value !== undefined && value !== '') {
      record[key.trim()] = typeof value === 'string' ? value.trim() : value;
    }
  }
  const parsed = identitySchema.safeParse(record);
  if (parsed.success) return { ok: true, identity: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}
