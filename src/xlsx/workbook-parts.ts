/**
 * The parts of an .xlsx the reader needs, parsed from their XML (xml.ts): the workbook (sheets,
 * defined names as written, the 1904 date system), relationships, shared strings, cell styles
 * (which show dates, which percentages) and a sheet's cells. A sheet is scanned once, keeping only
 * the cells asked for: merged areas and ranges are never expanded cell by cell.
 */
import { columnLetters, columnNumber } from '../domain/a1';
import { isBuiltinDate, isBuiltinPercent, isDateFormat, isPercentFormat } from '../domain/number-format';
import { LIMITS } from './limits';
import { attr, parseXml, XmlError, type Attributes, type XmlHandlers } from './xml';

// ---------------------------------------------------------------------------
// Sections: a part holding only elements (no comment, CDATA, DOCTYPE or processing instruction
// after its declaration) can be cut exactly, since '<' is then always markup. Only the elements
// the reader uses are parsed (a sheet's cells and merges, not its data validations; the styles'
// number formats, not its fonts; the shared strings the read cells use): the parser is linear,
// and most of a template's XML is never looked at. Any other part is parsed whole.

/** Whether the part can be cut into elements exactly. */
function cuttable(xml: string): boolean {
  return !xml.includes('<!') && xml.indexOf('<?', 1) < 0;
}

/** The end (exclusive) of the start tag opening at `at`: quotes respected ('>' may sit in a value). */
function startTagEnd(xml: string, at: number): number {
  let quote = '';
  for (let i = at + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return -1;
}

/** Every element named `tag` (any prefix), as [start, end) spans of the part, in order. */
function elementSpans(xml: string, tag: string, limit = Number.POSITIVE_INFINITY): [number, number][] {
  const open = new RegExp(`<([A-Za-z_][\\w.-]*:)?${tag}(?=[\\s/>])`, 'g');
  const spans: [number, number][] = [];
  for (let m = open.exec(xml); m !== null && spans.length < limit; m = open.exec(xml)) {
    const headEnd = startTagEnd(xml, m.index);
    if (headEnd < 0) break;
    if (xml[headEnd - 2] === '/') spans.push([m.index, headEnd]);
    else {
      const close = `</${m[1] ?? ''}${tag}>`;
      const end = xml.indexOf(close, headEnd);
      if (end < 0) break;
      spans.push([m.index, end + close.length]);
    }
    open.lastIndex = spans[spans.length - 1]?.[1] ?? headEnd;
  }
  return spans;
}

/**
 * Parses the sections of a part (the whole part when it cannot be cut). A section that is not
 * well-formed is reported from the whole part, so the error names the part's own line.
 */
function parseSections(part: string, xml: string, tags: readonly string[], h: XmlHandlers): void {
  const cut = sections(xml, tags);
  if (cut === undefined) return parseXml(part, xml, h);
  try {
    parseXml(part, cut, h);
  } catch (e) {
    if (e instanceof XmlError) parseXml(part, xml, {});
    throw e;
  }
}

/** The first element of each tag, in document order, inside one root: what is parsed of the part. */
function sections(xml: string, tags: readonly string[]): string | undefined {
  if (!cuttable(xml)) return undefined;
  const spans = tags.flatMap((t) => elementSpans(xml, t, 1)).sort((a, b) => a[0] - b[0]);
  return `<part>${spans.map(([a, b]) => xml.slice(a, b)).join('')}</part>`;
}

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
  /** Dates are counted from 1904 (Excel for Mac before 2011): serials are 1 462 days smaller. */
  date1904: boolean;
}

export function parseWorkbookXml(xml: string, part = 'xl/workbook.xml'): WorkbookXml {
  const sheets: SheetEntry[] = [];
  const names: DefinedNameEntry[] = [];
  let date1904 = false;
  let name: { attrs: Attributes; text: string } | undefined;
  parseXml(part, xml, {
    open(tag, a) {
      if (tag === 'sheet') {
        const state = a.state;
        sheets.push({
          name: a.name ?? '',
          visibility: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
          ...(attr(a, 'id') !== undefined ? { relId: attr(a, 'id') } : {}),
        });
      } else if (tag === 'definedName') name = { attrs: a, text: '' };
      else if (tag === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
    text(t) {
      if (name) name.text += t;
    },
    close(tag) {
      if (tag !== 'definedName' || name === undefined) return;
      const local = name.attrs.localSheetId;
      names.push({
        name: name.attrs.name ?? '',
        ...(local !== undefined ? { localSheetId: Number(local) } : {}),
        text: name.text.trim(),
      });
      name = undefined;
    },
  });
  return { sheets, names, date1904 };
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRelationships(xml: string, part = '_rels/.rels'): Relationship[] {
  const out: Relationship[] = [];
  parseXml(part, xml, {
    open(tag, a) {
      if (tag !== 'Relationship') return;
      out.push({
        id: a.Id ?? '',
        type: a.Type ?? '',
        target: a.Target ?? '',
        external: a.TargetMode === 'External',
      });
    },
  });
  return out;
}

/** An Excel table part (xl/tables/tableN.xml): its name and range; undefined when it has none. */
export function parseTablePart(xml: string, part: string): { name: string; ref: string } | undefined {
  let found: { name: string; ref: string } | undefined;
  parseXml(part, xml, {
    open(tag, a) {
      if (tag !== 'table' || found !== undefined) return;
      const name = a.displayName ?? a.name;
      if (name !== undefined && a.ref !== undefined) found = { name, ref: a.ref };
    },
  });
  return found;
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

/**
 * The shared strings, each the concatenation of its runs (phonetic runs left out). With `needed`,
 * only those indices are parsed (the others stay undefined): the strings of a template's texts
 * and dictionary are never needed to read its inputs.
 */
export function parseSharedStrings(
  xml: string,
  part = 'xl/sharedStrings.xml',
  needed?: ReadonlySet<number>,
): (string | undefined)[] {
  let picked: number[] | undefined;
  let source = xml;
  if (needed !== undefined && cuttable(xml)) {
    const spans = elementSpans(xml, 'si', LIMITS.sharedStrings + 1);
    if (spans.length > LIMITS.sharedStrings) throw new XmlError(part, 0, 'too many shared strings');
    picked = [];
    const parts: string[] = [];
    spans.forEach(([a, b], i) => {
      if (!needed.has(i)) return;
      picked?.push(i);
      parts.push(xml.slice(a, b));
    });
    source = `<sst>${parts.join('')}</sst>`;
  }
  const found: string[] = [];
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  parseXml(part, source, {
    open(tag) {
      if (tag === 'si') {
        if (found.length >= LIMITS.sharedStrings) throw new XmlError(part, 0, 'too many shared strings');
        current = '';
      } else if (tag === 'rPh') phonetic += 1;
      else if (tag === 't' && phonetic === 0) inText = true;
    },
    text(t) {
      if (inText && current !== undefined) current += t;
    },
    close(tag) {
      if (tag === 't') inText = false;
      else if (tag === 'rPh') phonetic -= 1;
      else if (tag === 'si' && current !== undefined) {
        found.push(current);
        current = undefined;
      }
    },
  });
  if (picked === undefined) return found;
  const out: (string | undefined)[] = [];
  picked.forEach((index, i) => {
    out[index] = found[i];
  });
  return out;
}

/** What the cell style `s` shows its numbers as. */
export interface CellStyles {
  isDate(style: number): boolean;
  isPercent(style: number): boolean;
}

export const NO_STYLES: CellStyles = { isDate: () => false, isPercent: () => false };

/**
 * Styles already parsed, by their XML: the files of one template share theirs byte for byte, so
 * a batch parses each once. A few entries only (cleared when full).
 */
const parsedStyles = new Map<string, CellStyles>();
const STYLE_CACHE_ENTRIES = 16;

export function parseStyles(xml: string, part = 'xl/styles.xml'): CellStyles {
  const known = parsedStyles.get(xml);
  if (known !== undefined) return known;
  const styles = parseStylesXml(xml, part);
  if (parsedStyles.size >= STYLE_CACHE_ENTRIES) parsedStyles.clear();
  parsedStyles.set(xml, styles);
  return styles;
}

function parseStylesXml(xml: string, part: string): CellStyles {
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  parseSections(part, xml, ['numFmts', 'cellXfs'], {
    open(tag, a) {
      if (tag === 'numFmt') formats.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (tag === 'cellXfs') inCellXfs = true;
      else if (tag === 'xf' && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
    },
    close(tag) {
      if (tag === 'cellXfs') inCellXfs = false;
    },
  });
  const date = xfFormats.map((id) => {
    const code = formats.get(id);
    return code === undefined ? isBuiltinDate(id) : isDateFormat(code);
  });
  const percent = xfFormats.map((id) => {
    const code = formats.get(id);
    return code === undefined ? isBuiltinPercent(id) : isPercentFormat(code);
  });
  return { isDate: (s) => date[s] === true, isPercent: (s) => percent[s] === true };
}

/** One cell as written in the sheet XML. */
export interface RawCell {
  address: string;
  /** The t attribute: n (default), s, str, inlineStr, b, e, d. */
  type: string;
  style: number;
  /** The <v> text, when there is one. */
  v?: string;
  /** The <f> element: its text (empty for a shared formula's followers). */
  f?: string;
  /** The <is> text of an inline string. */
  inline?: string;
}

export interface SheetScan {
  cells: Map<string, RawCell>;
  /** Merged areas, as written ('B1:C1'), at most LIMITS.merges. */
  merges: string[];
  /** Every formula cell, when asked for (address, formula text without '='). */
  formulas: { address: string; formula: string }[];
  /** An address written twice (a tampered file), if any. */
  duplicate?: string;
}

const CELL_REF = /^([A-Z]{1,3})(\d{1,7})$/;

/**
 * Scans a worksheet part. `keep` says which cells to keep (everything else is skipped as it is
 * read); `formulas` also lists every formula cell. A cell without an r attribute takes the next
 * position in its row.
 */
export function scanSheet(
  part: string,
  xml: string,
  opts: { keep: (address: string) => boolean; formulas: boolean },
): SheetScan {
  const cells = new Map<string, RawCell>();
  const seen = new Set<string>();
  const merges: string[] = [];
  const formulas: { address: string; formula: string }[] = [];
  let duplicate: string | undefined;
  let row = 0;
  let col = 0;
  let cell: RawCell | undefined;
  let field: 'v' | 'f' | 'is' | undefined;
  let inText = false;
  let phonetic = 0;
  parseSections(part, xml, ['sheetData', 'mergeCells'], {
    open(tag, a) {
      switch (tag) {
        case 'row':
          row = a.r !== undefined ? Number(a.r) : row + 1;
          col = 0;
          break;
        case 'c': {
          const m = a.r !== undefined ? CELL_REF.exec(a.r.toUpperCase()) : null;
          if (m) {
            col = columnNumber(m[1] ?? '');
            row = Number(m[2]);
          } else col += 1;
          const address = `${columnLetters(col)}${row}`;
          if (seen.has(address)) duplicate ??= address;
          seen.add(address);
          if (seen.size > LIMITS.cells) throw new XmlError(part, 0, 'too many cells');
          cell = { address, type: a.t ?? 'n', style: Number(a.s ?? 0) };
          break;
        }
        case 'v':
          if (cell) {
            cell.v = '';
            field = 'v';
          }
          break;
        case 'f':
          if (cell) {
            cell.f = '';
            field = 'f';
          }
          break;
        case 'is':
          if (cell) {
            cell.inline = '';
            field = 'is';
          }
          break;
        case 't':
          inText = field === 'is';
          break;
        case 'rPh':
          phonetic += 1;
          break;
        case 'mergeCell':
          if (a.ref !== undefined && merges.length < LIMITS.merges) merges.push(a.ref);
          break;
      }
    },
    text(t) {
      if (cell === undefined || field === undefined) return;
      if (field === 'v') cell.v = (cell.v ?? '') + t;
      else if (field === 'f') cell.f = (cell.f ?? '') + t;
      else if (inText && phonetic === 0) cell.inline = (cell.inline ?? '') + t;
    },
    close(tag) {
      if (tag === 'v' || tag === 'f' || tag === 'is') field = undefined;
      else if (tag === 't') inText = false;
      else if (tag === 'rPh') phonetic -= 1;
      else if (tag === 'c' && cell) {
        if (opts.formulas && cell.f !== undefined) formulas.push({ address: cell.address, formula: cell.f });
        if (opts.keep(cell.address)) cells.set(cell.address, cell);
        cell = undefined;
      }
    },
  });
  return { cells, merges, formulas, ...(duplicate !== undefined ? { duplicate } : {}) };
}
