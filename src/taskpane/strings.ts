// Every UI string of the task pane, Vietnamese first, English second. Components read them via
// useStrings() (i18n.tsx); no UI text is written inline in components.
import type { FeatureId, TabId } from './features';

export type Lang = 'vi' | 'en';

export interface PanelText {
  title: string;
  /** What the tab does (or will do): one paragraph per entry. */
  body: readonly string[];
}

export interface Strings {
  appName: string;
  /** Accessible label of the language switch, and its visible text (the OTHER language). */
  switchLanguageLabel: string;
  switchLanguage: string;
  loadingWorkbook: string;
  workbook: (name: string, sheetCount: number) => string;
  unsavedWorkbook: string;
  workbookError: string;
  tabsLabel: string;
  tabs: Record<TabId, string>;
  panels: Record<TabId, PanelText>;
  comingSoon: string;
  targetsFacts: { title: string; items: readonly string[] };
  features: Record<FeatureId, string>;
  unavailableTitle: string;
  /** e.g. "Mẫu biểu: cần ExcelApi 1.8 (kiểm tra dữ liệu nhập)". */
  unavailableTab: (tab: string, feature: string, set: string, version: string) => string;
  unavailableHint: string;
  outsideTitle: string;
  outsideBody: readonly string[];
}

const vi: Strings = {
  appName: 'Đánh giá KH, CN & ĐMST 2026 – Bắc Ninh',
  switchLanguageLabel: 'Chuyển sang tiếng Anh',
  switchLanguage: 'English',
  loadingWorkbook: 'Đang đọc sổ làm việc…',
  workbook: (name, n) => `Sổ làm việc: ${name} · ${n} trang tính`,
  unsavedWorkbook: '(chưa lưu)',
  workbookError: 'Không đọc được thông tin sổ làm việc.',
  tabsLabel: 'Chức năng',
  tabs: { templates: 'Mẫu biểu', validation: 'Kiểm tra', consolidation: 'Tổng hợp', targets: 'Chỉ tiêu' },
  panels: {
    templates: {
      title: 'Mẫu biểu thu thập số liệu',
      body: [
        'Tạo trong sổ làm việc này mẫu biểu của từng đơn vị: danh sách chỉ số được giao (chủ trì, phối hợp), ô nhập số liệu có kiểm tra dữ liệu nhập, ghi chú cách tính và từ điển chỉ số.',
        'Mẫu biểu được khóa phần tiêu đề để đơn vị chỉ nhập vào các ô cho phép.',
      ],
    },
    validation: {
      title: 'Kiểm tra số liệu',
      body: [
        'Kiểm tra số liệu đã nhập: ô bỏ trống, số âm, số nhập dưới dạng văn bản (1.234,5 hay 1,234.5), tỷ lệ vượt 100 %, FTE lớn hơn số người.',
        'Mỗi lỗi chỉ rõ trang tính, ô và chỉ số; bấm vào lỗi để đi tới ô đó.',
      ],
    },
    consolidation: {
      title: 'Tổng hợp số liệu các đơn vị',
      body: [
        'Gộp các tệp số liệu của sở, ngành, xã, phường gửi về thành bảng tổng hợp cấp tỉnh.',
        'Tỷ lệ cấp tỉnh được tính bằng tổng tử số chia tổng mẫu số (không lấy trung bình tỷ lệ của các đơn vị); chỉ số H tính trên danh sách bài báo đã gộp và loại trùng.',
      ],
    },
    targets: {
      title: 'Chỉ tiêu và báo cáo',
      body: [
        'So sánh kết quả tổng hợp với chỉ tiêu của Kế hoạch 17/KH-UBND (thực hiện Nghị quyết 57-NQ/TW) và lập báo cáo đánh giá.',
        'Chỉ tiêu đọc từ bản quét có độ tin cậy thấp sẽ được đánh dấu rõ, không trình bày như số liệu chắc chắn.',
      ],
    },
  },
  comingSoon: 'Chức năng này sẽ có trong các phiên bản tiếp theo.',
  targetsFacts: {
    title: 'Mốc thời gian',
    items: [
      'Các đơn vị gửi số liệu về Sở Khoa học và Công nghệ trước ngày 05/12/2026.',
      'Sở Khoa học và Công nghệ báo cáo UBND tỉnh và Bộ Khoa học và Công nghệ trước ngày 25/12/2026.',
      '50 chỉ số đánh giá thuộc 5 nhóm tiêu chí: đầu vào, khoa học, công nghệ, kinh tế, xã hội.',
    ],
  },
  features: {
    dataValidation: 'kiểm tra dữ liệu nhập – Data Validation',
    changeEvents: 'theo dõi thay đổi trong ô',
    insertWorksheets: 'chèn trang tính từ tệp',
    workbookInfo: 'đọc thông tin sổ làm việc',
  },
  unavailableTitle: 'Một số chức năng không dùng được trên phiên bản Excel này',
  unavailableTab: (tab, feature, set, version) => `${tab}: cần ${set} ${version} (${feature}).`,
  unavailableHint: 'Hãy dùng Excel cho Microsoft 365 (Windows, Mac) hoặc Excel trên web.',
  outsideTitle: 'Bổ trợ này chạy trong Excel',
  outsideBody: [
    'Bổ trợ này chạy trong Excel. Hãy mở nó từ Excel (Trang đầu → Bổ trợ) trên máy tính hoặc Excel trên web.',
    'Trang này đang được mở ngoài Excel nên các chức năng không hoạt động.',
  ],
};

const en: Strings = {
  appName: 'S&T and Innovation Evaluation 2026 – Bac Ninh',
  switchLanguageLabel: 'Switch to Vietnamese',
  switchLanguage: 'Tiếng Việt',
  loadingWorkbook: 'Reading the workbook…',
  workbook: (name, n) => `Workbook: ${name} · ${n} sheet${n === 1 ? '' : 's'}`,
  unsavedWorkbook: '(unsaved)',
  workbookError: 'Could not read the workbook information.',
  tabsLabel: 'Functions',
  tabs: { templates: 'Templates', validation: 'Checks', consolidation: 'Consolidation', targets: 'Targets' },
  panels: {
    templates: {
      title: 'Data collection templates',
      body: [
        "Creates each reporting unit's template in this workbook: its assigned indicators (lead, cooperating), input cells with data validation, calculation notes and the indicator dictionary.",
        'Header cells are locked so that units only type into the allowed cells.',
      ],
    },
    validation: {
      title: 'Data checks',
      body: [
        'Checks the entered data: blank cells, negative numbers, numbers typed as text (1.234,5 or 1,234.5), shares above 100 %, FTE above headcount.',
        'Each issue names the sheet, cell and indicator; click it to go to the cell.',
      ],
    },
    consolidation: {
      title: 'Consolidating the units’ data',
      body: [
        'Merges the files sent by departments, communes and wards into the provincial table.',
        'Provincial ratios are the sum of numerators over the sum of denominators (never a mean of unit rates); the h-index is computed on the merged, de-duplicated list of papers.',
      ],
    },
    targets: {
      title: 'Targets and report',
      body: [
        'Compares the consolidated results with the targets of Plan 17/KH-UBND (implementing Resolution 57-NQ/TW) and drafts the evaluation report.',
        'Targets read from the scan with low confidence are flagged as such, never shown as certain.',
      ],
    },
  },
  comingSoon: 'This function comes in a later version.',
  targetsFacts: {
    title: 'Deadlines',
    items: [
      'Units send their data to the Department of Science and Technology before 05/12/2026.',
      'The Department reports to the Provincial People’s Committee and the Ministry before 25/12/2026.',
      '50 evaluation indicators in 5 groups: input, science, technology, economic, social.',
    ],
  },
  features: {
    dataValidation: 'data validation',
    changeEvents: 'cell change events',
    insertWorksheets: 'inserting sheets from a file',
    workbookInfo: 'reading workbook information',
  },
  unavailableTitle: 'Some functions are not available in this version of Excel',
  unavailableTab: (tab, feature, set, version) => `${tab}: needs ${set} ${version} (${feature}).`,
  unavailableHint: 'Use Excel for Microsoft 365 (Windows, Mac) or Excel on the web.',
  outsideTitle: 'This add-in runs in Excel',
  outsideBody: [
    'This add-in runs in Excel. Open it from Excel (Home → Add-ins) on the desktop or Excel on the web.',
    'This page is open outside Excel, so its functions do not work.',
  ],
};

export const STRINGS: Record<Lang, Strings> = { vi, en };
