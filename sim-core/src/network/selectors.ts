/**
 * What widgets and scenario goals read: the network now and its recent past. Pure; no widget
 * should need to look into the state's shape beyond these.
 */
import type { LabState } from '../lab/types';
import { NIOC_POOLS, type NiocPoolId } from './pools';
import { networkOf, pickDvSwitch } from './state';
import { allUplinks } from './traffic';
import type { PoolSetting, TeamMove, TrafficSample, UplinkSample } from './types';

/** Each dvSwitch uplink of a host as the traffic model has it right now (no tick needed). */
export function currentUplinks(lab: LabState, hostId: string): Record<string, UplinkSample> {
  const network = networkOf(lab);
  const traffic = network?.traffic;
  const dvs = network && traffic ? pickDvSwitch(network, traffic.dvSwitch) : undefined;
  if (!traffic || !dvs) return {};
  return allUplinks(lab, dvs, traffic)[hostId] ?? {};
}

/** The last 60 simulated seconds, one sample a second, oldest first (empty before the first tick). */
export const trafficHistory = (lab: LabState): readonly TrafficSample[] => networkOf(lab).traffic?.history ?? [];

/** Per-uplink series for an LBT chart: utilisation 0-1 per second of one host's uplinks. */
export function utilisationSeries(lab: LabState, hostId: string): { t: number; byUplink: Record<string, number> }[] {
  return trafficHistory(lab).map((sample) => ({
    t: sample.t,
    byUplink: Object.fromEntries(Object.entries(sample.hosts[hostId] ?? {}).map(([vmnic, u]) => [vmnic, u.capacityMbps > 0 ? u.totalMbps / u.capacityMbps : 0])),
  }));
}

/** Per-pool series for a NIOC chart: Mb/s per pool on one uplink (or summed over the host's uplinks). */
export function poolSeries(lab: LabState, hostId: string, vmnic?: string): { t: number; byPool: Record<NiocPoolId, number> }[] {
  return trafficHistory(lab).map((sample) => {
    const uplinks = Object.entries(sample.hosts[hostId] ?? {}).filter(([name]) => vmnic === undefined || name === vmnic);
    const byPool = Object.fromEntries(NIOC_POOLS.map((pool) => [pool.id, uplinks.reduce((sum, [, u]) => sum + u.byPool[pool.id], 0)])) as Record<NiocPoolId, number>;
    return { t: sample.t, byPool };
  });
}

/** NIOC settings of the dvSwitch with the vSphere Client's labels. */
export function niocPools(lab: LabState, dvSwitch?: string): { enabled: boolean; pools: (PoolSetting & { id: NiocPoolId; label: string })[] } | null {
  const network = networkOf(lab);
  const dvs = network && pickDvSwitch(network, dvSwitch);
  if (!dvs) return null;
  return { enabled: dvs.nioc.enabled, pools: NIOC_POOLS.map((pool) => ({ id: pool.id, label: pool.label, ...dvs.nioc.pools[pool.id] })) };
}

/** LBT's moves, oldest first (the last 20), optionally of one host. */
export function lbtMoves(lab: LabState, hostId?: string): TeamMove[] {
  return (networkOf(lab).traffic?.moves ?? []).filter((move) => hostId === undefined || move.host === hostId);
}

/** The dvPorts with their demand and current uplink, for the demand controls. */
export function trafficPorts(lab: LabState, hostId: string) {
  const traffic = networkOf(lab).traffic;
  return (traffic?.ports ?? []).filter((port) => port.host === hostId).map((port) => ({ ...port, uplink: traffic?.placement[hostId]?.[port.id] ?? null }));
}
