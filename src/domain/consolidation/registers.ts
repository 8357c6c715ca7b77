/**
 * The registers of the used files, each de-duplicated over the units (domain/registers/union.ts):
 * one union per register that any used file lists; rows of superseded or rejected files never
 * count, and neither do a unit's rows twice.
 */
import { REGISTERS } from '../registers/definitions';
import { unionRegister, type RegisterUnion, type ReportedRow } from '../registers/union';
import { submitterId, type FileRecord } from './run-files';

export function unionRegisters(records: readonly FileRecord[]): RegisterUnion[] {
  return REGISTERS.flatMap((def) => {
    const reported: ReportedRow[] = records.flatMap((r) => {
      const rows = r.use === 'used' && r.unit ? r.analysis?.values.registers?.[def.key] : undefined;
      const unitId = submitterId(r);
      return rows === undefined || unitId === undefined ? [] : rows.map((row) => ({ unitId, row }));
    });
    return reported.length === 0 ? [] : [unionRegister(def, reported)];
  });
}
