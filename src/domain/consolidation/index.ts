/**
 * Consolidation core (pure): the units' reported values → province-level indicator values,
 * with provenance and flags, and their comparison with the plan's targets.
 */
export { consolidate } from './consolidate';
export {
  compareTargets,
  linkValue,
  type TargetCheck,
  type MilestoneCheck,
  type PathCheck,
  type PathStatus,
} from './targets';
export { dedupCount, type DedupResult } from './dedup';
export { normalizeDoi } from '../doi';
export {
  DEFAULT_POPULATION_SOURCE,
  OFFICIAL_POPULATION,
  referencePopulation,
  populationFlags,
} from './population';
export type * from './types';
export { buildRun, defaultExpectedUnits, DEFAULT_DEADLINE } from './run';
export type * from './run-types';
