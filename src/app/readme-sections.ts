/** Generated README sections (defined names, custom functions): text built from the catalogue. */
import { findUnit, type Catalog } from '../domain/catalog';
import { roleShortVi, scopeVi } from '../domain/catalog/roles';
import { CUSTOM_FUNCTIONS } from '../domain/custom-functions';
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

export function readmeSections(catalog: Catalog): Record<string, string> {
  return {
    'defined-names': definedNamesSection(catalog),
    functions: functionsSection(),
    'reporting-roles': reportingRolesSection(catalog),
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
