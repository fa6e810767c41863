/** The storage kit's public surface for widgets (VAAI lab, counters): read-only views of the lab. Re-exports only. */
export { vaaiSettings, jobViews, jobView, stormViews, stormView, type VaaiSettingsView, type JobView, type StormView } from './view';
export { deviceCounters, lockHistory, COLUMNS as ESXTOP_COLUMNS, INTERVAL_SECONDS, HISTORY_SECONDS, type DeviceCounters, type LockSample } from './counters';
export { storageOf, setHostSetting } from './state';
export { STORM } from './boot-storm';
