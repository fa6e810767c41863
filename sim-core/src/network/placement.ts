/**
 * Where each dvPort's traffic leaves the host: the static placement a teaming policy gives.
 * Load-Based Teaming starts from port-ID placement and then moves ports (traffic.ts).
 */
import { comparePortIds, initialPlacement, type Placement } from './lbt';
import type { DvPortgroup, DvSwitch, TeamingPolicyId, TrafficPort } from './types';

/** A small stable hash standing in for the MAC / IP hash of a port's traffic. */
function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

export function staticPlacement(policy: TeamingPolicyId, portIds: readonly string[], vmnics: readonly string[]): Placement {
  if (vmnics.length === 0) return {};
  switch (policy) {
    case 'portId':
    case 'loadBased':
      return initialPlacement(portIds, vmnics);
    case 'failoverOrder':
      return Object.fromEntries(portIds.map((id) => [id, vmnics[0]!]));
    case 'ipHash':
    case 'macHash':
      // One VM's flows to many addresses would spread with IP hash; one vNIC per port is modelled.
      return Object.fromEntries([...portIds].sort(comparePortIds).map((id) => [id, vmnics[hashOf(`${policy}:${id}`) % vmnics.length]!]));
  }
}

/** The vmnics behind a dvPortgroup's active uplinks on one host, in failover order. */
export function activeVmnics(dvs: DvSwitch, pg: DvPortgroup, hostId: string): string[] {
  const slots = dvs.hosts[hostId] ?? [];
  return pg.active.flatMap((uplink) => {
    const vmnic = slots[dvs.uplinkNames.indexOf(uplink)];
    return vmnic ? [vmnic] : [];
  });
}

export function standbyVmnics(dvs: DvSwitch, pg: DvPortgroup, hostId: string): string[] {
  const slots = dvs.hosts[hostId] ?? [];
  return pg.standby.flatMap((uplink) => {
    const vmnic = slots[dvs.uplinkNames.indexOf(uplink)];
    return vmnic ? [vmnic] : [];
  });
}

/** Static placement of one port group's ports on one host. */
export function placePortgroup(dvs: DvSwitch, pg: DvPortgroup, hostId: string, ports: readonly TrafficPort[]): Placement {
  const ids = ports.filter((p) => p.host === hostId && p.portGroup === pg.name).map((p) => p.id);
  return staticPlacement(pg.teaming, ids, activeVmnics(dvs, pg, hostId));
}

/** Static placement of every port of every member host. */
export function placeAll(dvs: DvSwitch, ports: readonly TrafficPort[]): Record<string, Placement> {
  return Object.fromEntries(Object.keys(dvs.hosts).map((hostId) => [hostId, Object.assign({}, ...dvs.portGroups.map((pg) => placePortgroup(dvs, pg, hostId, ports))) as Placement]));
}
