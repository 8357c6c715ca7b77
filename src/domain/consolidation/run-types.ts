/**
 * The consolidation RUN: received files → which file each unit's figures come from, each
 * expected unit's submission status, conflicts, the province values and their provenance.
 * Pure data, built by run.ts from what the adapters read; the report (domain/report) and the
 * task pane only present it.
 */
import type { Issue } from '../issues';
import type { ReadOutcome } from '../validation/reading';
import type { Completion } from '../validation/sign-off';
import type { PreviousPeriod } from '../previous/model';
import type { RegisterUnion } from '../registers/union';
import type { ProvinceRuleCheck } from './province-checks';
import type { TargetCheck } from './targets';
import type { ConsolidatedIndicator, ReferencePopulation } from './types';

/** One received file, as an adapter hands it over (the shared xlsx reader has read it). */
export interface ReceivedFile {
  /** How the file is named everywhere (base name; the CLI keeps a folder prefix when names clash). */
  file: string;
  /**
   * When the office received it, ISO 8601: file modification time (CLI), File.lastModified (add-in).
   * A time without an offset is read as Vietnam time; a value that is not ISO 8601 leaves the
   * file's timeliness unknown (never held against the unit).
   */
  receivedAt: string;
  /** Hex SHA-256 of the file's bytes ('' when the bytes could not be read at all). */
  sha256: string;
  /** Who sent it, as the received log names them (unit id, statistics code or name), when known. */
  sender?: string;
  sizeBytes: number;
  /** The read model, or the one issue saying why the file cannot be read. */
  outcome: ReadOutcome;
}

export interface RunOptions {
  /** Reporting year the files must be for (2026). */
  year: number;
  /**
   * Last day to submit, 'YYYY-MM-DD' (default DEFAULT_DEADLINE '2026-12-05'): a file received on
   * that day or earlier, in Vietnam time (UTC+7), is on time. buildRun throws a RangeError on
   * any other format (adapters check the option first).
   */
  deadline: string;
  /**
   * Registry ids of the units expected to report (default: defaultExpectedUnits(), every
   * non-placeholder unit). Read through the registry (case and spaces do not matter); ids it
   * does not know are ignored, so adapters should check them.
   */
  expectedUnits: readonly string[];
  /** When this run read the files, ISO 8601 (shown in the detail table). */
  readAt: string;
  officialPopulation: number;
  populationSource?: string;
  /** Files the office chose for their unit ("dùng tệp này"), by name: they win over any other. */
  pinned?: readonly string[];
  /** Last period's figures (--previous): growth targets, change warnings, last year's values. */
  previous?: PreviousPeriod;
}

/** What became of one received file. */
export type FileUse =
  /** Its values feed the consolidation. */
  | 'used'
  /** Another file of the same unit is newer: listed, not used. */
  | 'superseded'
  /** Cannot be used: unreadable, not our template, unknown unit, another year. */
  | 'rejected';

export interface FileLine {
  file: string;
  sha256: string;
  sizeBytes: number;
  receivedAt: string;
  /**
   * The unit recognised from the identity sheet (or, for a file that cannot be read or has no
   * identity sheet, from its name when it starts with the unit's template-file code and '_').
   * Undefined when the identity names a unit the registry does not know.
   */
  unitId?: string;
  unitNameVi?: string;
  year?: number;
  templateVersion?: string;
  catalogVersion?: string;
  /**
   * Set whenever the unit is known, rejected files included; undefined when it is not, or when
   * receivedAt is not a time. Only a used or superseded file gets a SUBMISSION_LATE issue.
   */
  timeliness?: 'on-time' | 'late';
  /** The file's sign-off mark: complete, blocked by errors, draft, or a template without the mark. */
  completion?: Completion;
  use: FileUse;
  /**
   * Why the file is superseded (FILE_DUPLICATE_UNIT naming the used file) or rejected (the read
   * issue, or the first of IDENTITY_MISSING / IDENTITY_UNKNOWN_UNIT / TEMPLATE_WRONG_YEAR).
   */
  reason?: Issue;
  /** Every issue of the file (read, identity, validation, lateness, duplicate), file order. */
  issues: Issue[];
  errors: number;
  warnings: number;
  /**
   * Valid values read from the file (components in state 'ok', rejected files included) / of
   * those, used in the province figures (its 'used' detail rows).
   */
  valuesRead: number;
  valuesUsed: number;
}

/**
 * One expected (or unexpectedly submitting) unit. `state` is the main verdict, most serious
 * first: missing > unreadable > errors > late > on-time.
 */
export type UnitState = 'on-time' | 'late' | 'missing' | 'unreadable' | 'errors';

export interface UnitStatusRow {
  unitId: string;
  unitNameVi: string;
  unitNameEn: string;
  kind: 'agency' | 'commune' | 'placeholder';
  /** False for a unit that submitted although the expected list does not name it. */
  expected: boolean;
  state: UnitState;
  /** The file used (or, when none is usable, the newest file attributed to the unit). */
  file?: string;
  receivedAt?: string;
  timeliness?: 'on-time' | 'late';
  /** The sign-off mark of the file shown (see FileLine.completion). */
  completion?: Completion;
  /** Files attributed to the unit (2+ means duplicates). */
  fileCount: number;
  errors: number;
  warnings: number;
  /**
   * Indicators the unit is assigned (lead or cooperating) / of those, with at least one valid
   * value in the used file (an indicator left out for an error still counts as reported).
   */
  indicatorsAssigned: number;
  indicatorsReported: number;
}

/**
 * Reporting completeness, like DHIS2's reporting rate: rates are fractions of `expected`.
 * Over the expected units: received + unreadable + missing = expected; onTime + late = received
 * (by the used file's time); withErrors counts received units whose used file has errors (they
 * are also counted on time or late).
 */
export interface Completeness {
  expected: number;
  /** Expected units with at least one usable file (on time, late or with errors). */
  received: number;
  onTime: number;
  late: number;
  missing: number;
  unreadable: number;
  withErrors: number;
  /** Units that submitted without being expected. */
  unexpected: number;
  /** received / expected (null when nothing is expected). */
  rate: number | null;
  /** on-time received / expected. */
  onTimeRate: number | null;
}

export type ConflictKind =
  /** Files of one unit the product cannot rank (same time, neither a draft): the office chooses. */
  | 'file-tie'
  /** A file whose identity or structure does not hold (kept out, or used for want of another). */
  | 'identity-suspect'
  /** Two or more files for one unit: the newest is used, all are listed. */
  | 'duplicate-file'
  /** A file for another reporting year (not used). */
  | 'wrong-year'
  /** A template older than the current version (used, with a warning). */
  | 'old-template'
  /** A cooperating unit's figure differs from the lead unit's (the lead's is used). */
  | 'cooperating-disagrees';

export interface ConflictRow {
  kind: ConflictKind;
  unitId?: string;
  indicator?: string;
  component?: string;
  /**
   * Files involved, the used one first: 'duplicate-file' lists the unit's usable files newest
   * first; 'cooperating-disagrees' the lead's file, then the cooperating unit's.
   */
  files: string[];
  /** The file whose value/content is used, when one is. */
  usedFile?: string;
  /** The issue explaining the conflict (rendered through the message map). */
  issue: Issue;
}

/** How a reported value entered the province figure. */
export type DetailUse =
  /** Part of the province value. */
  | 'used'
  /** From a file superseded by a newer one of the same unit. */
  | 'superseded'
  /** Read but not part of the value: the rule takes another unit's (lead) or the unit's indicator has errors. */
  | 'not-used';

/** One reported value (a row of the provenance table). Lists are one row with items joined by '; '. */
export interface DetailRow {
  unitId: string;
  unitNameVi: string;
  indicator: string;
  component: string;
  componentVi: string;
  /** As written to the sheet: a number or a text (a list joined by '; '). Never a formula. */
  value: number | string;
  file: string;
  sheet: string;
  cell: string;
  definedName: string;
  templateVersion: string;
  sha256: string;
  readAt: string;
  use: DetailUse;
  /**
   * Why it is not used, when it is not: the file's FILE_DUPLICATE_UNIT ('superseded'); the
   * unit's error in the indicator; the COOPERATING_DISAGREES flag; or VALUE_NOT_USED_BY_RULE.
   */
  note?: Issue;
}

export interface ConsolidationRun {
  options: RunOptions;
  /** In file-name order (code points), whatever order the files arrived in. */
  files: FileLine[];
  /** Expected units first (registry order), then unexpected submitters. */
  units: UnitStatusRow[];
  completeness: Completeness;
  /**
   * Sorted by kind (ConflictKind declaration order), unit (registry order), indicator and
   * component (catalogue order), first file (code points).
   */
  conflicts: ConflictRow[];
  /** All catalogue indicators in catalogue order (consolidate()). */
  indicators: ConsolidatedIndicator[];
  /** The one population every per-capita value uses. */
  population: ReferencePopulation;
  /** Findings about the run as a whole (a fallback population), said once on the summary. */
  flags: Issue[];
  /** Every cross rule checked on the province values (provinceChecks()). */
  provinceChecks: ProvinceRuleCheck[];
  /** Each indicator ↔ Plan 17 target link, judged for the report year (compareTargets()). */
  targetChecks: TargetCheck[];
  /** Sorted by unit (registry order), indicator (catalogue order), component, file. */
  detail: DetailRow[];
  /** Each register listed by a used file, de-duplicated over the units (absent when none). */
  registers?: RegisterUnion[];
}
