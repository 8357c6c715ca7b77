/** Texts of the evaluation report (Vietnamese: the report goes to the province and the Ministry). */
import type { Completeness } from '../consolidation/run-types';
import { formatNumberVi } from '../numbers';
import type { HeadlineCounts } from '../report/summary-sheet';

const pct = (rate: number | null): string =>
  rate === null ? '—' : `${formatNumberVi(Math.round(rate * 1000) / 10)} %`;

export const R = {
  parentAgency: 'UBND TỈNH BẮC NINH',
  agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  documentNumber: 'Số: …/BC-SKHCN',
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  placeDate: (year: number): string => `Bắc Ninh, ngày … tháng 12 năm ${year}`,
  title: 'BÁO CÁO',
  subtitle: (year: number): string =>
    `Kết quả đánh giá hiệu quả hoạt động khoa học, công nghệ và đổi mới sáng tạo tỉnh Bắc Ninh năm ${year}`,
  documentTitle: (year: number): string =>
    `Báo cáo đánh giá KH, CN & ĐMST tỉnh Bắc Ninh năm ${year} (dự thảo)`,
  runningHead: (year: number): string => `Báo cáo đánh giá KH, CN & ĐMST năm ${year} — dự thảo`,
  draftNote: (at: string, files: number, used: number): string =>
    `(Dự thảo lập tự động từ số liệu tổng hợp lúc ${at}: ${files} tệp nhận được, ${used} tệp được dùng. ` +
    'Các đoạn đánh dấu [ … ] do Sở KH&CN viết; số liệu đối chiếu với sổ tổng hợp.)',

  purpose: {
    heading: 'I. MỤC ĐÍCH, PHẠM VI',
    purpose: (year: number, indicators: number, groups: string, targets: number): string =>
      `Thực hiện Kế hoạch tổng thể đánh giá hoạt động khoa học, công nghệ và đổi mới sáng tạo năm ${year} ` +
      `trên địa bàn tỉnh Bắc Ninh, Sở Khoa học và Công nghệ tổng hợp kết quả ${indicators} chỉ tiêu đánh giá ` +
      `(${groups}) từ báo cáo của các đơn vị chủ trì và phối hợp, và so sánh với ${targets} mục tiêu của ` +
      'Kế hoạch số 17/KH-UBND của UBND tỉnh thực hiện Nghị quyết số 57-NQ/TW.',
    scope: (year: number, expected: number, deadline: string): string =>
      `Phạm vi: hoạt động KH, CN & ĐMST trên địa bàn tỉnh năm ${year}; ${expected} đơn vị phải báo cáo ` +
      `(sở, ngành, cơ quan thống kê, viện, trường, doanh nghiệp, xã, phường); thời hạn nộp ${deadline}.`,
    placeholder: '[Sở KH&CN bổ sung căn cứ, yêu cầu cụ thể của kỳ đánh giá nếu cần.]',
  },

  method: {
    heading: 'II. PHƯƠNG PHÁP',
    logic: (stages: string): string =>
      `Các chỉ tiêu được sắp theo mô hình logic Đầu vào (Input) → Đầu ra (Output) → Hiệu quả (Outcome) → ` +
      `Tác động (Impact): ${stages}.`,
    rulesIntro: 'Quy ước tổng hợp số liệu cấp tỉnh:',
    rules: [
      'Tỷ lệ, chỉ số của toàn tỉnh tính bằng tổng tử số chia tổng mẫu số của các đơn vị (Σ tử số ÷ Σ mẫu số), không lấy trung bình tỷ lệ của các đơn vị.',
      'Số liệu có nguồn chính thức (Thống kê tỉnh, Sở Tài chính, Sở Công Thương…) lấy theo nguồn đó; số của đơn vị khác dùng để đối chiếu.',
      'Một đối tượng do nhiều đơn vị cùng báo cáo (bài báo có DOI) chỉ đếm một lần; chỉ số h tính lại từ danh sách trích dẫn gộp, không cộng chỉ số h.',
      'Ô để trống là chưa có số liệu, không bao giờ tính là 0; chỉ tiêu thiếu số liệu ghi “chưa tính được”.',
    ],
    population: (value: string, source: string): string =>
      `Mọi chỉ tiêu tính trên dân số dùng chung một dân số tham chiếu: ${value} người (${source}).`,
    working: (working: number, total: number): string =>
      `${working}/${total} chỉ tiêu đang tính theo định nghĩa làm việc, chờ hướng dẫn phương pháp của Bộ KH&CN ` +
      '(Quyết định số 1969/QĐ-BKHCN); định nghĩa và công thức đầy đủ ở Phụ lục.',
  },

  results: {
    heading: 'III. KẾT QUẢ THEO GIAI ĐOẠN VÀ NHÓM CHỈ TIÊU',
    overview: (computed: number, total: number): string =>
      `Đã tính được ${computed}/${total} chỉ tiêu. Biểu đồ 1 cho biết số chỉ tiêu tính được và chưa tính được ở từng giai đoạn.`,
    stageHeading: (i: number, stage: string): string => `${i}. ${stage}`,
    groupHeading: (group: string, name: string): string => `Nhóm ${group}. ${name}`,
    tableCaption: (group: string): string => `Bảng: các chỉ tiêu nhóm ${group}`,
    columns: {
      code: 'Mã',
      name: 'Chỉ tiêu',
      value: 'Giá trị',
      unit: 'Đơn vị tính',
      rule: 'Cách tính',
      units: 'Số đơn vị báo cáo',
    },
    notComputed: 'Chưa tính được',
    placeholder: (stage: string): string => `[Nhận định của Sở KH&CN về giai đoạn ${stage}.]`,
    chartTitle: 'Số chỉ tiêu theo giai đoạn',
    chartCaption: 'Biểu đồ 1. Số chỉ tiêu tính được và chưa tính được theo giai đoạn mô hình logic',
    seriesComputed: 'Tính được',
    seriesMissing: 'Chưa tính được',
    axisIndicators: 'Số chỉ tiêu',
  },

  targets: {
    heading: 'IV. SO SÁNH VỚI MỤC TIÊU CỦA KẾ HOẠCH 17/KH-UBND',
    headline: (h: HeadlineCounts): string =>
      `Trong ${h.targets} mục tiêu, ${h.judged} mục tiêu đo được bằng chỉ tiêu cùng thước đo: mốc 2025 đạt ${h.met}, ` +
      `chưa đạt ${h.notMet}; so với lộ trình năm báo cáo, đúng lộ trình ${h.onTrack}, chậm ${h.behind}. ` +
      'Mục tiêu chỉ có chỉ tiêu liên quan (khác thước đo) không được đánh giá đạt hay chưa đạt.',
    lowConfidence: (n: number): string =>
      `${n} mục tiêu đọc từ bản quét khó đọc, ghi “thấp” ở cột độ tin cậy: cần đối chiếu văn bản gốc trước khi kết luận.`,
    chartTitle: 'Mục tiêu của Kế hoạch 17/KH-UBND theo nhóm',
    chartCaption:
      'Biểu đồ 2. Mục tiêu theo nhóm: số mục tiêu, số đo được, số đạt mốc 2025 và số đúng lộ trình (nhóm chưa đo được hiện cột “đo được” bằng 0)',
    sectionHeading: (code: string, name: string, n: number): string => `${code}. ${name} (${n} mục tiêu)`,
    tableCaption: (code: string): string => `Bảng: mục tiêu nhóm ${code}`,
    placeholder: '[Nhận định của Sở KH&CN về mức độ hoàn thành mục tiêu và nguyên nhân.]',
    lowMark: ' (độ tin cậy thấp)',
  },

  quality: {
    heading: 'V. MỨC ĐỘ ĐẦY ĐỦ VÀ CHẤT LƯỢNG SỐ LIỆU',
    completeness: (c: Completeness): string =>
      `${c.received}/${c.expected} đơn vị phải báo cáo đã nộp tệp dùng được (tỷ lệ ${pct(c.rate)}): đúng hạn ${c.onTime}, ` +
      `trễ hạn ${c.late}; chưa nộp ${c.missing}; tệp không dùng được ${c.unreadable}; tệp còn lỗi ${c.withErrors}.`,
    unitsHeading: 'Đơn vị trễ hạn, chưa nộp hoặc tệp không dùng được',
    unitsCaption: 'Bảng: đơn vị cần đôn đốc',
    unitColumns: { unit: 'Đơn vị', state: 'Tình trạng', file: 'Tệp', received: 'Thời điểm nhận' },
    allOnTime: 'Mọi đơn vị phải báo cáo đã nộp đúng hạn tệp dùng được.',
    conflictsHeading: 'Xung đột giữa các tệp và giữa các đơn vị',
    conflictsNone: 'Không có xung đột.',
    conflictsCaption: 'Bảng: xung đột (chi tiết ở trang “Xung đột” của sổ tổng hợp)',
    conflictColumns: { kind: 'Loại', unit: 'Đơn vị', indicator: 'Chỉ tiêu', detail: 'Nội dung' },
    checksHeading: 'Kiểm tra logic trên số liệu toàn tỉnh',
    checksNone: 'Số liệu toàn tỉnh thỏa mọi quy tắc kiểm tra đã kiểm được.',
    checksCaption: 'Bảng: quy tắc bị vi phạm hoặc chưa kiểm được',
    checkColumns: { indicator: 'Chỉ tiêu', detail: 'Nội dung' },
    placeholder: '[Nhận định của Sở KH&CN về chất lượng số liệu và việc đôn đốc các đơn vị.]',
  },

  conclusion: {
    heading: 'VI. ĐÁNH GIÁ CHUNG VÀ KIẾN NGHỊ',
    assessment: '1. Đánh giá chung',
    assessmentPlaceholder: '[Sở KH&CN viết đánh giá chung: kết quả nổi bật, hạn chế, nguyên nhân.]',
    recommendations: '2. Kiến nghị, đề xuất',
    recommendationsPlaceholder: '[Sở KH&CN viết kiến nghị với UBND tỉnh và Bộ KH&CN.]',
  },

  annex: {
    heading: 'PHỤ LỤC. TỪ ĐIỂN CHỈ TIÊU',
    intro:
      'Định nghĩa, công thức và cách tổng hợp cấp tỉnh của từng chỉ tiêu (cùng nội dung với Từ điển chỉ tiêu của bổ trợ).',
    caption: 'Bảng phụ lục: từ điển chỉ tiêu',
  },

  recipients: ['Nơi nhận:', '- UBND tỉnh (b/c);', '- Bộ Khoa học và Công nghệ (b/c);', '- Lưu: VT.'],
  signer: 'GIÁM ĐỐC\n[Ký, ghi rõ họ tên]',
} as const;
