// Builds the HostInfo port from Office.onReady's result and Office.context.
import type { HostInfo } from '../app/ports';

/** `info` is Office.onReady's result; undefined when office.js did not load (offline, plain browser). */
export function createHostInfo(info: { host: Office.HostType | null } | undefined): HostInfo {
  const office = typeof Office === 'undefined' ? undefined : Office;
  const inExcel = office !== undefined && info?.host === office.HostType.Excel;
  if (!inExcel) return { kind: 'outside', supports: () => false };
  const context = office.context;
  return {
    kind: 'excel',
    // isSetSupported is the documented runtime check for API availability.
    supports: (set, version) => context.requirements.isSetSupported(set, version),
    platform:
      context.platform === undefined || context.platform === null ? undefined : String(context.platform),
    displayLanguage: context.displayLanguage,
  };
}
