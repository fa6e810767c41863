/** The vcenter kit's public surface for widgets and chapters (`#sim-core/vcenter`). Re-exports only. */
export type {
  HostConnection, ComplianceState, SubProfileId, ComplianceCell, HostCompliance, ApplyAsk, ApplyChange, ApplyPlan,
  InventoryNode, HostSummaryView, HostProfile, LabVcenter, VcenterEvent, VmPower,
} from './types';
export { VCENTER_EVENT_TYPES } from './types';
export { inventoryTree, hostSummaryView, profilesOf, complianceBoard, attachedHosts, hostsOutsideVcenter, clustersOf } from './views';
export { checkCompliance } from './profiles/compliance';
export { applyPlan } from './profiles/apply';
export { SUB_PROFILES } from './profiles/diff';
export { PROFILE_TEXT } from '../messages/profiles';
export { labVms, type LabVm } from './vms';
export { connectionOf, reachStatus, DATACENTER, CLUSTER } from './inventory';
