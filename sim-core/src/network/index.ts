/** The network kit's public surface for widgets and chapters. Re-exports only. */
export type { CdpMode, DvSwitch, DvsChange, HostNetwork, LabNetwork, NetworkEvent, PhysicalNic, StandardSwitch, TeamingPolicyId, TeamMove, TrafficPort, TrafficSample, UplinkSample } from './types';
export { TEAMING_LABELS, TEAMING_POLICIES, CDP_MODES } from './types';
export { NIOC_POOLS, NIOC_POOL_IDS, SHARES, type NiocPoolId } from './pools';
export { LBT_INTERVAL_MS, LBT_THRESHOLD } from './lbt';
export { hostSwitches, type SwitchView, type UplinkView, type PortGroupView, type DvPortView } from './view';
export { cdpFields, cdpNeighbour, type CdpNeighbour } from './cdp';
export { pingPath, type PathResult, type PathHop } from './path';
export { networkOf, vmknicsOf } from './state';
export { isVlan } from './vcenter';
export { currentUplinks, trafficHistory, recentTraffic, uplinkSeries, poolSeries, niocPools, lbtMoves, trafficPorts } from './selectors';
