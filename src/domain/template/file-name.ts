/**
 * File names of templates: the unit's code (statistics code for communes, registry id otherwise)
 * and its name in ASCII without diacritics, e.g. 07210_Phuong_Bac_Giang.xlsx,
 * so-khcn_So_Khoa_hoc_va_Cong_nghe.xlsx. ASCII keeps names intact in e-mail and zip tools.
 */
import type { ReportingUnit } from '../catalog';
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
  const code = unit.kind === 'commune' && unit.statCode !== undefined ? unit.statCode : unit.id;
  // Parenthesised notes ("(mẫu – thay bằng tên đơn vị)") only make file names long.
  const name = unit.nameVi.replace(/\([^)]*\)/g, ' ');
  return `${code}_${asciiSlug(name)}.xlsx`;
}
