/** Vietnamese text helpers shared by search (task pane) and ASCII file names (templates). */

/** Removes tone and vowel marks; đ/Đ become d/D (a letter of its own, not a combining mark). */
export function stripDiacritics(text: string): string {
  // Plain ASCII has nothing to strip (codes, DOIs, most identifiers).
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** 'Mã đơn vị', 'ma_don_vi', 'Thời điểm nhận' … → 'ma don vi', 'thoi diem nhan' (header matching). */
export const headerKey = (text: string): string =>
  stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** 'Trường Đại học Kinh Bắc' → 'truong-dai-hoc-kinh-bac' (ASCII ids made from names). */
export const slugify = (text: string): string =>
  stripDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
