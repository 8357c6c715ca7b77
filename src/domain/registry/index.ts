export { normalizeTaxCode } from './tax-code';
export {
  OFFICE_FIELDS,
  parseOffice,
  parseRegistry,
  REGISTRY_COLUMNS,
  REGISTRY_SHEETS,
  registryWorkbook,
  withUnits,
  type RegistryParse,
  type RegistryWorkbook,
} from './registry';
