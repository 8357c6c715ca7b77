/** Vietnamese text helpers shared by search (task pane) and ASCII file names (templates). */

/** Removes tone and vowel marks; đ/Đ become d/D (a letter of its own, not a combining mark). */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
