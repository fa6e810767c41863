import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionOrder } from './order';

describe('optionOrder', () => {
  it('is a permutation of the bank indexes, the same for the same seed and question', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), fc.string(), fc.integer({ min: 0, max: 8 }), (seed, key, count) => {
        const order = optionOrder(seed, key, count);
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
        expect(optionOrder(seed, key, count)).toEqual(order);
      }),
    );
  });

  it('differs between readers and between questions of one reader', () => {
    const readers = new Set(Array.from({ length: 50 }, (_, seed) => optionOrder(seed * 7919, 'boot-process/which-bank-boots', 4).join()));
    expect(readers.size).toBeGreaterThan(15);
    const questions = new Set(Array.from({ length: 50 }, (_, i) => optionOrder(12345, `bank/q-${i}`, 4).join()));
    expect(questions.size).toBeGreaterThan(15);
  });

  it('puts the bank\'s first option (the right one in today\'s banks) first about a quarter of the time', () => {
    const firsts = Array.from({ length: 4000 }, (_, i) => optionOrder(i * 2654435761, `q-${i % 37}`, 4)[0]);
    for (const index of [0, 1, 2, 3]) {
      const share = firsts.filter((first) => first === index).length / firsts.length;
      expect(share).toBeGreaterThan(0.2);
      expect(share).toBeLessThan(0.3);
    }
  });
});
