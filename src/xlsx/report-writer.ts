/**
 * Writes a ReportWorkbook as an .xlsx: one worksheet per report sheet in order, preamble from A1,
 * the header row (REPORT_STYLES.header), data rows, column widths, styles and number formats,
 * frozen panes, real Excel tables, and (opts.charts) native bar charts (inject-charts.ts).
 *
 * The SpreadsheetML is written here as text, part by part, then zipped (zip.ts: zlib in the
 * CLI, fflate in the pane). Why not exceljs, which writes the templates: for a province report
 * (40 000 source rows at 1 000 files) exceljs keeps an object per cell and needed ~220 MB and
 * 1.2 s more than this writer, and it cannot write charts anyway. The report uses few features
 * (values, a handful of cell styles, widths, frozen panes, tables), all written below.
 *
 * Values are values: a string is always a shared-string text cell (never a formula, whatever its
 * first character), a number a number, null an empty cell. Uint8Array and fflate only (no Node
 * built-ins, no DOM): shared by the CLI and the task pane.
 */
import { strToU8 } from 'fflate';
import { columnLetters } from '../domain/a1';
import { REPORT_STYLES } from '../domain/report/styles';
import {
  headerRowOf,
  type ReportCell,
  type ReportSheet,
  type ReportStyle,
  type ReportWorkbook,
} from '../domain/report/types';
import { stripDiacritics } from '../domain/text';
import type { CellStyle } from '../domain/template/layout-types';
import {
  NS_RELATIONSHIPS,
  quotedSheet,
  relationshipsXml,
  resolveChart,
  xmlEscape,
  type Relationship,
} from './chart-parts';
import { addCharts, zipPackage, type PackageFiles, type SheetChart } from './inject-charts';

export interface WriteReportOptions {
  /** Add the native charts of `report.charts`. */
  charts: boolean;
  /** A very hidden sheet of plain texts after the report's sheets (the stored run). */
  data?: { sheet: string; rows: readonly (readonly string[])[] };
}

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';
const BORDER_COLOR = 'FFBFBFBF';
const LINE_HEIGHT = 15;
const MAX_AUTO_LINES = 8;
/** Custom number formats start at 164 (below are Excel's built-in ones). */
const FIRST_CUSTOM_FORMAT = 164;

// ---------------------------------------------------------------------------
// Styles: one cell format per (style, number format) used, in order of first use.

class Styles {
  private readonly xfs = new Map<string, number>();
  private readonly list: { style?: ReportStyle; numFmt?: string }[] = [{}];
  private readonly formats = new Map<string, number>();

  /** The cellXfs index of a (style, number format); 0 = the default. */
  index(style: ReportStyle | undefined, numFmt: string | undefined): number {
    if (style === undefined && numFmt === undefined) return 0;
    const key = `${style ?? ''}\u0000${numFmt ?? ''}`;
    let i = this.xfs.get(key);
    if (i === undefined) {
      i = this.list.length;
      this.list.push({
        ...(style !== undefined ? { style } : {}),
        ...(numFmt !== undefined ? { numFmt } : {}),
      });
      this.xfs.set(key, i);
      if (numFmt !== undefined && !this.formats.has(numFmt))
        this.formats.set(numFmt, FIRST_CUSTOM_FORMAT + this.formats.size);
    }
    return i;
  }

  xml(): string {
    const fonts: string[] = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
    const fills: string[] = [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
    ];
    const borders: string[] = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
    const side = (name: string) => `<${name} style="thin"><color rgb="${BORDER_COLOR}"/></${name}>`;
    const intern = (list: string[], xml: string): number => {
      const at = list.indexOf(xml);
      if (at >= 0) return at;
      list.push(xml);
      return list.length - 1;
    };
    const xf = ({ style, numFmt }: { style?: ReportStyle; numFmt?: string }): string => {
      const s: CellStyle = style === undefined ? {} : REPORT_STYLES[style];
      const font = intern(
        fonts,
        `<font>${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}<sz val="${s.size ?? 11}"/>` +
          `${s.fontColor !== undefined ? `<color rgb="FF${s.fontColor.toUpperCase()}"/>` : ''}` +
          '<name val="Calibri"/><family val="2"/></font>',
      );
      const fill =
        s.fill === undefined
          ? 0
          : intern(
              fills,
              `<fill><patternFill patternType="solid"><fgColor rgb="FF${s.fill.toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`,
            );
      const border = s.border
        ? intern(
            borders,
            `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`,
          )
        : 0;
      const fmt = numFmt === undefined ? 0 : (this.formats.get(numFmt) ?? 0);
      const align =
        s.wrap || s.horizontal !== undefined || s.vertical !== undefined
          ? `<alignment${s.horizontal !== undefined ? ` horizontal="${s.horizontal}"` : ''}` +
            `${s.vertical !== undefined ? ` vertical="${s.vertical === 'middle' ? 'center' : s.vertical}"` : ''}` +
            `${s.wrap ? ' wrapText="1"' : ''}/>`
          : '';
      return (
        `<xf numFmtId="${fmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"` +
        `${fmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}` +
        `${border ? ' applyBorder="1"' : ''}${align ? ` applyAlignment="1">${align}</xf>` : '/>'}`
      );
    };
    const xfs = this.list.map(xf);
    const numFmts = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`,
    );
    return (
      `${DECL}<styleSheet xmlns="${NS_MAIN}">` +
      (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      `<fills count="${fills.length}">${fills.join('')}</fills>` +
      `<borders count="${borders.length}">${borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

// ---------------------------------------------------------------------------
// Shared strings

/**
 * Texts a shared-string part cannot hold verbatim: '_xHHHH_' (read back as an escaped
 * character) gets its '_' escaped as '_x005F_' (as Excel writes it) and CR is written '_x000D_'.
 */
export function escapeSharedStrings(xml: string): string {
  return xml.replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1').replace(/\r/g, '_x000D_');
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  count = 0;

  add(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.items.length;
      this.index.set(text, i);
      const t = escapeSharedStrings(xmlEscape(text));
      const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
      this.items.push(`<si><t${space}>${t}</t></si>`);
    }
    return i;
  }

  xml(): string {
    return `${DECL}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.items.length}">${this.items.join('')}</sst>`;
  }
}

// ---------------------------------------------------------------------------
// Tables

/**
 * Table column names: Excel needs them non-empty, unique (case-insensitive) and equal to the
 * header cells; a line break cannot survive in the name attribute, so whitespace runs become one
 * space. The header cells are written with these names.
 */
export function tableHeaders(headers: readonly string[]): string[] {
  const used = new Set<string>();
  return headers.map((raw, i) => {
    const base = raw.replace(/\s+/g, ' ').trim() || `Cột ${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLocaleLowerCase('vi')); n++) name = `${base} (${n})`;
    used.add(name.toLocaleLowerCase('vi'));
    return name;
  });
}

/**
 * A valid Excel table name: ASCII letters, digits, '_' and '.', starting with a letter or '_',
 * not a cell reference (A1 or R1C1), unique in the workbook (case-insensitive).
 */
export function tableName(raw: string, used: Set<string>): string {
  let name = stripDiacritics(raw)
    .replace(/[^A-Za-z0-9_.]/g, '_')
    .slice(0, 250);
  if (!/^[A-Za-z_]/.test(name)) name = `_${name}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RC]\d*$/i.test(name) || /^R\d*C\d*$/i.test(name)) {
    name = `_${name}`;
  }
  let unique = name;
  for (let n = 2; used.has(unique.toLowerCase()); n++) unique = `${name}_${n}`;
  used.add(unique.toLowerCase());
  return unique;
}

// ---------------------------------------------------------------------------
// Sheets

/** Approximate wrapped lines of a text in a column `width` characters wide. */
function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1) - 1);
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(line.length / perLine));
  return lines;
}

interface SheetContext {
  styles: Styles;
  strings: SharedStrings;
  widths: readonly number[];
  /** The sheet's <hyperlink> elements, gathered as its rows are written. */
  links: string[];
}

/** A cell's link to another sheet: an internal hyperlink (no relationship part needed). */
function hyperlinkXml(ref: string, sheet: string): string {
  return `<hyperlink ref="${ref}" location="${xmlEscape(`${quotedSheet(sheet)}A1`)}"/>`;
}

/**
 * One row of cells from column A. Rows with wrapped texts longer than their column get an
 * explicit height: Excel does not auto-fit the rows of a generated file.
 */
function rowXml(ctx: SheetContext, r: number, cells: readonly ReportCell[]): string {
  let lines = 1;
  let out = '';
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (cell === undefined) continue;
    if (cell.link) ctx.links.push(hyperlinkXml(`${columnLetters(c + 1)}${r}`, cell.link.sheet));
    const v = cell.v;
    const value = typeof v === 'number' && !Number.isFinite(v) ? null : v;
    const s = ctx.styles.index(cell.style, cell.numFmt);
    if (value === null && s === 0) continue;
    const ref = `${columnLetters(c + 1)}${r}`;
    const style = s === 0 ? '' : ` s="${s}"`;
    if (value === null) out += `<c r="${ref}"${style}/>`;
    else if (typeof value === 'number') out += `<c r="${ref}"${style}><v>${value}</v></c>`;
    else if (typeof value === 'boolean') out += `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
    else {
      out += `<c r="${ref}"${style} t="s"><v>${ctx.strings.add(value)}</v></c>`;
      if (cell.style !== undefined && REPORT_STYLES[cell.style].wrap && value.length > 8)
        lines = Math.max(lines, wrappedLines(value, ctx.widths[c] ?? 8.43));
    }
  }
  const height = lines > 1 ? ` ht="${LINE_HEIGHT * Math.min(lines, MAX_AUTO_LINES)}" customHeight="1"` : '';
  return `<row r="${r}"${height}>${out}</row>`;
}

function sheetViewXml(sheet: ReportSheet, first: boolean, header: number): string {
  const selected = first ? ' tabSelected="1"' : '';
  if (!sheet.freezeHeader)
    return `<sheetViews><sheetView${selected} workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>`;
  const top = `A${header + 1}`;
  return (
    `<sheetViews><sheetView${selected} workbookViewId="0">` +
    `<pane ySplit="${header}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`
  );
}

interface WrittenSheet {
  xml: string;
  /** The sheet's table part, when it has one. */
  table?: { xml: string };
}

function sheetXml(
  sheet: ReportSheet,
  title: string,
  first: boolean,
  styles: Styles,
  strings: SharedStrings,
  tableId: number,
  tableNames: Set<string>,
): WrittenSheet {
  const header = headerRowOf(sheet);
  const widths = sheet.columns.map((c) => c.width);
  const ctx: SheetContext = { styles, strings, widths, links: [] };
  const headers = sheet.table
    ? tableHeaders(sheet.columns.map((c) => c.header))
    : sheet.columns.map((c) => c.header);
  const rows: string[] = [];
  sheet.preamble.forEach((cells, i) => rows.push(rowXml(ctx, i + 1, cells)));
  rows.push(
    rowXml(
      ctx,
      header,
      headers.map((v) => ({ v, style: 'header' as const })),
    ),
  );
  sheet.rows.forEach((cells, i) => rows.push(rowXml(ctx, header + 1 + i, cells)));
  const cols = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');

  let table: WrittenSheet['table'];
  if (sheet.table && sheet.columns.length > 0) {
    // Excel needs at least one data row: an empty table gets one empty row.
    const count = Math.max(1, Math.min(sheet.table.rowCount ?? sheet.rows.length, sheet.rows.length));
    const ref = `A${header}:${columnLetters(sheet.columns.length)}${header + count}`;
    const name = xmlEscape(tableName(sheet.table.name, tableNames));
    const columns = headers.map((h, i) => `<tableColumn id="${i + 1}" name="${xmlEscape(h)}"/>`).join('');
    table = {
      xml:
        `${DECL}<table xmlns="${NS_MAIN}" id="${tableId}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
        `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns}</tableColumns>` +
        '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
        '</table>',
    };
  }
  const xml =
    `${DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_RELATIONSHIPS}">` +
    // Printed on A4 landscape, one page wide (as many pages tall as needed).
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    sheetViewXml(sheet, first, header) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (ctx.links.length > 0 ? `<hyperlinks>${ctx.links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    `<headerFooter><oddHeader>${xmlEscape(`&L&8${title}&R&8${sheet.name}`)}</oddHeader>` +
    `<oddFooter>${xmlEscape('&C&8Trang &P / &N')}</oddFooter></headerFooter>` +
    (table ? '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' : '') +
    '</worksheet>';
  return { xml, ...(table ? { table } : {}) };
}

// ---------------------------------------------------------------------------
// The package

const w3cdtf = (iso: string): string => {
  const t = new Date(iso);
  return Number.isNaN(t.getTime())
    ? new Date(0).toISOString().replace(/\.\d+Z$/, 'Z')
    : t.toISOString().replace(/\.\d+Z$/, 'Z');
};

/** Every part of the report's package (charts not yet added). */
/** A sheet of plain texts (inline strings: no shared-string entries for one-off long texts). */
function dataSheetXml(rows: readonly (readonly string[])[]): string {
  const rowXml = rows.map(
    (r, i) =>
      `<row r="${i + 1}">${r
        .map(
          (v, j) =>
            `<c r="${columnLetters(j + 1)}${i + 1}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(v)}</t></is></c>`,
        )
        .join('')}</row>`,
  );
  return `${DECL}<worksheet xmlns="${NS_MAIN}"><sheetData>${rowXml.join('')}</sheetData></worksheet>`;
}

function reportPackage(report: ReportWorkbook, data?: WriteReportOptions['data']): PackageFiles {
  const files: PackageFiles = {};
  const put = (path: string, xml: string): void => {
    files[path] = strToU8(xml);
  };
  const styles = new Styles();
  const strings = new SharedStrings();
  const tableNames = new Set<string>();
  const overrides: [string, string][] = [
    ['/xl/workbook.xml', `${CT}.spreadsheetml.sheet.main+xml`],
    ['/xl/styles.xml', `${CT}.spreadsheetml.styles+xml`],
    ['/xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', `${CT}.extended-properties+xml`],
  ];
  const workbookRels: Relationship[] = [];
  const sheetTags: string[] = [];
  const printTitles: string[] = [];
  let tables = 0;
  report.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const written = sheetXml(sheet, report.title, i === 0, styles, strings, tables + 1, tableNames);
    // The header row is repeated on every printed page.
    printTitles.push(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlEscape(
        `'${sheet.name.replace(/'/g, "''")}'!$${headerRowOf(sheet)}:$${headerRowOf(sheet)}`,
      )}</definedName>`,
    );
    put(`xl/worksheets/sheet${n}.xml`, written.xml);
    overrides.push([`/xl/worksheets/sheet${n}.xml`, `${CT}.spreadsheetml.worksheet+xml`]);
    if (written.table) {
      tables++;
      put(`xl/tables/table${tables}.xml`, written.table.xml);
      overrides.push([`/xl/tables/table${tables}.xml`, `${CT}.spreadsheetml.table+xml`]);
      put(
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        relationshipsXml([{ id: 'rId1', type: `${REL}/table`, target: `../tables/table${tables}.xml` }]),
      );
    }
    workbookRels.push({ id: `rId${n}`, type: `${REL}/worksheet`, target: `worksheets/sheet${n}.xml` });
    sheetTags.push(`<sheet name="${xmlEscape(sheet.name)}" sheetId="${n}" r:id="rId${n}"/>`);
  });
  if (data !== undefined) {
    const n = report.sheets.length + 1;
    put(`xl/worksheets/sheet${n}.xml`, dataSheetXml(data.rows));
    overrides.push([`/xl/worksheets/sheet${n}.xml`, `${CT}.spreadsheetml.worksheet+xml`]);
    workbookRels.push({ id: `rId${n}`, type: `${REL}/worksheet`, target: `worksheets/sheet${n}.xml` });
    sheetTags.push(
      `<sheet name="${xmlEscape(data.sheet)}" sheetId="${n}" state="veryHidden" r:id="rId${n}"/>`,
    );
  }
  const k = report.sheets.length + (data === undefined ? 0 : 1);
  workbookRels.push(
    { id: `rId${k + 1}`, type: `${REL}/styles`, target: 'styles.xml' },
    { id: `rId${k + 2}`, type: `${REL}/sharedStrings`, target: 'sharedStrings.xml' },
  );
  put('xl/styles.xml', styles.xml());
  put('xl/sharedStrings.xml', strings.xml());
  put(
    'xl/workbook.xml',
    `${DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_RELATIONSHIPS}"><workbookPr/>` +
      '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="15000" firstSheet="0" activeTab="0"/></bookViews>' +
      `<sheets>${sheetTags.join('')}</sheets><definedNames>${printTitles.join('')}</definedNames>` +
      '<calcPr calcId="191029"/></workbook>',
  );
  put('xl/_rels/workbook.xml.rels', relationshipsXml(workbookRels));
  put(
    '_rels/.rels',
    relationshipsXml([
      { id: 'rId1', type: `${REL}/officeDocument`, target: 'xl/workbook.xml' },
      {
        id: 'rId2',
        type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
        target: 'docProps/core.xml',
      },
      { id: 'rId3', type: `${REL}/extended-properties`, target: 'docProps/app.xml' },
    ]),
  );
  const created = w3cdtf(report.createdAt);
  put(
    'docProps/core.xml',
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:title>${xmlEscape(report.title)}</dc:title><dc:creator>khcn</dc:creator><cp:lastModifiedBy>khcn</cp:lastModifiedBy>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`,
  );
  put(
    'docProps/app.xml',
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>khcn</Application></Properties>`,
  );
  put(
    '[Content_Types].xml',
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides
        .map(([part, type]) => `<Override PartName="${xmlEscape(part)}" ContentType="${type}"/>`)
        .join('') +
      '</Types>',
  );
  return files;
}

/** The charts of `report`, resolved against their sheets (cached values from the model). */
function resolvedCharts(report: ReportWorkbook): SheetChart[] {
  return report.charts.map((spec) => {
    const sheet = report.sheets.find((s) => s.name === spec.sheet);
    if (!sheet) throw new Error(`Biểu đồ "${spec.title}": không có trang tính "${spec.sheet}".`);
    return { sheet: spec.sheet, chart: resolveChart(spec, sheet) };
  });
}

/** The report as .xlsx bytes. */
export async function writeReportXlsx(report: ReportWorkbook, opts: WriteReportOptions): Promise<Uint8Array> {
  const charts = opts.charts ? resolvedCharts(report) : [];
  const files = reportPackage(report, opts.data);
  addCharts(files, charts);
  return zipPackage(files);
}
