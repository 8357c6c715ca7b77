// Composition root of the shared-runtime page: waits for Office, builds the host port and the
// Office.js services, and renders the task pane with them injected. The only file that wires
// src/excel into src/taskpane (ESLint forbids the task pane from importing src/excel).
import { createRoot } from 'react-dom/client';
import type {
  ConsolidationHost,
  ConsolidationServices,
  ExcelServices,
  RegistryStore,
  TemplateServices,
  XlsxTools,
} from './app/ports';
import type { EvaluationReport } from './domain/evaluation-report/model';
import { createHostInfo } from './excel/host';
import { createExcelServices } from './excel/services';
import { App } from './taskpane/App';

/** A value loaded once, on first use (the same promise afterwards). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= load());
}

// The template writer, in-place validation and report writer are fetched when first used, so
// the pane starts with the shell only.
const templateServices = once(async () =>
  (
    await import(/* webpackChunkName: "excel-templates" */ './excel/template-services')
  ).createTemplateServices(),
);
const consolidationHost = once(async () =>
  (
    await import(/* webpackChunkName: "excel-report" */ './excel/consolidation-writer')
  ).createConsolidationHost(),
);

const lazyTemplates: TemplateServices = {
  templates: {
    inspect: async (names) => (await templateServices()).templates.inspect(names),
    writeTemplate: async (layout, opts) => (await templateServices()).templates.writeTemplate(layout, opts),
  },
  validation: {
    read: async () => (await templateServices()).validation.read(),
    mark: async (plan) => (await templateServices()).validation.mark(plan),
    selectCell: async (sheet, address) => (await templateServices()).validation.selectCell(sheet, address),
    watch: async (sheet, onChange) => (await templateServices()).validation.watch(sheet, onChange),
  },
};
const registryStore = once(async () =>
  (await import(/* webpackChunkName: "excel-templates" */ './excel/registry-store')).createRegistryStore(),
);
const lazyRegistry: RegistryStore = {
  read: async () => (await registryStore()).read(),
  write: async (stored) => (await registryStore()).write(stored),
  clear: async () => (await registryStore()).clear(),
};

const lazyReportHost: ConsolidationHost = {
  writeReport: async (xlsx, report) => (await consolidationHost()).writeReport(xlsx, report),
  readTargetsSheet: async () => (await consolidationHost()).readTargetsSheet(),
  selectCell: async (sheet, address) => (await consolidationHost()).selectCell(sheet, address),
};

/** The reminder list (CSV), with the report writer's chunk. */
const remindersCsv: ConsolidationServices['remindersCsv'] = async (catalog, run) =>
  (await import(/* webpackChunkName: "report-writer" */ './xlsx/reminders-file')).remindersFile(
    catalog,
    run,
    'csv',
  );

/** A unit's feedback copy (exceljs, with the template writers' chunk). */
const feedbackWorkbook: ConsolidationServices['feedbackWorkbook'] = async (bytes, item) =>
  (await import(/* webpackChunkName: "feedback" */ './xlsx/feedback-writer')).feedbackWorkbook(bytes, item);

/** The evaluation report's writer (docx, ECharts), fetched when the office first asks for it. */
const writeEvaluation = async (report: EvaluationReport): Promise<Uint8Array> => {
  const m = await import(/* webpackChunkName: "evaluation" */ './docx/rasterize-canvas');
  return m.evaluationDocx(report, m.rasterizeWithCanvas);
};

let xlsxTools: Promise<XlsxTools> | undefined;

/** Read workers: two, or one per core on a larger machine (at most 4); the UI thread stays free. */
const READ_WORKERS = Math.max(2, Math.min(4, (navigator.hardwareConcurrency || 2) - 1));

/**
 * The xlsx chunk (the reader and the read-worker pool), fetched on first use only; a failed fetch
 * is tried again next time. Reading runs in Web Workers when the browser has them.
 */
function loadXlsx(): Promise<XlsxTools> {
  xlsxTools ??= import(/* webpackChunkName: "xlsx" */ './xlsx/pane-read-pool').then(
    (m) =>
      typeof Worker === 'undefined'
        ? import(/* webpackChunkName: "xlsx" */ './xlsx/pane-tools').then((t) => t.createXlsxTools())
        : m.createWorkerTools(
            () =>
              new Worker(new URL('./xlsx/pane-read-worker.ts', import.meta.url), { name: 'khcn-doc-tep' }),
            READ_WORKERS,
          ),
    (e: unknown) => {
      xlsxTools = undefined;
      throw e;
    },
  );
  return xlsxTools;
}

function render(info: { host: Office.HostType | null } | undefined): void {
  const host = createHostInfo(info);
  const services: ExcelServices | null = host.kind === 'excel' ? createExcelServices() : null;
  const templates: TemplateServices | null = host.kind === 'excel' ? lazyTemplates : null;
  const consolidation: ConsolidationServices | null =
    host.kind === 'excel'
      ? { host: lazyReportHost, loadXlsx, writeEvaluation, remindersCsv, feedbackWorkbook }
      : null;
  const root = document.getElementById('root');
  if (root)
    createRoot(root).render(
      <App
        host={host}
        services={services}
        templates={templates}
        consolidation={consolidation}
        registry={host.kind === 'excel' ? lazyRegistry : null}
      />,
    );
}

if (typeof Office === 'undefined') {
  // office.js did not load (offline or a plain browser without the CDN): explain instead of a blank page.
  render(undefined);
} else {
  void Office.onReady(render);
}
