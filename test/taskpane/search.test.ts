// The unit picker's search: accents and case ignored, words in any order, Vietnamese order.
import { loadCatalog } from '../../src/domain/catalog';
import { fold, matches, sortVi } from '../../src/taskpane/search';

test('fold strips diacritics (NFC or NFD input) and maps đ to d', () => {
  expect(fold('Sở Khoa học và Công nghệ')).toBe('so khoa hoc va cong nghe');
  expect(fold('Phường Đình Bảng'.normalize('NFD'))).toBe('phuong dinh bang');
  expect(fold('  Xã   Hoà  ')).toBe('xa hoa');
});

test('matches every word of the query, accents optional', () => {
  expect(matches('Sở Khoa học và Công nghệ', 'so khoa hoc')).toBe(true);
  expect(matches('Sở Khoa học và Công nghệ', 'công nghệ sở')).toBe(true);
  expect(matches('Sở Khoa học và Công nghệ', 'tai chinh')).toBe(false);
  expect(matches('Sở Tài chính', '')).toBe(true);
});

test('every unit of the registry is found by its name typed without accents', () => {
  const units = loadCatalog().units;
  for (const u of units) expect(matches(u.nameVi, fold(u.nameVi))).toBe(true);
});

test('sortVi uses Vietnamese collation (Đ after D, accents after the base letter)', () => {
  expect(sortVi(['Đông', 'Dương', 'An', 'Ân'], (s) => s)).toEqual(['An', 'Ân', 'Dương', 'Đông']);
});
