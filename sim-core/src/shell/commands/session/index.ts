import type { CommandSpec } from '../../types';
import { help } from './help';
import { history } from './history';
import { clear, exit, falseCommand, logout, trueCommand } from './session';

export const SESSION_COMMANDS: CommandSpec[] = [history, help, clear, trueCommand, falseCommand, exit, logout];
