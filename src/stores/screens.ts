import { map } from 'nanostores';
import type { ScreenProgram } from '#sim-core/core';

/**
 * Full-screen programs open in shell sessions (esxtop), by `${labId}/${host}`: a typed line or a
 * command chip opens one, the terminal showing that session draws it and closes it on q.
 */
export const $screens = map<Record<string, ScreenProgram | undefined>>({});

export const openScreen = (key: string, program: ScreenProgram) => $screens.setKey(key, program);
export const closeScreen = (key: string) => $screens.setKey(key, undefined);
