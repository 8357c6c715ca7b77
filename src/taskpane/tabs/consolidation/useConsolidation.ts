// The tab's flow, one per ConsolidationServices for the life of the pane: switching to another tab
// and back keeps the picked files, a reading in progress and the result.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ConsolidationServices } from '../../../app/ports';
import type { Catalog } from '../../../domain/catalog';
import { ConsolidationFlow, type FlowState } from './flow';

const flows = new WeakMap<ConsolidationServices, ConsolidationFlow>();

/** The flow of these services (created on first use, with the registry in use then). */
export function flowFor(services: ConsolidationServices, catalog: Catalog): ConsolidationFlow {
  let flow = flows.get(services);
  if (!flow) {
    flow = new ConsolidationFlow({ services, catalog });
    flows.set(services, flow);
  }
  return flow;
}

export function useConsolidation(
  services: ConsolidationServices,
  catalog: Catalog,
): { flow: ConsolidationFlow; state: FlowState } {
  const flow = useMemo(() => flowFor(services, catalog), [services, catalog]);
  // Another registry loaded: the files already read are consolidated again with it.
  useEffect(() => flow.setCatalog(catalog), [flow, catalog]);
  const state = useSyncExternalStore(flow.subscribe, flow.getState, flow.getState);
  // The tab is open: files are coming, so the reading code and its workers start now.
  useEffect(() => flow.prepare(), [flow]);
  return { flow, state };
}
