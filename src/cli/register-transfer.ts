/**
 * A file's register rows between the reading process and the CLI: sent as ONE JSON text and
 * parsed only when the consolidation asks for them, which it does for the files it uses. A unit
 * that resent its 7 600-row lists nine times keeps nine texts in memory, not nine sets of objects
 * (measured: less CPU and memory at 1 000 files; README, benchmark).
 */
import type { FileRecord } from '../domain/consolidation/run-files';
import type { ExtractedValues } from '../domain/validation/validate';

type Registers = NonNullable<ExtractedValues['registers']>;

/** The record with its register rows as text (`registersText`), ready to be sent. */
export function packRegisters(record: FileRecord): FileRecord {
  const values = record.analysis?.values;
  if (record.analysis === undefined || values?.registers === undefined) return record;
  const { registers, ...rest } = values;
  return {
    ...record,
    analysis: {
      ...record.analysis,
      values: { ...rest, registersText: JSON.stringify(registers) } as ExtractedValues,
    },
  };
}

/** Undoes packRegisters lazily: `values.registers` is parsed on first use, then kept. */
export function unpackRegisters(record: FileRecord): FileRecord {
  const values = record.analysis?.values as (ExtractedValues & { registersText?: string }) | undefined;
  const text = values?.registersText;
  if (values === undefined || text === undefined) return record;
  delete values.registersText;
  let parsed: Registers | undefined;
  Object.defineProperty(values, 'registers', {
    enumerable: true,
    configurable: true,
    get: () => (parsed ??= JSON.parse(text) as Registers),
  });
  return record;
}
