/**
 * The 50 indicators of the 2026 evaluation (Bắc Ninh plan under Decision 1969/QĐ-BKHCN, appendix).
 *
 * Name, lead unit, cooperating units and deadline are verbatim from the plan (the tests compare them
 * with reference/evaluation-2026-indicators.tsv). Everything else — components, formulas,
 * aggregation, bounds — is a working definition ('working') written the way an S&T statistician
 * would until the Ministry's methodology (TT 45/2025/TT-BKHCN) says otherwise. Conventions:
 * - ratios are entered as numerator + denominator and re-aggregated as Σnumerator ÷ Σdenominator;
 * - a value only the lead unit can know (population, total budget, scores) has scope 'lead';
 * - counts carry an optional evidence list so the office can check and de-duplicate.
 */
import {
  atMost,
  partsAddUp,
  related,
  count,
  date,
  decimal,
  formula,
  fte,
  indicator,
  level,
  growthLink,
  link,
  money,
  numberList,
  partOfWhole,
  population,
  score,
  text,
  textList,
  U,
  BOUNDS,
} from './builders';
import type { Component, Indicator } from './schema';

/** "Mức độ …" indicators: a baseline and a current score on one documented scale. */
function improvementComponents(scaleVi: string, scaleEn: string): Component[] {
  return [
    score('baseline_score', 'Điểm đánh giá kỳ gốc', 'Baseline score', {
      hintVi: `Điểm kỳ gốc (năm 2025 hoặc lần đo gần nhất trước đó). ${scaleVi}`,
      hintEn: `Baseline score (2025 or the latest earlier measurement). ${scaleEn}`,
    }),
    score('current_score', 'Điểm đánh giá năm 2026', 'Score in 2026', {
      hintVi: 'Đo theo cùng phương pháp và thang điểm với kỳ gốc.',
      hintEn: 'Measured with the same method and scale as the baseline.',
    }),
    text('method', 'Phương pháp, nguồn số liệu và thang điểm', 'Method, data source and scale', {
      required: true,
      scope: 'lead',
      hintVi: 'Ghi rõ bộ chỉ số/khảo sát, cỡ mẫu, cách quy đổi về thang 0–100.',
      hintEn: 'Name the index or survey, the sample size and how it is converted to 0–100.',
    }),
    date('baseline_date', 'Thời điểm đo kỳ gốc', 'Date of the baseline measurement', { scope: 'lead' }),
    text('evidence', 'Minh chứng, kết quả của đơn vị', "The unit's evidence and results", {
      hintVi: 'Các sở, ngành phối hợp ghi kết quả, số liệu minh chứng thuộc lĩnh vực mình.',
      hintEn: 'Cooperating departments describe their results and evidence.',
    }),
  ];
}

const IMPROVEMENT = formula('IMPROVEMENT', ['current_score', 'baseline_score'], 'decimal', U.points);

const NO_BUDGET_DOUBLE_COUNT_VI = 'Mỗi đơn vị chỉ kê khai phần do mình quản lý để không tính trùng.';
const NO_BUDGET_DOUBLE_COUNT_EN = 'Each unit reports only what it manages, so nothing is counted twice.';

/**
 * I.2's Frascati breakdown of R&D personnel: by occupation (researchers, technicians, support
 * staff; headcount and FTE), by sex (headcount) and by sector of performance (headcount and FTE).
 * Optional; when given, the parts must add up to the totals. The statistics office is the
 * official source; institutes and universities may give their own occupation and sex breakdown.
 */
const OCCUPATIONS = [
  ['researchers', 'nghiên cứu viên', 'researchers'],
  ['technicians', 'kỹ thuật viên', 'technicians'],
  ['support', 'nhân viên hỗ trợ', 'other support staff'],
] as const;
const SEXES = [
  ['female', 'nữ', 'women'],
  ['male', 'nam', 'men'],
] as const;
const SECTORS = [
  ['business', 'khu vực doanh nghiệp', 'business enterprise sector'],
  ['government', 'khu vực nhà nước', 'government sector'],
  ['higher_ed', 'khu vực giáo dục đại học', 'higher education sector'],
  ['nonprofit', 'khu vực tổ chức phi lợi nhuận', 'private non-profit sector'],
] as const;

const PERSONNEL = { role: 'official', crossCheck: 'parts', required: false, stock: true } as const;
const PERSONNEL_HEADCOUNT = {
  ...PERSONNEL,
  max: BOUNDS.persons.max,
  warnAbove: BOUNDS.persons.warnAbove,
} as const;

function personnelBreakdown(): Component[] {
  return [
    ...OCCUPATIONS.flatMap(([key, vi, en]) => [
      count(`headcount_${key}`, `Trong đó: ${vi} (người)`, `Of which: ${en} (headcount)`, U.persons, {
        ...PERSONNEL_HEADCOUNT,
      }),
      fte(`fte_${key}`, `Trong đó: ${vi} (FTE)`, `Of which: ${en} (FTE)`, { ...PERSONNEL }),
    ]),
    ...SEXES.map(([key, vi, en]) =>
      count(`headcount_${key}`, `Trong đó: ${vi} (người)`, `Of which: ${en} (headcount)`, U.persons, {
        ...PERSONNEL_HEADCOUNT,
      }),
    ),
    ...SECTORS.flatMap(([key, vi, en]) => [
      count(`headcount_${key}`, `Theo khu vực: ${vi} (người)`, `By sector: ${en} (headcount)`, U.persons, {
        ...PERSONNEL_HEADCOUNT,
        scope: 'official',
      }),
      fte(`fte_${key}`, `Theo khu vực: ${vi} (FTE)`, `By sector: ${en} (FTE)`, {
        ...PERSONNEL,
        scope: 'official',
      }),
    ]),
  ];
}

const keysOf = (prefix: string, parts: readonly (readonly [string, string, string])[]): string[] =>
  parts.map(([key]) => `${prefix}_${key}`);

const PERSONNEL_RULES = [
  atMost(
    'fte',
    'headcount',
    'Số FTE không thể lớn hơn số người (mỗi người tối đa 1 FTE).',
    'FTE cannot exceed headcount (at most 1 FTE per person).',
  ),
  ...OCCUPATIONS.map(([key, vi, en]) =>
    atMost(
      `fte_${key}`,
      `headcount_${key}`,
      `FTE của ${vi} không thể lớn hơn số ${vi}.`,
      `FTE of ${en} cannot exceed their headcount.`,
    ),
  ),
  partsAddUp(
    keysOf('headcount', OCCUPATIONS),
    'headcount',
    'Số nghiên cứu viên, kỹ thuật viên và nhân viên hỗ trợ phải cộng lại bằng tổng số người.',
    'Researchers, technicians and support staff must add up to the total headcount.',
  ),
  partsAddUp(
    keysOf('fte', OCCUPATIONS),
    'fte',
    'FTE của nghiên cứu viên, kỹ thuật viên và nhân viên hỗ trợ phải cộng lại bằng tổng FTE.',
    'FTE of researchers, technicians and support staff must add up to the total FTE.',
  ),
  partsAddUp(
    keysOf('headcount', SEXES),
    'headcount',
    'Số nữ và số nam phải cộng lại bằng tổng số người.',
    'Women and men must add up to the total headcount.',
  ),
  partsAddUp(
    keysOf('headcount', SECTORS),
    'headcount',
    'Số người của bốn khu vực thực hiện phải cộng lại bằng tổng số người.',
    'The four sectors of performance must add up to the total headcount.',
  ),
  partsAddUp(
    keysOf('fte', SECTORS),
    'fte',
    'FTE của bốn khu vực thực hiện phải cộng lại bằng tổng FTE.',
    'FTE of the four sectors of performance must add up to the total FTE.',
  ),
];

const GROUP_I: Indicator[] = [
  indicator({
    code: 'I.1',
    nameVi: 'Thể chế trong lĩnh vực KH&CN, ĐMST',
    nameEn: 'Institutional framework for S&T and innovation',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Sở Tư pháp; Các Sở, ban, ngành; UBND xã, phường trên địa bàn tỉnh',
    cooperatingUnitIds: ['so-tu-phap'],
    cooperatingCategories: ['department', 'commune'],
    unitOfMeasureVi: 'văn bản',
    unitOfMeasureEn: 'documents',
    components: [
      count(
        'legal_docs',
        'Văn bản quy phạm pháp luật về KH, CN & ĐMST được ban hành',
        'Legal normative documents on S&T and innovation issued',
        U.documents,
        { role: 'register', register: 'documents', warnAbove: 100 },
      ),
      count(
        'policy_docs',
        'Văn bản chỉ đạo, điều hành, kế hoạch, chương trình về KH, CN & ĐMST được ban hành',
        'Directives, plans and programmes on S&T and innovation issued',
        U.documents,
        { role: 'register', register: 'documents', warnAbove: 200 },
      ),
      textList('doc_list', 'Danh sách số, ký hiệu văn bản', 'List of document numbers', U.documents, {
        register: 'documents',
      }),
    ],
    headline: { kind: 'formula' },
    formula: formula('TOTAL', ['legal_docs', 'policy_docs'], 'integer', U.documents),
    aggregation: 'sum',
    methodVi:
      'Đếm văn bản ban hành trong năm 2026; đơn vị nào chủ trì soạn thảo thì kê khai, để một văn bản chỉ tính một lần.',
    methodEn:
      'Count documents issued in 2026; the unit that drafted a document reports it, so each is counted once.',
    reportingVi:
      'Đếm từ danh sách văn bản (sổ đăng ký văn bản): một văn bản do cơ quan soạn thảo và Sở Tư pháp cùng kê khai chỉ tính một lần.',
    reportingEn:
      'Counted from the register of documents: a document reported by its drafting body and by the Department of Justice counts once.',
  }),
  indicator({
    code: 'I.2',
    nameVi: 'Số lượng nhân lực KH&CN, ĐMST tạo quy đổi toàn thời gian (FTE)/10.000 dân',
    nameEn: 'Full-time equivalent (FTE) S&T and innovation personnel per 10,000 population',
    leadUnitVi: 'Thống kê tỉnh',
    leadUnitId: 'thong-ke',
    cooperatingVi: 'Các sở, ban, ngành, đơn vị, cá nhân có liên quan',
    cooperatingUnitIds: [],
    // "đơn vị … có liên quan": R&D is done in institutes, universities, S&T organisations and firms.
    cooperatingCategories: ['department', 'research-university', 'st-organization', 'enterprise'],
    unitOfMeasureVi: 'FTE/vạn dân',
    unitOfMeasureEn: 'FTE per 10,000 population',
    components: [
      count(
        'headcount',
        'Số người làm nghiên cứu, phát triển công nghệ, ĐMST',
        'R&D and innovation personnel (headcount)',
        U.persons,
        {
          role: 'official',
          crossCheck: 'parts',
          stock: true,
          max: BOUNDS.persons.max,
          warnAbove: BOUNDS.persons.warnAbove,
          hintVi:
            'Mỗi người tính một lần, dù làm nhiều nhiệm vụ (nghiên cứu viên, kỹ thuật viên, nhân viên hỗ trợ).',
          hintEn: 'Each person once (researchers, technicians and support staff).',
        },
      ),
      fte('fte', 'Số nhân lực quy đổi toàn thời gian (FTE)', 'Full-time equivalents (FTE)', {
        role: 'official',
        crossCheck: 'parts',
        stock: true,
        hintVi: 'Tổng tỷ lệ thời gian làm NC&PT của từng người (mỗi người từ 0 đến 1).',
        hintEn: "Sum of each person's share of working time spent on R&D (0 to 1 each).",
      }),
      ...personnelBreakdown(),
      population(),
    ],
    headline: { kind: 'formula' },
    formula: formula('FTE_PER_10K', ['fte', 'population'], 'decimal', U.fte),
    aggregation: 'recompute',
    crossRules: PERSONNEL_RULES,
    targets: [
      link(
        'B.10',
        { fn: 'PER_10K', args: ['headcount', 'population'] },
        'B.10 đếm số NGƯỜI trên 01 vạn dân: so với số người (không phải FTE) ÷ dân số × 10.000.',
      ),
      link('C.4', 'headcount_researchers', 'C.4 đếm cán bộ nghiên cứu: so với số nghiên cứu viên (người).'),
    ],
    methodVi:
      'Theo Frascati: FTE = thời gian thực tế làm NC&PT ÷ thời gian làm việc chuẩn. Toàn tỉnh = ΣFTE ÷ dân số trung bình × 10.000.',
    methodEn:
      'Frascati: FTE = time actually spent on R&D ÷ normal working time. Province = ΣFTE ÷ average population × 10,000.',
    reportingVi:
      'Số người và FTE toàn tỉnh là số của Thống kê tỉnh (điều tra NC&PT bao trùm mọi đơn vị); số của viện, trường, doanh nghiệp là chi tiết nằm trong số đó, chỉ dùng để đối chiếu (tổng của họ không được vượt số của Thống kê). Dân số là dân số tham chiếu chung của cả báo cáo.',
    reportingEn:
      "Province headcount and FTE are the statistics office's (its R&D survey covers every unit); institutes', universities' and firms' figures are detail inside it, used only as a cross-check (their sum must not exceed it). Population is the report's one reference population.",
  }),
  indicator({
    code: 'I.3',
    nameVi: 'Số nhóm nghiên cứu mạnh',
    nameEn: 'Number of strong research groups',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Các Viện nghiên cứu, trường Đại học, tổ chức KH&CN, doanh nghiệp KH&CN trên địa bàn tỉnh',
    cooperatingUnitIds: [],
    cooperatingCategories: ['research-university', 'st-organization', 'enterprise'],
    unitOfMeasureVi: 'nhóm',
    unitOfMeasureEn: 'groups',
    components: [
      count('strong_groups', 'Số nhóm nghiên cứu mạnh', 'Strong research groups', U.groups, {
        stock: true,
        role: 'register',
        register: 'infrastructure',
        warnAbove: 50,
        hintVi: 'Nhóm được công nhận theo tiêu chí của cơ quan chủ quản hoặc của tỉnh.',
        hintEn: "Groups recognised under the host's or the province's criteria.",
      }),
      textList(
        'group_list',
        'Danh sách nhóm (tên nhóm, trưởng nhóm)',
        'List of groups (name, leader)',
        U.list,
        { register: 'infrastructure' },
      ),
    ],
    headline: { kind: 'component', key: 'strong_groups' },
    aggregation: 'sum',
    methodVi:
      'Đếm nhóm nghiên cứu mạnh đang hoạt động tại thời điểm báo cáo; mỗi nhóm do đơn vị chủ quản kê khai.',
    methodEn: 'Count strong research groups active at the reporting date; each is reported by its host unit.',
    reportingVi:
      'Đếm từ danh sách nhóm nghiên cứu (mỗi nhóm có đơn vị chủ quản): nhóm do cả Sở KH&CN và đơn vị chủ quản kê khai chỉ tính một lần.',
    reportingEn:
      'Counted from the list of research groups (each has a host unit): a group reported by both the department and its host counts once.',
  }),
  indicator({
    code: 'I.4',
    nameVi: 'Tổng chi từ ngân sách cho KH&CN, ĐMST',
    nameEn: 'Total state budget expenditure on S&T and innovation',
    leadUnitVi: 'Sở Tài chính',
    leadUnitId: 'so-tai-chinh',
    cooperatingVi: 'Sở Khoa học và Công nghệ',
    cooperatingUnitIds: ['so-khcn'],
    cooperatingCategories: [],
    unitOfMeasureVi: 'triệu đồng (kèm tỷ lệ % tổng chi ngân sách địa phương)',
    unitOfMeasureEn: 'million VND (with the share of total local budget expenditure)',
    components: [
      money(
        'spending',
        'Chi ngân sách địa phương cho KH, CN & ĐMST',
        'Local budget spending on S&T and innovation',
        {
          scope: 'lead',
          hintVi: 'Số quyết toán (hoặc ước thực hiện) năm 2026, gồm chi đầu tư và chi thường xuyên.',
          hintEn: '2026 final (or estimated) accounts, capital and recurrent.',
        },
      ),
      money('total_budget', 'Tổng chi ngân sách địa phương', 'Total local budget expenditure', {
        max: BOUNDS.provinceMoney.max,
        warnAbove: BOUNDS.provinceMoney.warnAbove,
        scope: 'lead',
      }),
      money(
        'managed_spending',
        'Kinh phí KH, CN & ĐMST từ ngân sách do đơn vị trực tiếp quản lý',
        'Budget S&T and innovation funds the unit manages',
        { required: false, hintVi: NO_BUDGET_DOUBLE_COUNT_VI, hintEn: NO_BUDGET_DOUBLE_COUNT_EN },
      ),
    ],
    // The plan asks for the amount; the share is what target B.1 measures.
    headline: { kind: 'component', key: 'spending' },
    formula: formula('SHARE', ['spending', 'total_budget'], 'percent', U.percent),
    aggregation: 'recompute',
    crossRules: [
      partOfWhole('spending', 'total_budget', 'Chi cho KH, CN & ĐMST', 'tổng chi ngân sách'),
      atMost(
        'managed_spending',
        'spending',
        'Tổng kinh phí các đơn vị quản lý không thể lớn hơn tổng chi ngân sách cho KH, CN & ĐMST.',
        'Funds managed by units cannot exceed total budget spending on S&T and innovation.',
      ),
    ],
    targets: [
      link('B.1', 'formula', 'B.1 là tỷ lệ chi cho KH, CN & ĐMST trên tổng chi ngân sách địa phương.'),
    ],
    methodVi:
      'Tỷ lệ = chi ngân sách địa phương cho KH, CN & ĐMST ÷ tổng chi ngân sách địa phương; số tuyệt đối được báo cáo kèm theo.',
    methodEn:
      'Share = local budget spending on S&T and innovation ÷ total local budget spending; the amount is reported too.',
    reportingVi:
      'Số chi và tổng chi ngân sách là số quyết toán của Sở Tài chính (nguồn chính thức duy nhất). Kinh phí do từng đơn vị quản lý được cộng (mỗi đơn vị chỉ kê phần mình quản lý) và phải không vượt số của Sở Tài chính.',
    reportingEn:
      "Spending and total budget are the Department of Finance's accounts (the one official source). Funds each unit manages are added (each reports only its own) and must not exceed the official spending.",
  }),
  indicator({
    code: 'I.5',
    nameVi: 'Tổng chi cho KH&CN, ĐMST từ khu vực doanh nghiệp',
    nameEn: 'Total business-sector expenditure on S&T and innovation',
    leadUnitVi: 'Sở Tài chính',
    leadUnitId: 'so-tai-chinh',
    cooperatingVi: 'Sở Khoa học và Công nghệ, Thống kê tỉnh',
    cooperatingUnitIds: ['so-khcn', 'thong-ke'],
    cooperatingCategories: [],
    unitOfMeasureVi: 'triệu đồng',
    unitOfMeasureEn: 'million VND',
    components: [
      money(
        'enterprise_spending',
        'Tổng chi của doanh nghiệp cho KH, CN & ĐMST',
        'Business spending on S&T and innovation',
        {
          scope: 'lead',
          hintVi:
            'Sở Tài chính tổng hợp từ điều tra doanh nghiệp (Thống kê tỉnh) và báo cáo Quỹ phát triển KH&CN.',
          hintEn: 'Compiled by the Department of Finance from the enterprise survey and S&T fund reports.',
        },
      ),
      money('enterprise_rd', 'Trong đó: chi cho nghiên cứu và phát triển (NC&PT)', 'Of which: R&D spending', {
        scope: 'lead',
        required: false,
      }),
      money(
        'st_fund',
        'Trích lập Quỹ phát triển KH&CN của doanh nghiệp',
        "Allocations to enterprises' S&T development funds",
        {
          role: 'official',
          crossCheck: 'equal',
          officialUnit: 'so-khcn',
          required: false,
          hintVi: NO_BUDGET_DOUBLE_COUNT_VI,
          hintEn: NO_BUDGET_DOUBLE_COUNT_EN,
        },
      ),
    ],
    headline: { kind: 'component', key: 'enterprise_spending' },
    aggregation: 'lead',
    crossRules: [
      atMost(
        'enterprise_rd',
        'enterprise_spending',
        'Chi NC&PT là một phần của tổng chi cho KH, CN & ĐMST.',
        'R&D spending is part of total S&T and innovation spending.',
      ),
      atMost(
        'st_fund',
        'enterprise_spending',
        'Trích lập quỹ là một phần của tổng chi của doanh nghiệp.',
        'Fund allocations are part of business spending.',
      ),
    ],
    methodVi:
      'Số tỉnh do Sở Tài chính tổng hợp (các nguồn chồng lấn nên không cộng số của các đơn vị phối hợp).',
    methodEn:
      "A provincial figure compiled by the lead (sources overlap, so cooperating units' figures are not added).",
    reportingVi:
      'Tổng chi của doanh nghiệp là số của Sở Tài chính (tổng hợp từ điều tra doanh nghiệp và báo cáo quỹ). Trích lập Quỹ phát triển KH&CN lấy theo Sở KH&CN (nơi doanh nghiệp báo cáo quỹ); số của đơn vị khác để đối chiếu.',
    reportingEn:
      "Business spending is the Department of Finance's figure. S&T fund allocations come from the Department of Science and Technology (where firms report their funds); other figures are cross-checks.",
  }),
  indicator({
    code: 'I.6',
    nameVi: 'Hạ tầng phục vụ nghiên cứu khoa học, phát triển công nghệ & ĐMST',
    nameEn: 'Infrastructure for scientific research, technology development and innovation',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi:
      'Các cơ quan liên quan, UBND xã, phường; Các Viện nghiên cứu, trường Đại học trên địa bàn tỉnh',
    cooperatingUnitIds: [],
    cooperatingCategories: ['department', 'commune', 'research-university'],
    unitOfMeasureVi: 'cơ sở',
    unitOfMeasureEn: 'facilities',
    components: [
      count(
        'labs',
        'Phòng thí nghiệm, cơ sở thử nghiệm, đo lường phục vụ nghiên cứu',
        'Laboratories and testing facilities used for research',
        U.facilities,
        { stock: true, role: 'register', register: 'infrastructure', warnAbove: 100 },
      ),
      count(
        'innovation_facilities',
        'Vườn ươm, trung tâm đổi mới sáng tạo, không gian sáng tạo',
        'Incubators, innovation centres and makerspaces',
        U.facilities,
        { stock: true, role: 'register', register: 'infrastructure', warnAbove: 50 },
      ),
      money('equipment_value', 'Giá trị trang thiết bị nghiên cứu', 'Value of research equipment', {
        stock: true,
        role: 'register',
        register: 'infrastructure',
        required: false,
      }),
      textList(
        'facility_list',
        'Danh sách cơ sở (tên, địa chỉ)',
        'List of facilities (name, address)',
        U.list,
        { register: 'infrastructure' },
      ),
    ],
    headline: { kind: 'formula' },
    formula: formula('TOTAL', ['labs', 'innovation_facilities'], 'integer', U.facilities),
    aggregation: 'sum',
    targets: [link('D.3', 'innovation_facilities', 'D.3 đếm vườn ươm/trung tâm ĐMST (số lũy kế).')],
    methodVi: 'Đếm cơ sở đang hoạt động tại thời điểm báo cáo; mỗi cơ sở do đơn vị quản lý kê khai một lần.',
    methodEn:
      'Count facilities operating at the reporting date; each is reported once by the unit managing it.',
    reportingVi:
      'Đếm từ danh sách cơ sở hạ tầng (mỗi cơ sở có đơn vị quản lý): cơ sở do nhiều đơn vị cùng kê khai chỉ tính một lần.',
    reportingEn:
      'Counted from the list of facilities (each has a managing unit): a facility reported by several units counts once.',
  }),
  indicator({
    code: 'I.7',
    nameVi: 'Hạ tầng CNTT phục vụ KHCN ĐMST',
    nameEn: 'ICT infrastructure for S&T and innovation',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi:
      'Các đơn vị cung cấp dịch vụ viễn thông, cơ quan liên quan, các Viện nghiên cứu, trường Đại học trên địa bàn tỉnh',
    cooperatingUnitIds: [],
    cooperatingCategories: ['telecom', 'department', 'research-university'],
    unitOfMeasureVi: '% dân số được phủ sóng 5G',
    unitOfMeasureEn: '% of population covered by 5G',
    components: [
      count('population_5g', 'Dân số trong vùng phủ sóng 5G', 'Population covered by 5G', U.persons, {
        stock: true,
        scope: { categories: ['telecom'] },
        role: 'max',
        required: false,
        max: BOUNDS.population.max,
        warnAbove: BOUNDS.population.warnAbove,
        hintVi:
          'Dành cho doanh nghiệp viễn thông. Vùng phủ của các nhà mạng chồng lấn nên toàn tỉnh lấy số lớn nhất.',
        hintEn: 'For telecom providers. Coverage overlaps, so the province takes the largest figure.',
      }),
      population(),
      count(
        'fixed_subscribers',
        'Thuê bao băng rộng cố định',
        'Fixed broadband subscriptions',
        U.subscribers,
        {
          stock: true,
          scope: { categories: ['telecom'] },
          required: false,
          max: BOUNDS.population.max,
          warnAbove: 2_000_000,
        },
      ),
      count(
        'gigabit_subscribers',
        'Trong đó: thuê bao có tốc độ trên 1 Gb/s',
        'Of which: above 1 Gbit/s',
        U.subscribers,
        {
          stock: true,
          scope: { categories: ['telecom'] },
          required: false,
          max: BOUNDS.population.max,
          warnAbove: 2_000_000,
        },
      ),
      count('sites_5g', 'Số trạm phát sóng 5G', '5G base stations', U.stations, {
        stock: true,
        scope: { categories: ['telecom'] },
        required: false,
        warnAbove: 10_000,
      }),
      count(
        'research_computing',
        'Hệ thống tính toán hiệu năng cao, trung tâm dữ liệu phục vụ nghiên cứu',
        'High-performance computing systems and data centres for research',
        U.systems,
        { stock: true, role: 'register', register: 'infrastructure', required: false, warnAbove: 20 },
      ),
    ],
    headline: { kind: 'formula' },
    formula: formula('SHARE', ['population_5g', 'population'], 'percent', U.percent),
    aggregation: 'recompute',
    crossRules: [
      partOfWhole('population_5g', 'population', 'Dân số được phủ sóng 5G', 'dân số của tỉnh'),
      partOfWhole(
        'gigabit_subscribers',
        'fixed_subscribers',
        'Số thuê bao trên 1 Gb/s',
        'số thuê bao cố định',
      ),
    ],
    targets: [
      link('A.1'),
      related(
        'A.3',
        { fn: 'SHARE', args: ['gigabit_subscribers', 'fixed_subscribers'] },
        'A.3 đo tỷ lệ NGƯỜI SỬ DỤNG có khả năng truy cập trên 1 Gb/s; I.7 đếm THUÊ BAO trên 1 Gb/s trong số thuê bao cố định.',
      ),
    ],
    methodVi:
      'Tỷ lệ phủ sóng 5G = dân số trong vùng phủ 5G (lớn nhất giữa các nhà mạng) ÷ dân số trung bình.',
    methodEn: '5G coverage = population covered (largest across providers) ÷ average population.',
    reportingVi:
      'Chỉ các nhà mạng viễn thông nhập số phủ sóng, thuê bao, trạm 5G. Vùng phủ 5G chồng lấn giữa các nhà mạng nên toàn tỉnh lấy dân số được phủ sóng của nhà mạng lớn nhất (không cộng); thuê bao và trạm của mỗi nhà mạng là riêng nên được cộng. Mẫu số là dân số tham chiếu chung.',
    reportingEn:
      "Only telecom providers enter coverage, subscriptions and 5G sites. Coverage overlaps, so the province takes the largest provider's covered population (never a sum); each provider's subscriptions and sites are its own, so they are added. The denominator is the one reference population.",
  }),
];

const RESEARCH_COOPERATION = 'Thống kê tỉnh; Các Viện nghiên cứu, trường Đại học trên địa bàn tỉnh';

const GROUP_II: Indicator[] = [
  indicator({
    code: 'II.1',
    nameVi: 'Số lượng bài báo khoa học quốc tế',
    nameEn: 'Number of international scientific papers',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: RESEARCH_COOPERATION,
    cooperatingUnitIds: ['thong-ke'],
    cooperatingCategories: ['research-university'],
    unitOfMeasureVi: 'bài báo',
    unitOfMeasureEn: 'papers',
    components: [
      count(
        'papers',
        'Số bài báo trên tạp chí quốc tế (WoS/Scopus)',
        'Papers in international journals (WoS/Scopus)',
        U.papers,
        {
          role: 'register',
          register: 'publications',
          hintVi: 'Xuất bản năm 2026, có ít nhất một tác giả ghi địa chỉ đơn vị.',
          hintEn: "Published in 2026 with at least one author giving the unit's address.",
        },
      ),
      textList('doi_list', 'Danh sách DOI của các bài báo', 'DOIs of the papers', U.dois, {
        register: 'publications',
        hintVi: 'Mỗi DOI một dòng; bài đồng tác giả giữa các đơn vị chỉ được tính một lần.',
        hintEn: 'One DOI per line; a paper co-authored by several units counts once.',
      }),
    ],
    headline: { kind: 'component', key: 'papers' },
    aggregation: 'dedupCount',
    targets: [link('C.9')],
    methodVi:
      'Toàn tỉnh = số DOI khác nhau + số bài không có DOI; bài có tác giả ở nhiều đơn vị tính một lần.',
    methodEn: 'Province = distinct DOIs + papers without a DOI; a paper shared by several units counts once.',
    reportingVi:
      'Đếm từ danh sách bài báo: mỗi DOI một lần dù nhiều đơn vị đồng tác giả; bài không có DOI do đơn vị kê khai được cộng.',
    reportingEn:
      'Counted from the list of papers: each DOI once however many units co-authored it; papers without a DOI are added as reported.',
  }),
  indicator({
    code: 'II.2',
    nameVi: 'Số lượng bài báo khoa học trong nước',
    nameEn: 'Number of domestic scientific papers',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Thống kê tỉnh; Các sở, ban, ngành, Viện nghiên cứu, trường Đại học trên địa bàn tỉnh',
    cooperatingUnitIds: ['thong-ke'],
    cooperatingCategories: ['department', 'research-university'],
    unitOfMeasureVi: 'bài báo',
    unitOfMeasureEn: 'papers',
    components: [
      count(
        'papers',
        'Số bài báo trên tạp chí khoa học trong nước',
        'Papers in domestic scientific journals',
        U.papers,
        {
          role: 'register',
          register: 'publications',
          hintVi:
            'Tạp chí được Hội đồng Giáo sư nhà nước tính điểm; bài đồng tác giả do đơn vị của tác giả liên hệ kê khai.',
          hintEn:
            "Journals scored by the State Council for Professorship; co-authored papers are reported by the corresponding author's unit.",
        },
      ),
      textList(
        'paper_list',
        'Danh sách bài báo (tạp chí, số, trang)',
        'List of papers (journal, issue, pages)',
        U.list,
        { register: 'publications' },
      ),
    ],
    headline: { kind: 'component', key: 'papers' },
    aggregation: 'sum',
    methodVi: 'Đếm bài báo xuất bản năm 2026; đơn vị của tác giả liên hệ kê khai để không tính trùng.',
    methodEn:
      "Count papers published in 2026, reported by the corresponding author's unit to avoid double counting.",
    reportingVi: 'Đếm từ danh sách bài báo trong nước: bài đồng tác giả giữa các đơn vị chỉ tính một lần.',
    reportingEn:
      'Counted from the list of domestic papers: a paper co-authored by several units counts once.',
  }),
  indicator({
    code: 'II.3',
    nameVi: 'Tỷ lệ công bố quốc tế thuộc nhóm tạp chí uy tín cao trong lĩnh vực (IF 25%)',
    nameEn: 'Share of international publications in the top-quartile journals of their field',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: RESEARCH_COOPERATION,
    cooperatingUnitIds: ['thong-ke'],
    cooperatingCategories: ['research-university'],
    unitOfMeasureVi: '%',
    unitOfMeasureEn: '%',
    components: [
      count('intl_papers', 'Số bài báo quốc tế (WoS/Scopus)', 'International papers (WoS/Scopus)', U.papers, {
        role: 'register',
        register: 'publications',
      }),
      count(
        'q1_papers',
        'Trong đó: bài trên tạp chí nhóm Q1 (25% cao nhất)',
        'Of which: in Q1 (top 25%) journals',
        U.papers,
        {
          role: 'register',
          register: 'publications',
          hintVi:
            'Phân vị JIF (Clarivate JCR) của năm xuất bản; tạp chí thuộc nhiều lĩnh vực lấy phân vị tốt nhất; tạp chí không có JIF không tính là Q1.',
          hintEn:
            'JIF quartile (Clarivate JCR) of the publication year; a journal in several categories takes its best quartile; journals without a JIF are not Q1.',
        },
      ),
    ],
    headline: { kind: 'formula' },
    formula: formula('SHARE', ['q1_papers', 'intl_papers'], 'percent', U.percent),
    aggregation: 'recompute',
    crossRules: [partOfWhole('q1_papers', 'intl_papers', 'Số bài Q1', 'số bài báo quốc tế')],
    targets: [
      growthLink(
        'C.14',
        'intl_papers',
        'same',
        'Mức tăng số bài báo quốc tế của tỉnh so với năm trước (cần số liệu kỳ trước: --previous).',
      ),
    ],
    methodVi:
      'Tỷ lệ = Σ bài Q1 ÷ Σ bài báo quốc tế. "IF 25%" của Kế hoạch được hiểu là nhóm 25% tạp chí có hệ số ảnh hưởng (JIF, Clarivate JCR) cao nhất trong lĩnh vực, theo bản JCR của năm xuất bản; tạp chí thuộc nhiều lĩnh vực lấy phân vị tốt nhất; tạp chí không có JIF (chỉ có trong Scopus) không tính là Q1.',
    methodEn:
      'Share = Σ Q1 papers ÷ Σ international papers. The plan\'s "IF 25%" is read as the top 25% of journals by Journal Impact Factor (Clarivate JCR) in their category, JCR edition of the publication year; a journal in several categories takes its best quartile; journals without a JIF (Scopus only) are not Q1.',
    reportingVi: 'Đếm từ danh sách bài báo (một bài một lần, nhóm tạp chí ghi theo từng bài).',
    reportingEn: 'Counted from the list of papers (each paper once, quartile per paper).',
  }),
  indicator({
    code: 'II.4',
    nameVi: 'Tỷ lệ công bố khoa học có hợp tác quốc tế',
    nameEn: 'Share of scientific publications with international co-authorship',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi:
      'Thống kê tỉnh; Văn phòng UBND tỉnh; các Viện nghiên cứu, trường Đại học trên địa bàn tỉnh',
    cooperatingUnitIds: ['thong-ke', 'vp-ubnd'],
    cooperatingCategories: ['research-university'],
    unitOfMeasureVi: '%',
    unitOfMeasureEn: '%',
    components: [
      count('intl_papers', 'Số bài báo quốc tế (WoS/Scopus)', 'International papers (WoS/Scopus)', U.papers, {
        role: 'register',
        register: 'publications',
      }),
      count(
        'intl_coauthored',
        'Trong đó: có đồng tác giả ở cơ quan nước ngoài',
        'Of which: with a co-author at a foreign institution',
        U.papers,
        { role: 'register', register: 'publications' },
      ),
    ],
    headline: { kind: 'formula' },
    formula: formula('SHARE', ['intl_coauthored', 'intl_papers'], 'percent', U.percent),
    aggregation: 'recompute',
    crossRules: [
      partOfWhole('intl_coauthored', 'intl_papers', 'Số bài có hợp tác quốc tế', 'số bài báo quốc tế'),
    ],
    methodVi: 'Tỷ lệ = Σ bài có đồng tác giả nước ngoài ÷ Σ bài báo quốc tế.',
    methodEn: 'Share = Σ papers with a foreign co-author ÷ Σ international papers.',
    reportingVi:
      'Đếm từ danh sách bài báo (một bài một lần, có/không đồng tác giả nước ngoài ghi theo từng bài).',
    reportingEn: 'Counted from the list of papers (each paper once, foreign co-authorship per paper).',
  }),
  indicator({
    code: 'II.5',
    nameVi: 'Số lượng ấn phẩm sách, giáo trình, tài liệu phục vụ giảng dạy ở đại học và sau đại học.',
    nameEn: 'Number of books, textbooks and teaching materials for undergraduate and graduate education',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Thống kê tỉnh; Các Trường Đại học trên địa bàn tỉnh',
    cooperatingUnitIds: ['thong-ke'],
    cooperatingCategories: ['research-university'],
    unitOfMeasureVi: 'ấn phẩm',
    unitOfMeasureEn: 'publications',
    components: [
      count(
        'monographs',
        'Sách chuyên khảo, sách tham khảo',
        'Monographs and reference books',
        U.publications,
        { role: 'register', register: 'publications', warnAbove: 200 },
      ),
      count('textbooks', 'Giáo trình', 'Textbooks', U.publications, {
        role: 'register',
        register: 'publications',
        warnAbove: 200,
      }),
      count(
        'teaching_materials',
        'Tài liệu phục vụ giảng dạy khác',
        'Other teaching materials',
        U.publications,
        { role: 'register', register: 'publications', warnAbove: 500 },
      ),
      textList(
        'publication_list',
        'Danh sách ấn phẩm (tên, ISBN)',
        'List of publications (title, ISBN)',
        U.list,
        { register: 'publications' },
      ),
    ],
    headline: { kind: 'formula' },
    formula: formula('TOTAL', ['monographs', 'textbooks', 'teaching_materials'], 'integer', U.publications),
    aggregation: 'sum',
    methodVi: 'Đếm ấn phẩm xuất bản lần đầu (hoặc tái bản có sửa chữa) trong năm 2026.',
    methodEn: 'Count publications first published (or revised) in 2026.',
    reportingVi: 'Đếm từ danh sách ấn phẩm (ISBN): ấn phẩm đồng tác giả giữa các đơn vị tính một lần.',
    reportingEn: 'Counted from the list of publications (ISBN): a joint publication counts once.',
  }),
  indicator({
    code: 'II.6',
    nameVi: 'Số lượt trích dẫn trung bình của bài báo được công bố trên tạp chí quốc tế.',
    nameEn: 'Average number of citations per paper published in international journals',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: RESEARCH_COOPERATION,
    cooperatingUnitIds: ['thong-ke'],
    cooperatingCategories: ['research-university'],
    unitOfMeasureVi: 'lượt trích dẫn/bài báo',
    unitOfMeasureEn: 'citations per paper',
    components: [
      count('citations', 'Tổng số lượt trích dẫn', 'Total citations', U.citations, {
        role: 'register',
        register: 'publications',
        max: BOUNDS.citations.max,
        warnAbove: BOUNDS.citations.warnAbove,
        hintVi: 'Trích dẫn tính đến 30/11/2026 (Scopus) của các bài xuất bản 2022–2026.',
        hintEn: 'Citations up to 30/11/2026 (Scopus) of papers published 2022–2026.',
      }),
      count(
        'papers',
        'Số bài báo quốc tế xuất bản 2022–2026',
        'International papers published 2022–2026',
        U.papers,
        { role: 'register', register: 'publications', warnAbove: 5_000 },
      ),
    ],
    headline: { kind: 'formula' },
    formula: formula('AVG_CITATIONS', ['citations', 'papers'], 'decimal', U.citationsPerPaper),
    aggregation: 'recompute',
    methodVi:
      'Trung bình = Σ trích dẫn ÷ Σ bài báo, cửa sổ 5 năm 2022–2026, cùng một nguồn (Scopus) và ngày tra cứu.',
    methodEn: 'Average = Σ citations ÷ Σ papers over 2022–2026, one source (Scopus) and one look-up date.',
    reportingVi: 'Tính từ danh sách bài báo quốc tế 2022–2026: mỗi bài và số trích dẫn của nó tính một lần.',
    reportingEn:
      'Computed from the list of 2022–2026 international papers: each paper and its citations once.',
  }),
  indicator({
    code: 'II.7',
    nameVi: 'Chỉ số H index của nhóm nghiên cứu được huy động và tham gia thực hiện',
    nameEn: 'h-index of the research groups mobilised and taking part',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: RESEARCH_COOPERATION,
    cooperatingUnitIds: ['thong-ke'],
    cooperatingCategories: ['research-university'],
    unitOfMeasureVi: 'chỉ số h',
    unitOfMeasureEn: 'h-index',
    components: [
      numberList(
        'citations',
        'Số trích dẫn của từng bài báo của nhóm',
        "Citations of each of the group's papers",
        U.citations,
        {
          register: 'publications',
          required: true,
          hintVi: 'Mỗi bài một số, cách nhau bằng dấu ; hoặc xuống dòng.',
          hintEn: 'One number per paper, separated by ; or new lines.',
        },
      ),
      text('citation_source', 'Nguồn và ngày tra cứu trích dẫn', 'Citation source and look-up date', {
        hintVi: 'Ví dụ: Scopus, 30/11/2026.',
        hintEn: 'E.g. Scopus, 30/11/2026.',
      }),
    ],
    headline: { kind: 'formula' },
    formula: formula('HINDEX', ['citations'], 'integer', U.hIndex),
    aggregation: 'mergeList',
    methodVi:
      'h là số lớn nhất sao cho h bài có ít nhất h trích dẫn; tính lại từ danh sách gộp, không cộng chỉ số của các đơn vị.',
    methodEn:
      'h is the largest number such that h papers have at least h citations; recomputed from the merged list, never summed.',
    reportingVi:
      'Gộp số trích dẫn của từng bài (mỗi bài một lần) rồi tính lại chỉ số h; không bao giờ cộng chỉ số h của các đơn vị.',
    reportingEn:
      "Citations of each paper (each paper once) are pooled and h is recomputed; units' h-indices are never added.",
  }),
  indicator({
    code: 'II.8',
    nameVi: 'Mức kinh phí bình quân để tạo ra một công bố khoa học quốc tế',
    nameEn: 'Average expenditure to produce one international scientific publication',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: RESEARCH_COOPERATION,
    cooperatingUnitIds: ['thong-ke'],
    cooperatingCategories: ['research-university'],
    unitOfMeasureVi: 'triệu đồng/bài báo',
    unitOfMeasureEn: 'million VND per paper',
    components: [
      money(
        'spending',
        'Tổng kinh phí nghiên cứu và phát triển của đơn vị',
        "The unit's total R&D spending",
        {
          warnAbove: 1_000_000,
        },
      ),
      count('intl_papers', 'Số bài báo quốc tế (WoS/Scopus)', 'International papers (WoS/Scopus)', U.papers, {
        role: 'register',
        register: 'publications',
      }),
    ],
    headline: { kind: 'formula' },
    formula: formula('COST_PER_PUB', ['spending', 'intl_papers'], 'money', U.perPaper),
    aggregation: 'recompute',
    ratioUnits: 'positive-denominator',
    methodVi:
      'Mức bình quân = Σ kinh phí NC&PT ÷ Σ bài báo quốc tế của các đơn vị có công bố, cùng năm 2026.',
    methodEn: 'Average = Σ R&D spending ÷ Σ international papers of the publishing units, both for 2026.',
    reportingVi:
      'Kinh phí NC&PT của mỗi đơn vị là của riêng đơn vị nên được cộng, nhưng chỉ của các đơn vị có công bố quốc tế (mẫu số > 0); số bài lấy từ danh sách bài báo.',
    reportingEn:
      "Each unit's R&D spending is its own and is added, but only for units with international papers (denominator > 0); papers come from the list of papers.",
  }),
  indicator({
    code: 'II.9',
    nameVi: 'Giải thưởng khoa học và công nghệ trong nước và quốc tế',
    nameEn: 'Domestic and international S&T awards',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi:
      'Liên hiệp các Hội khoa học và kỹ thuật tỉnh, các Viện nghiên cứu, trường Đại học trên địa bàn tỉnh; các sở, ngành; tổ chức chính trị- xã hội',
    cooperatingUnitIds: ['lien-hiep-hoi'],
    cooperatingCategories: ['research-university', 'department', 'association'],
    unitOfMeasureVi: 'giải thưởng',
    unitOfMeasureEn: 'awards',
    components: [
      count(
        'national_regional_awards',
        'Giải thưởng cấp quốc gia, khu vực và quốc tế',
        'National, regional and international awards',
        U.awards,
        { warnAbove: 50 },
      ),
      count(
        'provincial_awards',
        'Giải thưởng cấp tỉnh, cấp bộ',
        'Provincial and ministerial awards',
        U.awards,
        {
          warnAbove: 100,
        },
      ),
      textList(
        'award_list',
        'Danh sách công trình đạt giải (tên giải, năm)',
        'Award-winning works (award, year)',
      ),
    ],
    headline: { kind: 'formula' },
    formula: formula('TOTAL', ['national_regional_awards', 'provincial_awards'], 'integer', U.awards),
    aggregation: 'sum',
    targets: [link('C.10', 'national_regional_awards', 'C.10 chỉ tính giải cấp quốc gia/khu vực.')],
    methodVi:
      'Đếm công trình đạt giải trong năm 2026; công trình của nhiều đơn vị do đơn vị chủ trì kê khai.',
    methodEn: 'Count works awarded in 2026; a joint work is reported by its lead unit.',
    reportingVi:
      'Cộng: mỗi công trình đạt giải do đơn vị chủ trì công trình kê khai; Liên hiệp các Hội chỉ kê khai công trình của hội viên không thuộc đơn vị báo cáo nào.',
    reportingEn:
      "Added: each award is reported by the work's lead unit; the Union of Associations reports only its members' works not reported by another unit.",
  }),
];

const TRL_KEYS = Array.from({ length: 10 }, (_, i) => `trl_${i + 1}`);

const GROUP_III: Indicator[] = [
  indicator({
    code: 'III.1',
    nameVi: 'Mức độ sẵn sàng công nghệ (Technology Readiness Level - TRL)',
    nameEn: 'Technology Readiness Level (TRL)',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Các sở, ban, ngành liên quan',
    cooperatingUnitIds: [],
    cooperatingCategories: ['department'],
    unitOfMeasureVi: 'mức TRL (1–9), trung vị',
    unitOfMeasureEn: 'TRL (1–9), median',
    // Ten optional levels per unit (a list in the template); pooled across units.
    components: TRL_KEYS.map((key, i) =>
      level(key, `Mức TRL của kết quả thứ ${i + 1}`, `TRL of result ${i + 1}`, { register: 'tasks' }),
    ),
    headline: { kind: 'formula' },
    formula: formula('TRL_MEDIAN', TRL_KEYS, 'decimal', U.level),
    aggregation: 'distribution',
    methodVi:
      'Mỗi đơn vị chọn mức TRL (1–9) của tối đa 10 kết quả nghiệm thu năm 2026; toàn tỉnh gộp mọi mức, báo cáo trung vị và phân bố.',
    methodEn:
      'Each unit picks the TRL (1–9) of up to 10 results accepted in 2026; the province pools all levels and reports the median and distribution.',
    reportingVi: 'Gộp mức TRL của mọi kết quả (mỗi nhiệm vụ một lần theo mã nhiệm vụ) rồi mô tả phân bố.',
    reportingEn: 'Levels of every result are pooled (each task once, by task code) and described.',
  }),
  indicator({
    code: 'III.2',
    nameVi: 'Số lượng đơn đăng ký bảo hộ quyền sở hữu trí tuệ được chấp nhận hợp lệ.',
    nameEn: 'Number of intellectual property applications accepted as valid',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Sở Công Thương, Sở Nông nghiệp và Môi trường',
    cooperatingUnitIds: ['so-cong-thuong', 'so-nnmt'],
    cooperatingCategories: [],
    unitOfMeasureVi: 'đơn',
    unitOfMeasureEn: 'applications',
    components: [
      count(
        'patent_utility_apps',
        'Đơn sáng chế, giải pháp hữu ích',
        'Patent and utility-solution applications',
        U.applications,
        { role: 'register', register: 'ip', warnAbove: 500 },
      ),
      count('design_apps', 'Đơn kiểu dáng công nghiệp', 'Industrial design applications', U.applications, {
        role: 'register',
        register: 'ip',
      }),
      count('trademark_apps', 'Đơn nhãn hiệu', 'Trademark applications', U.applications, {
        role: 'register',
        register: 'ip',
        warnAbove: 5_000,
      }),
      count(
        'other_apps',
        'Đơn khác (chỉ dẫn địa lý, giống cây trồng, thiết kế bố trí)',
        'Other (geographical indications, plant varieties, layout designs)',
        U.applications,
        { role: 'register', register: 'ip', required: false },
      ),
    ],
    headline: { kind: 'formula' },
    formula: formula(
      'TOTAL',
      ['patent_utility_apps', 'design_apps', 'trademark_apps', 'other_apps'],
      'integer',
      U.applications,
    ),
    aggregation: 'sum',
    targets: [
      link('C.7', 'patent_utility_apps'),
      growthLink(
        'D.14',
        'patent_utility_apps',
        'same',
        'Mức tăng số đơn sáng chế, giải pháp hữu ích so với năm trước (cần số liệu kỳ trước: --previous).',
      ),
    ],
    methodVi:
      'Đếm đơn của người nộp đơn trên địa bàn tỉnh được chấp nhận hợp lệ trong năm 2026; mỗi đơn kê khai một lần.',
    methodEn:
      'Count applications by applicants in the province accepted as valid in 2026; each reported once.',
    reportingVi:
      'Đếm từ danh sách đơn sở hữu trí tuệ (số đơn): đơn do chủ đơn và cơ quan chủ quản cùng kê khai chỉ tính một lần.',
    reportingEn:
      'Counted from the list of IP applications (application number): one reported by the applicant and its host counts once.',
  }),
  indicator({
    code: 'III.3',
    nameVi: 'Số lượng sản phẩm mẫu (prototypes) được hình thành và kiểm chứng thực tế',
    nameEn: 'Number of prototypes developed and validated in practice',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Các cơ quan, đơn vị liên quan; doanh nghiệp trên địa bàn tỉnh',
    cooperatingUnitIds: [],
    cooperatingCategories: ['department', 'enterprise'],
    unitOfMeasureVi: 'sản phẩm',
    unitOfMeasureEn: 'products',
    components: [
      count(
        'prototypes',
        'Số sản phẩm mẫu được kiểm chứng thực tế',
        'Prototypes validated in practice',
        U.products,
        {
          warnAbove: 200,
        },
      ),
      textList('prototype_list', 'Danh sách sản phẩm mẫu', 'List of prototypes'),
    ],
    headline: { kind: 'component', key: 'prototypes' },
    aggregation: 'sum',
    methodVi: 'Đếm sản phẩm mẫu có biên bản thử nghiệm/kiểm chứng trong điều kiện thực tế năm 2026.',
    methodEn: 'Count prototypes with a test or validation record in real conditions in 2026.',
    reportingVi: 'Cộng: mỗi sản phẩm mẫu do đơn vị chủ trì nhiệm vụ tạo ra nó kê khai.',
    reportingEn: 'Added: each prototype is reported by the unit that led the task producing it.',
  }),
  indicator({
    code: 'III.4',
    nameVi: 'Số lượng sản phẩm mới hoặc cải tiến được thử nghiệm và đạt chứng nhận tiêu chuẩn',
    nameEn: 'Number of new or improved products tested and certified to standards',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Sở Y tế; Sở NN&MT; Các cơ quan, đơn vị liên quan; doanh nghiệp trên địa bàn tỉnh',
    cooperatingUnitIds: ['so-y-te', 'so-nnmt'],
    cooperatingCategories: ['department', 'enterprise'],
    unitOfMeasureVi: 'sản phẩm',
    unitOfMeasureEn: 'products',
    components: [
      count(
        'tested_products',
        'Sản phẩm mới/cải tiến được thử nghiệm',
        'New or improved products tested',
        U.products,
      ),
      count(
        'certified_products',
        'Trong đó: đạt chứng nhận tiêu chuẩn',
        'Of which: certified to a standard',
        U.products,
      ),
      textList(
        'product_list',
        'Danh sách sản phẩm (tên, số chứng nhận)',
        'List of products (name, certificate number)',
      ),
    ],
    headline: { kind: 'component', key: 'certified_products' },
    aggregation: 'sum',
    crossRules: [
      partOfWhole(
        'certified_products',
        'tested_products',
        'Số sản phẩm đạt chứng nhận',
        'số sản phẩm được thử nghiệm',
      ),
    ],
    methodVi: 'Đếm sản phẩm được cấp chứng nhận hợp chuẩn/hợp quy trong năm 2026.',
    methodEn: 'Count products certified to a standard or technical regulation in 2026.',
    reportingVi: 'Cộng: mỗi sản phẩm do đơn vị sở hữu sản phẩm kê khai.',
    reportingEn: 'Added: each product is reported by the unit owning it.',
  }),
  indicator({
    code: 'III.5',
    nameVi: 'Số lượng mô hình kinh doanh và dịch vụ mới được phát triển và thử nghiệm',
    nameEn: 'Number of new business and service models developed and piloted',
    leadUnitVi: 'Sở Tài chính',
    leadUnitId: 'so-tai-chinh',
    cooperatingVi: 'Sở Khoa học và Công nghệ',
    cooperatingUnitIds: ['so-khcn'],
    cooperatingCategories: [],
    unitOfMeasureVi: 'mô hình',
    unitOfMeasureEn: 'models',
    components: [
      count(
        'models',
        'Số mô hình kinh doanh, dịch vụ mới được thử nghiệm',
        'New business and service models piloted',
        U.models,
        {
          warnAbove: 200,
        },
      ),
      textList('model_list', 'Danh sách mô hình', 'List of models'),
    ],
    headline: { kind: 'component', key: 'models' },
    aggregation: 'sum',
    methodVi:
      'Đếm mô hình có quyết định hoặc kế hoạch thử nghiệm trong năm 2026; mỗi mô hình kê khai một lần.',
    methodEn: 'Count models with a pilot decision or plan in 2026; each reported once.',
    reportingVi: 'Cộng: mỗi mô hình do đơn vị thử nghiệm kê khai.',
    reportingEn: 'Added: each model is reported by the unit piloting it.',
  }),
  indicator({
    code: 'III.6',
    nameVi: 'Số lượng tiêu chuẩn, quy chuẩn kỹ thuật mới đã đề xuất và được chấp thuận',
    nameEn: 'Number of new technical standards and regulations proposed and approved',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Các cơ quan, đơn vị liên quan; doanh nghiệp trên địa bàn tỉnh',
    cooperatingUnitIds: [],
    cooperatingCategories: ['department', 'enterprise'],
    unitOfMeasureVi: 'tiêu chuẩn, quy chuẩn',
    unitOfMeasureEn: 'standards',
    components: [
      count(
        'proposed',
        'Số tiêu chuẩn, quy chuẩn được đề xuất',
        'Standards and regulations proposed',
        U.standards,
        {
          warnAbove: 100,
        },
      ),
      count('approved', 'Trong đó: được chấp thuận', 'Of which: approved', U.standards, { warnAbove: 100 }),
      textList('standard_list', 'Danh sách (tên, cơ quan chấp thuận)', 'List (title, approving body)'),
    ],
    headline: { kind: 'component', key: 'approved' },
    aggregation: 'sum',
    crossRules: [partOfWhole('approved', 'proposed', 'Số được chấp thuận', 'số được đề xuất')],
    methodVi:
      'Đếm đề xuất xây dựng tiêu chuẩn, quy chuẩn được cơ quan có thẩm quyền chấp thuận trong năm 2026.',
    methodEn: 'Count proposals for standards or regulations approved by the competent body in 2026.',
    reportingVi: 'Cộng: mỗi đề xuất do đơn vị đề xuất kê khai.',
    reportingEn: 'Added: each proposal is reported by the proposing unit.',
  }),
  indicator({
    code: 'III.7',
    nameVi:
      'Số lượng bằng sáng chế, giải pháp hữu ích, thiết kế bố trí mạch tích hợp bán dẫn, giống cây trồng/vật nuôi/thủy sản được cấp',
    nameEn:
      'Number of patents, utility solutions, integrated-circuit layout designs and plant/animal/aquatic varieties granted',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi:
      'Sở Nông nghiệp và Môi trường; Các cơ quan, đơn vị liên quan; doanh nghiệp trên địa bàn tỉnh',
    cooperatingUnitIds: ['so-nnmt'],
    cooperatingCategories: ['department', 'enterprise'],
    unitOfMeasureVi: 'văn bằng',
    unitOfMeasureEn: 'titles',
    components: [
      count(
        'patents_utility',
        'Bằng độc quyền sáng chế, giải pháp hữu ích',
        'Patents and utility solutions granted',
        U.titles,
        { role: 'register', register: 'ip', warnAbove: 200 },
      ),
      count(
        'ic_layouts',
        'Thiết kế bố trí mạch tích hợp bán dẫn',
        'Integrated-circuit layout designs',
        U.titles,
        { role: 'register', register: 'ip', warnAbove: 50 },
      ),
      count(
        'varieties',
        'Giống cây trồng, vật nuôi, thủy sản được bảo hộ/công nhận',
        'Plant, animal and aquatic varieties protected or recognised',
        U.titles,
        { role: 'register', register: 'ip', warnAbove: 50 },
      ),
      textList('title_list', 'Danh sách văn bằng (số bằng, tên)', 'List of titles (number, title)', U.list, {
        register: 'ip',
      }),
    ],
    headline: { kind: 'formula' },
    formula: formula('TOTAL', ['patents_utility', 'ic_layouts', 'varieties'], 'integer', U.titles),
    aggregation: 'sum',
    targets: [
      link('D.9', 'patents_utility'),
      growthLink('D.14', 'patents_utility', 'related', 'Mức tăng số văn bằng sáng chế so với năm trước.'),
    ],
    methodVi:
      'Đếm văn bằng cấp trong năm 2026 cho chủ sở hữu trên địa bàn tỉnh; văn bằng đồng sở hữu tính một lần.',
    methodEn: 'Count titles granted in 2026 to owners in the province; a jointly owned title counts once.',
    reportingVi: 'Đếm từ danh sách văn bằng (số bằng): văn bằng đồng sở hữu chỉ tính một lần.',
    reportingEn: 'Counted from the list of titles (title number): a jointly owned title counts once.',
  }),
  indicator({
    code: 'III.8',
    nameVi: 'Tỷ lệ kết quả nghiên cứu được thương mại hóa',
    nameEn: 'Share of research results commercialised',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Các tổ chức KHCN; doanh nghiệp, viện, trường',
    cooperatingUnitIds: [],
    cooperatingCategories: ['st-organization', 'enterprise', 'research-university'],
    unitOfMeasureVi: '%',
    unitOfMeasureEn: '%',
    components: [
      count(
        'results',
        'Số kết quả nghiên cứu đã nghiệm thu (2024–2026)',
        'Research results accepted (2024–2026)',
        U.results,
        { role: 'register', register: 'tasks' },
      ),
      count('commercialised', 'Trong đó: đã thương mại hóa', 'Of which: commercialised', U.results, {
        role: 'register',
        register: 'tasks',
        hintVi: 'Có hợp đồng chuyển giao, li-xăng, góp vốn hoặc doanh thu từ sản phẩm.',
        hintEn: 'With a transfer, licence or equity contract, or product revenue.',
      }),
      textList('result_list', 'Danh sách kết quả đã thương mại hóa', 'Commercialised results', U.list, {
        register: 'tasks',
      }),
    ],
    headline: { kind: 'formula' },
    formula: formula('SHARE', ['commercialised', 'results'], 'percent', U.percent),
    aggregation: 'recompute',
    crossRules: [
      partOfWhole('commercialised', 'results', 'Số kết quả đã thương mại hóa', 'số kết quả nghiên cứu'),
    ],
    targets: [
      related(
        'C.6',
        'value',
        'C.6 đo tỷ lệ kết quả được ỨNG DỤNG thực tiễn sau 12 tháng (rộng hơn thương mại hóa).',
      ),
    ],
    methodVi: 'Tỷ lệ = Σ kết quả đã thương mại hóa ÷ Σ kết quả nghiệm thu trong 3 năm 2024–2026.',
    methodEn: 'Share = Σ commercialised results ÷ Σ results accepted in 2024–2026.',
    reportingVi:
      'Đếm từ danh sách nhiệm vụ và kết quả (mã nhiệm vụ): kết quả do cơ quan quản lý và đơn vị chủ trì cùng kê khai chỉ tính một lần.',
    reportingEn:
      'Counted from the list of tasks and results (task code): a result reported by its managing agency and its lead unit counts once.',
  }),
  indicator({
    code: 'III.9',
    nameVi: 'Số lượng công nghệ được hoàn thiện và chuyển giao',
    nameEn: 'Number of technologies completed and transferred',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Các tổ chức KHCN; doanh nghiệp; Thống kê tỉnh',
    cooperatingUnitIds: ['thong-ke'],
    cooperatingCategories: ['st-organization', 'enterprise'],
    unitOfMeasureVi: 'công nghệ',
    unitOfMeasureEn: 'technologies',
    components: [
      count('completed', 'Số công nghệ được hoàn thiện', 'Technologies completed', U.technologies, {
        warnAbove: 200,
      }),
      count('transferred', 'Trong đó: đã chuyển giao', 'Of which: transferred', U.technologies, {
        warnAbove: 200,
      }),
      textList(
        'technology_list',
        'Danh sách công nghệ (tên, bên nhận chuyển giao)',
        'List of technologies (name, recipient)',
      ),
    ],
    headline: { kind: 'component', key: 'transferred' },
    aggregation: 'sum',
    crossRules: [
      partOfWhole('transferred', 'completed', 'Số công nghệ đã chuyển giao', 'số công nghệ được hoàn thiện'),
    ],
    methodVi:
      'Đếm công nghệ hoàn thiện trong năm 2026 và số đã có hợp đồng chuyển giao; bên chuyển giao kê khai.',
    methodEn:
      'Count technologies completed in 2026 and those with a transfer contract; reported by the transferor.',
    reportingVi: 'Cộng: mỗi công nghệ do bên chuyển giao kê khai.',
    reportingEn: 'Added: each technology is reported by its transferor.',
  }),
  indicator({
    code: 'III.10',
    nameVi: 'Hiệu quả đổi mới/ cải tiến quy trình',
    nameEn: 'Effectiveness of process innovation and improvement',
    leadUnitVi: 'Sở Công Thương',
    leadUnitId: 'so-cong-thuong',
    cooperatingVi: 'Sở Khoa học và Công nghệ; doanh ngành; Thống kê tỉnh',
    cooperatingUnitIds: ['so-khcn', 'thong-ke'],
    // "doanh ngành" is read as "doanh nghiệp", as in III.11 and III.12.
    cooperatingCategories: ['enterprise'],
    unitOfMeasureVi: '% doanh nghiệp có đổi mới quy trình',
    unitOfMeasureEn: '% of enterprises with process innovation',
    components: [
      count('enterprises', 'Số doanh nghiệp được khảo sát', 'Enterprises surveyed', U.enterprises, {
        role: 'official',
        crossCheck: 'parts',
        warnAbove: 50_000,
      }),
      count(
        'process_innovators',
        'Trong đó: có đổi mới quy trình, mô hình kinh doanh',
        'Of which: with process or business-model innovation',
        U.enterprises,
        { role: 'official', crossCheck: 'parts', warnAbove: 50_000 },
      ),
      money(
        'cost_savings',
        'Chi phí tiết kiệm nhờ cải tiến quy trình',
        'Cost savings from process improvement',
        { role: 'official', crossCheck: 'parts', required: false },
      ),
    ],
    headline: { kind: 'formula' },
    formula: formula('SHARE', ['process_innovators', 'enterprises'], 'percent', U.percent),
    aggregation: 'recompute',
    crossRules: [
      partOfWhole(
        'process_innovators',
        'enterprises',
        'Số doanh nghiệp có đổi mới',
        'số doanh nghiệp được khảo sát',
      ),
    ],
    targets: [
      related(
        'D.6',
        'value',
        'D.6 là tỷ lệ trên MỌI doanh nghiệp của tỉnh; III.10 là tỷ lệ trong mẫu khảo sát của Sở Công Thương.',
      ),
    ],
    methodVi:
      'Tỷ lệ = Σ doanh nghiệp có đổi mới quy trình ÷ Σ doanh nghiệp được khảo sát (định nghĩa Oslo); kèm chi phí tiết kiệm.',
    methodEn:
      'Share = Σ enterprises with process innovation ÷ Σ enterprises surveyed (Oslo Manual); with cost savings.',
    reportingVi:
      'Số của cuộc khảo sát doanh nghiệp do Sở Công Thương chủ trì (nguồn chính thức); số doanh nghiệp tự báo cáo nằm trong mẫu đó, chỉ dùng để đối chiếu.',
    reportingEn:
      "The Department of Industry and Trade's enterprise survey is the official source; firms' own reports are inside that sample and are only a cross-check.",
  }),
  indicator({
    code: 'III.11',
    nameVi: 'Tỷ lệ sản phẩm mới, cải tiến đạt tiêu chuẩn được đưa vào thị trường',
    nameEn: 'Share of new or improved standard-compliant products brought to market',
    leadUnitVi: 'Sở Công Thương',
    leadUnitId: 'so-cong-thuong',
    cooperatingVi: 'Sở Khoa học và Công nghệ; doanh nghiệp; Thống kê tỉnh',
    cooperatingUnitIds: ['so-khcn', 'thong-ke'],
    cooperatingCategories: ['enterprise'],
    unitOfMeasureVi: '%',
    unitOfMeasureEn: '%',
    components: [
      count(
        'certified_products',
        'Sản phẩm mới/cải tiến đạt tiêu chuẩn',
        'New or improved products meeting standards',
        U.products,
        { role: 'official', crossCheck: 'parts' },
      ),
      count(
        'marketed_products',
        'Trong đó: đã đưa ra thị trường',
        'Of which: brought to market',
        U.products,
        { role: 'official', crossCheck: 'parts' },
      ),
    ],
    headline: { kind: 'formula' },
    formula: formula('SHARE', ['marketed_products', 'certified_products'], 'percent', U.percent),
    aggregation: 'recompute',
    crossRules: [
      partOfWhole(
        'marketed_products',
        'certified_products',
        'Số sản phẩm ra thị trường',
        'số sản phẩm đạt tiêu chuẩn',
      ),
    ],
    targets: [link('D.7', 'marketed_products', 'D.7 đếm sản phẩm ĐMST được thương mại hóa mỗi năm.')],
    methodVi:
      'Tỷ lệ = Σ sản phẩm đã bán ra thị trường ÷ Σ sản phẩm mới/cải tiến đạt tiêu chuẩn trong năm 2026.',
    methodEn: 'Share = Σ products on the market ÷ Σ new or improved products meeting standards in 2026.',
    reportingVi:
      'Số của Sở Công Thương (nguồn chính thức, tổng hợp sản phẩm của doanh nghiệp trên địa bàn); số doanh nghiệp và sở khác kê khai là chi tiết để đối chiếu.',
    reportingEn:
      "The Department of Industry and Trade's figure (official); firms' and other departments' figures are detail for cross-checking.",
  }),
  indicator({
    code: 'III.12',
    nameVi: 'Tỷ lệ nội địa hóa',
    nameEn: 'Localisation rate',
    leadUnitVi: 'Sở Công Thương',
    leadUnitId: 'so-cong-thuong',
    cooperatingVi: 'Sở Khoa học và Công nghệ; doanh nghiệp; Thống kê tỉnh',
    cooperatingUnitIds: ['so-khcn', 'thong-ke'],
    cooperatingCategories: ['enterprise'],
    unitOfMeasureVi: '% giá trị',
    unitOfMeasureEn: '% of value',
    components: [
      money('domestic_value', 'Giá trị sản xuất trong nước của sản phẩm', 'Domestic value of the products', {
        role: 'official',
        crossCheck: 'parts',
      }),
      money(
        'total_value',
        'Tổng giá trị (giá thành) của sản phẩm',
        'Total value (production cost) of the products',
        { role: 'official', crossCheck: 'parts' },
      ),
    ],
    headline: { kind: 'formula' },
    formula: formula('SHARE', ['domestic_value', 'total_value'], 'percent', U.percent),
    aggregation: 'recompute',
    crossRules: [partOfWhole('domestic_value', 'total_value', 'Giá trị nội địa', 'tổng giá trị')],
    methodVi:
      'Tỷ lệ theo giá trị = Σ giá trị nội địa ÷ Σ tổng giá trị của các sản phẩm được đánh giá (bình quân gia quyền).',
    methodEn: 'Value-weighted rate = Σ domestic value ÷ Σ total value of the products assessed.',
    reportingVi:
      'Số của Sở Công Thương (nguồn chính thức); số doanh nghiệp và sở khác kê khai là chi tiết để đối chiếu.',
    reportingEn:
      "The Department of Industry and Trade's figure (official); firms' and other departments' figures are cross-checks.",
  }),
  indicator({
    code: 'III.13',
    nameVi: 'Số lượng mô hình kinh doanh, dịch vụ được đổi mới và áp dụng',
    nameEn: 'Number of innovated business and service models applied',
    leadUnitVi: 'Sở Tài chính',
    leadUnitId: 'so-tai-chinh',
    cooperatingVi: 'Sở Khoa học và Công nghệ; doanh nghiệp',
    cooperatingUnitIds: ['so-khcn'],
    cooperatingCategories: ['enterprise'],
    unitOfMeasureVi: 'mô hình',
    unitOfMeasureEn: 'models',
    components: [
      count('models_applied', 'Số mô hình được đổi mới và áp dụng', 'Innovated models applied', U.models, {
        warnAbove: 500,
      }),
      textList('model_list', 'Danh sách mô hình', 'List of models'),
    ],
    headline: { kind: 'component', key: 'models_applied' },
    aggregation: 'sum',
    methodVi: 'Đếm mô hình kinh doanh, dịch vụ đổi mới được áp dụng chính thức trong năm 2026.',
    methodEn: 'Count innovated business and service models formally applied in 2026.',
    reportingVi: 'Cộng: mỗi mô hình do đơn vị áp dụng kê khai.',
    reportingEn: 'Added: each model is reported by the unit applying it.',
  }),
  indicator({
    code: 'III.14',
    nameVi: 'Số lượng tiêu chuẩn, quy chuẩn kỹ thuật được ban hành',
    nameEn: 'Number of technical standards and regulations issued',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Các cơ quan liên quan, Các Viện nghiên cứu, trường Đại học trên địa bàn tỉnh',
    cooperatingUnitIds: [],
    cooperatingCategories: ['department', 'research-university'],
    unitOfMeasureVi: 'tiêu chuẩn, quy chuẩn',
    unitOfMeasureEn: 'standards',
    components: [
      count(
        'national_standards',
        'TCVN, QCVN do đơn vị chủ trì xây dựng được ban hành',
        'National standards/regulations drafted by the unit and issued',
        U.standards,
        { warnAbove: 50 },
      ),
      count(
        'local_regulations',
        'Quy chuẩn kỹ thuật địa phương được ban hành',
        'Local technical regulations issued',
        U.standards,
        {
          warnAbove: 50,
        },
      ),
      count(
        'organisation_standards',
        'Tiêu chuẩn cơ sở được công bố',
        'Organisation standards published',
        U.standards,
        {
          required: false,
        },
      ),
    ],
    headline: { kind: 'formula' },
    formula: formula(
      'TOTAL',
      ['national_standards', 'local_regulations', 'organisation_standards'],
      'integer',
      U.standards,
    ),
    aggregation: 'sum',
    methodVi: 'Đếm văn bản ban hành/công bố trong năm 2026; đơn vị chủ trì xây dựng kê khai.',
    methodEn: 'Count documents issued or published in 2026, reported by the drafting unit.',
    reportingVi: 'Cộng: mỗi tiêu chuẩn, quy chuẩn do đơn vị chủ trì xây dựng kê khai.',
    reportingEn: 'Added: each standard is reported by the unit that drafted it.',
  }),
  indicator({
    code: 'III.15',
    nameVi: 'Tỷ lệ công nghệ đạt trình độ tiên tiến so với khu vực hoặc thế giới',
    nameEn: 'Share of technologies at an advanced regional or world level',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Sở Công Thương và các cơ quan liên quan',
    cooperatingUnitIds: ['so-cong-thuong'],
    cooperatingCategories: ['department'],
    unitOfMeasureVi: '%',
    unitOfMeasureEn: '%',
    components: [
      count('assessed', 'Số công nghệ được đánh giá trình độ', 'Technologies assessed', U.technologies),
      count(
        'advanced',
        'Trong đó: đạt trình độ tiên tiến khu vực/thế giới',
        'Of which: advanced regional/world level',
        U.technologies,
      ),
    ],
    headline: { kind: 'formula' },
    formula: formula('SHARE', ['advanced', 'assessed'], 'percent', U.percent),
    aggregation: 'recompute',
    crossRules: [partOfWhole('advanced', 'assessed', 'Số công nghệ tiên tiến', 'số công nghệ được đánh giá')],
    methodVi:
      'Tỷ lệ = Σ công nghệ đạt trình độ tiên tiến ÷ Σ công nghệ được đánh giá theo phương pháp đánh giá trình độ công nghệ của Bộ KH&CN.',
    methodEn:
      "Share = Σ advanced technologies ÷ Σ technologies assessed with the Ministry's technology-level method.",
    reportingVi: 'Cộng: mỗi công nghệ do đơn vị đặt hàng đánh giá kê khai.',
    reportingEn: 'Added: each technology is reported by the unit that commissioned its assessment.',
  }),
];

const GROUP_IV: Indicator[] = [
  indicator({
    code: 'IV.1',
    nameVi: 'Doanh thu từ khai thác, chuyển giao, thương mại hóa tài sản sở hữu trí tuệ',
    nameEn: 'Revenue from exploiting, transferring and commercialising intellectual property assets',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Các doanh nghiệp hoạt động trên địa bàn tỉnh',
    cooperatingUnitIds: [],
    cooperatingCategories: ['enterprise'],
    unitOfMeasureVi: 'triệu đồng',
    unitOfMeasureEn: 'million VND',
    components: [
      money('ip_revenue', 'Doanh thu từ tài sản sở hữu trí tuệ', 'Revenue from IP assets', {
        role: 'register',
        register: 'contracts',
        warnAbove: 1_000_000,
      }),
      count(
        'licence_contracts',
        'Số hợp đồng li-xăng, chuyển nhượng',
        'Licence and assignment contracts',
        U.contracts,
        { role: 'register', register: 'contracts', required: false },
      ),
    ],
    headline: { kind: 'component', key: 'ip_revenue' },
    aggregation: 'sum',
    methodVi:
      'Cộng doanh thu năm 2026 từ li-xăng, chuyển nhượng và sản phẩm khai thác tài sản SHTT của chủ sở hữu trên địa bàn.',
    methodEn:
      '2026 revenue from licences, assignments and products exploiting IP, by owners in the province.',
    reportingVi:
      'Đếm từ danh sách hợp đồng (số hợp đồng): hợp đồng do bên giao và bên nhận cùng kê khai chỉ tính một lần.',
    reportingEn:
      'Counted from the list of contracts (contract number): one reported by both parties counts once.',
  }),
  indicator({
    code: 'IV.2',
    nameVi: 'Doanh thu từ hoạt động chuyển giao công nghệ',
    nameEn: 'Revenue from technology transfer',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Các doanh nghiệp hoạt động trên địa bàn tỉnh',
    cooperatingUnitIds: [],
    cooperatingCategories: ['enterprise'],
    unitOfMeasureVi: 'triệu đồng',
    unitOfMeasureEn: 'million VND',
    components: [
      money(
        'transfer_revenue',
        'Doanh thu từ hợp đồng chuyển giao công nghệ',
        'Revenue from technology-transfer contracts',
        { role: 'register', register: 'contracts', warnAbove: 1_000_000 },
      ),
      count(
        'transfer_contracts',
        'Số hợp đồng chuyển giao công nghệ',
        'Technology-transfer contracts',
        U.contracts,
        { role: 'register', register: 'contracts', required: false },
      ),
    ],
    headline: { kind: 'component', key: 'transfer_revenue' },
    aggregation: 'sum',
    methodVi:
      'Cộng giá trị thanh toán năm 2026 của hợp đồng chuyển giao công nghệ mà bên chuyển giao ở trên địa bàn tỉnh.',
    methodEn: '2026 payments under technology-transfer contracts whose transferor is in the province.',
    reportingVi:
      'Đếm từ danh sách hợp đồng chuyển giao công nghệ (số hợp đồng): hợp đồng do bên giao và bên nhận cùng kê khai chỉ tính một lần.',
    reportingEn:
      'Counted from the list of technology-transfer contracts: one reported by both parties counts once.',
  }),
  indicator({
    code: 'IV.3',
    nameVi: 'Tỷ lệ huy động vốn ngoài ngân sách nhà nước',
    nameEn: 'Share of funding mobilised from outside the state budget',
    leadUnitVi: 'Sở Tài chính',
    leadUnitId: 'so-tai-chinh',
    cooperatingVi: 'Sở Khoa học và Công nghệ',
    cooperatingUnitIds: ['so-khcn'],
    cooperatingCategories: [],
    unitOfMeasureVi: '%',
    unitOfMeasureEn: '%',
    components: [
      money(
        'non_state_funds',
        'Vốn ngoài ngân sách nhà nước cho nhiệm vụ, dự án KH, CN & ĐMST',
        'Non-state funds for S&T and innovation projects',
        {
          role: 'official',
          crossCheck: 'equal',
          hintVi: NO_BUDGET_DOUBLE_COUNT_VI,
          hintEn: NO_BUDGET_DOUBLE_COUNT_EN,
        },
      ),
      money('total_funds', 'Tổng vốn của các nhiệm vụ, dự án đó', 'Total funds of those projects', {
        role: 'official',
        crossCheck: 'equal',
      }),
    ],
    headline: { kind: 'formula' },
    formula: formula('SHARE', ['non_state_funds', 'total_funds'], 'percent', U.percent),
    aggregation: 'recompute',
    crossRules: [partOfWhole('non_state_funds', 'total_funds', 'Vốn ngoài ngân sách', 'tổng vốn')],
    targets: [
      related(
        'B.5',
        'value',
        'B.5 là tỷ trọng kinh phí xã hội trên chi cho NC&PT; IV.3 là vốn đối ứng của nhiệm vụ, dự án KH, CN & ĐMST.',
      ),
    ],
    methodVi:
      'Tỷ lệ = Σ vốn ngoài ngân sách ÷ Σ tổng vốn của các nhiệm vụ, dự án KH, CN & ĐMST thực hiện năm 2026.',
    methodEn: 'Share = Σ non-state funds ÷ Σ total funds of the S&T and innovation projects run in 2026.',
    reportingVi:
      'Số của Sở Tài chính (nguồn chính thức về vốn các nhiệm vụ, dự án); Sở KH&CN báo cáo cùng các nhiệm vụ đó nên chỉ để đối chiếu.',
    reportingEn:
      "The Department of Finance's figure (official); the Department of Science and Technology reports the same projects, as a cross-check.",
  }),
  indicator({
    code: 'IV.4',
    nameVi: 'Doanh thu từ sản phẩm mới và sản phẩm được cải tiến',
    nameEn: 'Revenue from new and improved products',
    leadUnitVi: 'Sở Công Thương',
    leadUnitId: 'so-cong-thuong',
    cooperatingVi: 'Sở Khoa học và Công nghệ',
    cooperatingUnitIds: ['so-khcn'],
    cooperatingCategories: [],
    unitOfMeasureVi: 'triệu đồng',
    unitOfMeasureEn: 'million VND',
    components: [
      money(
        'new_product_revenue',
        'Doanh thu từ sản phẩm mới, sản phẩm cải tiến',
        'Revenue from new and improved products',
        { role: 'official', crossCheck: 'parts' },
      ),
      money(
        'total_revenue',
        'Tổng doanh thu của các doanh nghiệp được khảo sát',
        'Total revenue of the enterprises surveyed',
        { role: 'official', crossCheck: 'parts', required: false },
      ),
    ],
    headline: { kind: 'component', key: 'new_product_revenue' },
    aggregation: 'sum',
    crossRules: [
      atMost(
        'new_product_revenue',
        'total_revenue',
        'Doanh thu từ sản phẩm mới không thể lớn hơn tổng doanh thu.',
        'Revenue from new products cannot exceed total revenue.',
      ),
    ],
    methodVi:
      'Cộng doanh thu năm 2026 từ sản phẩm được đưa ra thị trường trong 3 năm 2024–2026 (định nghĩa Oslo).',
    methodEn: '2026 revenue from products introduced in 2024–2026 (Oslo Manual).',
    reportingVi:
      'Số của Sở Công Thương (khảo sát doanh nghiệp, nguồn chính thức); số của Sở KH&CN là chi tiết để đối chiếu.',
    reportingEn:
      "The Department of Industry and Trade's survey (official); the Department of Science and Technology's figure is a cross-check.",
  }),
  indicator({
    code: 'IV.5',
    nameVi: 'Số lượng doanh nghiệp hưởng lợi từ sử dụng kết quả nghiên cứu',
    nameEn: 'Number of enterprises benefiting from using research results',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Thống kê tỉnh; Các doanh nghiệp hoạt động trên địa bàn tỉnh',
    cooperatingUnitIds: ['thong-ke'],
    cooperatingCategories: ['enterprise'],
    unitOfMeasureVi: 'doanh nghiệp (kèm tỷ lệ % doanh nghiệp đang hoạt động)',
    unitOfMeasureEn: 'enterprises (with the share of active enterprises)',
    components: [
      count(
        'beneficiaries',
        'Số doanh nghiệp sử dụng kết quả nghiên cứu',
        'Enterprises using research results',
        U.enterprises,
        {
          role: 'register',
          register: 'enterprises',
          warnAbove: 5_000,
          hintVi: 'Kết quả của viện, trường, tổ chức KH&CN được dùng trong sản xuất, kinh doanh năm 2026.',
          hintEn: 'Results of institutes, universities or S&T organisations used in production in 2026.',
        },
      ),
      count(
        'active_enterprises',
        'Số doanh nghiệp đang hoạt động trên địa bàn',
        'Active enterprises in the province',
        U.enterprises,
        {
          stock: true,
          scope: 'official',
          role: 'official',
          crossCheck: 'equal',
          officialUnit: 'thong-ke',
          max: 1_000_000,
          warnAbove: 100_000,
          hintVi: 'Theo số liệu của Thống kê tỉnh.',
          hintEn: 'From the provincial statistics office.',
        },
      ),
    ],
    // The plan counts enterprises; the share of active enterprises is shown with it.
    headline: { kind: 'component', key: 'beneficiaries' },
    formula: formula('SHARE', ['beneficiaries', 'active_enterprises'], 'percent', U.percent),
    aggregation: 'recompute',
    crossRules: [
      partOfWhole(
        'beneficiaries',
        'active_enterprises',
        'Số doanh nghiệp hưởng lợi',
        'số doanh nghiệp đang hoạt động',
      ),
    ],
    targets: [
      related(
        'C.8',
        'formula',
        'C.8 chỉ tính doanh nghiệp dùng kết quả của VIỆN, TRƯỜNG; IV.5 tính kết quả của mọi tổ chức KH&CN.',
      ),
    ],
    methodVi:
      'Báo cáo số doanh nghiệp hưởng lợi và tỷ lệ trên số doanh nghiệp đang hoạt động (để so với chỉ tiêu C.8).',
    methodEn:
      'Reports the number of benefiting enterprises and their share of active enterprises (to compare with C.8).',
    reportingVi:
      'Số doanh nghiệp hưởng lợi đếm từ danh sách doanh nghiệp (mã số thuế): doanh nghiệp do Sở KH&CN, Thống kê và chính doanh nghiệp cùng kê khai chỉ tính một lần. Số doanh nghiệp đang hoạt động là số của Thống kê tỉnh.',
    reportingEn:
      "Benefiting enterprises are counted from the list of enterprises (tax code): one listed by several units counts once. Active enterprises are the statistics office's figure.",
  }),
  indicator({
    code: 'IV.6',
    nameVi: 'Số lượng doanh nghiệp mới hình thành',
    nameEn: 'Number of newly established enterprises',
    leadUnitVi: 'Sở Tài chính',
    leadUnitId: 'so-tai-chinh',
    cooperatingVi: 'Sở Khoa học và Công nghệ',
    cooperatingUnitIds: ['so-khcn'],
    cooperatingCategories: [],
    unitOfMeasureVi: 'doanh nghiệp',
    unitOfMeasureEn: 'enterprises',
    components: [
      count(
        'new_enterprises',
        'Số doanh nghiệp đăng ký thành lập mới',
        'Newly registered enterprises',
        U.enterprises,
        {
          scope: 'lead',
          warnAbove: 20_000,
          hintVi: 'Theo hệ thống đăng ký doanh nghiệp.',
          hintEn: 'From the business registration system.',
        },
      ),
      count(
        'innovative_startups',
        'Trong đó: doanh nghiệp khởi nghiệp sáng tạo',
        'Of which: innovative start-ups',
        U.enterprises,
        { role: 'register', register: 'enterprises', warnAbove: 500 },
      ),
      count(
        'st_enterprises',
        'Doanh nghiệp KH&CN được cấp chứng nhận trong năm',
        'S&T enterprises certified this year',
        U.enterprises,
        { role: 'register', register: 'enterprises', required: false, warnAbove: 100 },
      ),
    ],
    headline: { kind: 'component', key: 'new_enterprises' },
    aggregation: 'recompute',
    crossRules: [
      partOfWhole(
        'innovative_startups',
        'new_enterprises',
        'Số doanh nghiệp khởi nghiệp sáng tạo',
        'số doanh nghiệp mới',
      ),
    ],
    targets: [
      related(
        'D.2',
        'innovative_startups',
        'D.2 là SỐ LŨY KẾ doanh nghiệp khởi nghiệp sáng tạo; IV.6 đếm doanh nghiệp mới trong năm.',
      ),
      related(
        'C.1',
        'st_enterprises',
        'C.1 là SỐ LŨY KẾ doanh nghiệp KH&CN trên địa bàn; IV.6 đếm doanh nghiệp được cấp chứng nhận trong năm.',
      ),
    ],
    methodVi: 'Số doanh nghiệp mới do Sở Tài chính cung cấp; số khởi nghiệp sáng tạo do Sở KH&CN kê khai.',
    methodEn:
      'New enterprises from the Department of Finance; innovative start-ups reported by the S&T department.',
    reportingVi:
      'Số doanh nghiệp đăng ký mới là số của Sở Tài chính (hệ thống đăng ký doanh nghiệp). Khởi nghiệp sáng tạo và doanh nghiệp KH&CN đếm từ danh sách doanh nghiệp (mã số thuế), mỗi doanh nghiệp một lần.',
    reportingEn:
      "New registrations are the Department of Finance's figure (business registration). Innovative start-ups and S&T enterprises are counted from the list of enterprises (tax code), each once.",
  }),
  indicator({
    code: 'IV.7',
    nameVi: 'Giá trị tiết kiệm được do thay thế hàng hóa nhập khẩu bằng sản phẩm trong nước',
    nameEn: 'Savings from replacing imported goods with domestic products',
    leadUnitVi: 'Sở Công Thương',
    leadUnitId: 'so-cong-thuong',
    cooperatingVi: 'Sở Khoa học và Công nghệ',
    cooperatingUnitIds: ['so-khcn'],
    cooperatingCategories: [],
    unitOfMeasureVi: 'triệu đồng',
    unitOfMeasureEn: 'million VND',
    components: [
      money('savings', 'Giá trị tiết kiệm do thay thế hàng nhập khẩu', 'Savings from replacing imports'),
      count('products', 'Số sản phẩm thay thế hàng nhập khẩu', 'Products replacing imports', U.products, {
        required: false,
      }),
    ],
    headline: { kind: 'component', key: 'savings' },
    aggregation: 'sum',
    methodVi: 'Tiết kiệm = (giá nhập khẩu − giá sản phẩm trong nước) × sản lượng thay thế năm 2026.',
    methodEn: 'Savings = (import price − domestic price) × quantity substituted in 2026.',
    reportingVi: 'Cộng: mỗi sản phẩm do đơn vị sản xuất hoặc quản lý kê khai.',
    reportingEn: 'Added: each product is reported by the unit producing or managing it.',
  }),
  indicator({
    code: 'IV.8',
    nameVi: 'Giá trị chi phí tiết kiệm được do thay thế thiết bị nhập khẩu bằng thiết bị trong nước',
    nameEn: 'Cost savings from replacing imported equipment with domestic equipment',
    leadUnitVi: 'Sở Công Thương',
    leadUnitId: 'so-cong-thuong',
    cooperatingVi: 'Sở Khoa học và Công nghệ',
    cooperatingUnitIds: ['so-khcn'],
    cooperatingCategories: [],
    unitOfMeasureVi: 'triệu đồng',
    unitOfMeasureEn: 'million VND',
    components: [
      money(
        'savings',
        'Chi phí tiết kiệm do thay thế thiết bị nhập khẩu',
        'Savings from replacing imported equipment',
      ),
      count(
        'equipment',
        'Số thiết bị trong nước thay thế',
        'Domestic equipment items used instead',
        U.items,
        {
          required: false,
        },
      ),
    ],
    headline: { kind: 'component', key: 'savings' },
    aggregation: 'sum',
    methodVi:
      'Tiết kiệm = (giá thiết bị nhập khẩu tương đương − giá thiết bị trong nước) cho thiết bị đưa vào sử dụng năm 2026.',
    methodEn: 'Savings = (equivalent import price − domestic price) of equipment put into use in 2026.',
    reportingVi: 'Cộng: mỗi thiết bị do đơn vị sử dụng kê khai.',
    reportingEn: 'Added: each item is reported by the unit using it.',
  }),
  indicator({
    code: 'IV.9',
    nameVi: 'Tỷ lệ tham gia chuỗi giá trị sản xuất trong nước và quốc tế của sản phẩm',
    nameEn: 'Share of products taking part in domestic and international production value chains',
    leadUnitVi: 'Sở Công Thương',
    leadUnitId: 'so-cong-thuong',
    cooperatingVi: 'Sở Khoa học và Công nghệ',
    cooperatingUnitIds: ['so-khcn'],
    cooperatingCategories: [],
    unitOfMeasureVi: '%',
    unitOfMeasureEn: '%',
    components: [
      count('products', 'Số sản phẩm được đánh giá', 'Products assessed', U.products),
      count('in_value_chains', 'Trong đó: tham gia chuỗi giá trị', 'Of which: in value chains', U.products),
      count(
        'in_global_chains',
        'Trong đó: tham gia chuỗi giá trị quốc tế',
        'Of which: in international value chains',
        U.products,
        {
          required: false,
        },
      ),
    ],
    headline: { kind: 'formula' },
    formula: formula('SHARE', ['in_value_chains', 'products'], 'percent', U.percent),
    aggregation: 'recompute',
    crossRules: [
      partOfWhole('in_value_chains', 'products', 'Số sản phẩm tham gia chuỗi', 'số sản phẩm được đánh giá'),
      partOfWhole(
        'in_global_chains',
        'in_value_chains',
        'Số sản phẩm trong chuỗi quốc tế',
        'số sản phẩm tham gia chuỗi',
      ),
    ],
    methodVi:
      'Tỷ lệ = Σ sản phẩm là đầu vào/đầu ra của chuỗi cung ứng có hợp đồng ÷ Σ sản phẩm được đánh giá.',
    methodEn: 'Share = Σ products supplied under contract within a supply chain ÷ Σ products assessed.',
    reportingVi: 'Cộng: mỗi sản phẩm do đơn vị đánh giá kê khai.',
    reportingEn: 'Added: each product is reported by the assessing unit.',
  }),
  indicator({
    code: 'IV.10',
    nameVi: 'Giá trị kinh tế đối với các doanh nghiệp không trực tiếp tham gia',
    nameEn: 'Economic value for enterprises not directly involved',
    leadUnitVi: 'Sở Tài chính',
    leadUnitId: 'so-tai-chinh',
    cooperatingVi: 'Sở Khoa học và Công nghệ, các cơ quan, đơn vị liên quan',
    cooperatingUnitIds: ['so-khcn'],
    cooperatingCategories: ['department'],
    unitOfMeasureVi: 'triệu đồng',
    unitOfMeasureEn: 'million VND',
    components: [
      money('spillover_value', 'Giá trị kinh tế lan tỏa ước tính', 'Estimated spillover value'),
      count(
        'beneficiaries',
        'Số doanh nghiệp hưởng lợi gián tiếp',
        'Indirectly benefiting enterprises',
        U.enterprises,
        {
          required: false,
        },
      ),
      text('estimate_method', 'Cách ước tính', 'How it was estimated', {
        hintVi: 'Nêu nguồn số liệu và giả định.',
        hintEn: 'State the data sources and assumptions.',
      }),
    ],
    headline: { kind: 'component', key: 'spillover_value' },
    aggregation: 'sum',
    methodVi:
      'Ước tính giá trị tăng thêm (doanh thu, chi phí tiết kiệm) ở doanh nghiệp không tham gia nhiệm vụ nhưng dùng lại kết quả.',
    methodEn:
      'Estimated added value (revenue, savings) in enterprises that did not take part but reuse the results.',
    reportingVi:
      'Cộng: mỗi ước tính do đơn vị quản lý nhiệm vụ kê khai; cách ước tính được giữ làm minh chứng.',
    reportingEn:
      'Added: each estimate is reported by the unit managing the task; the method is kept as evidence.',
  }),
];

const DEPARTMENTS_CONCERNED = 'Các sở, ban, ngành liên quan';

const GROUP_V: Indicator[] = [
  indicator({
    code: 'V.1',
    nameVi: 'Số lượng nhân lực khoa học, công nghệ và đổi mới sáng tạo được đào tạo, bồi dưỡng',
    nameEn: 'Number of S&T and innovation personnel trained',
    leadUnitVi: 'Sở Nội vụ',
    leadUnitId: 'so-noi-vu',
    cooperatingVi: 'Sở Khoa học và Công nghệ',
    cooperatingUnitIds: ['so-khcn'],
    cooperatingCategories: [],
    unitOfMeasureVi: 'lượt người',
    unitOfMeasureEn: 'person-trainings',
    components: [
      count('trained', 'Số lượt người được đào tạo, bồi dưỡng', 'Person-trainings', U.trainees, {
        warnAbove: 10_000,
      }),
      count(
        'postgraduate',
        'Trong đó: lượt đào tạo thạc sĩ, tiến sĩ',
        'Of which: master’s and doctoral person-trainings',
        U.trainees,
        {
          required: false,
          warnAbove: 500,
        },
      ),
    ],
    headline: { kind: 'component', key: 'trained' },
    aggregation: 'sum',
    crossRules: [
      partOfWhole('postgraduate', 'trained', 'Số lượt đào tạo sau đại học', 'tổng số lượt đào tạo'),
    ],
    methodVi:
      'Đếm lượt người hoàn thành khóa đào tạo, bồi dưỡng về KH, CN & ĐMST trong năm 2026; đơn vị tổ chức khóa học kê khai.',
    methodEn: 'Count completions of S&T and innovation training in 2026, reported by the organising unit.',
    reportingVi: 'Cộng: mỗi khóa đào tạo do đơn vị tổ chức kê khai.',
    reportingEn: 'Added: each course is reported by the organising unit.',
  }),
  indicator({
    code: 'V.2',
    nameVi: 'Số lượng việc làm mới được tạo ra',
    nameEn: 'Number of new jobs created',
    leadUnitVi: 'Sở Nội vụ',
    leadUnitId: 'so-noi-vu',
    cooperatingVi: 'Sở Khoa học và Công nghệ',
    cooperatingUnitIds: ['so-khcn'],
    cooperatingCategories: [],
    unitOfMeasureVi: 'việc làm',
    unitOfMeasureEn: 'jobs',
    components: [
      count(
        'new_jobs',
        'Số việc làm mới từ hoạt động KH, CN & ĐMST',
        'New jobs from S&T and innovation activities',
        U.jobs,
        { role: 'official', crossCheck: 'parts', warnAbove: 20_000 },
      ),
      count('new_jobs_female', 'Trong đó: lao động nữ', 'Of which: held by women', U.jobs, {
        role: 'official',
        crossCheck: 'parts',
        required: false,
        warnAbove: 20_000,
      }),
      count('new_jobs_male', 'Trong đó: lao động nam', 'Of which: held by men', U.jobs, {
        role: 'official',
        crossCheck: 'parts',
        required: false,
        warnAbove: 20_000,
      }),
    ],
    headline: { kind: 'component', key: 'new_jobs' },
    aggregation: 'sum',
    crossRules: [
      partsAddUp(
        ['new_jobs_female', 'new_jobs_male'],
        'new_jobs',
        'Số việc làm của nữ và của nam phải cộng lại bằng tổng số việc làm mới.',
        'Jobs held by women and by men must add up to all new jobs.',
      ),
    ],
    methodVi:
      'Đếm việc làm mới năm 2026 tại doanh nghiệp khởi nghiệp, doanh nghiệp KH&CN và dự án ứng dụng kết quả nghiên cứu.',
    methodEn: 'Count 2026 new jobs in start-ups, S&T enterprises and projects applying research results.',
    reportingVi:
      'Số của Sở Nội vụ (nguồn chính thức về lao động, việc làm); số việc làm Sở KH&CN kê khai nằm trong số đó, chỉ để đối chiếu.',
    reportingEn:
      "The Department of Home Affairs' figure (official for labour and jobs); the jobs the Department of Science and Technology reports are inside it, as a cross-check.",
  }),
  indicator({
    code: 'V.3',
    nameVi: 'Mức tăng năng suất lao động do ứng dụng kết quả nghiên cứu',
    nameEn: 'Labour productivity gain from applying research results',
    leadUnitVi: 'Thống kê tỉnh',
    leadUnitId: 'thong-ke',
    cooperatingVi: 'Sở Khoa học và Công nghệ',
    cooperatingUnitIds: ['so-khcn'],
    cooperatingCategories: [],
    unitOfMeasureVi: '% so với năm trước',
    unitOfMeasureEn: '% over the previous year',
    components: [
      decimal(
        'productivity_current',
        'Năng suất lao động năm 2026',
        'Labour productivity in 2026',
        U.productivity,
        BOUNDS.productivity,
        {
          scope: 'lead',
          hintVi:
            'Giá trị tăng thêm bình quân một lao động của các doanh nghiệp ứng dụng kết quả nghiên cứu (giá so sánh).',
          hintEn: 'Value added per worker of the enterprises applying research results (constant prices).',
        },
      ),
      decimal(
        'productivity_previous',
        'Năng suất lao động năm 2025',
        'Labour productivity in 2025',
        U.productivity,
        BOUNDS.productivity,
        {
          scope: 'lead',
        },
      ),
      count(
        'applying_enterprises',
        'Số doanh nghiệp ứng dụng kết quả nghiên cứu',
        'Enterprises applying research results',
        U.enterprises,
        { role: 'register', register: 'enterprises', required: false, warnAbove: 5_000 },
      ),
      text('method', 'Phương pháp và nguồn số liệu', 'Method and data source', {
        required: true,
        scope: 'lead',
      }),
    ],
    headline: { kind: 'formula' },
    formula: formula('GROWTH', ['productivity_current', 'productivity_previous'], 'percent', U.percent),
    aggregation: 'lead',
    methodVi:
      'Mức tăng = năng suất 2026 ÷ năng suất 2025 − 1, cùng nhóm doanh nghiệp ứng dụng kết quả nghiên cứu, giá so sánh.',
    methodEn: 'Gain = 2026 productivity ÷ 2025 productivity − 1, same panel of enterprises, constant prices.',
    reportingVi:
      'Năng suất lao động là số của Thống kê tỉnh (nguồn chính thức); số doanh nghiệp ứng dụng đếm từ danh sách doanh nghiệp.',
    reportingEn:
      "Productivity is the statistics office's figure (official); applying enterprises are counted from the list of enterprises.",
  }),
  indicator({
    code: 'V.4',
    nameVi:
      'Số lượng văn bản chiến lược, chính sách và pháp luật về KH, CN & ĐMST sử dụng kết quả nghiên cứu',
    nameEn: 'Number of strategy, policy and legal documents on S&T and innovation that use research results',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: 'Sở Tư Pháp, các sở, ban, ngành liên quan',
    cooperatingUnitIds: ['so-tu-phap'],
    cooperatingCategories: ['department'],
    unitOfMeasureVi: 'văn bản',
    unitOfMeasureEn: 'documents',
    components: [
      count(
        'documents',
        'Số văn bản sử dụng kết quả nghiên cứu',
        'Documents using research results',
        U.documents,
        { role: 'register', register: 'documents', warnAbove: 100 },
      ),
      textList(
        'document_list',
        'Danh sách văn bản và kết quả nghiên cứu được sử dụng',
        'Documents and the research results they use',
        U.list,
        { register: 'documents' },
      ),
    ],
    headline: { kind: 'component', key: 'documents' },
    aggregation: 'sum',
    methodVi:
      'Đếm văn bản ban hành năm 2026 có dẫn chiếu hoặc sử dụng kết quả nhiệm vụ KH&CN; cơ quan soạn thảo kê khai.',
    methodEn:
      'Count documents issued in 2026 citing or using S&T task results, reported by the drafting body.',
    reportingVi:
      'Đếm từ danh sách văn bản: văn bản do cơ quan soạn thảo và Sở Tư pháp cùng kê khai chỉ tính một lần.',
    reportingEn:
      'Counted from the list of documents: one reported by its drafting body and by the Department of Justice counts once.',
  }),
  indicator({
    code: 'V.5',
    nameVi: 'Mức độ cải thiện chất lượng cung ứng dịch vụ công',
    nameEn: 'Improvement in the quality of public service delivery',
    leadUnitVi: 'Văn phòng UBND tỉnh (Trung tâm Phục vụ HCC)',
    leadUnitId: 'vp-ubnd',
    cooperatingVi: DEPARTMENTS_CONCERNED,
    cooperatingUnitIds: [],
    cooperatingCategories: ['department'],
    unitOfMeasureVi: 'điểm (thang 0–100)',
    unitOfMeasureEn: 'points (0–100 scale)',
    components: improvementComponents(
      'Gợi ý: chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của tỉnh.',
      "Suggested: the province's satisfaction index of public administration services (SIPAS).",
    ),
    headline: { kind: 'formula' },
    formula: IMPROVEMENT,
    aggregation: 'lead',
    methodVi: 'Mức cải thiện = điểm 2026 − điểm kỳ gốc, cùng phương pháp (gợi ý: SIPAS quy về thang 0–100).',
    methodEn: 'Improvement = 2026 score − baseline score, same method (suggested: SIPAS on a 0–100 scale).',
    reportingVi:
      'Điểm đánh giá là số của đơn vị chủ trì (nguồn chính thức, một phương pháp đo); các sở phối hợp chỉ cung cấp minh chứng.',
    reportingEn:
      "Scores are the lead unit's (official, one method); cooperating departments give evidence only.",
  }),
  indicator({
    code: 'V.6',
    nameVi: 'Mức độ cải thiện khả năng tiếp cận dịch vụ xã hội',
    nameEn: 'Improvement in access to social services',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: DEPARTMENTS_CONCERNED,
    cooperatingUnitIds: [],
    cooperatingCategories: ['department'],
    unitOfMeasureVi: 'điểm (thang 0–100)',
    unitOfMeasureEn: 'points (0–100 scale)',
    components: improvementComponents(
      'Gợi ý: tỷ lệ người dân tiếp cận dịch vụ số y tế, giáo dục, bảo hiểm, giao thông (như chỉ tiêu B.9), tính bằng điểm %.',
      'Suggested: share of adults using digital health, education, insurance and transport services (as target B.9), in percentage points.',
    ),
    headline: { kind: 'formula' },
    formula: IMPROVEMENT,
    aggregation: 'lead',
    methodVi: 'Mức cải thiện = điểm 2026 − điểm kỳ gốc, cùng bộ chỉ số tiếp cận dịch vụ xã hội.',
    methodEn: 'Improvement = 2026 score − baseline score on the same access index.',
    reportingVi:
      'Điểm đánh giá là số của đơn vị chủ trì (nguồn chính thức, một phương pháp đo); các sở phối hợp chỉ cung cấp minh chứng.',
    reportingEn:
      "Scores are the lead unit's (official, one method); cooperating departments give evidence only.",
  }),
  indicator({
    code: 'V.7',
    nameVi:
      'Mức độ đóng góp vào bảo vệ môi trường và thực hiện các mục tiêu phát triển bền vững (SDGs) liên quan',
    nameEn: 'Contribution to environmental protection and the related Sustainable Development Goals (SDGs)',
    leadUnitVi: 'Sở Nông nghiệp và Môi trường',
    leadUnitId: 'so-nnmt',
    cooperatingVi: DEPARTMENTS_CONCERNED,
    cooperatingUnitIds: [],
    cooperatingCategories: ['department'],
    unitOfMeasureVi: 'điểm (thang 0–100)',
    unitOfMeasureEn: 'points (0–100 scale)',
    components: improvementComponents(
      'Gợi ý: điểm tổng hợp các chỉ tiêu SDG môi trường của tỉnh (nước sạch, xử lý chất thải, chất lượng không khí).',
      "Suggested: a composite of the province's environmental SDG indicators (clean water, waste treatment, air quality).",
    ),
    headline: { kind: 'formula' },
    formula: IMPROVEMENT,
    aggregation: 'lead',
    methodVi:
      'Mức đóng góp = điểm 2026 − điểm kỳ gốc của bộ chỉ tiêu SDG môi trường; nêu các kết quả KH&CN đóng góp.',
    methodEn:
      'Contribution = 2026 score − baseline on the environmental SDG set; list the S&T results that contributed.',
    reportingVi:
      'Điểm đánh giá là số của đơn vị chủ trì (nguồn chính thức, một phương pháp đo); các sở phối hợp chỉ cung cấp minh chứng.',
    reportingEn:
      "Scores are the lead unit's (official, one method); cooperating departments give evidence only.",
  }),
  indicator({
    code: 'V.8',
    nameVi: 'Mức độ cải thiện chất lượng và hiệu quả khai thác hạ tầng',
    nameEn: 'Improvement in the quality and efficiency of infrastructure use',
    leadUnitVi: 'Sở Khoa học và Công nghệ',
    leadUnitId: 'so-khcn',
    cooperatingVi: DEPARTMENTS_CONCERNED,
    cooperatingUnitIds: [],
    cooperatingCategories: ['department'],
    unitOfMeasureVi: 'điểm (thang 0–100)',
    unitOfMeasureEn: 'points (0–100 scale)',
    components: improvementComponents(
      'Gợi ý: điểm đánh giá hiệu suất sử dụng phòng thí nghiệm, trung tâm dữ liệu, hạ tầng số.',
      'Suggested: a utilisation score of laboratories, data centres and digital infrastructure.',
    ),
    headline: { kind: 'formula' },
    formula: IMPROVEMENT,
    aggregation: 'lead',
    methodVi: 'Mức cải thiện = điểm 2026 − điểm kỳ gốc về chất lượng và hiệu suất khai thác hạ tầng.',
    methodEn: 'Improvement = 2026 score − baseline score for infrastructure quality and utilisation.',
    reportingVi:
      'Điểm đánh giá là số của đơn vị chủ trì (nguồn chính thức, một phương pháp đo); các sở phối hợp chỉ cung cấp minh chứng.',
    reportingEn:
      "Scores are the lead unit's (official, one method); cooperating departments give evidence only.",
  }),
  indicator({
    code: 'V.9',
    nameVi: 'Mức độ thay đổi nhận thức và hành vi xã hội',
    nameEn: 'Change in social awareness and behaviour',
    leadUnitVi: 'Thống kê tỉnh',
    leadUnitId: 'thong-ke',
    cooperatingVi: DEPARTMENTS_CONCERNED,
    cooperatingUnitIds: [],
    cooperatingCategories: ['department'],
    unitOfMeasureVi: 'điểm (thang 0–100)',
    unitOfMeasureEn: 'points (0–100 scale)',
    components: improvementComponents(
      'Gợi ý: khảo sát nhận thức về KH, CN & ĐMST (tỷ lệ người trả lời có nhận thức, hành vi tích cực).',
      'Suggested: a survey of awareness of S&T and innovation (share of respondents with positive awareness and behaviour).',
    ),
    headline: { kind: 'formula' },
    formula: IMPROVEMENT,
    aggregation: 'lead',
    methodVi: 'Mức thay đổi = điểm khảo sát 2026 − điểm kỳ gốc, cùng bảng hỏi và phương pháp chọn mẫu.',
    methodEn: 'Change = 2026 survey score − baseline, same questionnaire and sampling.',
    reportingVi:
      'Điểm đánh giá là số của đơn vị chủ trì (nguồn chính thức, một phương pháp đo); các sở phối hợp chỉ cung cấp minh chứng.',
    reportingEn:
      "Scores are the lead unit's (official, one method); cooperating departments give evidence only.",
  }),
];

/** The 50 indicators in the plan's order. */
export const INDICATORS: readonly Indicator[] = [
  ...GROUP_I,
  ...GROUP_II,
  ...GROUP_III,
  ...GROUP_IV,
  ...GROUP_V,
];
