import type { HostServices } from './types';
import { SERVICE_NAMES } from './names';
import { tsmAfterBoot } from './tsm-state';

/**
 * Every host's management side as it is after a boot of a standalone host: every init-script
 * service running, local Tech Support Mode on (this lab's shell is a local TSM session) and
 * remote (SSH) off, no vCenter, no HA cluster, no lockdown, the DCUI on its home screen.
 */
export function defaultServices(): HostServices {
  return {
    running: Object.fromEntries(SERVICE_NAMES.map((name) => [name, true])),
    tsm: { local: true, remote: false, timeoutMinutes: 0 },
    managedBy: null,
    haCluster: null,
    lockdown: false,
    softwareIscsi: false,
    maintenanceMode: false,
    ntpServers: [],
    users: ['root'],
    memoryReservationMB: 0,
    dcui: { tab: 'dcui', screen: { screen: 'home' } },
  };
}

/** A boot starts every init-script service again, TSM as set to start at boot (ending any open session), and puts the console on the DCUI's home screen. */
export function afterBoot(services: HostServices): HostServices {
  const running = Object.fromEntries(Object.keys(services.running).map((name) => [name, true]));
  return { ...services, running, tsm: tsmAfterBoot(services.tsm), dcui: { tab: 'dcui', screen: { screen: 'home' } } };
}
