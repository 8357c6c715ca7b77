/**
 * The reporting-unit registry: every agency the plan names as lead or cooperating unit, the
 * provincial departments behind "Các sở, ban, ngành", the 99 communes/wards, and one placeholder
 * per category the plan names without listing units (the office replaces them with real names).
 * Ids are stable ASCII: they appear on the command line, in file names and in template identity.
 */
import { COMMUNES, type CommuneRecord } from './communes';
import type { ReportingUnit, UnitCategory } from './schema';

/** Vietnamese collation for every list shown to users. */
export const viCollator = new Intl.Collator('vi');

export function compareVi(a: string, b: string): number {
  return viCollator.compare(a, b);
}

/** A copy sorted by Vietnamese name. */
export function sortByNameVi<T extends { readonly nameVi: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareVi(a.nameVi, b.nameVi));
}

/** Old and new tone placement (Hoà/Hòa) must compare equal: everything is stored as NFC. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

function agency(id: string, nameVi: string, nameEn: string, categories: UnitCategory[]): ReportingUnit {
  return { id, nameVi: nfc(nameVi), nameEn, kind: 'agency', categories, mustReport: true };
}

function placeholder(id: string, nameVi: string, nameEn: string, categories: UnitCategory[]): ReportingUnit {
  return { id, nameVi: nfc(nameVi), nameEn, kind: 'placeholder', categories, mustReport: false };
}

/**
 * Provincial agencies. The first ten are named in the plan's appendix; the others are the
 * remaining provincial departments (Decree 45/2025/NĐ-CP) and the industrial-zones board, which
 * "Các sở, ban, ngành" covers. Thống kê tỉnh is a branch of the national statistics system, not a
 * provincial department, so it is only 'statistics' (the plan lists it apart from the departments).
 */
export const AGENCIES: readonly ReportingUnit[] = [
  agency('so-khcn', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology', ['department']),
  agency('thong-ke', 'Thống kê tỉnh', 'Provincial Statistics Office', ['statistics']),
  agency('so-tai-chinh', 'Sở Tài chính', 'Department of Finance', ['department']),
  agency('so-cong-thuong', 'Sở Công Thương', 'Department of Industry and Trade', ['department']),
  agency('so-nnmt', 'Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment', [
    'department',
  ]),
  agency('so-noi-vu', 'Sở Nội vụ', 'Department of Home Affairs', ['department']),
  agency('so-tu-phap', 'Sở Tư pháp', 'Department of Justice', ['department']),
  agency('so-y-te', 'Sở Y tế', 'Department of Health', ['department']),
  agency(
    'vp-ubnd',
    'Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)',
    "Office of the Provincial People's Committee (Public Administration Service Centre)",
    ['department'],
  ),
  agency(
    'lien-hiep-hoi',
    'Liên hiệp các Hội khoa học và kỹ thuật tỉnh',
    'Provincial Union of Science and Technology Associations',
    ['association'],
  ),
  agency('so-giao-duc', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training', ['department']),
  agency('so-xay-dung', 'Sở Xây dựng', 'Department of Construction', ['department']),
  agency('so-vhttdl', 'Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism', [
    'department',
  ]),
  agency('thanh-tra', 'Thanh tra tỉnh', 'Provincial Inspectorate', ['department']),
  agency('bql-kcn', 'Ban Quản lý các khu công nghiệp tỉnh', 'Industrial Zones Management Board', [
    'department',
  ]),
];

/** One stand-in per category the plan names without listing; the office adds the real units. */
export const PLACEHOLDERS: readonly ReportingUnit[] = [
  placeholder(
    'vien-truong-mau',
    'Viện nghiên cứu, trường đại học (mẫu – thay bằng tên đơn vị)',
    'Research institute or university (placeholder – replace with the real name)',
    ['research-university'],
  ),
  placeholder(
    'to-chuc-khcn-mau',
    'Tổ chức khoa học và công nghệ (mẫu – thay bằng tên đơn vị)',
    'S&T organisation (placeholder – replace with the real name)',
    ['st-organization'],
  ),
  placeholder(
    'doanh-nghiep-mau',
    'Doanh nghiệp (mẫu – thay bằng tên doanh nghiệp)',
    'Enterprise (placeholder – replace with the real name)',
    ['enterprise'],
  ),
  placeholder(
    'doanh-nghiep-khcn-mau',
    'Doanh nghiệp khoa học và công nghệ (mẫu – thay bằng tên doanh nghiệp)',
    'S&T enterprise (placeholder – replace with the real name)',
    ['enterprise'],
  ),
  placeholder(
    'vien-thong-mau',
    'Đơn vị cung cấp dịch vụ viễn thông (mẫu – thay bằng tên đơn vị)',
    'Telecom service provider (placeholder – replace with the real name)',
    ['telecom'],
  ),
  placeholder(
    'to-chuc-ctxh-mau',
    'Tổ chức chính trị - xã hội (mẫu – thay bằng tên tổ chức)',
    'Socio-political organisation (placeholder – replace with the real name)',
    ['association'],
  ),
];

/** 'xp-' + statistics code: stable across renamings of a commune. */
export function communeUnitId(statCode: string): string {
  return `xp-${statCode}`;
}

export function communeUnit(c: CommuneRecord): ReportingUnit {
  return {
    id: communeUnitId(c.statCode),
    nameVi: nfc(c.fullNameVi),
    nameEn: `${nfc(c.nameVi)} ${c.type === 'Phường' ? 'Ward' : 'Commune'}`,
    kind: 'commune',
    categories: ['commune'],
    statCode: c.statCode,
    communeType: c.type,
    mustReport: true,
  };
}

/** Registry order: agencies, placeholders, then communes by statistics code (as in the source list). */
export const UNITS: readonly ReportingUnit[] = [...AGENCIES, ...PLACEHOLDERS, ...COMMUNES.map(communeUnit)];
