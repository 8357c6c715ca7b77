// The tab's flow, one per ConsolidationServices for the life of the pane: switching to another tab
// and back keeps the picked files, a reading in progress and the result.
import { useMemo, useSyncExternalStore } from 'react';
import type { ConsolidationServices } from '../../../app/ports';
import type { Catalog } from '../../../domain/catalog';
import { ConsolidationFlow, type FlowState } from './flow';

const flows = new WeakMap<ConsolidationServices, ConsolidationFlow>();

/** The flow of these services (created on first use). */
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
  const state = useSyncExternalStore(flow.subscribe, flow.getState, flow.getState);
  return { flow, state };
}
