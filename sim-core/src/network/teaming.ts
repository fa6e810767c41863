import type { TeamingPolicyId } from './types';

/** How the vSphere Client names each NIC teaming policy. */
export const TEAMING_LABELS: Readonly<Record<TeamingPolicyId, string>> = {
  portId: 'Route based on originating virtual port ID',
  ipHash: 'Route based on IP hash',
  macHash: 'Route based on source MAC hash',
  failoverOrder: 'Use explicit failover order',
  loadBased: 'Route based on physical NIC load',
};
