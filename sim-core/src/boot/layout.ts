import type { DiskLayout } from './types';

const MB = 1024 * 1024;

/** Partition sizes of a 4.1 install (esxi-facts.md, "Partitions and file systems"). */
export const VOLUME_BYTES = {
  bank: Math.round(249.7 * MB),
  store: Math.round(285.8 * MB),
  scratch: 4095 * MB,
} as const;

/** Volume UUIDs look like VMware's (`4c3c2b8a-2f0e8c6a-5e1f-001ec9b6a1f2`); derived from the host number. */
function volumeUuid(hostNumber: number, volume: number): string {
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);
  return `4c3c${hex(hostNumber * 16 + volume, 4)}-${hex(0x2f0e8c6a + hostNumber * 7919 + volume * 104729, 8)}-${hex(0x5e10 + volume, 4)}-001ec9b6a${hex(hostNumber, 3)}`;
}

/** Where a host's volumes are. A USB-key install has no scratch partition and no datastore1 (4.1 leaves them to local disks). */
export function diskLayout(hostNumber: number, installedTo: 'disk' | 'usb' = 'disk'): DiskLayout {
  const onDisk = installedTo === 'disk';
  return {
    banks: [
      { uuid: volumeUuid(hostNumber, 5), label: 'Hypervisor1' },
      { uuid: volumeUuid(hostNumber, 6), label: 'Hypervisor2' },
    ],
    store: { uuid: volumeUuid(hostNumber, 8), label: 'Hypervisor3' },
    scratch: onDisk ? { uuid: volumeUuid(hostNumber, 2), label: '' } : null,
    datastores: onDisk ? [{ uuid: volumeUuid(hostNumber, 3), label: 'datastore1' }] : [],
  };
}

export const volumePath = (uuid: string) => `/vmfs/volumes/${uuid}`;
