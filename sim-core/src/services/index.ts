/** The services kit's public helpers for widgets (views derived from the lab). Re-exports only. */
export { WORLDS, SERVICE_NAMES, runningWorlds, worldRuns, type WorldInfo, type RunningWorld } from './worlds';
export { PORT_RULES, portStates, isListening, type PortRule, type PortState } from './ports';
export { CLIENTS, tryConnection, type Connection, type Hop } from './connections';
export { LOG_FILES } from './actions';
export { dcuiView, type DcuiView } from './dcui-view';
