/**
 * The XML parts of a native Excel chart (DrawingML), as strings: a clustered bar chart
 * (`c:chartSpace`), the drawing that anchors it on a sheet (`xdr:wsDr`), and their relationships.
 * exceljs cannot write charts; inject-charts.ts adds these parts to its output.
 *
 * Pure string building: no exceljs, no zip, no Node built-ins (shared by the CLI and the task pane).
 * Every reference carries cached values taken from the report model, so viewers that do not
 * recalculate (previewers, openpyxl, mail clients) still show the bars.
 */
import { columnLetters, parseCell } from '../domain/a1';
import { headerRowOf, type ChartSpec, type ReportCell, type ReportSheet } from '../domain/report/types';

export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
export const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const NS_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const NS_CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_MAIN = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_SHEET_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Series colours (dark blue, orange, green, grey, gold, light blue), cycled. */
const SERIES_COLORS = ['1F5C99', 'ED7D31', '70AD47', '7F7F7F', 'FFC000', '5B9BD5'];

/** Text and attribute values: &, <, >, quotes escaped; characters XML 1.0 forbids dropped. */
export function xmlEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** A sheet name as a reference prefix, always quoted (quotes doubled): `'Mục tiêu KH17'!`. */
export const quotedSheet = (name: string): string => `'${name.replace(/'/g, "''")}'!`;

interface CellPos {
  col: number;
  row: number;
}

function cellOf(ref: string, what: string): CellPos {
  const pos = parseCell(ref.replace(/\$/g, ''));
  if (!pos) throw new Error(`Biểu đồ: ô không hợp lệ "${ref}" (${what}).`);
  return pos;
}

/** 'A5:A9' → the cells of the range in row-major order; a single cell is a range of one. */
export function rangeCells(range: string): CellPos[] {
  const [a = '', b = a] = range.split(':');
  const p = cellOf(a, range);
  const q = cellOf(b, range);
  const out: CellPos[] = [];
  for (let row = Math.min(p.row, q.row); row <= Math.max(p.row, q.row); row++) {
    for (let col = Math.min(p.col, q.col); col <= Math.max(p.col, q.col); col++) out.push({ col, row });
  }
  return out;
}

/** `'Sheet'!$A$5:$A$9` from a sheet name and 'A5:A9'. */
export function absoluteRef(sheet: string, range: string): string {
  const cells = range.split(':').map((r) => {
    const { col, row } = cellOf(r, range);
    return `$${columnLetters(col)}$${row}`;
  });
  return `${quotedSheet(sheet)}${cells.join(':')}`;
}

/** The value the report model puts at (col, row) of `sheet` (preamble, header, data rows). */
export function modelValue(sheet: ReportSheet, { col, row }: CellPos): ReportCell['v'] {
  const header = headerRowOf(sheet);
  if (row < header) return sheet.preamble[row - 1]?.[col - 1]?.v ?? null;
  if (row === header) return sheet.columns[col - 1]?.header ?? null;
  return sheet.rows[row - header - 1]?.[col - 1]?.v ?? null;
}

/** A chart with its references resolved and its cached values read from the model. */
export interface ResolvedChart {
  title: string;
  /** 'bar': horizontal bars (long category labels read well); 'col': vertical columns. */
  barDir: 'bar' | 'col';
  percent: boolean;
  categories: { ref: string; values: (string | null)[] };
  series: { name: string; ref: string; values: (number | null)[] }[];
  /** 0-based anchor: the chart covers from.col/row up to (not including) to.col/row. */
  from: CellPos;
  to: CellPos;
}

export function resolveChart(
  spec: ChartSpec,
  sheet: ReportSheet,
  barDir: ResolvedChart['barDir'] = 'bar',
): ResolvedChart {
  const text = (v: ReportCell['v']): string | null => (v === null || v === '' ? null : String(v));
  const num = (v: ReportCell['v']): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const from = cellOf(spec.from, 'from');
  const to = cellOf(spec.to, 'to');
  return {
    title: spec.title,
    barDir,
    percent: spec.percent,
    categories: {
      ref: absoluteRef(sheet.name, spec.categories),
      values: rangeCells(spec.categories).map((p) => text(modelValue(sheet, p))),
    },
    series: spec.series.map((s) => ({
      name: s.name,
      ref: absoluteRef(sheet.name, s.values),
      values: rangeCells(s.values).map((p) => num(modelValue(sheet, p))),
    })),
    // The bottom-right cell is inside the chart: the anchor ends at the next cell's top-left corner.
    from: { col: Math.min(from.col, to.col) - 1, row: Math.min(from.row, to.row) - 1 },
    to: { col: Math.max(from.col, to.col), row: Math.max(from.row, to.row) },
  };
}

const val = (tag: string, v: string | number): string => `<c:${tag} val="${xmlEscape(String(v))}"/>`;

function strCache(values: readonly (string | null)[]): string {
  const pts = values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${xmlEscape(v)}</c:v></c:pt>`))
    .join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly (number | null)[], formatCode: string): string {
  const pts = values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>`))
    .join('');
  return `<c:numCache><c:formatCode>${xmlEscape(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

const richText = (text: string, size: number, bold: boolean): string =>
  `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
  `<a:r><a:rPr lang="vi-VN" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich>`;

const textProps = (size: number): string =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;

const GRID_LINE =
  '<c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>';
const AXIS_LINE =
  '<c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="A6A6A6"/></a:solidFill></a:ln></c:spPr>';

const CAT_AX_ID = 50010;
const VAL_AX_ID = 50020;

/**
 * `xl/charts/chartN.xml`: a clustered bar chart, one series per spec series, categories in sheet
 * order from the top (horizontal bars), value axis in percent (0–100 %) when `percent`.
 * Element order follows the CT_* sequences of the DrawingML chart schema (ECMA-376 §21.2).
 */
export function chartXml(chart: ResolvedChart): string {
  const fmt = chart.percent ? '0%' : 'General';
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser>${val('idx', i)}${val('order', i)}<c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${SERIES_COLORS[i % SERIES_COLORS.length]}"/></a:solidFill></c:spPr>` +
        `${val('invertIfNegative', 0)}` +
        `<c:cat><c:strRef><c:f>${xmlEscape(chart.categories.ref)}</c:f>${strCache(chart.categories.values)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlEscape(s.ref)}</c:f>${numCache(s.values, fmt)}</c:numRef></c:val>` +
        `</c:ser>`,
    )
    .join('');

  const horizontal = chart.barDir === 'bar';
  const numbers = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  // Percent axis 0–100 %, unless a value leaves that range (then the bound is automatic, no clipping).
  const fixedMin = chart.percent && numbers.every((v) => v >= 0);
  const fixedMax = chart.percent && numbers.every((v) => v <= 1);
  const valScaling = `<c:scaling>${val('orientation', 'minMax')}${fixedMax ? val('max', 1) : ''}${fixedMin ? val('min', 0) : ''}</c:scaling>`;

  // Horizontal bars list the first category at the bottom unless the axis is reversed; reversed,
  // the value axis must cross at the maximum category to stay at the bottom.
  const catAx =
    `<c:catAx>${val('axId', CAT_AX_ID)}<c:scaling>${val('orientation', horizontal ? 'maxMin' : 'minMax')}</c:scaling>` +
    `${val('delete', 0)}${val('axPos', horizontal ? 'l' : 'b')}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${val('majorTickMark', 'none')}${val('minorTickMark', 'none')}` +
    `${val('tickLblPos', 'nextTo')}${AXIS_LINE}${textProps(900)}${val('crossAx', VAL_AX_ID)}${val('crosses', 'autoZero')}` +
    `${val('auto', 1)}${val('lblAlgn', 'ctr')}${val('lblOffset', 100)}${val('noMultiLvlLbl', 0)}</c:catAx>`;
  const valAx =
    `<c:valAx>${val('axId', VAL_AX_ID)}${valScaling}${val('delete', 0)}${val('axPos', horizontal ? 'b' : 'l')}` +
    `<c:majorGridlines>${GRID_LINE}</c:majorGridlines>` +
    `<c:numFmt formatCode="${fmt}" sourceLinked="${chart.percent ? 0 : 1}"/>` +
    `${val('majorTickMark', 'out')}${val('minorTickMark', 'none')}${val('tickLblPos', 'nextTo')}${AXIS_LINE}${textProps(900)}` +
    `${val('crossAx', CAT_AX_ID)}${val('crosses', horizontal ? 'max' : 'autoZero')}${val('crossBetween', 'between')}` +
    `${chart.percent && fixedMin && fixedMax ? val('majorUnit', 0.2) : ''}</c:valAx>`;

  return (
    XML_DECL +
    `<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_MAIN}" xmlns:r="${NS_RELATIONSHIPS}">` +
    `${val('date1904', 0)}${val('lang', 'vi-VN')}${val('roundedCorners', 0)}` +
    `<c:chart>` +
    `<c:title><c:tx>${richText(chart.title, 1400, true)}</c:tx>${val('overlay', 0)}</c:title>` +
    `${val('autoTitleDeleted', 0)}` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart>${val('barDir', chart.barDir)}${val('grouping', 'clustered')}${val('varyColors', 0)}` +
    `${series}${val('gapWidth', 80)}${val('axId', CAT_AX_ID)}${val('axId', VAL_AX_ID)}</c:barChart>` +
    `${catAx}${valAx}</c:plotArea>` +
    `<c:legend>${val('legendPos', 'b')}${val('overlay', 0)}${textProps(900)}</c:legend>` +
    `${val('plotVisOnly', 1)}${val('dispBlanksAs', 'gap')}` +
    `</c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

/** One chart placed on a drawing: its anchor and the drawing's relationship id to the chart part. */
export interface DrawingAnchor {
  chart: ResolvedChart;
  rId: string;
}

const marker = (tag: 'from' | 'to', p: CellPos): string =>
  `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/** `xl/drawings/drawingN.xml`: one two-cell anchor (moves and sizes with cells) per chart. */
export function drawingXml(anchors: readonly DrawingAnchor[]): string {
  const body = anchors
    .map(
      ({ chart, rId }, i) =>
        `<xdr:twoCellAnchor>${marker('from', chart.from)}${marker('to', chart.to)}` +
        `<xdr:graphicFrame macro="">` +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Biểu đồ ${i + 1}" descr="${xmlEscape(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" r:id="${xmlEscape(rId)}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join('');
  return (
    XML_DECL +
    `<xdr:wsDr xmlns:xdr="${NS_SHEET_DRAWING}" xmlns:a="${NS_MAIN}" xmlns:r="${NS_RELATIONSHIPS}">${body}</xdr:wsDr>`
  );
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export const relationshipXml = (r: Relationship): string =>
  `<Relationship Id="${xmlEscape(r.id)}" Type="${xmlEscape(r.type)}" Target="${xmlEscape(r.target)}"/>`;

/** A whole `.rels` part. */
export const relationshipsXml = (rels: readonly Relationship[]): string =>
  XML_DECL +
  `<Relationships xmlns="${NS_PACKAGE_RELS}">${rels.map(relationshipXml).join('')}</Relationships>`;
