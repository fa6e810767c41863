import { describe, expect, it } from 'vitest';
import { SERVICE_NAMES } from './names';
import { WORLD_RULES } from './worlds';
import { WORLD_TEXTS } from './world-texts';

describe('init-script services', () => {
  it('are exactly the services that start some world, so /etc/init.d and ps agree', () => {
    const started = new Set(WORLD_RULES.flatMap((world) => (world.service ? [world.service] : [])));
    expect([...started].sort()).toEqual([...SERVICE_NAMES].sort());
  });

  it('every world has its description, and only worlds do', () => {
    expect(Object.keys(WORLD_TEXTS).sort()).toEqual(WORLD_RULES.map((world) => world.name).sort());
  });
});
