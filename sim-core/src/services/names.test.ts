import { describe, expect, it } from 'vitest';
import { SERVICE_NAMES } from './names';
import { WORLDS } from './worlds';

describe('init-script services', () => {
  it('are exactly the services that start some world, so /etc/init.d and ps agree', () => {
    const started = new Set(WORLDS.flatMap((world) => (world.service ? [world.service] : [])));
    expect([...started].sort()).toEqual([...SERVICE_NAMES].sort());
  });
});
