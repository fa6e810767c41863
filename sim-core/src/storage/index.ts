/** The storage kit's public surface for widgets (VAAI lab, counters): read-only views of the lab. Re-exports only. */
export { vaaiSettings, jobViews, jobView, stormViews, stormView, busyForMs, jobRemainingMs, type VaaiSettingsView, type JobView, type StormView } from './view';
export { deviceCounters, lockHistory, COLUMNS as ESXTOP_COLUMNS, INTERVAL_SECONDS, HISTORY_SECONDS, type DeviceCounters, type LockSample } from './counters';
export { storageOf, setHostSetting, lunsOf, deviceName } from './state';
export { cloneSource, defaultDatastore } from './workloads';
export { STORM } from './boot-storm';
export { ZERO_DISK_GB } from './workloads';
export { HW_MOVE, HW_INIT, HW_LOCKING, MAX_HW_TRANSFER, shortName } from './settings';
export type { Datastore, Lun, LabStorage } from './types';
export { esxtopScreen, REFRESH_MS, refreshedAt } from './esxtop/screen';
export { esxtopKey, fieldOrder, shownColumns, START_VIEW, type EsxtopView } from './esxtop/view';
