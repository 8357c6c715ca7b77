/**
 * File names of templates: the unit's code (statistics code for communes, registry id otherwise)
 * and its name in ASCII without diacritics, e.g. 07210_Phuong_Bac_Giang.xlsx,
 * so-khcn_So_Khoa_hoc_va_Cong_nghe.xlsx. ASCII keeps names intact in e-mail and zip tools.
 */
import type { Catalog, ReportingUnit } from '../catalog';
import { stripDiacritics } from '../text';

const MAX_NAME_CHARS = 60;

/** Vietnamese → ASCII words joined by '_': "Sở Khoa học và Công nghệ" → "So_Khoa_hoc_va_Cong_nghe". */
export function asciiSlug(text: string, maxChars = MAX_NAME_CHARS): string {
  const words = stripDiacritics(text)
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
  let out = '';
  for (const w of words) {
    const next = out === '' ? w : `${out}_${w}`;
    if (next.length > maxChars && out !== '') break;
    out = next.slice(0, maxChars);
  }
  return out;
}

export function templateFileName(unit: ReportingUnit): string {
  const code = fileCodeOf(unit);
  // Parenthesised notes ("(mẫu – thay bằng tên đơn vị)") only make file names long.
  const name = unit.nameVi.replace(/\([^)]*\)/g, ' ');
  return `${code}_${asciiSlug(name)}.xlsx`;
}

/** The code a template file name starts with: statistics code for communes, registry id otherwise. */
export const fileCodeOf = (unit: ReportingUnit): string =>
  unit.kind === 'commune' && unit.statCode !== undefined ? unit.statCode : unit.id;

const codeIndex = new WeakMap<Catalog, ReadonlyMap<string, ReportingUnit>>();

/**
 * The unit a file name points to, as templateFileName names files: "<code>_…". Codes contain no
 * '_', so at most one unit matches; a folder prefix is ignored. Undefined for any other name.
 */
export function unitFromFileName(catalog: Catalog, file: string): ReportingUnit | undefined {
  let index = codeIndex.get(catalog);
  if (index === undefined) {
    index = new Map(catalog.units.map((u) => [fileCodeOf(u), u]));
    codeIndex.set(catalog, index);
  }
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const cut = base.indexOf('_');
  return cut > 0 ? index.get(base.slice(0, cut)) : undefined;
}
