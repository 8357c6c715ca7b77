/**
 * The Tổng hợp tab's summary: the completeness facts and, for each register of the run, how many
 * rows were read and how many duplicates were removed.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { registerDef } from '../../src/domain/registers/definitions';
import { readRegisterRows } from '../../src/domain/registers/rows';
import { unionRegister } from '../../src/domain/registers/union';
import { LangContext } from '../../src/taskpane/context';
import { RunSummary } from '../../src/taskpane/tabs/consolidation/RunSummary';

const PUB = registerDef('publications');
const header = PUB.columns.map((c) => c.headerVi);
const rows = (unitFile: string, dois: string[]) =>
  readRegisterRows(PUB, {
    file: unitFile,
    sheet: 'DS',
    firstColumn: 1,
    rows: [
      { row: 1, cells: header },
      ...dois.map((doi, i) => ({
        row: 2 + i,
        cells: PUB.columns.map((c) =>
          c.key === 'doi'
            ? doi
            : c.key === 'title'
              ? `Bài ${doi}`
              : c.key === 'kind'
                ? 'Bài báo quốc tế'
                : c.key === 'year'
                  ? 2026
                  : null,
        ),
      })),
    ],
  }).rows;

test('each register: rows read → items, duplicates removed (3 + 2 rows, one DOI shared → 4 items)', () => {
  const union = unionRegister(PUB, [
    ...rows('a.xlsx', ['10.1000/a', '10.1000/b', '10.1000/c']).map((row) => ({ unitId: 'so-khcn', row })),
    ...rows('b.xlsx', ['10.1000/c', '10.1000/d']).map((row) => ({ unitId: 'thong-ke', row })),
  ]);
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <LangContext.Provider value={{ lang: 'vi', setLang: () => undefined }}>
        <RunSummary
          completeness={{
            expected: 2,
            received: 2,
            onTime: 2,
            late: 0,
            missing: 0,
            unreadable: 0,
            withErrors: 0,
            unexpected: 0,
            rate: 1,
            onTimeRate: 1,
          }}
          units={[]}
          registers={[union]}
        />
      </LangContext.Provider>
    </FluentProvider>,
  );
  const fact =
    /data-testid="completeness-register-publications"[^>]*>\s*<dt>([^<]*)<\/dt>\s*<dd>([^<]*)<\/dd>/.exec(
      html,
    );
  expect(fact?.[1]).toBe('Danh sách công bố khoa học');
  expect(fact?.[2]).toBe('5 dòng đã đọc → 4 mục (loại 1 dòng trùng)');
});
