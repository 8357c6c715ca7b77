/**
 * Reporting roles and unit categories in words (Vietnamese first): who enters a component, who
 * gives its province figure and how the others' values are used. One wording for the dictionary,
 * the README table, the report and the registry workbook.
 */
import type { Component, Indicator, RegisterKey, ReportingUnit, UnitCategory } from './schema';

export const CATEGORY_VI: Readonly<Record<UnitCategory, string>> = {
  department: 'Sở, ban, ngành',
  statistics: 'Cơ quan thống kê',
  commune: 'UBND xã, phường',
  'research-university': 'Viện nghiên cứu, trường đại học',
  'st-organization': 'Tổ chức khoa học và công nghệ',
  enterprise: 'Doanh nghiệp',
  telecom: 'Đơn vị cung cấp dịch vụ viễn thông',
  association: 'Hội, tổ chức chính trị - xã hội',
};

export const CATEGORY_EN: Readonly<Record<UnitCategory, string>> = {
  department: 'Provincial department or agency',
  statistics: 'Statistics office',
  commune: 'Commune or ward',
  'research-university': 'Research institute or university',
  'st-organization': 'S&T organisation',
  enterprise: 'Enterprise',
  telecom: 'Telecom service provider',
  association: 'Association or socio-political organisation',
};

export const REGISTER_VI: Readonly<Record<RegisterKey, string>> = {
  publications: 'công bố',
  ip: 'sở hữu trí tuệ',
  tasks: 'nhiệm vụ và kết quả KH&CN',
  enterprises: 'doanh nghiệp',
  contracts: 'hợp đồng chuyển giao',
  documents: 'văn bản',
  infrastructure: 'hạ tầng, nhóm nghiên cứu',
};

type UnitNameOf = (id: string) => string;

/** Who has the input in the template, in words. */
export function scopeVi(ind: Indicator, c: Component, nameOf: UnitNameOf): string {
  const scope = c.scope;
  if (scope === 'all') return 'mọi đơn vị được giao';
  if (scope === 'lead') return 'chỉ đơn vị chủ trì';
  if (scope === 'official') return `chỉ ${nameOf(c.officialUnit ?? ind.leadUnitId)}`;
  if (scope === 'none') return 'không đơn vị nào nhập';
  return `chỉ ${scope.categories.map((cat) => CATEGORY_VI[cat].toLowerCase()).join(', ')}`;
}

/** Who gives the province figure, in words ("số chính thức của Thống kê tỉnh; …"). */
export function roleVi(ind: Indicator, c: Component, nameOf: UnitNameOf): string {
  switch (c.role) {
    case 'official': {
      const unit = nameOf(c.officialUnit ?? ind.leadUnitId);
      return c.crossCheck === 'parts'
        ? `số chính thức của ${unit}; số của đơn vị khác là chi tiết để đối chiếu (tổng không vượt số chính thức)`
        : `số chính thức của ${unit}; số của đơn vị khác để đối chiếu`;
    }
    case 'sum':
      return 'cộng số của các đơn vị (phạm vi không chồng lấn)';
    case 'max':
      return 'lấy số lớn nhất (phạm vi của các đơn vị chồng lấn)';
    case 'register':
      return `đếm theo danh sách ${REGISTER_VI[c.register ?? 'publications']}, mỗi mục một lần`;
    case 'list':
      return c.register !== undefined
        ? `gộp danh sách ${REGISTER_VI[c.register]} của các đơn vị`
        : 'gộp danh sách của các đơn vị';
    case 'note':
      return 'ghi chú, minh chứng (không tổng hợp)';
    case 'population':
      return `dân số tham chiếu chung của báo cáo (${nameOf(c.officialUnit ?? ind.leadUnitId)})`;
  }
}

/** The role in a few words, for a report column ("Số của Thống kê tỉnh", "Cộng", "Đếm theo danh sách"). */
export function roleShortVi(ind: Indicator, c: Component, nameOf: UnitNameOf): string {
  switch (c.role) {
    case 'official':
      return `Số của ${nameOf(c.officialUnit ?? ind.leadUnitId)}`;
    case 'sum':
      return 'Cộng các đơn vị';
    case 'max':
      return 'Số lớn nhất';
    case 'register':
      return `Đếm theo danh sách ${REGISTER_VI[c.register ?? 'publications']}`;
    case 'list':
      return 'Gộp danh sách';
    case 'note':
      return 'Ghi chú';
    case 'population':
      return 'Dân số tham chiếu';
  }
}

/** A unit's categories in words. */
export const categoriesVi = (u: Pick<ReportingUnit, 'categories'>): string =>
  u.categories.map((cat) => CATEGORY_VI[cat]).join('; ');
