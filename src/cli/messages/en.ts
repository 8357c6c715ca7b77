/** The `khcn` command's own texts in English (`--lang en`); see messages/vi.ts. */
import type { CliCode } from './vi';

export const CLI_EN: Record<CliCode, string> = {
  ARGS_INVALID: 'Invalid arguments: {detail}\nSee “khcn --help”.',
  LANG_INVALID: 'No language “{value}”: use --lang vi or --lang en.',
  COMMAND_UNKNOWN: 'No command “{command}”. See “khcn --help”.',
  COMMAND_NO_OPERANDS: 'The command “{command}” takes no operand “{args}”.',
  OPTION_NOT_FOR: 'The command “{command}” does not take {option}. {hint}',
  CONSOLIDATE_UNITS_HINT: 'The units expected to report: --units <file.json|file.xlsx|file.csv>.',
  YEAR_INVALID: 'Invalid year “{value}” (four digits, e.g. 2026).',
  DEADLINE_INVALID: 'Invalid deadline “{value}” (a date such as 2026-12-05 or 05/12/2026).',
  POPULATION_INVALID: 'Invalid population “{value}” (a positive whole number, e.g. 3619433 or 3.619.433).',
  OUT_MISSING: 'Missing --out <{what}>.',
  OUT_EXTENSION: 'The file “{file}” must end in {ext}.',
  UNIT_MISSING: 'Missing --unit <unit id> (see “khcn units”).',
  UNIT_UNKNOWN:
    'No unit “{id}”. See the ids with “khcn units” (column “Mã đơn vị”); communes and wards use xp-<statistics code> (e.g. xp-07210) or the statistics code (07210).',
  UNIT_SUGGEST: 'Did you mean: {units}',
  FILES_MISSING: 'Missing file names: khcn validate <file.xlsx>...',
  INPUTS_MISSING:
    'Missing files or folders to consolidate: khcn consolidate <files or folders>... --out <report.xlsx>.',
  INPUTS_NONE_EXIST: 'Not found: {inputs}. Check the paths.',
  INPUTS_NO_FILE: 'No file found in: {inputs}.',
  INPUT_NOT_FOUND: '“{input}” not found (listed among the rejected files of the report).',
  PREFER_UNKNOWN: '--prefer “{file}”: no such file among the files consolidated.',
  OPTION_FILE_UNREADABLE: 'Cannot read “{file}” ({option}): {reason}.',
  LIST_HAS_ERRORS: 'The file “{file}” ({option}) has errors and cannot be used yet.',
  MORE_ISSUES: '… and {count} more.',
  WRITE_FAILED: 'Cannot write “{file}”: {reason}.',
  WRITE_NO_PERMISSION: 'no permission, or the file is open in Excel (close it and run again)',
  WRITE_BUSY: 'the file is open in another program such as Excel (close it and run again)',
  WRITE_IS_FOLDER: 'this is a folder; a file name is needed',
  WRITE_NOT_FOLDER: 'part of the path is a file, not a folder',
  WRITE_DISK_FULL: 'the disk is full',
  WRITE_READ_ONLY: 'the disk is read-only',
  READ_NOT_FOUND: 'file not found',
  READ_IS_FOLDER: 'this is a folder',
  UNEXPECTED_ERROR: 'Unexpected error: {detail}',
  CATALOG_HEADERS: 'Code|Indicator|Lead unit|Unit of measure|Formula',
  CATALOG_FOOTER: '{count} indicators — catalogue version {version}',
  UNITS_HEADERS: 'Unit id|Stat. code|Unit|Leads|Cooperates',
  UNITS_FOOTER: '{count} reporting units',
  TARGETS_HEADERS: 'Code|Target|{years}|Confidence',
  TARGETS_FOOTER:
    '{count} targets; {low} read with LOW confidence (hard-to-read scan) — not to be used as certain figures.',
  CONFIDENCE_HIGH: 'high',
  CONFIDENCE_MEDIUM: 'medium',
  CONFIDENCE_LOW: 'LOW',
  BASELINE_WRITTEN:
    'Wrote the previous-period table ({year}) to {file}. Type last year’s figures into “Giá trị kỳ trước”, then use: khcn consolidate … --previous {file}',
  DICTIONARY_WRITTEN: 'Wrote the indicator dictionary ({count} indicators) to {file}',
  TEMPLATE_WRITTEN: 'Wrote the template of {unit} ({indicators} indicators, {inputs} input cells) to {file}',
  TEMPLATES_WRITTEN: 'Wrote {count} templates for {year} to the folder {folder} ({seconds} s).',
  REGISTRY_WRITTEN:
    'Wrote the list of {count} units to {file}. Add institutes, universities, enterprises, network operators… on the sheet “Đơn vị”, the office contact on “Đầu mối Sở KH&CN”, then use the file with --registry {file}.',
  SEVERITY_ERROR: 'ERROR',
  SEVERITY_WARNING: 'WARNING',
  SEVERITY_INFO: 'INFO',
  VALIDATE_FILE: 'File “{file}”{about}: {verdict}',
  VALIDATE_ABOUT: ' (unit {unit}, year {year})',
  VALIDATE_UNREADABLE: 'UNREADABLE',
  VALIDATE_HAS_ERRORS: 'HAS ERRORS',
  VALIDATE_PASSED: 'PASSED',
  VALIDATE_COUNTS: '{errors} errors, {warnings} warnings, {infos} notes',
  VALIDATE_INDICATOR_COUNTS:
    '; indicators: {valid} valid, {invalid} with errors, {warned} with warnings, {empty} empty',
  VALIDATE_GENERAL: 'General:',
  VALIDATE_INDICATOR: 'Indicator {code}{name}: {status}',
  VALIDATE_TOTAL_OK: '{count} files. No errors.',
  VALIDATE_TOTAL_ERRORS:
    '{count} files. Some files have errors: fix them as described above and check again.',
  VALIDATE_TOTAL_UNREADABLE: '{count} files. Some files could not be read: see the reasons above.',
  PROGRESS_READING: 'Reading',
  PROGRESS_WRITING: 'Writing the consolidated report…',
  POPULATION_FROM_OPTION: 'figure given at consolidation (--population)',
  SUMMARY_FILES:
    'Consolidation of {year} (deadline {deadline}): {files} files read — {used} used, {superseded} superseded, {rejected} rejected.',
  SUMMARY_RECEIVED_FROM_LOG: 'Received times: {fromLog}/{files} files from the register {log}.',
  SUMMARY_RECEIVED_REST:
    'Received times: {fromLog}/{files} files from the register {log}, the other {rest} from the files’ modification times.',
  SUMMARY_REJECTED: 'Rejected files ({count}):',
  SUMMARY_SUPERSEDED: 'Files not used because another file of the unit was chosen ({count}):',
  SUMMARY_FILE_LINE: '  – {file}: {reason}',
  SUMMARY_COMPLETENESS:
    'Reports received from {received}/{expected} expected units{rate}: {onTime} on time, {late} late.',
  SUMMARY_WITH_ERRORS: '{count} units have data errors (see the sheet “Tình trạng nộp”).',
  SUMMARY_MISSING: 'Not submitted: {count} units (listed on the sheet “Tình trạng nộp”).',
  SUMMARY_UNREADABLE: 'Sent only unusable files (unreadable or rejected) ({count}): {units}.',
  SUMMARY_LATE: 'Late ({count}): {units}.',
  SUMMARY_MORE_UNITS: '{units}; … and {count} more units',
  SUMMARY_UNEXPECTED: '{count} units not expected to report sent files.',
  SUMMARY_CONFLICTS: '{count} data conflicts (see the sheet “Xung đột”).',
  SUMMARY_CHOICES:
    'The office must choose a file for {count} units (see “Xung đột”); choose with --prefer <file name>:',
  SUMMARY_CHOICE_LINE: '  – {unit}: using “{used}”; other files: {others}',
  SUMMARY_POPULATION_STATISTICS: 'Reference population: {value} (from {unit}, file “{file}”).',
  SUMMARY_POPULATION_FALLBACK:
    'Reference population: {value} (no figure from the statistics office yet; using {source}).',
  SUMMARY_PROVINCE_VIOLATED:
    'Province checks: {count} rules broken ({high} of high importance), see the sheet “Kiểm tra toàn tỉnh”:',
  SUMMARY_ISSUE_LINE: '  – {text}',
  SUMMARY_SKIPPED: 'Skipped {count} hidden files, Office lock files (~$…) or system files.',
  SUMMARY_WRITTEN: 'Wrote the consolidated report to {file}',
  REPORT_WRITTEN: 'Wrote the draft evaluation report to {file}',
  FEEDBACK_WRITTEN:
    'Wrote {count} feedback workbooks (copies of the units’ files with notes on the problem cells) to {folder}',
  REMINDERS_WRITTEN: 'Wrote the reminder list of {count} units (contact and message) to {file}',
  REPORT_FROM_WORKBOOK:
    'Drafting the evaluation report from the consolidated workbook “{file}” (consolidated {at}: {files} files, {units}/{expected} units reported).',
  STORED_RUN_FORMAT:
    '“{file}” is not a workbook written by khcn consolidate (no readable hidden sheet {sheet}). Draft the report from the units’ files: khcn report <folder> --out <file.docx>.',
  STORED_RUN_DAMAGED:
    'The consolidation data in the hidden sheet {sheet} of “{file}” was edited or is damaged and cannot be used. Consolidate again (khcn consolidate) or draft the report from the units’ files.',
  LOG_WARNING: 'Warning: {text}',
  LOG_MORE_WARNINGS:
    '… and {count} more warnings about the register of received files (those rows are ignored).',
};
