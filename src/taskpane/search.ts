// Vietnamese-aware sorting and accent-insensitive search for the unit picker: users type
// "so khoa hoc" or "Sở Khoa học" and find the same unit.
import { compareVi } from '../domain/catalog';
import { stripDiacritics } from '../domain/text';

/** Lower case without diacritics (NFD + strip combining marks; đ is a letter of its own). */
export function fold(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Every word of the query appears in the text (in any order), accents ignored. */
export function matches(text: string, query: string): boolean {
  const hay = fold(text);
  return fold(query)
    .split(' ')
    .filter((w) => w !== '')
    .every((w) => hay.includes(w));
}

export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVi(key(a), key(b)));
}
