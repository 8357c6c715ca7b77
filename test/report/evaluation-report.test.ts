/**
 * buildEvaluationReport over the hand-made run of ./fixtures (two units reporting four
 * indicators): the charts' data, the placeholders and the completeness text, checked by hand.
 */
import { buildEvaluationReport, stageChart } from '../../src/domain/evaluation-report/build';
import { cellText } from '../../src/domain/report/cell-text';
import { blocksOf } from '../../src/domain/evaluation-report/model';
import { reportContext } from '../../src/domain/report/context';
import { catalog, makeRun } from './fixtures';

const run = makeRun();
const report = buildEvaluationReport(catalog, run);

describe('evaluation report (domain)', () => {
  it('counts computed indicators per stage: I.3, I.4, I.7 (input) and II.1 (output) have values', () => {
    const chart = stageChart(reportContext(catalog, run));
    // 7 input, 24 output (9 science + 15 technology), 10 outcome, 9 impact in the catalogue.
    expect(chart.series[0]?.values).toEqual([3, 1, 0, 0]);
    expect(chart.series[1]?.values).toEqual([4, 23, 10, 9]);
  });

  it('shows each value as its workbook cell does, and "Chưa tính được" for a missing one', () => {
    const rows = blocksOf(report, 'table').flatMap((t) => (t.columns[2]?.header === 'Giá trị' ? t.rows : []));
    const value = (code: string): string | undefined => rows.find((r) => r[0] === code)?.[2];
    expect(value('I.4')).toBe('1.200'); // the headline: spending, million VND, #,##0
    expect(value('I.7')).toBe('69,1%'); // 2 500 000 / 3 619 433, format 0.0%
    expect(value('I.3')).toBe('4');
    expect(value('II.2')).toBe('Chưa tính được');
    expect(rows).toHaveLength(catalog.indicators.length);
  });

  it('says the reporting rate of the run: 2 of 3 expected units, 1 on time, 1 late, 1 missing', () => {
    const text = blocksOf(report, 'paragraph').map((p) => p.text);
    expect(text).toContain(
      '2/3 đơn vị phải báo cáo đã nộp tệp dùng được (tỷ lệ 66,7 %): đúng hạn 1, trễ hạn 1; chưa nộp 1; tệp không dùng được 0; tệp còn lỗi 0.',
    );
  });

  it('has a placeholder for each stage, the targets, the quality and the two conclusions', () => {
    expect(blocksOf(report, 'placeholder').map((p) => p.text.slice(0, 1))).toEqual(Array(9).fill('['));
    expect(blocksOf(report, 'chart').map((c) => c.chart.id)).toEqual(['giai-doan', 'muc-tieu']);
  });

  it('formats cells like Excel: percent, grouped integers, dates', () => {
    expect(cellText({ v: 0.6907, numFmt: '0.0%' })).toBe('69,1%');
    expect(cellText({ v: 1497965, numFmt: '#,##0' })).toBe('1.497.965');
    expect(cellText({ v: 46361.4375, numFmt: 'dd/mm/yyyy hh:mm' })).toBe('05/12/2026 10:30');
    expect(cellText({ v: null })).toBe('');
  });
});
