/** Generated README sections (defined names, custom functions): text built from the catalogue. */
import { findUnit, type Catalog } from '../domain/catalog';
import { roleShortVi, scopeVi } from '../domain/catalog/roles';
import { CUSTOM_FUNCTIONS } from '../domain/custom-functions';
import { REGISTERS, registerDef, type RegisterColumn } from '../domain/registers/definitions';
import { DERIVATIONS } from '../domain/registers/derive';
import { inputName } from '../domain/template/names';

export function definedNamesSection(catalog: Catalog): string {
  const lines = [
    '| Tên (name) | Chỉ tiêu | Thành phần (component) | Kiểu | Ai nhập |',
    '|---|---|---|---|---|',
  ];
  for (const ind of catalog.indicators) {
    for (const c of ind.components) {
      const who = c.scope === 'lead' ? 'chỉ đơn vị chủ trì / lead only' : 'mọi đơn vị / all';
      lines.push(
        `| \`${inputName(ind.code, c.key)}\` | ${ind.code} | ${c.labelVi} (${c.labelEn}) | ${c.type} | ${who} |`,
      );
    }
  }
  return lines.join('\n');
}

export function functionsSection(): string {
  const lines = [
    '| Hàm (function) | Tham số (parameters) | Mô tả (tiếng Việt) | Description (English) |',
    '|---|---|---|---|',
  ];
  for (const f of CUSTOM_FUNCTIONS) {
    const params = f.params
      .map((p) => {
        const name = `${p.name}${p.repeatable ? '…' : ''}`;
        return `${p.optional ? `[${name}]` : name}: ${p.labelVi} / ${p.labelEn}`;
      })
      .join('; ');
    lines.push(
      `| \`KHCN.${f.id}\` | ${params} | **${f.nameVi}.** ${f.descriptionVi} | **${f.nameEn}.** ${f.descriptionEn} |`,
    );
  }
  return lines.join('\n');
}

/** Who gives each indicator's province figure: the catalogue's reporting roles, one row per indicator. */
export function reportingRolesSection(catalog: Catalog): string {
  const nameOf = (id: string): string => findUnit(catalog, id)?.nameVi ?? id;
  const lines = [
    '| Chỉ tiêu | Ai cho số cấp tỉnh (vì sao) | Thành phần: cách lấy số cấp tỉnh (ai nhập) |',
    '|---|---|---|',
  ];
  for (const ind of catalog.indicators) {
    const parts = ind.components
      .filter((c) => c.role !== 'note')
      .map((c) => {
        const role = roleShortVi(ind, c, nameOf);
        return `${c.labelVi}: ${role.charAt(0).toLowerCase()}${role.slice(1)} (${scopeVi(ind, c, nameOf)})`;
      })
      .join('; ');
    const name = ind.nameVi.replace(/\|/g, '/').replace(/\.\s*$/, '');
    lines.push(
      `| **${ind.code}** ${name} | ${ind.reportingVi.replace(/\|/g, '/')} | ${parts.replace(/\|/g, '/')} |`,
    );
  }
  return lines.join('\n');
}

const KIND_VI: Record<RegisterColumn['kind'], string> = {
  text: 'chữ',
  doi: 'DOI (10.xxxx/…)',
  issn: 'ISSN (số kiểm tra)',
  year: 'năm',
  yesNo: 'Có / Không',
  enum: 'danh sách chọn',
  count: 'số nguyên ≥ 0',
  money: 'triệu đồng',
  date: 'ngày',
  taxCode: 'mã số thuế (số kiểm tra)',
  trl: 'TRL 1–9',
};

/** The registers: table, sheet, identity (the de-duplication key), columns with their checks. */
export function registersSection(): string {
  const lines = [
    '| Bảng (table) | Trang | Khoá loại trùng (identity) | Cột (kiểu; * = bắt buộc) |',
    '|---|---|---|---|',
  ];
  for (const r of REGISTERS) {
    const header = (k: string) => r.columns.find((c) => c.key === k)?.headerVi ?? k;
    const yearColumn = r.columns.find((c) => c.key === r.year);
    const year =
      yearColumn?.kind === 'date'
        ? `năm của ${yearColumn.headerVi.toLowerCase()}`
        : header(r.year).toLowerCase();
    const columns = r.columns
      .map((c) => {
        const items = c.kind === 'enum' ? `: ${(c.items ?? []).join(' / ')}` : '';
        return `${c.headerVi}${c.required ? '*' : ''} (${KIND_VI[c.kind]}${items})`;
      })
      .join('; ');
    lines.push(
      `| \`${r.table}\` — ${r.nameVi} (${r.nameEn}) | ${r.sheetVi} | ${r.identity.map(header).join(' + ')}; không có thì tên + ${year} (“có thể trùng”) | ${columns} |`,
    );
  }
  return lines.join('\n');
}

/** Which component each register counts, and how (the derivations of domain/registers/derive.ts). */
export function derivationsSection(catalog: Catalog): string {
  const lines = [
    '| Chỉ tiêu | Thành phần | Danh sách | Mục được tính / Items counted |',
    '|---|---|---|---|',
  ];
  for (const d of DERIVATIONS) {
    const c = catalog.indicators
      .find((i) => i.code === d.indicator)
      ?.components.find((x) => x.key === d.component);
    const measure = 'count' in d.measure ? 'số mục' : 'sum' in d.measure ? 'tổng' : 'danh sách giá trị';
    lines.push(
      `| ${d.indicator} | ${c?.labelVi ?? d.component} | ${registerDef(d.register).sheetVi} | ${measure}: ${d.ruleVi} / ${d.ruleEn} |`,
    );
  }
  return lines.join('\n');
}

export function readmeSections(catalog: Catalog): Record<string, string> {
  return {
    'defined-names': definedNamesSection(catalog),
    functions: functionsSection(),
    'reporting-roles': reportingRolesSection(catalog),
    registers: registersSection(),
    derivations: derivationsSection(catalog),
  };
}

/** Replaces the text between `<!-- BEGIN:key -->` and `<!-- END:key -->` markers. */
export function replaceSections(text: string, sections: Record<string, string>): string {
  let out = text;
  for (const [key, body] of Object.entries(sections)) {
    const re = new RegExp(`(<!-- BEGIN:${key} -->)[\\s\\S]*?(<!-- END:${key} -->)`);
    out = out.replace(re, (_m, begin: string, end: string) => `${begin}\n${body}\n${end}`);
  }
  return out;
}
