import type { CommandSpec } from '../../types';
import { cat } from './cat';
import { cd, pwd } from './cd';
import { ls } from './ls';
import { mkdir, touch } from './mkdir';
import { rm } from './rm';

export const FILES_COMMANDS: CommandSpec[] = [ls, cd, pwd, cat, mkdir, touch, rm];
