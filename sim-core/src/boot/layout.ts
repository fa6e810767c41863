import type { DiskLayout } from './types';

const MB = 1024 * 1024;

/** Partition sizes of a 4.1 install (esxi-facts.md, "Partitions and file systems"). */
export const VOLUME_BYTES = {
  bank: Math.round(249.7 * MB),
  store: Math.round(285.8 * MB),
  scratch: 4095 * MB,
  datastore: Math.round(132.5 * 1024 * MB),
} as const;

/** Volume UUIDs look like VMware's (`4c3c2b8a-2f0e8c6a-5e1f-001ec9b6a1f2`); derived from the host number. */
function volumeUuid(hostNumber: number, volume: number): string {
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);
  return `4c3c${hex(hostNumber * 16 + volume, 4)}-${hex(0x2f0e8c6a + hostNumber * 7919 + volume * 104729, 8)}-${hex(0x5e10 + volume, 4)}-001ec9b6a${hex(hostNumber, 3)}`;
}

export function diskLayout(hostNumber: number): DiskLayout {
  return {
    banks: [
      { uuid: volumeUuid(hostNumber, 5), label: 'Hypervisor1' },
      { uuid: volumeUuid(hostNumber, 6), label: 'Hypervisor2' },
    ],
    store: { uuid: volumeUuid(hostNumber, 8), label: 'Hypervisor3' },
    scratch: { uuid: volumeUuid(hostNumber, 2), label: '' },
    datastores: [{ uuid: volumeUuid(hostNumber, 3), label: 'datastore1' }],
  };
}

export const volumePath = (uuid: string) => `/vmfs/volumes/${uuid}`;
