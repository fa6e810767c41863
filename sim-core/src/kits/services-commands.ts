// The services kit's commands, fetched by a page when a typed line names one of them.
export { SERVICES_COMMANDS as commands } from '../services/commands';
