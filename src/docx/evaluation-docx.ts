/**
 * The evaluation report (domain EvaluationReport) as a Word document, with the `docx` library
 * (runs in Node and in the browser). Layout of Vietnamese administrative documents (Decree
 * 30/2020/NĐ-CP): A4, Times New Roman, margins top/bottom 20 mm, left 30 mm, right 15 mm, page
 * numbers; the issuing body and the nation heading side by side above the title.
 * Charts arrive as PNG bytes (drawn from the same data by the caller).
 */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { barChartSvg, CHART_SIZE } from '../charts/bar-chart-svg';
import type { Block, EvaluationReport } from '../domain/evaluation-report/model';

/** A chart drawn for the document: PNG bytes and the size to show it at (pixels, 96 dpi). */
export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
}

const FONT = 'Times New Roman';
/** Half-points: 14 pt body, 12 pt tables. */
const BODY = 28;
const TABLE = 24;
/** A4 in twips, as Word writes it (210 × 297 mm). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = {
  top: convertMillimetersToTwip(20),
  bottom: convertMillimetersToTwip(20),
  left: convertMillimetersToTwip(30),
  right: convertMillimetersToTwip(15),
};
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const HEADER_FILL = 'D9E2F3';
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;

const run = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun =>
  new TextRun({ text, font: FONT, ...opts });

/** A text with line breaks as runs separated by breaks. */
const runs = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun[] =>
  text.split('\n').map((line, i) => new TextRun({ text: line, font: FONT, break: i > 0 ? 1 : 0, ...opts }));

const centered = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: runs(text, opts) });

/** A cell of a borderless layout table (letterhead, signature block), `width` percent wide. */
const cell = (paragraphs: Paragraph[], width: number): TableCell =>
  new TableCell({ children: paragraphs, width: { size: width, type: WidthType.PERCENTAGE } });

/** A full-width table without borders: the page's two-column blocks. */
const layoutTable = (rows: TableRow[]): Table =>
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE, rows });

/** The two-column heading block: issuing body | nation and motto, then number | place and date. */
function letterhead(r: EvaluationReport): Table {
  return layoutTable([
    new TableRow({
      children: [
        cell([centered(r.parentAgency, { size: 24 }), centered(r.agency, { bold: true, size: 24 })], 40),
        cell([centered(r.nation, { bold: true, size: 26 }), centered(r.motto, { bold: true, size: 28 })], 60),
      ],
    }),
    new TableRow({
      children: [
        cell([centered(r.documentNumber, { size: 26 })], 40),
        cell([centered(r.placeDate, { italics: true, size: 28 })], 60),
      ],
    }),
  ]);
}

function table(block: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  const widths = block.columns.map((c) => Math.round((TEXT_WIDTH * c.width) / 100));
  const cell = (text: string, i: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      ...(header ? { shading: { fill: HEADER_FILL } } : {}),
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: runs(text, { size: TABLE, bold: header }),
        }),
      ],
    });
  return [
    new Paragraph({
      spacing: { before: 120 },
      keepNext: true,
      children: [run(block.caption, { italics: true, size: TABLE })],
    }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      borders: {
        top: THIN,
        bottom: THIN,
        left: THIN,
        right: THIN,
        insideHorizontal: THIN,
        insideVertical: THIN,
      },
      rows: [
        new TableRow({ tableHeader: true, children: block.columns.map((c, i) => cell(c.header, i, true)) }),
        ...block.rows.map(
          (row) => new TableRow({ cantSplit: true, children: row.map((v, i) => cell(v, i, false)) }),
        ),
      ],
    }),
  ];
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function blockContent(block: Block, charts: ReadonlyMap<string, ChartImage>): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], keepNext: true, children: [run(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: runs(block.text) })];
    case 'placeholder':
      return [
        new Paragraph({
          children: [new TextRun({ text: block.text, font: FONT, italics: true, highlight: 'yellow' })],
        }),
      ];
    case 'bullets':
      return block.items.map(
        (item) =>
          new Paragraph({ alignment: AlignmentType.JUSTIFIED, bullet: { level: 0 }, children: runs(item) }),
      );
    case 'table':
      return table(block);
    case 'chart': {
      const image = charts.get(block.chart.id);
      if (image === undefined) throw new Error(`No image for chart ${block.chart.id}`);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { line: 240, lineRule: LineRuleType.AUTO },
          children: [
            new ImageRun({
              type: 'png',
              data: image.png,
              transformation: { width: image.width, height: image.height },
              altText: { name: block.chart.id, title: block.chart.title, description: block.caption },
            }),
          ],
        }),
        centered(block.caption, { italics: true, size: TABLE }),
      ];
    }
  }
}

function closing(r: EvaluationReport): Table {
  const recipients = r.recipients.map(
    (line, i) => new Paragraph({ children: [run(line, { size: 24, bold: i === 0, italics: i === 0 })] }),
  );
  return layoutTable([
    new TableRow({ children: [cell(recipients, 50), cell([centered(r.signer, { bold: true })], 50)] }),
  ]);
}

function section(r: EvaluationReport, charts: ReadonlyMap<string, ChartImage>): ISectionOptions {
  return {
    properties: { page: { size: A4, margin: MARGIN, pageNumbers: { start: 1 } } },
    headers: {
      default: new Header({ children: [centered(r.runningHead, { italics: true, size: 20 })] }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ font: FONT, size: 24, children: [PageNumber.CURRENT] })],
          }),
        ],
      }),
    },
    children: [
      letterhead(r),
      new Paragraph({ spacing: { before: 240 }, children: [] }),
      centered(r.title, { bold: true }),
      centered(r.subtitle, { bold: true }),
      centered(r.draftNote, { italics: true, size: 24 }),
      ...r.blocks.flatMap((b) => blockContent(b, charts)),
      new Paragraph({ spacing: { before: 240 }, children: [] }),
      closing(r),
    ],
  };
}

const heading = (id: string, name: string, size: number, italics = false) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: FONT, size, bold: true, italics, color: '000000' },
  paragraph: { spacing: { before: 240, after: 120 } },
});

export function evaluationDocument(r: EvaluationReport, charts: ReadonlyMap<string, ChartImage>): Document {
  return new Document({
    creator: r.agency,
    title: r.documentTitle,
    description: r.subtitle,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY },
          // lineRule stated: LibreOffice reads a bare w:line as an exact height and clips pictures.
          paragraph: { spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: [
        heading('Heading1', 'Heading 1', BODY),
        heading('Heading2', 'Heading 2', BODY),
        heading('Heading3', 'Heading 3', BODY, true),
      ],
    },
    sections: [section(r, charts)],
  });
}

/** The .docx bytes. */
export async function writeEvaluationDocx(
  r: EvaluationReport,
  charts: ReadonlyMap<string, ChartImage>,
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(evaluationDocument(r, charts)));
}

/** SVG → PNG at `scale` × the given CSS size (resvg in Node, a canvas in the browser). */
export type Rasterize = (svg: string, width: number, height: number, scale: number) => Promise<Uint8Array>;

/** The report with its charts drawn from its own data (ECharts SVG, rasterised by the caller). */
export async function evaluationDocx(r: EvaluationReport, rasterize: Rasterize): Promise<Uint8Array> {
  const charts = new Map<string, ChartImage>();
  for (const b of r.blocks) {
    if (b.kind !== 'chart') continue;
    const { width, height } = CHART_SIZE;
    charts.set(b.chart.id, { png: await rasterize(barChartSvg(b.chart), width, height, 2), width, height });
  }
  return writeEvaluationDocx(r, charts);
}
