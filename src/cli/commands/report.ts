/**
 * `khcn report <files or folders>... --out <bao-cao-danh-gia-2026.docx>`: the same reading and
 * consolidation as `khcn consolidate` (./consolidate.ts, same options), then the draft evaluation
 * report as a Word document (app/evaluation-report.ts; charts rasterised with resvg).
 */
import { makeEvaluationReport } from '../../app/evaluation-report';
import type { Deliverable } from './consolidate';

export const EVALUATION_REPORT: Deliverable = {
  ext: '.docx',
  example: 'bao-cao-danh-gia-2026.docx',
  write: async (catalog, result) => {
    const [{ evaluationDocx }, { rasterizeWithResvg }] = await Promise.all([
      import('../../docx/evaluation-docx'),
      import('../rasterize'),
    ]);
    return makeEvaluationReport(catalog, result.run, (report) => evaluationDocx(report, rasterizeWithResvg));
  },
};
