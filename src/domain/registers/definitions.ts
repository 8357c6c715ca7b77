/**
 * The registers (danh sách): one row per paper, patent, task, enterprise, contract, document or
 * facility, instead of a typed count. Each register is an Excel table `KHCN_DS_<KEY>` on its own
 * sheet of the template; this module defines its columns, which column identifies an item across
 * units (the de-duplication key) and how an item without that key is matched (title + year, shown
 * as "có thể trùng", never merged). One definition for templates, validation and consolidation.
 */
import type { RegisterKey } from '../catalog/schema';

export type ColumnKind =
  | 'text'
  | 'doi'
  | 'issn'
  | 'year'
  /** Có / Không. */
  | 'yesNo'
  | 'enum'
  /** A whole number ≥ 0 (citations). */
  | 'count'
  /** Million VND ≥ 0. */
  | 'money'
  | 'date'
  | 'taxCode'
  /** 1–9. */
  | 'trl';

export interface RegisterColumn {
  key: string;
  headerVi: string;
  headerEn: string;
  kind: ColumnKind;
  required?: boolean;
  /** The drop-down's items ('enum'). */
  items?: readonly string[];
  /** Excel column width (characters). */
  width: number;
  /** The input prompt (Vietnamese), shown when the cell is selected. */
  promptVi: string;
}

export interface RegisterDef {
  key: RegisterKey;
  /** The Excel table's name: KHCN_DS_<KEY>. */
  table: string;
  sheetVi: string;
  nameVi: string;
  nameEn: string;
  columns: readonly RegisterColumn[];
  /** The columns whose normalised values together identify an item across units. */
  identity: readonly string[];
  /** Title and year columns, for matching rows without an identity ("có thể trùng"). */
  title: string;
  year: string;
  /** The unit whose values win when reporters disagree (the lead of the register's main indicator). */
  leadUnitId: string;
}

export const YES = 'Có';
export const NO = 'Không';
const YES_NO = [YES, NO] as const;

const col = (
  key: string,
  headerVi: string,
  headerEn: string,
  kind: ColumnKind,
  width: number,
  promptVi: string,
  more: Partial<RegisterColumn> = {},
): RegisterColumn => ({
  key,
  headerVi,
  headerEn,
  kind,
  width,
  promptVi,
  ...(kind === 'yesNo' ? { items: YES_NO } : {}),
  ...more,
});

/** "Sử dụng kết quả nghiên cứu" (Có / Không): what IV.5, V.3 and V.4 count. */
const usesResults = (promptVi: string): RegisterColumn =>
  col('usesResults', 'Sử dụng kết quả nghiên cứu', 'Uses research results', 'yesNo', 13, promptVi);

export const PUBLICATION_KINDS = [
  'Bài báo quốc tế',
  'Bài báo trong nước',
  'Sách chuyên khảo',
  'Giáo trình',
  'Tài liệu giảng dạy',
] as const;
export const QUARTILES = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
export const IP_KINDS = [
  'Sáng chế',
  'Giải pháp hữu ích',
  'Kiểu dáng công nghiệp',
  'Nhãn hiệu',
  'Giống cây trồng',
  'Thiết kế bố trí mạch tích hợp',
  'Khác',
] as const;
export const TASK_LEVELS = ['Quốc gia', 'Bộ, ngành', 'Tỉnh', 'Cơ sở'] as const;
export const ENTERPRISE_KINDS = [
  'Doanh nghiệp KH&CN',
  'Khởi nghiệp sáng tạo',
  'Có hoạt động ĐMST',
  'Khác',
] as const;
export const DOCUMENT_KINDS = [
  'Văn bản quy phạm pháp luật',
  'Chính sách, chương trình, đề án',
  'Khác',
] as const;
export const INFRASTRUCTURE_KINDS = [
  'Nhóm nghiên cứu mạnh',
  'Phòng thí nghiệm',
  'Cơ sở ĐMST',
  'Hạ tầng tính toán',
  'Khác',
] as const;
export const CONTRACT_KINDS = ['Chuyển giao công nghệ', 'Li-xăng, chuyển nhượng quyền SHTT'] as const;
export const CITATION_SOURCES = ['Web of Science', 'Scopus', 'Google Scholar', 'Khác'] as const;

export const REGISTERS: readonly RegisterDef[] = [
  {
    key: 'publications',
    table: 'KHCN_DS_PUBLICATIONS',
    sheetVi: 'DS Công bố',
    nameVi: 'Danh sách công bố khoa học',
    nameEn: 'Publications',
    identity: ['doi'],
    title: 'title',
    year: 'year',
    leadUnitId: 'so-khcn',
    columns: [
      col(
        'doi',
        'DOI',
        'DOI',
        'doi',
        28,
        'DOI của bài, ví dụ 10.1234/abcd.2026 (có thể dán cả https://doi.org/…).',
      ),
      col('title', 'Tên bài', 'Title', 'text', 48, 'Tên bài báo, sách hoặc giáo trình.', { required: true }),
      col('kind', 'Loại công bố', 'Kind', 'enum', 20, 'Chọn loại công bố.', {
        items: PUBLICATION_KINDS,
        required: true,
      }),
      col('journal', 'Tạp chí', 'Journal', 'text', 28, 'Tên tạp chí hoặc nhà xuất bản.'),
      col('issn', 'ISSN', 'ISSN', 'issn', 12, 'ISSN dạng 1234-567X.'),
      col('year', 'Năm xuất bản', 'Year', 'year', 10, 'Năm xuất bản (bốn chữ số).', { required: true }),
      col('indexed', 'WoS/Scopus', 'WoS/Scopus', 'yesNo', 11, 'Tạp chí thuộc Web of Science hoặc Scopus?'),
      col(
        'quartile',
        'Nhóm tạp chí (Q1–Q4)',
        'Quartile',
        'enum',
        12,
        'Phân vị JIF (Clarivate JCR) của năm xuất bản.',
        {
          items: QUARTILES,
        },
      ),
      col(
        'foreign',
        'Có đồng tác giả nước ngoài',
        'Foreign co-author',
        'yesNo',
        12,
        'Có tác giả thuộc tổ chức nước ngoài?',
      ),
      col('citations', 'Số trích dẫn', 'Citations', 'count', 10, 'Số lượt trích dẫn tại ngày tra cứu.'),
      col('source', 'Nguồn tra cứu', 'Citation source', 'enum', 16, 'Cơ sở dữ liệu đã tra số trích dẫn.', {
        items: CITATION_SOURCES,
      }),
      col('lookedUp', 'Ngày tra cứu', 'Looked up on', 'date', 12, 'Ngày tra số trích dẫn (dd/mm/yyyy).'),
      col(
        'group',
        'Nhóm nghiên cứu',
        'Research group',
        'text',
        22,
        'Nhóm nghiên cứu của tác giả (để tính chỉ số h theo nhóm).',
      ),
    ],
  },
  {
    key: 'ip',
    table: 'KHCN_DS_IP',
    sheetVi: 'DS Sở hữu trí tuệ',
    nameVi: 'Danh sách đơn và văn bằng sở hữu trí tuệ',
    nameEn: 'Intellectual property',
    identity: ['application'],
    title: 'title',
    year: 'filed',
    leadUnitId: 'so-khcn',
    columns: [
      col(
        'application',
        'Số đơn',
        'Application number',
        'text',
        18,
        'Số đơn do Cục SHTT cấp, ví dụ 1-2026-01234.',
      ),
      col('filed', 'Ngày nộp', 'Filed on', 'date', 12, 'Ngày nộp đơn (dd/mm/yyyy).', { required: true }),
      col('kind', 'Loại', 'Kind', 'enum', 20, 'Loại đối tượng sở hữu trí tuệ.', {
        items: IP_KINDS,
        required: true,
      }),
      col('title', 'Tên đối tượng', 'Title', 'text', 40, 'Tên sáng chế, nhãn hiệu, giống cây trồng…', {
        required: true,
      }),
      col('grant', 'Số bằng', 'Grant number', 'text', 14, 'Số văn bằng, nếu đã được cấp.'),
      col('granted', 'Ngày cấp', 'Granted on', 'date', 12, 'Ngày cấp văn bằng (dd/mm/yyyy).'),
      col('applicant', 'Chủ đơn', 'Applicant', 'text', 30, 'Tổ chức hoặc cá nhân đứng tên đơn.'),
    ],
  },
  {
    key: 'tasks',
    table: 'KHCN_DS_TASKS',
    sheetVi: 'DS Nhiệm vụ KH&CN',
    nameVi: 'Danh sách nhiệm vụ và kết quả KH&CN',
    nameEn: 'S&T tasks and results',
    identity: ['code'],
    title: 'title',
    year: 'year',
    leadUnitId: 'so-khcn',
    columns: [
      col('code', 'Mã nhiệm vụ', 'Task code', 'text', 16, 'Mã nhiệm vụ ghi trong quyết định phê duyệt.'),
      col('title', 'Tên nhiệm vụ', 'Title', 'text', 44, 'Tên nhiệm vụ.', { required: true }),
      col('level', 'Cấp quản lý', 'Level', 'enum', 14, 'Cấp quản lý nhiệm vụ.', {
        items: TASK_LEVELS,
        required: true,
      }),
      col('year', 'Năm nghiệm thu', 'Year accepted', 'year', 10, 'Năm nghiệm thu (bốn chữ số).'),
      col('trl', 'TRL', 'TRL', 'trl', 8, 'Mức sẵn sàng công nghệ 1–9 của kết quả.'),
      col('applied', 'Đã ứng dụng', 'Applied', 'yesNo', 11, 'Kết quả đã được ứng dụng?'),
      col(
        'commercialised',
        'Đã thương mại hoá',
        'Commercialised',
        'yesNo',
        13,
        'Kết quả đã được thương mại hoá?',
      ),
    ],
  },
  {
    key: 'enterprises',
    table: 'KHCN_DS_ENTERPRISES',
    sheetVi: 'DS Doanh nghiệp',
    nameVi: 'Danh sách doanh nghiệp',
    nameEn: 'Enterprises',
    identity: ['taxCode'],
    title: 'name',
    year: 'founded',
    leadUnitId: 'so-khcn',
    columns: [
      col('taxCode', 'Mã số thuế', 'Tax code', 'taxCode', 16, 'Mã số thuế 10 số (chi nhánh: thêm -xxx).'),
      col('name', 'Tên doanh nghiệp', 'Name', 'text', 40, 'Tên doanh nghiệp theo đăng ký kinh doanh.', {
        required: true,
      }),
      col('kind', 'Loại', 'Kind', 'enum', 22, 'Loại doanh nghiệp.', {
        items: ENTERPRISE_KINDS,
        required: true,
      }),
      col('founded', 'Năm thành lập', 'Founded', 'year', 10, 'Năm thành lập (bốn chữ số).'),
      col(
        'certified',
        'Năm được chứng nhận',
        'Certified in',
        'year',
        11,
        'Năm được cấp giấy chứng nhận doanh nghiệp KH&CN (nếu có).',
      ),
      usesResults('Doanh nghiệp có ứng dụng kết quả nghiên cứu KH&CN trong năm?'),
    ],
  },
  {
    key: 'contracts',
    table: 'KHCN_DS_CONTRACTS',
    sheetVi: 'DS Hợp đồng CGCN',
    nameVi: 'Danh sách hợp đồng chuyển giao công nghệ',
    nameEn: 'Technology-transfer contracts',
    identity: ['number'],
    title: 'title',
    year: 'signed',
    leadUnitId: 'so-khcn',
    columns: [
      col('number', 'Số hợp đồng', 'Contract number', 'text', 18, 'Số hợp đồng như ghi trên hợp đồng.'),
      col('signed', 'Ngày ký', 'Signed on', 'date', 12, 'Ngày ký hợp đồng (dd/mm/yyyy).', { required: true }),
      col(
        'kind',
        'Loại hợp đồng',
        'Kind',
        'enum',
        22,
        'Chuyển giao công nghệ, hay li-xăng / chuyển nhượng quyền SHTT.',
        {
          items: CONTRACT_KINDS,
          required: true,
        },
      ),
      col('title', 'Tên công nghệ', 'Technology', 'text', 36, 'Tên công nghệ được chuyển giao.', {
        required: true,
      }),
      col('seller', 'Bên giao', 'Seller', 'text', 28, 'Bên chuyển giao công nghệ.'),
      col('buyer', 'Bên nhận', 'Buyer', 'text', 28, 'Bên nhận chuyển giao.'),
      col(
        'buyerTaxCode',
        'Mã số thuế bên nhận',
        "Buyer's tax code",
        'taxCode',
        16,
        'Mã số thuế của bên nhận (nếu là doanh nghiệp).',
      ),
      col(
        'value',
        'Giá trị (triệu đồng)',
        'Value (million VND)',
        'money',
        14,
        'Giá trị hợp đồng, triệu đồng.',
      ),
    ],
  },
  {
    key: 'documents',
    table: 'KHCN_DS_DOCUMENTS',
    sheetVi: 'DS Văn bản',
    nameVi: 'Danh sách văn bản',
    nameEn: 'Documents',
    identity: ['number', 'issuer'],
    title: 'title',
    year: 'issued',
    leadUnitId: 'so-tu-phap',
    columns: [
      col('number', 'Số hiệu', 'Number', 'text', 18, 'Số, ký hiệu văn bản, ví dụ 12/2026/QĐ-UBND.'),
      col('issued', 'Ngày ban hành', 'Issued on', 'date', 12, 'Ngày ban hành (dd/mm/yyyy).', {
        required: true,
      }),
      col('issuer', 'Cơ quan ban hành', 'Issued by', 'text', 26, 'Cơ quan ban hành, ví dụ UBND tỉnh.', {
        required: true,
      }),
      col('kind', 'Loại', 'Kind', 'enum', 24, 'Loại văn bản.', { items: DOCUMENT_KINDS, required: true }),
      col('title', 'Trích yếu', 'Subject', 'text', 48, 'Trích yếu nội dung.', { required: true }),
      usesResults('Văn bản có sử dụng kết quả nghiên cứu KH&CN?'),
    ],
  },
  {
    key: 'infrastructure',
    table: 'KHCN_DS_INFRASTRUCTURE',
    sheetVi: 'DS Hạ tầng, nhóm NC',
    nameVi: 'Danh sách hạ tầng và nhóm nghiên cứu',
    nameEn: 'Infrastructure and research groups',
    identity: ['code'],
    title: 'name',
    year: 'year',
    leadUnitId: 'so-khcn',
    columns: [
      col('code', 'Mã', 'Code', 'text', 14, 'Mã do đơn vị chủ quản đặt (nếu có).'),
      col('name', 'Tên', 'Name', 'text', 40, 'Tên nhóm nghiên cứu, phòng thí nghiệm, cơ sở.', {
        required: true,
      }),
      col('kind', 'Loại', 'Kind', 'enum', 22, 'Loại hạ tầng.', {
        items: INFRASTRUCTURE_KINDS,
        required: true,
      }),
      col('owner', 'Đơn vị chủ quản', 'Owner', 'text', 30, 'Đơn vị chủ quản.'),
      col(
        'year',
        'Năm đưa vào hoạt động',
        'Year opened',
        'year',
        10,
        'Năm thành lập hoặc đưa vào hoạt động.',
      ),
      col(
        'value',
        'Giá trị trang thiết bị (triệu đồng)',
        'Equipment value (million VND)',
        'money',
        16,
        'Giá trị trang thiết bị, triệu đồng.',
      ),
    ],
  },
];

export function registerDef(key: RegisterKey): RegisterDef {
  const def = REGISTERS.find((r) => r.key === key);
  if (def === undefined) throw new RangeError(`unknown register ${key}`);
  return def;
}
