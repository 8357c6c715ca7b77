/**
 * What goes back to a unit: its used file's own problems (errors and warnings), never the office's
 * matters (lateness, duplicates); the FeedbackList of the pane shows one line per such unit.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ConsolidationServices } from '../../src/app/ports';
import type { ConsolidationRun } from '../../src/domain/consolidation/run-types';
import { makeIssue } from '../../src/domain/issues';
import { feedbackFileName, feedbackItems, problemText } from '../../src/domain/report/feedback';
import { LangContext } from '../../src/taskpane/context';
import { FeedbackList } from '../../src/taskpane/tabs/consolidation/FeedbackList';
import { makeRun } from './fixtures';

const cellIssue = makeIssue(
  'VALUE_NOT_NUMBER',
  { text: 'không rõ' },
  { file: 'so-khcn.xlsx', sheet: 'Nhập liệu', cell: 'E12', indicator: 'I.1' },
);
const late = makeIssue(
  'SUBMISSION_LATE',
  { unit: 'Sở Tài chính', deadline: '05/12/2026', submitted: '06/12/2026 08:00' },
  { file: 'so-tai-chinh.xlsx' },
);

function run(): ConsolidationRun {
  const r = makeRun();
  return {
    ...r,
    files: r.files.map((f) =>
      f.file === 'so-khcn.xlsx'
        ? { ...f, issues: [cellIssue], errors: 1 }
        : f.file === 'so-tai-chinh.xlsx'
          ? { ...f, issues: [late] }
          : f.file === 'so-khcn-cu.xlsx'
            ? { ...f, issues: [cellIssue] } // superseded: nothing goes back for it
            : f,
    ),
  };
}

test('one item per unit whose USED file has problems of its own; lateness stays with the office', () => {
  const items = feedbackItems(run());
  expect(items).toEqual([
    { file: 'so-khcn.xlsx', unitId: 'so-khcn', unitNameVi: 'Sở Khoa học và Công nghệ', issues: [cellIssue] },
  ]);
  // The note and the list say the problem without repeating where it is.
  expect(problemText(cellIssue)).not.toContain('E12');
  expect(feedbackFileName('dot1/so-khcn.xlsx')).toBe('Phieu_phan_hoi_so-khcn.xlsx');
});

test('the pane lists the unit with its error count and a download button', () => {
  const services = {} as ConsolidationServices; // not called while rendering
  const html = renderToStaticMarkup(
    <LangContext.Provider value={{ lang: 'vi', setLang: () => undefined }}>
      <FluentProvider theme={webLightTheme}>
        <FeedbackList services={services} run={run()} fileNamed={() => undefined} />
      </FluentProvider>
    </LangContext.Provider>,
  );
  expect(html).toContain('Phiếu phản hồi cho đơn vị');
  expect(html).toContain('Sở Khoa học và Công nghệ: 1 lỗi, 0 cảnh báo');
  expect(html).not.toContain('Sở Tài chính');
  expect(html.match(/data-testid="feedback-download"/g)).toHaveLength(1);
});
