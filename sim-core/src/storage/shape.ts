import type { KitShape } from '../sim/kit';
import { defaultHostStorage, withLocalStorage } from './defaults';

/** The storage kit on every page: each host's advanced settings, local disk and datastore1. */
export const storageShape: KitShape = {
  id: 'storage',
  host: (host) => ({ ...host, storage: defaultHostStorage() }),
  lab: (lab) => withLocalStorage(lab),
  commandNames: ['esxcfg-advcfg', 'esxcli', 'esxcfg-scsidevs', 'vmkfstools', 'esxtop', 'esxcfg-nas'],
  eventTypes: ['storage-workload', 'storage-setting'],
};
