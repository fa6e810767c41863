import { describe, expect, it } from 'vitest';
import { KIT_ORDER } from '../sim/kit';
import { ALL_KITS } from './all';
import { baseKit } from './base';
import { KIT_SHAPES } from './shapes';

// A page knows which code a typed line or an event needs from the kits' shapes alone, before
// fetching any code: a name missing from a shape would answer "not found" instead of fetching.
describe('every kit\'s shape names what its code holds', () => {
  const shapeOf = (id: string) => [baseKit, ...KIT_SHAPES].find((shape) => shape.id === id)!;

  it.each(ALL_KITS.map((kit) => [kit.id, kit] as const))('%s: its command names are its commands', (id, kit) => {
    expect([...shapeOf(id).commandNames].sort()).toEqual((kit.commands ?? []).map((spec) => spec.name).sort());
  });

  it.each(ALL_KITS.map((kit) => [kit.id, kit] as const))('%s: its event types are the events it handles', (id, kit) => {
    expect([...shapeOf(id).eventTypes].sort()).toEqual(Object.keys(kit.events ?? {}).sort());
  });

  it('in KIT_ORDER, one kit per id', () => {
    expect(ALL_KITS.map((kit) => kit.id)).toEqual([...KIT_ORDER]);
  });
});
