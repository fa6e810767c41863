// The storage kit's commands, fetched by a page when a typed line names one of them.
export { STORAGE_COMMANDS as commands } from '../storage/commands';
