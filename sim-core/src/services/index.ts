/** The services kit's public helpers for widgets (views derived from the lab). Re-exports only. */
export { SERVICE_NAMES, WORLD_RULES, runningWorlds, worldRuns, type WorldRule, type RunningWorld } from './worlds';
export { WORLDS, WORLD_TEXTS, type WorldText } from './world-texts';
export { PORT_RULES, portStates, isListening, type PortRule, type PortState } from './ports';
export { CLIENTS, tryConnection, type Connection, type Hop } from './connections';
export { LOG_FILES } from './actions';
export { dcuiView, type DcuiView } from './dcui-view';
