/**
 * The `/etc/init.d` services of the lab's hosts: what `services.sh` restarts. Kept apart from
 * the worlds' descriptions (worlds.ts, which says which service starts each world) so a page
 * that only builds hosts does not download the process explorer's texts.
 */
export const SERVICE_NAMES = ['hostd', 'vpxa', 'sfcbd-watchdog', 'slpd', 'usbarbitrator', 'vobd', 'vprobed', 'wsman', 'lbtd'] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];
