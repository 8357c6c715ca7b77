/**
 * Zip surgery that adds native charts to an .xlsx written by exceljs (which cannot write charts):
 * per charted sheet one drawing part with one anchor per chart, one chart part per chart, their
 * relationships, the sheet's `<drawing r:id>` element at its schema position, the sheet's
 * relationship (merged into an existing .rels, e.g. the one of its tables) and the content types.
 *
 * Works on the unzipped package (fflate's `Record<path, bytes>`); Uint8Array only, no Node
 * built-ins (shared by the CLI and the task pane).
 */
import { strFromU8, strToU8 } from 'fflate';
import { zipParts } from './zip';
import {
  CHART_CONTENT_TYPE,
  DRAWING_CONTENT_TYPE,
  NS_RELATIONSHIPS,
  REL_CHART,
  REL_DRAWING,
  chartXml,
  drawingXml,
  relationshipXml,
  relationshipsXml,
  xmlEscape,
  type Relationship,
  type ResolvedChart,
} from './chart-parts';

/** An unzipped package: part path (no leading '/') → bytes. */
export type PackageFiles = Record<string, Uint8Array>;

export interface SheetChart {
  /** The name of the sheet the chart is drawn on. */
  sheet: string;
  chart: ResolvedChart;
}

function xmlUnescape(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** The attributes of one start tag, values unescaped. */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out.set(m[1] ?? '', xmlUnescape(m[2] ?? m[3] ?? ''));
  }
  return out;
}

const startTags = (xml: string, name: string): Map<string, string>[] =>
  Array.from(xml.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g')), (m) => attributes(m[0]));

function readText(files: PackageFiles, path: string): string {
  const bytes = files[path];
  if (!bytes) throw new Error(`xlsx: thiếu phần ${path}.`);
  return strFromU8(bytes);
}

/** The part a relationship target points to, from the folder of the part that holds the .rels. */
function resolveTarget(baseDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = baseDir.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** Sheet name → worksheet part path, from xl/workbook.xml and its relationships. */
export function worksheetParts(files: PackageFiles): Map<string, string> {
  const workbook = readText(files, 'xl/workbook.xml');
  const rels = readText(files, relsPathOf('xl/workbook.xml'));
  const targets = new Map(
    startTags(rels, 'Relationship').map((a) => [a.get('Id') ?? '', a.get('Target') ?? '']),
  );
  const out = new Map<string, string>();
  for (const a of startTags(workbook, 'sheet')) {
    const target = targets.get(a.get('r:id') ?? '');
    if (target !== undefined) out.set(a.get('name') ?? '', resolveTarget('xl', target));
  }
  return out;
}

/** The next free N of `prefixN.xml` in `folder`. */
function nextPartNumber(files: PackageFiles, folder: string, prefix: string): number {
  const re = new RegExp(`^${folder}/${prefix}(\\d+)\\.xml$`);
  let max = 0;
  for (const path of Object.keys(files)) max = Math.max(max, Number(re.exec(path)?.[1] ?? 0));
  return max + 1;
}

/** Elements of CT_Worksheet that come after `<drawing>`; the drawing goes before the first present. */
const AFTER_DRAWING =
  /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s/>]|<\/worksheet>/g;

/** Inserts `<drawing r:id>` into a worksheet's XML at its schema-correct position. */
export function insertDrawingElement(sheetXml: string, rId: string): string {
  const dataEnd = Math.max(sheetXml.lastIndexOf('</sheetData>'), sheetXml.lastIndexOf('<sheetData/>'));
  if (dataEnd < 0) throw new Error('xlsx: trang tính không có sheetData.');
  if (/<drawing[\s/>]/.test(sheetXml.slice(dataEnd))) {
    throw new Error('xlsx: trang tính đã có một bản vẽ (drawing); không thêm được biểu đồ.');
  }
  AFTER_DRAWING.lastIndex = dataEnd;
  const at = AFTER_DRAWING.exec(sheetXml)?.index;
  if (at === undefined) throw new Error('xlsx: không tìm thấy chỗ chèn bản vẽ trong trang tính.');
  const root = /<worksheet\b[^>]*>/.exec(sheetXml)?.[0] ?? '';
  // exceljs declares xmlns:r on the root; declare it locally otherwise.
  const ns = /\sxmlns:r\s*=/.test(root) ? '' : ` xmlns:r="${NS_RELATIONSHIPS}"`;
  return `${sheetXml.slice(0, at)}<drawing${ns} r:id="${xmlEscape(rId)}"/>${sheetXml.slice(at)}`;
}

/** Adds a relationship to a .rels part (created when missing) under a fresh id; returns the id. */
function addRelationship(files: PackageFiles, relsPath: string, type: string, target: string): string {
  const existing = files[relsPath] ? strFromU8(files[relsPath]) : undefined;
  const used = new Set(existing ? startTags(existing, 'Relationship').map((a) => a.get('Id')) : []);
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const rel: Relationship = { id: `rId${n}`, type, target };
  if (existing === undefined) {
    files[relsPath] = strToU8(relationshipsXml([rel]));
  } else {
    const close = existing.lastIndexOf('</Relationships>');
    if (close < 0) throw new Error(`xlsx: ${relsPath} không hợp lệ.`);
    files[relsPath] = strToU8(`${existing.slice(0, close)}${relationshipXml(rel)}${existing.slice(close)}`);
  }
  return rel.id;
}

function addContentTypes(files: PackageFiles, overrides: readonly { part: string; type: string }[]): void {
  const xml = readText(files, '[Content_Types].xml');
  const close = xml.lastIndexOf('</Types>');
  if (close < 0) throw new Error('xlsx: [Content_Types].xml không hợp lệ.');
  const add = overrides
    .map((o) => `<Override PartName="/${xmlEscape(o.part)}" ContentType="${xmlEscape(o.type)}"/>`)
    .join('');
  files['[Content_Types].xml'] = strToU8(`${xml.slice(0, close)}${add}${xml.slice(close)}`);
}

/** Adds the charts to the unzipped package in place; charts on one sheet share its drawing. */
export function addCharts(files: PackageFiles, charts: readonly SheetChart[]): void {
  if (charts.length === 0) return;
  const sheets = worksheetParts(files);
  const bySheet = new Map<string, ResolvedChart[]>();
  for (const { sheet, chart } of charts) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), chart]);

  let chartNo = nextPartNumber(files, 'xl/charts', 'chart');
  let drawingNo = nextPartNumber(files, 'xl/drawings', 'drawing');
  const overrides: { part: string; type: string }[] = [];
  for (const [sheet, sheetCharts] of bySheet) {
    const sheetPart = sheets.get(sheet);
    if (sheetPart === undefined) throw new Error(`Biểu đồ: không có trang tính "${sheet}".`);
    const drawingPart = `xl/drawings/drawing${drawingNo++}.xml`;
    const anchors = sheetCharts.map((chart, i) => {
      const chartPart = `xl/charts/chart${chartNo++}.xml`;
      files[chartPart] = strToU8(chartXml(chart));
      overrides.push({ part: chartPart, type: CHART_CONTENT_TYPE });
      return { chart, rId: `rId${i + 1}`, target: `../charts/${chartPart.slice('xl/charts/'.length)}` };
    });
    files[drawingPart] = strToU8(drawingXml(anchors));
    files[relsPathOf(drawingPart)] = strToU8(
      relationshipsXml(anchors.map((a) => ({ id: a.rId, type: REL_CHART, target: a.target }))),
    );
    overrides.push({ part: drawingPart, type: DRAWING_CONTENT_TYPE });

    const rId = addRelationship(
      files,
      relsPathOf(sheetPart),
      REL_DRAWING,
      `../drawings/${drawingPart.slice('xl/drawings/'.length)}`,
    );
    files[sheetPart] = strToU8(insertDrawingElement(readText(files, sheetPart), rId));
  }
  addContentTypes(files, overrides);
}

/**
 * Zips a package. Folder entries ('xl/', which JSZip adds) are dropped: a package has parts only,
 * and Excel and LibreOffice need none.
 */
export function zipPackage(files: PackageFiles): Uint8Array {
  // The content types first, as Excel writes them (some readers look for them there).
  const types = files['[Content_Types].xml'];
  const parts: PackageFiles = types ? { '[Content_Types].xml': types } : {};
  for (const [path, bytes] of Object.entries(files)) if (!path.endsWith('/')) parts[path] = bytes;
  return zipParts(parts);
}
