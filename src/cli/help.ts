/**
 * The help of `khcn` (`khcn --help`) and of each command (`khcn <command> --help`), Vietnamese by
 * default, English with --lang en: the command's usage texts, kept as one map per language.
 */
import type { Lang } from '../domain/numbers';

export const COMMANDS = [
  'catalog',
  'units',
  'targets',
  'registry',
  'dictionary',
  'template',
  'templates',
  'validate',
  'consolidate',
  'report',
  'baseline',
] as const;
export type Command = (typeof COMMANDS)[number];

interface CommandHelp {
  usage: string;
  /** One line in the overview. */
  summary: string;
  /** The details shown by `khcn <command> --help`. */
  details: string;
}

interface Help {
  title: string;
  usageHeading: string;
  commandsHeading: string;
  footer: string;
  commands: Record<Command, CommandHelp>;
}

const VI: Help = {
  title: 'khcn — công cụ dòng lệnh đánh giá KH, CN & ĐMST năm 2026 (tỉnh Bắc Ninh)',
  usageHeading: 'Cách dùng: khcn <lệnh> [tham số]',
  commandsHeading: 'Các lệnh',
  footer: [
    'Tham số chung: --registry <tệp.xlsx|tệp.csv> dùng danh sách đơn vị của Sở (xem “khcn registry”);',
    '               --lang en in bằng tiếng Anh; --help trợ giúp của từng lệnh (ví dụ: khcn consolidate --help).',
    'Mã thoát: 0 = thành công; 1 = dữ liệu có lỗi (validate); 2 = không thực hiện được (sai tham số, không đọc/ghi được tệp).',
    'English: khcn --help --lang en',
  ].join('\n'),
  commands: {
    catalog: {
      usage: 'khcn catalog [--json]',
      summary: 'Danh mục 50 chỉ tiêu đánh giá (thành phần, công thức, cách tổng hợp)',
      details: 'In bảng 50 chỉ tiêu; --json in đầy đủ mọi trường của danh mục.',
    },
    units: {
      usage: 'khcn units [--json]',
      summary: 'Danh sách đơn vị báo cáo và chỉ tiêu của từng đơn vị',
      details:
        'Sở, ngành, 99 xã/phường, các nhóm đơn vị và đơn vị trong danh sách --registry; số chỉ tiêu chủ trì và phối hợp.',
    },
    targets: {
      usage: 'khcn targets [--json]',
      summary: '78 chỉ tiêu của Kế hoạch 17/KH-UBND, kèm độ tin cậy của bản đọc',
      details: 'Các mốc 2025, 2030 và độ tin cậy của bản đọc (bản quét khó đọc: THẤP).',
    },
    registry: {
      usage: 'khcn registry --out <don-vi.xlsx> [--registry <tệp>]',
      summary: 'Ghi danh sách đơn vị báo cáo ra tệp Excel để Sở bổ sung',
      details: [
        'Ghi danh sách đơn vị (trang “Đơn vị”, “Nhóm đơn vị”, “Đầu mối Sở KH&CN”) để Sở thêm viện, trường,',
        'doanh nghiệp, nhà mạng… rồi dùng lại với --registry ở mọi lệnh. Với --registry, tệp của Sở được',
        'kiểm tra và ghi lại theo mẫu hiện hành.',
      ].join('\n'),
    },
    dictionary: {
      usage: 'khcn dictionary --out <tệp.xlsx|tệp.md>',
      summary: 'Ghi “Từ điển chỉ số” ra tệp Excel hoặc Markdown',
      details: 'Định nghĩa, công thức, nguồn số liệu và đơn vị báo cáo của từng chỉ tiêu.',
    },
    template: {
      usage: 'khcn template --unit <mã> [--year 2026] [--out <tệp.xlsx>] [--json]',
      summary: 'Ghi mẫu biểu nhập liệu của một đơn vị',
      details: 'Mã đơn vị: xem “khcn units”; xã/phường: xp-07210 hoặc mã thống kê 07210.',
    },
    templates: {
      usage: 'khcn templates --out <thư mục> [--year 2026] [--json]',
      summary: 'Ghi mẫu biểu của tất cả đơn vị, mỗi đơn vị một tệp',
      details: 'Mỗi đơn vị một tệp .xlsx trong thư mục --out.',
    },
    validate: {
      usage: 'khcn validate <tệp.xlsx>... [--unit <mã>] [--year 2026] [--json]',
      summary: 'Kiểm tra các biểu đã nhập số liệu',
      details: [
        'Đọc các biểu theo tên vùng KHCN_… và kiểm tra như khi tổng hợp.',
        'Mã thoát 0 = không có lỗi (có thể có cảnh báo), 1 = có lỗi, 2 = có tệp không đọc được',
        '(các tệp khác vẫn được kiểm tra).',
      ].join('\n'),
    },
    consolidate: {
      usage: [
        'khcn consolidate <tệp hoặc thư mục>... --out <báo-cáo.xlsx> [--year 2026] [--deadline 05/12/2026]',
        '                 [--units <danh-sách>] [--received <sổ-tệp-đến>] [--population <số dân>]',
        '                 [--prefer <tên tệp>]... [--reminders <nhac-don-vi.csv>] [--feedback <thư-mục>]',
        '                 [--previous <kỳ-trước.xlsx>] [--json]',
      ].join('\n'),
      summary: 'Tổng hợp các biểu đơn vị đã gửi thành báo cáo Excel',
      details: [
        'Ghi báo cáo tổng hợp (tổng hợp, kiểm tra toàn tỉnh, chi tiết nguồn, tình trạng nộp, xung đột, mục tiêu KH17)',
        'và in tóm tắt. Thư mục được đọc cả thư mục con; mọi tệp trong đó đều được xét (tệp sai định dạng bị loại',
        'và nêu lý do), trừ tệp ẩn và tệp khóa ~$…. Mỗi tệp được đọc trong giới hạn thời gian và bộ nhớ: tệp hỏng',
        'hoặc bị sửa không làm dừng cả đợt.',
        'Đơn vị có nhiều tệp: dùng tệp được chọn (--prefer), rồi tệp không bị nghi sai, rồi tệp đã đánh dấu “Hoàn',
        'thành” (không còn lỗi), rồi bản chính thức (tên không có “nháp”), rồi tệp nhận sau cùng; hai tệp ngang',
        'nhau được nêu để Sở chọn. Bản nháp chỉ được dùng khi đơn vị không có tệp hoàn thành.',
        '  --deadline    hạn nộp (2026-12-05 hoặc 05/12/2026), mặc định 05/12/2026',
        '  --units       danh sách đơn vị phải báo cáo (.xlsx, .csv: cột “Mã đơn vị”/“id” hoặc cột A;',
        '                .json: mảng mã đơn vị); mặc định mọi đơn vị “phải báo cáo” của danh sách đơn vị',
        '  --received    sổ theo dõi tệp đến (.csv UTF-8, .xlsx, .json): cột “Tệp”, “Thời điểm nhận”, có thể có',
        '                “Đơn vị gửi”; thời điểm 05/12/2026 14:30, 05/12/2026 (0 giờ) hoặc ISO 8601, giờ Việt Nam.',
        '                Tệp không có trong sổ: lấy thời gian sửa tệp (tải về, sao chép làm sai lệch thời gian này)',
        '  --population  số dân trung bình khi Thống kê tỉnh chưa gửi (mặc định 3.619.433 người)',
        '  --prefer      dùng tệp này cho đơn vị của nó (ghi tên tệp như trong tóm tắt; lặp lại được)',
        '  --reminders   ghi thêm danh sách nhắc (.csv cho trộn thư, hoặc .xlsx): đơn vị chưa nộp, tệp không dùng',
        '                được, tệp có lỗi, nộp muộn — kèm người liên hệ, điện thoại, e-mail và nội dung nhắc',
        '  --previous    số liệu kỳ trước: sổ tổng hợp năm trước (khcn consolidate) hoặc bảng khcn baseline — mức',
        '                tăng (C.14, D.14), số năm trước, cảnh báo thay đổi lớn so với năm trước và so với đơn vị cùng loại',
        '  --feedback    ghi phiếu phản hồi vào thư mục: với mỗi đơn vị có tệp còn lỗi/cảnh báo, một bản sao tệp của',
        '                đơn vị, mỗi vấn đề là ghi chú trên đúng ô, kèm trang “Phản hồi” (Phieu_phan_hoi_<tên tệp>.xlsx)',
        'Mã thoát 0 = đã ghi báo cáo (kể cả khi có tệp bị loại: xem tóm tắt); 2 = không lập được báo cáo.',
      ].join('\n'),
    },
    baseline: {
      usage: 'khcn baseline --out <ky-truoc.xlsx> [--year 2025]',
      summary: 'Bảng số liệu kỳ trước (năm trước) để so sánh và tính mức tăng',
      details: [
        'Ghi bảng để Sở nhập số liệu năm trước từ báo cáo năm trước: số toàn tỉnh (dòng “TINH”) và số của từng',
        'đơn vị, mỗi thành phần một dòng. Dùng lại với khcn consolidate … --previous <tệp>: mức tăng (mục tiêu C.14,',
        'D.14), số năm trước bên cạnh từng chỉ tiêu, cảnh báo khi số của đơn vị thay đổi nhiều so với năm trước.',
        '--previous cũng nhận sổ tổng hợp năm trước do khcn consolidate ghi.',
      ].join('\n'),
    },
    report: {
      usage: [
        'khcn report <tệp hoặc thư mục>... --out <bao-cao-danh-gia-2026.docx> [các tham số như khcn consolidate]',
      ].join('\n'),
      summary: 'Lập dự thảo báo cáo đánh giá (Word) từ các biểu đơn vị',
      details: [
        'Đọc và tổng hợp các biểu như khcn consolidate (cùng tham số --year, --deadline, --units, --received,',
        '--population, --prefer), rồi ghi dự thảo báo cáo đánh giá dạng .docx theo thể thức văn bản hành chính',
        '(A4, Times New Roman, lề theo Nghị định 30/2020/NĐ-CP, số trang): mục đích và phạm vi, phương pháp (mô hình',
        'logic), kết quả theo giai đoạn và nhóm chỉ tiêu, so sánh với mục tiêu Kế hoạch 17/KH-UBND, mức độ đầy đủ và',
        'chất lượng số liệu, phụ lục từ điển chỉ tiêu, hai biểu đồ. Phần nhận định, kiến nghị để trống có đánh dấu',
        '[ … ] cho Sở viết. Số liệu trùng với sổ tổng hợp của cùng các tệp.',
        'Mã thoát 0 = đã ghi báo cáo; 2 = không lập được báo cáo.',
      ].join('\n'),
    },
  },
};

const EN: Help = {
  title: 'khcn — command line of the 2026 S&T and innovation evaluation (Bắc Ninh province)',
  usageHeading: 'Usage: khcn <command> [options]',
  commandsHeading: 'Commands',
  footer: [
    'Common options: --registry <file.xlsx|file.csv> uses the office’s unit registry (see “khcn registry”);',
    '                --lang en prints English; --help gives each command’s help (e.g. khcn consolidate --help).',
    'Exit codes: 0 = success; 1 = the data has errors (validate); 2 = could not run (bad arguments, unreadable/unwritable file).',
  ].join('\n'),
  commands: {
    catalog: {
      usage: 'khcn catalog [--json]',
      summary: 'The 50 evaluation indicators (components, formulas, aggregation)',
      details: 'Prints the 50 indicators; --json prints every field of the catalogue.',
    },
    units: {
      usage: 'khcn units [--json]',
      summary: 'Reporting units and their indicators',
      details:
        'Departments, 99 communes/wards, unit categories and the units of --registry; indicators led and cooperated on.',
    },
    targets: {
      usage: 'khcn targets [--json]',
      summary: 'The 78 targets of Plan 17/KH-UBND with the confidence of their reading',
      details: 'The 2025 and 2030 milestones and how reliably each was read (hard-to-read scan: LOW).',
    },
    registry: {
      usage: 'khcn registry --out <units.xlsx> [--registry <file>]',
      summary: 'Write the unit registry as an Excel file the office completes',
      details:
        'Writes the registry (sheets “Đơn vị”, “Nhóm đơn vị”, “Đầu mối Sở KH&CN”) to add institutes, universities,\nenterprises, operators… then use it with --registry on every command.',
    },
    dictionary: {
      usage: 'khcn dictionary --out <file.xlsx|file.md>',
      summary: 'Write the indicator dictionary to an Excel or Markdown file',
      details: 'Definition, formula, data source and reporting units of each indicator.',
    },
    template: {
      usage: 'khcn template --unit <id> [--year 2026] [--out <file.xlsx>] [--json]',
      summary: 'Write one unit’s data-entry template',
      details: 'Unit ids: “khcn units”; communes: xp-07210 or the statistics code 07210.',
    },
    templates: {
      usage: 'khcn templates --out <folder> [--year 2026] [--json]',
      summary: 'Write every unit’s template, one file per unit',
      details: 'One .xlsx per unit in the --out folder.',
    },
    validate: {
      usage: 'khcn validate <file.xlsx>... [--unit <id>] [--year 2026] [--json]',
      summary: 'Check filled templates',
      details:
        'Reads the templates by their KHCN_… names and checks them as the consolidation does.\nExit 0 = no errors (warnings allowed), 1 = errors, 2 = a file could not be read (the others are still checked).',
    },
    consolidate: {
      usage: [
        'khcn consolidate <files or folders>... --out <report.xlsx> [--year 2026] [--deadline 05/12/2026]',
        '                 [--units <list>] [--received <register>] [--population <n>] [--prefer <file>]...',
        '                 [--previous <last-year.xlsx>] [--json]',
      ].join('\n'),
      summary: 'Consolidate the units’ filled templates into an Excel report',
      details: [
        'Writes the report and prints a summary. Folders are read with their subfolders; every file counts (a wrong',
        'format is rejected with its reason) except hidden files and ~$… lock files. Each file is read under a time',
        'and memory bound: a damaged or crafted file never stops the batch.',
        'A unit with several files: the --prefer file, then a clean one, then one marked “Hoàn thành” (complete,',
        'without errors), then a final one (not “draft” by name), then the last received; two equal files are',
        'listed for the office to choose. Drafts are used only when the unit sent no complete file.',
        '  --deadline    last day to submit (2026-12-05 or 05/12/2026), default 05/12/2026',
        '  --units       units expected to report (.xlsx, .csv: column “Mã đơn vị”/“id” or column A; .json: array)',
        '  --received    register of received files (.csv UTF-8, .xlsx, .json): columns file, received_at, sender',
        '  --population  average population while the statistics office has not reported (default 3,619,433)',
        '  --prefer      use this file for its unit (the name as the summary shows it; repeatable)',
        '  --reminders   also write the reminder list (.csv for mail merge, or .xlsx): missing, unusable, erroneous',
        '                and late units with contact person, phone, e-mail and a ready message',
        '  --previous    last period’s figures: last year’s consolidated workbook or a khcn baseline table — growth',
        '                (C.14, D.14), last year’s values, warnings on big changes since last year',
        '  --feedback    write feedback workbooks into a folder: for each unit whose file has errors or warnings,',
        '                a copy of its file with each problem as a note on its cell and a “Phản hồi” sheet',
        'Exit 0 = report written (even with rejected files: see the summary); 2 = no report.',
      ].join('\n'),
    },
    baseline: {
      usage: 'khcn baseline --out <ky-truoc.xlsx> [--year 2025]',
      summary: 'Previous-period table (last year) for comparisons and growth',
      details: [
        'Writes the table the office fills with last year’s figures: the province (rows “TINH”) and each unit, one',
        'row per component. Use it with khcn consolidate … --previous <file>: growth (targets C.14, D.14), last',
        'year’s value beside each indicator, warnings when a unit’s figure changed a lot since last year.',
        '--previous also takes last year’s consolidated workbook written by khcn consolidate.',
      ].join('\n'),
    },
    report: {
      usage:
        'khcn report <files or folders>... --out <bao-cao-danh-gia-2026.docx> [the options of khcn consolidate]',
      summary: 'Draft the evaluation report (Word) from the units’ templates',
      details: [
        'Reads and consolidates the templates as khcn consolidate does (same --year, --deadline, --units, --received,',
        '--population, --prefer), then writes the draft evaluation report as .docx in the Vietnamese administrative',
        'layout (A4, Times New Roman, Decree 30/2020 margins, page numbers): purpose and scope, method (logic model),',
        'results by stage and group, Plan 17/KH-UBND targets, data completeness and quality, the indicator dictionary',
        'as annex, two charts. Assessment and recommendations are marked [ … ] placeholders for the office to write.',
        'Its numbers equal the consolidated workbook’s for the same files.',
        'Exit 0 = report written; 2 = no report.',
      ].join('\n'),
    },
  },
};

const HELP: Record<Lang, Help> = { vi: VI, en: EN };

export const isCommand = (name: string): name is Command => (COMMANDS as readonly string[]).includes(name);

/** The overview, or one command's help. */
export function helpText(lang: Lang, command?: Command): string {
  const h = HELP[lang];
  if (command !== undefined) {
    const c = h.commands[command];
    return `${c.usage}\n\n${c.summary}.\n${c.details}\n`;
  }
  const lines = COMMANDS.map(
    (name) => `  ${h.commands[name].usage.split('\n')[0]}\n      ${h.commands[name].summary}`,
  );
  return `${h.title}\n\n${h.usageHeading}\n\n${h.commandsHeading}:\n${lines.join('\n')}\n\n${h.footer}\n`;
}
