// Which Excel API requirement set each tab needs. The manifest only demands ExcelApi 1.7, so a
// tab whose feature needs a newer set is checked at runtime with isSetSupported and explained.
// Sets: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
import type { HostInfo, Requirement } from '../app/ports';

export type TabId = 'templates' | 'validation' | 'consolidation' | 'targets';
export type FeatureId = 'dataValidation' | 'changeEvents' | 'insertWorksheets' | 'workbookInfo';

export const TAB_IDS: readonly TabId[] = ['templates', 'validation', 'consolidation', 'targets'];

export interface FeatureRequirement extends Requirement {
  readonly feature: FeatureId;
}

export const TAB_REQUIREMENTS: Record<TabId, readonly FeatureRequirement[]> = {
  // range.dataValidation: ExcelApi 1.8
  templates: [{ feature: 'dataValidation', set: 'ExcelApi', version: '1.8' }],
  // worksheet.onChanged: ExcelApi 1.7
  validation: [{ feature: 'changeEvents', set: 'ExcelApi', version: '1.7' }],
  // workbook.insertWorksheetsFromBase64: ExcelApi 1.13
  consolidation: [{ feature: 'insertWorksheets', set: 'ExcelApi', version: '1.13' }],
  // workbook.name (header) and plain range writes: ExcelApi 1.7
  targets: [{ feature: 'workbookInfo', set: 'ExcelApi', version: '1.7' }],
};

/** Requirements of `tab` that the host lacks (empty = the tab works). */
export function missingRequirements(host: HostInfo, tab: TabId): FeatureRequirement[] {
  return TAB_REQUIREMENTS[tab].filter((r) => !host.supports(r.set, r.version));
}
