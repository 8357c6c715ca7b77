/**
 * The few package parts the reader takes from the raw XML rather than from exceljs: the
 * workbook's sheets (with visibility) and defined names exactly as written (exceljs silently
 * drops a '#REF!' name, which must be reported as broken, not as missing), the relationships
 * that say where each part is, and the merged areas of a sheet. Regular expressions suffice:
 * these elements are flat and their content is text; namespace prefixes are tolerated.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? '';
  });
}

/** Attributes by qualified name ('name', 'r:id'), values decoded. */
function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/([\w.-]+(?::[\w.-]+)?)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out.set(m[1] ?? '', decodeXml(m[2] ?? m[3] ?? ''));
  }
  return out;
}

/** The relationship id attribute, whatever its prefix ('r:id'). */
const relId = (attrs: Map<string, string>): string | undefined =>
  [...attrs].find(([k]) => /^[\w.-]+:id$/.test(k))?.[1];

export interface SheetEntry {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  relId?: string;
}

export interface DefinedNameEntry {
  name: string;
  /** Set for a sheet-scoped name (index into the sheets). */
  localSheetId?: number;
  /** The reference as written: "'Nhập liệu'!$E$12", '#REF!', … */
  text: string;
}

export interface WorkbookXml {
  sheets: SheetEntry[];
  names: DefinedNameEntry[];
}

export function parseWorkbookXml(xml: string): WorkbookXml {
  const sheets: SheetEntry[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?sheet\s([^>]*?)\/?>/g)) {
    const a = attributes(m[1] ?? '');
    const state = a.get('state');
    const id = relId(a);
    sheets.push({
      name: a.get('name') ?? '',
      visibility: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      ...(id !== undefined ? { relId: id } : {}),
    });
  }
  const names: DefinedNameEntry[] = [];
  const re = /<(?:[\w.-]+:)?definedName\s([^>]*?)>([\s\S]*?)<\/(?:[\w.-]+:)?definedName>/g;
  for (const m of xml.matchAll(re)) {
    const a = attributes(m[1] ?? '');
    const local = a.get('localSheetId');
    names.push({
      name: a.get('name') ?? '',
      ...(local !== undefined ? { localSheetId: Number(local) } : {}),
      text: decodeXml(m[2] ?? '').trim(),
    });
  }
  return { sheets, names };
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\s([^>]*?)\/?>/g)].map((m) => {
    const a = attributes(m[1] ?? '');
    return {
      id: a.get('Id') ?? '',
      type: a.get('Type') ?? '',
      target: a.get('Target') ?? '',
      external: a.get('TargetMode') === 'External',
    };
  });
}

/** A relationship target as a zip entry name: relative to the source part's folder, or absolute. */
export function resolvePartName(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = sourcePart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The rels part of a part: 'xl/workbook.xml' → 'xl/_rels/workbook.xml.rels'. */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** The merged areas of a worksheet part ('B1:C1', …). */
export function parseMergeCells(xml: string): string[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?mergeCell\s([^>]*?)\/?>/g)]
    .map((m) => attributes(m[1] ?? '').get('ref') ?? '')
    .filter((r) => r !== '');
}
