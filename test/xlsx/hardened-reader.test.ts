/**
 * The reader against damaged and crafted workbooks, one class at a time (issue #12): each gives
 * the expected Vietnamese issue naming the file and, where it applies, the sheet and the cell;
 * none hangs, throws or loses the file's other values; and a workbook a unit legitimately changed
 * is read normally.
 */
import { readFileSync, rmSync } from 'node:fs';
import { strToU8 } from 'fflate';
import { renderIssue, type Issue, type IssueCode } from '../../src/domain/issues';
import { analyzeTemplate } from '../../src/domain/validation';
import type { TemplateLayout } from '../../src/domain/template/layout-types';
import { IDENTITY_KEYS, IDENTITY_SHEET } from '../../src/domain/template/identity';
import { readWorkbookBytes } from '../../src/xlsx/read-workbook';
import { catalog, fillTemplateFile, tempDir, writeTemplate } from '../validation/helpers';
import { editPart, partsOf, setCellXml, sheetPart, zipOf, type Part } from '../helpers/xlsx-parts';

jest.setTimeout(60_000);

const FILE = 'thu-muc/so-khcn.xlsx';
const dir = tempDir('khcn-hardened-');
let layout: TemplateLayout;
let parts: Part[];

/** The input of a component: its name, sheet and first cell. */
function input(name: string) {
  const found = layout.inputs.find((i) => i.name === name);
  if (!found) throw new Error(name);
  return { ...found, cell: found.range.split(':')[0] ?? '' };
}

beforeAll(async () => {
  const written = await writeTemplate(dir, 'so-khcn');
  layout = written.layout;
  await fillTemplateFile(written.path, layout);
  parts = partsOf(new Uint8Array(readFileSync(written.path)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Read {
  code?: IssueCode;
  issues: Issue[];
  messages: string[];
  value: (name: string) => unknown;
}

/** Reads and validates the bytes as the consolidation does. */
async function read(bytes: Uint8Array): Promise<Read> {
  const outcome = await readWorkbookBytes(bytes, 'so-khcn.xlsx', FILE);
  if (!outcome.ok)
    return {
      code: outcome.issue.code,
      issues: [outcome.issue],
      messages: [renderIssue(outcome.issue, 'vi')],
      value: () => undefined,
    };
  const a = analyzeTemplate(catalog, outcome.reading, { file: FILE, year: 2026 });
  const values = new Map<string, unknown>();
  for (const ind of a.values.indicators)
    for (const c of ind.components)
      values.set(
        `KHCN_${ind.code.replace('.', '_')}_${c.key}`,
        c.value !== undefined && 'value' in c.value ? c.value.value : undefined,
      );
  return {
    issues: a.issues,
    messages: a.issues.map((i) => renderIssue(i, 'vi')),
    value: (n) => values.get(n),
  };
}

const withPart = (name: string, edit: (xml: string) => string): Uint8Array =>
  zipOf(editPart(parts, name, edit));

/** The parts with one input cell's XML replaced. */
function withCell(name: string, element: (cell: string) => string): Uint8Array {
  const { sheet, cell } = input(name);
  return withPart(sheetPart(parts, sheet), (xml) => setCellXml(xml, cell, element(cell)));
}

const errors = (r: Read) => r.issues.filter((i) => i.severity === 'error');

describe('the filled template', () => {
  it('reads with no error, every value where it was written', async () => {
    const r = await read(zipOf(parts));
    expect(errors(r)).toEqual([]);
    expect(r.value('KHCN_I_1_legal_docs')).toBe(5);
  });
});

describe('cell values are read for what they are', () => {
  it.each([
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['hex', '0x10'],
    ['trailing letters', '12abc'],
  ])('%s in a number cell is an issue on that cell, never a number', async (_, v) => {
    const { cell, sheet } = input('KHCN_I_1_legal_docs');
    const r = await read(withCell('KHCN_I_1_legal_docs', (c) => `<c r="${c}"><v>${v}</v></c>`));
    const issue = r.issues.find((i) => i.code === 'CELL_UNREADABLE');
    expect(issue).toMatchObject({ file: FILE, sheet, cell, severity: 'error' });
    expect(renderIssue(issue as Issue, 'vi')).toContain(`Không đọc được nội dung ô`);
    expect(renderIssue(issue as Issue, 'vi')).toContain(v);
    expect(r.value('KHCN_I_1_legal_docs')).toBeUndefined();
    // The rest of the file is still read.
    expect(r.value('KHCN_I_1_policy_docs')).toBe(5);
  });

  it('an ISO date cell (t="d") is a date, a boolean cell a boolean, an inline string a text', async () => {
    const { cell } = input('KHCN_I_1_legal_docs');
    const cellOf = async (element: string) => {
      const o = await readWorkbookBytes(
        withCell('KHCN_I_1_legal_docs', () => element),
        'so-khcn.xlsx',
        FILE,
      );
      const name = o.ok ? o.reading.names.KHCN_I_1_legal_docs : undefined;
      return name?.status === 'ok' ? name.cells.find((c) => c.address === cell)?.value : undefined;
    };
    // 2026-03-15 is serial 46096 (days since 1899-12-30), computed by hand.
    expect(await cellOf(`<c r="${cell}" t="d"><v>2026-03-15T00:00:00</v></c>`)).toEqual({
      kind: 'date',
      value: 46_096,
    });
    expect(await cellOf(`<c r="${cell}" t="b"><v>1</v></c>`)).toEqual({ kind: 'boolean', value: true });
    const inline = await cellOf(`<c r="${cell}" t="inlineStr"><is><t>mười hai</t></is></c>`);
    expect(inline).toEqual({ kind: 'text', value: 'mười hai' });
  });

  it('a shared-string index out of range is an issue on that cell, not a corrupt file', async () => {
    const { sheet, cell } = input('KHCN_I_1_legal_docs');
    const r = await read(withCell('KHCN_I_1_legal_docs', (c) => `<c r="${c}" t="s"><v>999999</v></c>`));
    expect(r.code).toBeUndefined();
    expect(r.issues.find((i) => i.code === 'CELL_UNREADABLE')).toMatchObject({ sheet, cell });
    expect(r.value('KHCN_I_1_policy_docs')).toBe(5);
  });

  it('a control character in a text is an issue on that cell; the file is still read', async () => {
    const { sheet, cell } = input('KHCN_I_1_legal_docs');
    const r = await read(
      withCell('KHCN_I_1_legal_docs', (c) => `<c r="${c}" t="inlineStr"><is><t>1&#x1;2</t></is></c>`),
    );
    expect(r.code).toBeUndefined();
    expect(r.issues.find((i) => i.code === 'CELL_UNREADABLE')).toMatchObject({ sheet, cell });
    // A raw control byte (not even an escape) is the same.
    const raw = await read(
      withCell('KHCN_I_1_legal_docs', (c) => `<c r="${c}" t="inlineStr"><is><t>1\u00012</t></is></c>`),
    );
    expect(raw.issues.find((i) => i.code === 'CELL_UNREADABLE')).toMatchObject({ sheet, cell });
  });

  it('a text over 32 767 characters is an issue on its cell', async () => {
    const { sheet, cell } = input('KHCN_I_1_legal_docs');
    const long = 'a'.repeat(32_768);
    const r = await read(
      withCell('KHCN_I_1_legal_docs', (c) => `<c r="${c}" t="inlineStr"><is><t>${long}</t></is></c>`),
    );
    const issue = r.issues.find((i) => i.code === 'CELL_UNREADABLE');
    expect(issue).toMatchObject({ sheet, cell });
    expect(renderIssue(issue as Issue, 'vi')).toMatch(/32\.767/);
  });

  it('a percentage typed into a field that is not a percentage is an issue on its cell', async () => {
    const { sheet, cell } = input('KHCN_I_1_legal_docs');
    const styles = parts.find((p) => p.name === 'xl/styles.xml');
    if (!styles) throw new Error('styles');
    // A new cell format using the built-in percent format 9 ("0%").
    const withPercent = editPart(parts, 'xl/styles.xml', (xml) =>
      xml.replace(
        /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/,
        (_, n: string, body: string) =>
          `<cellXfs count="${Number(n) + 1}">${body}<xf numFmtId="9" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>`,
      ),
    );
    const index =
      Number(
        /<cellXfs count="(\d+)"/.exec(
          new TextDecoder().decode(withPercent.find((p) => p.name === 'xl/styles.xml')?.data),
        )?.[1],
      ) - 1;
    const bytes = zipOf(
      editPart(withPercent, sheetPart(parts, input('KHCN_I_1_legal_docs').sheet), (xml) =>
        setCellXml(xml, cell, `<c r="${cell}" s="${index}"><v>0.12</v></c>`),
      ),
    );
    const r = await read(bytes);
    const issue = r.issues.find((i) => i.code === 'VALUE_PERCENT_NOT_ALLOWED');
    expect(issue).toMatchObject({ sheet, cell, severity: 'error' });
    expect(renderIssue(issue as Issue, 'vi')).toContain('không phải tỷ lệ');
  });
});

describe('structure: tampered, redirected or oversized', () => {
  it('a cell written twice: the file is rejected as tampered, naming the sheet part', async () => {
    const { sheet, cell } = input('KHCN_I_1_legal_docs');
    const part = sheetPart(parts, sheet);
    const r = await read(
      withPart(part, (xml) =>
        setCellXml(xml, cell, `<c r="${cell}"><v>1</v></c><c r="${cell}"><v>9</v></c>`),
      ),
    );
    expect(r.code).toBe('FILE_TAMPERED');
    expect(r.messages[0]).toContain(`“${part}, ô ${cell}”`);
    expect(r.messages[0]).toContain(FILE);
  });

  it('a zip entry written twice: rejected as tampered, naming the entry', async () => {
    const part = sheetPart(parts, input('KHCN_I_1_legal_docs').sheet);
    const copy = parts.find((p) => p.name === part) as Part;
    const r = await read(zipOf([...parts, { ...copy }]));
    expect(r.code).toBe('FILE_TAMPERED');
    expect(r.messages[0]).toContain(`“${part}”`);
  });

  it('a zip entry lying about its size is refused while inflating, naming the part', async () => {
    const part = sheetPart(parts, input('KHCN_I_1_legal_docs').sheet);
    const lying = parts.map((p) => (p.name === part ? { ...p, declaredSize: 1000 } : p));
    const r = await read(zipOf(lying));
    expect(r.code).toBe('FILE_CORRUPT_PART');
    expect(r.messages[0]).toContain(`“${part}”`);
  });

  it('an honest but huge part (30 MB of XML) is refused, naming the part, before it is parsed', async () => {
    const huge = { name: 'xl/sharedStrings.xml', data: new Uint8Array(30 * 1024 * 1024).fill(0x20) };
    const r = await read(zipOf(parts.map((p) => (p.name === huge.name ? huge : p))));
    expect(r.code).toBe('FILE_CORRUPT_PART');
    expect(r.messages[0]).toContain('“xl/sharedStrings.xml”');
  });

  it('a merged area covering the whole sheet: read in linear time, the inputs flagged, nothing expanded', async () => {
    const { sheet, cell } = input('KHCN_I_1_legal_docs');
    const r = await read(
      withPart(sheetPart(parts, sheet), (xml) =>
        xml.replace(
          /<mergeCells[\s\S]*?<\/mergeCells>|(?=<pageMargins)/,
          '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        ),
      ),
    );
    expect(r.code).toBeUndefined();
    expect(r.issues.find((i) => i.code === 'MERGED_INPUT_CELL' && i.cell === cell)).toBeDefined();
  });

  it('a KHCN name widened to a whole sheet, or moved to the hidden identity sheet: an error naming the name', async () => {
    const { sheet, name } = input('KHCN_I_1_legal_docs');
    const quoted = `'${sheet.replace(/'/g, "''")}'`;
    for (const target of [`${quoted}!$A:$XFD`, `${quoted}!$A$1:$XFD$1048576`, `${IDENTITY_SHEET}!$B$2`]) {
      const r = await read(
        withPart('xl/workbook.xml', (xml) =>
          xml.replace(
            new RegExp(`(<definedName name="${name}"[^>]*>)[^<]*(</definedName>)`),
            (_, open: string, close: string) => `${open}${target}${close}`,
          ),
        ),
      );
      const issue = r.issues.find((i) => i.code === 'NAME_WRONG_PLACE');
      expect({ target, issue }).toMatchObject({ target, issue: { definedName: name, severity: 'error' } });
      expect(renderIssue(issue as Issue, 'vi')).toContain(name);
      expect(r.value('KHCN_I_1_legal_docs')).toBeUndefined();
      expect(r.value('KHCN_I_1_policy_docs')).toBe(5);
    }
  });

  it("relationships damaged so a sheet would be read from another sheet's part: refused, naming the rels", async () => {
    const rels = 'xl/_rels/workbook.xml.rels';
    const dataPart = sheetPart(parts, input('KHCN_I_1_legal_docs').sheet);
    const dictionary = sheetPart(parts, 'Từ điển chỉ số');
    const target = (p: string) => p.replace(/^xl\//, '');
    // A deleted span merged two relationships: the data sheet points at the dictionary's part,
    // the dictionary sheet has none.
    const merged = await read(
      withPart(rels, (xml) =>
        xml
          .replace(`Target="${target(dataPart)}"`, `Target="${target(dictionary)}"`)
          .replace(
            new RegExp(
              `<Relationship [^>]*Target="${target(dictionary)}"/>(?![\\s\\S]*Target="${target(dictionary)}")`,
            ),
            '',
          ),
      ),
    );
    expect(merged.code).toBe('FILE_CORRUPT_PART');
    expect(merged.messages[0]).toContain(`“${rels}”`);
    // Two sheets on one part.
    const shared = await read(
      withPart(rels, (xml) => xml.replace(`Target="${target(dictionary)}"`, `Target="${target(dataPart)}"`)),
    );
    expect(shared.code).toBe('FILE_TAMPERED');
    expect(shared.messages[0]).toContain(`“${rels}”`);
  });

  it('a 200 000-letter attribute run inside a <sheet> tag is read in linear time', async () => {
    const run = 'a'.repeat(200_000);
    const started = Date.now();
    const r = await read(withPart('xl/workbook.xml', (xml) => xml.replace('<sheet ', `<sheet ${run} `)));
    // Not a timing assertion (the jest timeout bounds it): the file is named, not hung on.
    expect(r.code === undefined || r.code === 'FILE_CORRUPT_PART').toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(0);
  });
});

describe('identity', () => {
  const identityPart = () => sheetPart(parts, IDENTITY_SHEET);

  it('an invalid identity (year 2026.5) is told apart from a missing one', async () => {
    const invalid = await read(
      withPart(identityPart(), (xml) => xml.replace(/<v>2026<\/v>/, '<v>2026.5</v>')),
    );
    expect(invalid.issues.map((i) => i.code)).toContain('IDENTITY_INVALID');
    expect(invalid.messages.join('\n')).toContain('không hợp lệ');
    const missing = await read(
      zipOf(
        editPart(parts, 'xl/workbook.xml', (xml) =>
          xml.replace(new RegExp(`<sheet [^>]*name="${IDENTITY_SHEET}"[^>]*/>`), ''),
        ),
      ),
    );
    expect(missing.issues.map((i) => i.code)).toContain('IDENTITY_MISSING');
  });

  it('one identity cell edited to claim another unit: IDENTITY_SUSPECT naming the unit and the reasons', async () => {
    // Row 4 of the identity sheet holds the unit id (rows: header, then IDENTITY_KEYS in order).
    const row = 2 + IDENTITY_KEYS.indexOf('unitId');
    const r = await read(
      withPart(identityPart(), (xml) =>
        setCellXml(xml, `B${row}`, `<c r="B${row}" t="inlineStr"><is><t>so-tai-chinh</t></is></c>`),
      ),
    );
    const issue = r.issues.find((i) => i.code === 'IDENTITY_SUSPECT');
    expect(issue).toBeDefined();
    expect(renderIssue(issue as Issue, 'vi')).toMatch(/Sở Tài chính/);
  });
});

describe('other formats renamed .xlsx are named for what they are', () => {
  it.each([
    [
      'a legacy .xls (OLE compound file)',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
      /\.xls/,
    ],
    [
      'an .xlsb',
      zipOf([
        { name: '[Content_Types].xml', data: strToU8('<Types/>') },
        {
          name: '_rels/.rels',
          data: strToU8(
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
          ),
        },
        { name: 'xl/workbook.bin', data: new Uint8Array(8) },
      ]),
      /xlsb/,
    ],
    [
      'an .ods',
      zipOf([
        { name: 'mimetype', data: strToU8('application/vnd.oasis.opendocument.spreadsheet'), method: 0 },
        { name: 'content.xml', data: strToU8('<x/>') },
      ]),
      /ods/,
    ],
    [
      'a Word .docx',
      zipOf([
        { name: '[Content_Types].xml', data: strToU8('<Types/>') },
        { name: 'word/document.xml', data: strToU8('<w:document/>') },
      ]),
      /docx/,
    ],
  ])('%s', async (_, bytes, format) => {
    const r = await read(bytes);
    expect(r.code).toBe('FILE_NOT_XLSX');
    expect(r.messages[0]).toMatch(format);
    expect(r.messages[0]).toContain(FILE);
  });
});
