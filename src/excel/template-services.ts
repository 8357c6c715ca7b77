// The TemplateServices of the add-in (Office.js): template writing and in-place validation.
import type { TemplateServices } from '../app/ports';
import { createValidationHost } from './marks';
import type { ExcelRun } from './services';
import { createTemplateHost } from './template-writer';

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

export function createTemplateServices(run: ExcelRun = defaultRun): TemplateServices {
  const writer = createTemplateHost(run);
  return {
    templates: {
      inspect: (sheetNames) => writer.inspect(sheetNames),
      writeTemplate: (layout, opts) => writer.writeTemplate(layout, opts),
    },
    validation: createValidationHost(run),
  };
}
