/**
 * English messages (secondary language), same codes and placeholders as vi.ts.
 */
import type { IssueCode, WhereLabels } from '../issues';

export const MESSAGES_EN: Record<IssueCode, string> = {
  FILE_NOT_FOUND:
    'The file was not found or cannot be opened. Check the path, the file name (including the .xlsx extension) and the access rights.',
  FILE_NOT_XLSX:
    'The file is a “{ext}” file, not an Excel workbook (.xlsx), so it cannot be read. Enter the data in the .xlsx template issued to your unit, save it as “Excel Workbook (*.xlsx)” and send it again.',
  FILE_XLSM:
    'The file is a macro-enabled workbook (.xlsm); for safety, files with macros are not accepted. Save it as “Excel Workbook (*.xlsx)” and send it again.',
  FILE_CORRUPT:
    'The file is damaged or not a valid Excel file, so it cannot be read. Open it in Excel to check it, save it and send it again; if it will not open, re-enter the data in the original template.',
  FILE_CORRUPT_PART:
    'The file is damaged in its part “{part}”, so it cannot be read. Open it in Excel, save it and send it again; if it will not open, re-enter the data in the original template.',
  FILE_TAMPERED:
    'The part “{part}” of the file is written twice (edited with another tool or tampered with), so which figures are real cannot be told. Open it in Excel, save it and send it again.',
  FILE_READ_TIMEOUT:
    'Reading the file took more than {seconds} seconds and was stopped so as not to hold up the other files (too complex or damaged). Open it in Excel, delete what is not part of the template, save and send it again.',
  FILE_READ_OUT_OF_MEMORY:
    'Reading the file needed more than {mb} MB of memory and was stopped so as not to hold up the other files (too large or damaged). Open it in Excel, delete what is not part of the template, save and send it again.',
  FILE_PASSWORD_PROTECTED:
    'The file has an opening password, so its data cannot be read. Remove the opening password in Excel, save and send it again (you may protect sheets against accidental edits, but do not set an opening password).',
  FILE_TOO_LARGE:
    'The file is {sizeMb} MB, above the {maxMb} MB limit. Delete sheets, pictures or data that are not part of the template, save and send it again.',
  FILE_DUPLICATE_UNIT:
    'Unit {unit} sent several files; this one is older and is not used — the figures come from the newest file “{otherFile}”. If the newest file is not the final one, remove it from the consolidation and run it again.',
  FILE_SUPERSEDED_PINNED: 'The Department chose “{otherFile}” for this unit; this file is not used.',
  FILE_SUPERSEDED_SUSPECT:
    'This file may not be the unit’s own or its structure was edited, so it does not replace the unit’s valid file “{otherFile}” (although received later). If this one is right, choose it (khcn consolidate --prefer "file name", or “Use this file” in the task pane).',
  FILE_SUPERSEDED_DRAFT:
    'This file is a draft (not marked “Hoàn thành”, or its name says “nháp” or “draft”); the unit’s figures come from “{otherFile}”.',
  FILE_TIE:
    'The unit sent several files received at the same time; which is final cannot be told; “{otherFile}” is used for now. Choose the right file (khcn consolidate --prefer "file name", or “Use this file” in the task pane).',
  SUBMISSION_LATE:
    '{unit} sent its report on {submitted}, after the {deadline} deadline. The data is still consolidated; please meet the deadline in future rounds.',
  IDENTITY_MISSING:
    'The template identity (reporting unit, year, version) was not found; the file may not come from the official template or its information sheet was deleted. Enter the data in the template issued to your unit and send it again.',
  IDENTITY_INVALID:
    'The template identity is there but not valid ({problems}); its information sheet may have been edited. Enter the data in the template issued to your unit and send it again.',
  IDENTITY_SUSPECT:
    'The file says it is from {unit} but does not match: {reasons}. It is read but never replaces a valid file of that unit; the Department must decide which file is right.',
  IDENTITY_UNKNOWN_UNIT:
    'The template names unit id “{unitId}”, which is not in the list of reporting units. Use the template issued to your own unit; if your unit is new or renamed, ask the Department of Science and Technology for a template.',
  TEMPLATE_WRONG_YEAR:
    'The template is for {found}, but this evaluation is for {expected}. Enter the data in the {expected} template.',
  TEMPLATE_WRONG_UNIT:
    'The template was issued to {found}, not to {expected}. Check it: each unit fills in the template bearing its own name.',
  TEMPLATE_OLD_VERSION:
    'The template is version {found}; version {expected} is current. The data is still read, but indicators may be missing or defined differently; move the data to the current template.',
  SHEET_MISSING:
    'Sheet “{name}” was not found. Do not delete or rename the template’s sheets; if it was renamed, rename it back to “{name}”.',
  NAME_MISSING:
    'The defined name {name} marking an input cell was not found, usually because template rows or columns were deleted. Enter the data in the original template without inserting or deleting rows or columns in the input area.',
  NAME_BROKEN:
    'The defined name {name} no longer points to a cell (#REF!) because the marked cell was deleted. Enter the data in the original template without deleting rows, columns or cells in the input area.',
  NAME_MOVED:
    'The defined name {name} points to {found} instead of {expected}, probably after rows or columns were inserted or moved. The value is read at {found}; check that the data was entered in the right cell.',
  NAME_WRONG_PLACE:
    'The defined name {name} must point at {expected} but points at {found}, so this cell is not read. Enter the data in the original template without editing its names.',
  MERGED_INPUT_CELL:
    'The input cell is merged with other cells ({range}); only the first cell of the merged area is read. Unmerge the cells and enter the value in the right cell.',
  SIGN_OFF_MISSING:
    'The file is marked “Hoàn thành” (complete) but “{field}” is blank. Fill in the sign-off (preparer, head of unit, date signed); if the file is not final yet, choose “Chưa hoàn thành”.',
  SIGN_OFF_PHONE_INVALID:
    'The phone number “{text}” does not look right (9–11 digits, e.g. 0222 3822 123). Check it so the department can reach the preparer.',
  COMPLETE_WITH_ERRORS:
    'The file is marked “Hoàn thành” (complete) but still has {errors} errors, so it is not treated as complete. Fix the errors listed, then save and send it again.',
  FILE_NOT_COMPLETE:
    'The file is not marked “Hoàn thành” (complete): the department treats it as a draft, used only when the unit has no complete file. When the figures are final and approved, choose “Hoàn thành” in this cell.',
  DRAFT_USED:
    'The unit has not sent a file marked complete: its figures are taken from this draft for now. Ask the unit to finish, mark it “Hoàn thành” and send it again.',
  VALUE_REQUIRED: 'This required value is missing. Enter it; if there is none, enter 0.',
  VALUE_REQUIRED_MEASURE:
    'This required value is missing. Enter the measured value (this is a measure such as population, a score or productivity: never enter 0 for a value you do not have; leave it blank and tell the Department of Science and Technology).',
  TEXT_REQUIRED:
    'This required text is missing. Write it as the indicator’s guidance asks (for example the method and the data source); if there is none, write “Không có” (none).',
  VALUE_NOT_NUMBER:
    '“{text}” is not a number. Enter the number only, without units or words (for example 1234.5); put a remark in the column “Nguồn số liệu / minh chứng” (column F) of the same row.',
  NUMBER_AS_TEXT:
    'The number “{text}” is stored as text; it is read as {value}. Re-enter it as a number (no leading apostrophe, cell not formatted as Text).',
  NUMBER_AS_TEXT_VI:
    '“{text}” is stored as text in the Vietnamese style (dot between thousands, comma as decimal mark); it is read as {value}. If that is right, nothing to fix; to be safe, re-enter it as a number.',
  NUMBER_AS_TEXT_EN:
    '“{text}” is stored as text in the English style (comma between thousands, dot as decimal mark); it is read as {value}. If that is right, nothing to fix; to be safe, re-enter it as a number.',
  NUMBER_AMBIGUOUS:
    '“{text}” can mean {readingVi} (Vietnamese style) or {readingEn} (English style), so it is not guessed. Re-enter it as a number, without thousands separators.',
  VALUE_NOT_INTEGER:
    'The value {value} must be a whole number (people, papers, TRL level…). Check it and enter a whole number.',
  VALUE_BELOW_MIN: 'The value {value} is below the allowed minimum of {min}. Check the figure and its unit.',
  VALUE_ABOVE_MAX:
    'The value {value} exceeds the maximum of {max}. Check the unit (for example million VND, not VND) or the figure.',
  VALUE_UNUSUALLY_HIGH:
    'The value {value} is unusually high (above {threshold}). If it is right, nothing to fix; otherwise check the unit or the number of zeros.',
  VALUE_PERCENT_SCALE:
    'This percentage cell holds {value}; {suggested} was probably meant. Type the % sign (for example 45%) or enter a fraction (0.45).',
  VALUE_NOT_DATE: '“{text}” is not a valid date. Enter the date as day/month/year, for example 15/03/2026.',
  DATE_AS_TEXT:
    '“{text}” is stored as text; it is read as the date {date} (day/month/year). If that is right, nothing to fix; to be safe, re-enter it as a date.',
  DATE_OUT_OF_RANGE:
    'The date {date} is outside the valid period ({min} – {max}). Check the day, month and year.',
  FORMULA_IN_INPUT:
    'The input cell holds the formula {formula}. Its computed result is used, but it may change when the workbook recalculates. Replace the formula with the figure (copy, then paste values).',
  FORMULA_NO_CACHED_VALUE:
    'The cell holds the formula {formula} but no computed result (the file was never opened and saved in Excel or LibreOffice), so its value cannot be read. Open the file, save it and send it again, or type the figure directly.',
  CELL_ERROR_VALUE:
    'The cell shows the error {error}, so no value can be read (usually a row, column or sheet used by a formula was deleted). Enter the correct value.',
  CELL_UNREADABLE:
    'The cell’s content cannot be read ({reason}: “{text}”), so it is not used. Type the value again and save the file in Excel.',
  VALUE_PERCENT_NOT_ALLOWED:
    'This is not a percentage field but it holds the percentage “{text}”. Type the number (without %) and remove the cell’s percentage format.',
  LEAD_ONLY_VALUE_IGNORED:
    'This figure is provided by the lead unit ({leadUnit}); the value entered here is for reference only and is not consolidated. Nothing to fix.',
  LIST_ITEM_INVALID:
    'Item {position} of the list (“{item}”) is not a number. Write one number per item, separated by semicolons (;) or line breaks, for example: 12; 5; 3.',
  LIST_ITEM_AMBIGUOUS:
    'Item {position} of the list (“{item}”) can mean {readingVi} or {readingEn}. Write numbers without thousands separators, items separated by semicolons (;).',
  LIST_ITEM_DOI_INVALID:
    'Item {position} (“{item}”) is not a valid DOI (10.xxxx/…). Check and correct it; remove papers without a DOI from the list and report them as the indicator’s guidance says.',
  CROSS_RULE_VIOLATED:
    '“{left}” ({leftValue}) must be {op} “{right}” ({rightValue}). Reason: {reason}. Check these two figures.',
  DERIVED_MISSING: '“{formula}” cannot be computed yet: “{param}” is missing. Enter all its inputs.',
  DERIVED_DIV_ZERO:
    '“{formula}” cannot be computed because “{param}” is 0 (division by zero). Check “{param}”; if it really is 0, the indicator cannot be computed for this period.',
  DERIVED_NEGATIVE:
    '“{formula}” cannot be computed because “{param}” is negative. Enter a value of 0 or more.',
  DERIVED_NOT_INTEGER:
    '“{formula}” cannot be computed because “{param}” holds a value that is not a whole number. Enter whole numbers (citation counts, TRL levels…).',
  DERIVED_OUT_OF_RANGE:
    '“{formula}” cannot be computed because “{param}” is out of range (a part larger than its total, a TRL outside 1–9, a time share outside 0–1…). Check the figures.',
  DERIVED_EMPTY_LIST:
    '“{formula}” cannot be computed yet: the list “{param}” is empty. Enter its values (write 0 for items whose value is zero).',
  SUBMISSION_MISSING:
    'No report has been received from {unit} (deadline {deadline}). The indicators it provides lack data; remind the unit to send its report.',
  COOPERATING_DISAGREES:
    '{unit} reports {value}, unlike the lead unit {leadUnit} ({leadValue}). The lead unit’s figure is consolidated; the two units should agree on one figure.',
  VALUE_NOT_USED_BY_RULE:
    'This value was read but is not part of the province figure: under the indicator’s consolidation rule (only the lead unit’s figure, or the largest value where the units’ coverage overlaps) the province uses the figure of {usedUnit}. The value is kept for comparison; no change is needed.',
  POPULATION_FALLBACK:
    'The statistics office’s average population is not available; {value} persons from {source} is used for now. Update it when the average population is available to recompute the per-10,000 rates.',
  INDICATOR_NO_DATA:
    'No unit has reported data for this indicator, so it cannot be computed. Check the units assigned to it and remind them.',
  LIST_DUPLICATES_MERGED:
    '{count} items reported by several units (same DOI) are counted once each. Nothing to fix.',
  DEFINITION_WORKING:
    'This indicator uses a working definition pending the Ministry of Science and Technology’s official guidance; the result may change. Nothing to fix.',
  CROSS_CHECK_PARTS_EXCEED:
    'The {count} other units together report {sum}, more than the official figure of {officialUnit} ({officialValue}), although their figures are parts of it. The official figure is used; check the survey scope with the units.',
  OFFICIAL_MISSING_SUBSTITUTE:
    '{officialUnit} (the official source) has not given this figure; {value} from {count} other unit(s) stands in for now. It is only a substitute and may be incomplete; ask {officialUnit} for the official figure.',
  OFFICIAL_MISSING_NO_SUBSTITUTE:
    '{officialUnit} (the official source) has not given this figure, and the {count} other units disagree, so none can stand in. Ask {officialUnit} for the official figure.',
  REGISTER_COUNT_SUMMED:
    'The counts of this indicator are sums of what {count} units typed, not yet matched item by item; an item two units both reported may be counted twice.',
  PROVINCE_RULE_VIOLATED:
    'The province figures break a rule (importance: {importance}): “{left}” ({leftValue}) must be {op} “{right}” ({rightValue}). Reason: {reason}. Check the units behind both sides.',
  PROVINCE_RULE_UNCHECKABLE:
    'The rule “{left}” {op} “{right}” could not be checked for the province: {missing} missing.',
  PLACEHOLDER_UNIT_FILE:
    'The file was made from the generic “{category}” template, not one bearing a unit’s name; its figures are read and counted as a unit of their own. Add the unit to the registry and send it its own template.',
  RECEIVED_LOG_NO_HEADER:
    'No header row with a file column (“Tệp”, “file”) and a received-time column (“Thời điểm nhận”, “received_at”) in the first 10 rows of the received log.',
  RECEIVED_LOG_EMPTY: 'The received log lists no file with a time.',
  RECEIVED_LOG_NO_FILE: 'Row {row} has the time “{time}” but no file name.',
  RECEIVED_LOG_NO_TIME: 'Row {row}: “{name}” has no received time.',
  RECEIVED_LOG_BAD_TIME:
    'Row {row}: the received time “{time}” of “{name}” is not valid (write 05/12/2026 14:30, 05/12/2026 or 2026-12-05T14:30:00+07:00).',
  RECEIVED_LOG_TWO_TIMES:
    '“{name}” is listed twice with different times (row {firstRow}: {firstTime}; row {row}: {time}). Keep one row.',
  RECEIVED_LOG_UNMATCHED: 'Row {row}: “{name}” is not among the input files (row ignored).',
  RECEIVED_LOG_AMBIGUOUS:
    'Row {row}: “{name}” matches several files ({candidates}); write it with its folder (row ignored).',
  RECEIVED_LOG_SECOND_TIME:
    'Row {row}: “{name}” already has another time at row {firstRow} ({firstTime}), which is used (row ignored).',
  PREVIOUS_NO_TABLE:
    'No previous-period figures found: the file is neither a consolidated workbook made by khcn for an earlier year nor a table with the columns “Mã đơn vị”, “Mã chỉ tiêu”, “Mã thành phần”, “Giá trị kỳ trước”. Use the template written by khcn baseline.',
  PREVIOUS_NO_YEAR:
    'The previous period’s year is missing: above the table, a row “{label}” needs the year in the next cell (e.g. 2025).',
  PREVIOUS_BAD_ROW:
    'Row {row}, column “{column}”: “{text}” cannot be used (a code not in the catalogue, or a value that is not a number). Fix this row; the other rows are still used.',
  PREVIOUS_NOT_EARLIER:
    'The previous-period figures are for {found}, not before the reporting year {expected}. Choose last year’s consolidated workbook or figures.',
  VALUE_CHANGE_VS_PREVIOUS:
    'The value {value} changed a lot from {year} ({previous}). Check it (wrong unit, a digit too many or too few?); if it is right, give the reason in the column “Nguồn số liệu / minh chứng”.',
  VALUE_OUTLIER_PEERS:
    'The value {value} is far from units of the same kind ({category}: median {median} of {peers} units). Check it; if it is right, give the reason in the column “Nguồn số liệu / minh chứng”.',
  BASELINE_DIFFERS_FROM_PREVIOUS:
    'The baseline score {value} differs from the consolidated {year} result ({previous}). Improvement must be measured from one baseline: check it.',
  REGISTER_TABLE_TOO_LARGE:
    'The table {table} ({range}) is too large to read: delete the rows and columns beyond the list and send it again.',
  REGISTER_COLUMN_MISSING:
    'The table {table} has no column “{column}”. Use the template’s table; do not delete or rename its columns.',
  REGISTER_REQUIRED: '“{column}” is required: this row is not counted. Fill it in or delete the row.',
  REGISTER_VALUE_INVALID: '“{text}” in the column “{column}” is not valid: {expected} is needed. Correct it.',
  REGISTER_DUPLICATE_IN_UNIT:
    'This item repeats row {firstRow} of the unit’s own list: it counts once. Delete the repeated row.',
  REGISTER_ATTRIBUTE_DISAGREES:
    '“{item}”: the units give different “{column}” ({values}); {used} is used ({rule}).',
  REGISTER_COUNT_DIFFERS:
    'The number typed ({typed}) differs from the count of “{register}” ({derived}: {rule}). The list is used; correct this cell or complete the list.',
  REGISTER_LIST_DIFFERS:
    'The values typed ({typed}) differ from those of “{register}” ({derived}: {rule}). The list is used; make them agree.',
  REGISTER_USED:
    'Computed from “{register}” (sheet “{sheet}”; {rule}): {items} distinct items listed by {units} units; {removed} duplicate rows removed (an item listed by several units counts once).',
  REGISTER_COUNTS_ADDED:
    '{count} units typed a count without “{register}” ({units}): their counts are added; items they share with other units may be counted twice. Ask them for their lists.',
  REGISTER_POSSIBLE_DUPLICATES:
    '{count} items of “{register}” have no identifier and share a title and year with another item (“possible duplicate”): still counted separately. Confirm them on the register sheet.',
  REGISTER_GROUP_HINDEX: 'h-index per research group (from the publications register): {groups}.',
  TRL_DISTRIBUTION: 'TRL distribution of {count} results: {levels}; at TRL ≥ 7: {high} %.',
  TABLE_NOT_UTF8: 'The file is not UTF-8 text. In Excel, save it as “CSV UTF-8 (Comma delimited)”.',
  TABLE_BAD_JSON: 'The file is not valid JSON ({detail}).',
  TABLE_JSON_SHAPE:
    'The JSON file has the wrong shape: expected an array (e.g. ["so-khcn", "thong-ke"] or [{"file": "…", "receivedAt": "…"}]) or an object {"name": "value"}.',
  TABLE_FORMAT: 'The file ends in “.{ext}”: expected an .xlsx, .csv or .json file.',
  UNITS_LIST_EMPTY: 'The list of units expected to report holds no unit id.',
  UNITS_LIST_UNKNOWN:
    'The list holds {count} unit id(s) the registry does not know: {ids}. See the ids with “khcn units”; communes use xp-<statistics code> or the statistics code.',
  REGISTRY_MISSING_COLUMN:
    'Column “{column}” is missing from the unit registry. Use the file written by “khcn registry” (keep its header row).',
  REGISTRY_EMPTY: 'The unit registry has no rows. Enter one unit per row below the header.',
  REGISTRY_BAD_ID:
    'Row {row}: unit id “{id}” is not valid. Use lower-case ASCII letters, digits and hyphens, starting with a letter or digit (e.g. dh-bac-ninh).',
  REGISTRY_DUPLICATE_ID:
    'Row {row}: unit id “{id}” is already used on row {firstRow}. Give each unit its own id.',
  REGISTRY_ID_GENERATED:
    'Row {row}: no unit id; “{id}” was made from the name. Write it in the “Mã đơn vị” column so it stays when the name changes.',
  REGISTRY_EMPTY_NAME: 'Row {row}: the unit has no name. Enter its full name.',
  REGISTRY_UNKNOWN_CATEGORY: 'Row {row}: category “{category}” is unknown. Use one of: {known}.',
  REGISTRY_TAX_CODE_INVALID:
    'Row {row}: tax code “{taxCode}” is not valid (10 digits, or 10 digits, a hyphen and 3 digits for a branch; the 10th digit is a check digit).',
  REGISTRY_TAX_CODE_DUPLICATE:
    'Row {row}: tax code “{taxCode}” is already on row {firstRow}. List each enterprise once.',
  REGISTRY_STAT_CODE_INVALID:
    'Row {row}: statistics code “{statCode}” is not a commune or ward of the province.',
  REGISTRY_BAD_FLAG: 'Row {row}: “Phải báo cáo” says “{value}”; write “có” (yes) or “không” (no).',
  REGISTRY_EMAIL_INVALID: 'Row {row}: e-mail address “{email}” does not look right.',
  REGISTRY_MISSING_UNIT:
    'The registry lacks {unit} (id “{id}”), which the plan makes lead or official source of {indicators}. Keep its row.',
  TARGET_LOW_CONFIDENCE:
    'Plan target {target} has low confidence (its reading of the plan text is uncertain); the comparison is indicative only. Check it against Plan 17/KH-UBND.',
};

export const WHERE_EN: WhereLabels = {
  file: 'file “{file}”',
  sheet: 'sheet “{sheet}”',
  cell: 'cell {cell}',
  definedName: 'defined name {definedName}',
  indicator: 'indicator {indicator}',
  indicatorComponent: 'indicator {indicator} – {component}',
};
