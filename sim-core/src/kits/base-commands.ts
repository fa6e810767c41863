// The busybox shell's commands, fetched by a page when the first line is typed.
export { COMMANDS as commands } from '../shell/commands';
