// The TemplateServices of the add-in (Office.js): template writing and in-place validation share
// one reader memory, so the first check after "Chèn mẫu biểu" already reads in one round trip.
import type { TemplateServices } from '../app/ports';
import { IDENTITY_SHEET } from '../domain/template/identity';
import { createValidationHost } from './marks';
import type { ExcelRun } from './services';
import { createTemplateHost } from './template-writer';

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

export function createTemplateServices(run: ExcelRun = defaultRun): TemplateServices {
  const validation = createValidationHost(run);
  const writer = createTemplateHost(run);
  return {
    templates: {
      inspect: (sheetNames) => writer.inspect(sheetNames),
      writeTemplate: async (layout, opts) => {
        const result = await writer.writeTemplate(layout, opts);
        validation.remember({
          names: layout.inputs.map((i) => i.name),
          identity: layout.sheets.some((s) => s.name === IDENTITY_SHEET),
        });
        return result;
      },
    },
    validation,
  };
}
