import type { CommandSpec } from '../../types';
import { echo } from './echo';
import { grep } from './grep';
import { head, tail } from './head-tail';
import { less, more } from './more';
import { wc } from './wc';

export const TEXT_COMMANDS: CommandSpec[] = [echo, grep, head, tail, wc, more, less];
