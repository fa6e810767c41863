/**
 * Network I/O Control traffic pools and share presets as the vSphere 4.1 client shows them
 * (distributed switch only). Custom shares are any integer from 1 to 100.
 */
export const SHARES = { low: 25, normal: 50, high: 100 } as const;
export type SharesPreset = keyof typeof SHARES;
export const CUSTOM_SHARES_MIN = 1;
export const CUSTOM_SHARES_MAX = 100;

/** The six system pools of 4.1 (user-defined pools only arrived in 5.0). */
export const NIOC_POOLS = [
  { id: 'faultTolerance', label: 'Fault Tolerance (FT) Traffic' },
  { id: 'iscsi', label: 'iSCSI Traffic' },
  { id: 'vmotion', label: 'vMotion Traffic' },
  { id: 'management', label: 'Management Traffic' },
  { id: 'nfs', label: 'NFS Traffic' },
  { id: 'virtualMachine', label: 'Virtual Machine Traffic' },
] as const;

export type NiocPoolId = (typeof NIOC_POOLS)[number]['id'];
export const NIOC_POOL_IDS: readonly NiocPoolId[] = NIOC_POOLS.map((p) => p.id);

export function isValidShares(shares: number): boolean {
  return Number.isInteger(shares) && shares >= CUSTOM_SHARES_MIN && shares <= CUSTOM_SHARES_MAX;
}
