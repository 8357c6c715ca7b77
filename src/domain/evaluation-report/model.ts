/**
 * The evaluation report (báo cáo đánh giá) as plain data: the draft the office edits and signs,
 * before a DOCX or chart library sees it. Numbers are already texts in Vietnamese convention;
 * charts are data (categories and series), drawn by an adapter.
 */

export interface BarChart {
  /** A file-name-safe id ('giai-doan', 'muc-tieu'). */
  id: string;
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  /** Stacked bars (parts of one whole) rather than side by side. */
  stacked: boolean;
  yAxisName: string;
}

export interface TableColumn {
  header: string;
  /** Share of the text width, in percent; the columns of a table add up to 100. */
  width: number;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  /** Text the office must write itself: shown highlighted, never invented. */
  | { kind: 'placeholder'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; caption: string }
  | { kind: 'chart'; chart: BarChart; caption: string };

export interface EvaluationReport {
  /** Administrative header (Decree 30/2020/NĐ-CP): issuing body on the left, nation on the right. */
  parentAgency: string;
  agency: string;
  documentNumber: string;
  nation: string;
  motto: string;
  placeDate: string;
  title: string;
  subtitle: string;
  /** How and when the draft was made (from which consolidation). */
  draftNote: string;
  blocks: Block[];
  /** Recipients and signature block. */
  recipients: string[];
  signer: string;
  /** Page header text (short title). */
  runningHead: string;
  /** Document properties. */
  documentTitle: string;
  createdAt: string;
}

/** The blocks of a kind (tests and adapters). */
export const blocksOf = <K extends Block['kind']>(
  report: EvaluationReport,
  kind: K,
): Extract<Block, { kind: K }>[] =>
  report.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
