// Composition root of the shared-runtime page: waits for Office, builds the host port and the
// Office.js services, and renders the task pane with them injected. The only file that wires
// src/excel into src/taskpane (ESLint forbids the task pane from importing src/excel).
import { createRoot } from 'react-dom/client';
import type { ConsolidationServices, ExcelServices, TemplateServices, XlsxTools } from './app/ports';
import { createConsolidationHost } from './excel/consolidation-writer';
import { createHostInfo } from './excel/host';
import { createExcelServices } from './excel/services';
import { createTemplateServices } from './excel/template-services';
import { App } from './taskpane/App';

let xlsxTools: Promise<XlsxTools> | undefined;

/** The xlsx chunk (exceljs), fetched on first use only; a failed fetch is tried again next time. */
function loadXlsx(): Promise<XlsxTools> {
  xlsxTools ??= import(/* webpackChunkName: "xlsx" */ './xlsx/pane-tools').then(
    (m) => m.createXlsxTools(),
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
  const templates: TemplateServices | null = host.kind === 'excel' ? createTemplateServices() : null;
  const consolidation: ConsolidationServices | null =
    host.kind === 'excel' ? { host: createConsolidationHost(), loadXlsx } : null;
  const root = document.getElementById('root');
  if (root)
    createRoot(root).render(
      <App host={host} services={services} templates={templates} consolidation={consolidation} />,
    );
}

if (typeof Office === 'undefined') {
  // office.js did not load (offline or a plain browser without the CDN): explain instead of a blank page.
  render(undefined);
} else {
  void Office.onReady(render);
}
