/**
 * Consolidation core (pure): the units' reported values → province-level indicator values,
 * with provenance and flags, and their comparison with the plan's targets.
 */
export { consolidate } from './consolidate';
export { compareTargets, DEFAULT_TARGET_YEARS, type TargetCheck } from './targets';
export { dedupCount, type DedupResult } from './dedup';
export { normalizeDoi } from '../doi';
export { POPULATION_KEY, DEFAULT_POPULATION_SOURCE, OFFICIAL_POPULATION } from './lead';
export type * from './types';
export { buildRun, defaultExpectedUnits, DEFAULT_DEADLINE } from './run';
export type * from './run-types';
