/** Which devices and datastores a host sees: every shared one, and only its own local disk and datastore1. */
import type { Datastore, LabStorage, Lun } from './types';

const sees = (hostId: string | undefined, owner: string | undefined) => owner === undefined || hostId === undefined || owner === hostId;

/** The datastores a host sees (every one when no host is named). */
export const datastoresOf = (s: LabStorage, hostId?: string): Datastore[] => s.datastores.filter((ds) => sees(hostId, ds.host));

/** The devices a host sees (every one when no host is named). */
export const lunsOf = (s: LabStorage, hostId?: string): Lun[] => s.luns.filter((lun) => sees(hostId, lun.local));

/** Whether a host sees a datastore. */
export const hostSees = (hostId: string, ds: Datastore): boolean => sees(hostId, ds.host);
