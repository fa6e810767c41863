// The network kit's commands, fetched by a page when a typed line names one of them.
export { NETWORK_COMMANDS as commands } from '../network/commands';
