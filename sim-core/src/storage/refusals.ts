/**
 * Why a VAAI-lab button or toggle changed nothing, in the lab's words (the widget shows them).
 * Apart from the commands' texts (messages/storage.ts), which only typed lines need.
 */
export const STORAGE_REFUSALS = {
  noDatastore: (name: string) => `This host sees no datastore named ${name.slice(0, 40)}.`,
  noDatastores: 'This host sees no datastore.',
  nothingToClone: (datastore: string) => `${datastore} holds no finished virtual disk to clone.`,
  noRoomToClone: (datastore: string) => `There is not enough free space on ${datastore} for a copy of its disk.`,
  noRoomToZero: (gb: number, datastore: string) => `There is not enough free space on ${datastore} for a ${gb} GB disk.`,
  unknownWorkload: (name: string) => `The VAAI lab knows the workloads clone, zero and boot-storm, not "${name.slice(0, 40)}".`,
  noStormHosts: 'A boot storm needs at least one host of this lab.',
};
