/**
 * Validating a catalogue: zod for the shape, then the cross references (integrity.ts). Used for
 * a catalogue made from the office's registry file, and by the tests for the built-in one.
 */
import { z } from 'zod';
import { deepFreeze, type Catalog } from '.';
import { catalogProblems } from './integrity';
import { indicatorSchema, officeContactSchema, reportingUnitSchema, targetSchema } from './schema';

export const catalogSchema = z.object({
  version: z.string().min(1),
  indicators: z.array(indicatorSchema),
  units: z.array(reportingUnitSchema),
  targets: z.array(targetSchema),
  office: officeContactSchema,
});

/** Thrown when the catalogue data is invalid; `problems` lists every finding. */
export class CatalogError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid catalogue (${problems.length} problem(s)):\n- ${problems.join('\n- ')}`);
    this.name = 'CatalogError';
  }
}

/** Validates a catalogue-shaped value (zod, then cross references) and returns it frozen. */
export function validateCatalog(input: unknown): Catalog {
  const parsed = catalogSchema.safeParse(input);
  if (!parsed.success) {
    throw new CatalogError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const problems = catalogProblems(parsed.data);
  if (problems.length > 0) throw new CatalogError(problems);
  return deepFreeze(parsed.data);
}
