/**
 * What widgets and scenario goals read: the network now and its recent past. Pure; no widget
 * should need to look into the state's shape beyond these.
 */
import type { LabState } from '../lab/types';
import { NIOC_POOLS, type NiocPoolId } from './pools';
import { networkOf, pickDvSwitch } from './state';
import { allUplinks, SECOND } from './traffic';
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

/**
 * The last `count` seconds' samples, oldest first, ending at the newest sample (or, before the
 * first tick, at the lab's last sampled second, computed now): a chart's first frame has data.
 * Before its oldest sample the lab is taken to have run as it stood then. The model is steady
 * between changes (demands, shares, placement), so that is what it would have sampled, and a
 * preset's lab is described as it stands ("five VMs fill vmnic0"), not as it got there.
 * Empty when the lab has no traffic model (no dvSwitch).
 */
export function recentTraffic(lab: LabState, count: number): TrafficSample[] {
  const traffic = networkOf(lab).traffic;
  const dvs = traffic && pickDvSwitch(networkOf(lab), traffic.dvSwitch);
  if (!traffic || !dvs || count < 1) return [];
  const known = traffic.history.length ? traffic.history.slice(-count) : [{ t: traffic.lastSampleMs, hosts: allUplinks(lab, dvs, traffic) }];
  const [oldest] = known;
  const missing = count - known.length;
  return [...Array.from({ length: missing }, (_, i) => ({ t: oldest!.t - (missing - i) * SECOND, hosts: oldest!.hosts })), ...known];
}

/** Per-uplink series for an LBT chart: Mb/s carried per second on each of one host's uplinks, the last `count` seconds. */
export function uplinkSeries(lab: LabState, hostId: string, count: number): { t: number; byUplink: Record<string, number> }[] {
  return recentTraffic(lab, count).map((sample) => ({
    t: sample.t,
    byUplink: Object.fromEntries(Object.entries(sample.hosts[hostId] ?? {}).map(([vmnic, u]) => [vmnic, u.totalMbps])),
  }));
}

/** Per-pool series for a NIOC chart: Mb/s per pool on one uplink (or summed over the host's uplinks), the last `count` seconds. */
export function poolSeries(lab: LabState, hostId: string, count: number, vmnic?: string): { t: number; byPool: Record<NiocPoolId, number> }[] {
  return recentTraffic(lab, count).map((sample) => {
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
