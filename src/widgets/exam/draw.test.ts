import { describe, expect, it } from 'vitest';
import { drawExam, examLengths, newSeed, type PoolQuestion } from './draw';

/** Six chapters of uneven size, like the real banks. */
const sizes = { a: 19, b: 18, c: 20, d: 15, e: 17, f: 16 };
const pool: PoolQuestion[] = Object.entries(sizes).flatMap(([chapter, size]) =>
  Array.from({ length: size }, (_, index) => ({ key: `${chapter}/q${index}`, chapter })),
);
const chapterOf = (key: string) => key.split('/')[0]!;
const perChapter = (keys: string[]) => {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[chapterOf(key)] = (counts[chapterOf(key)] ?? 0) + 1;
  return counts;
};

describe('drawExam', () => {
  it('is a function of the seed: the same seed draws the same questions in the same order', () => {
    expect(drawExam(pool, 25, 42)).toEqual(drawExam(pool, 25, 42));
    expect(drawExam(pool, 25, 42)).not.toEqual(drawExam(pool, 25, 43));
    // Not in pool order: the order is drawn too.
    const all = drawExam(pool, pool.length, 7);
    expect(all).not.toEqual(pool.map((question) => question.key));
  });

  it('draws the length asked for, without duplicates, only from the pool', () => {
    const keys = new Set(pool.map((question) => question.key));
    for (const [length, seed] of [[10, 1], [25, 2], [1, 3], [pool.length, 4]] as const) {
      const drawn = drawExam(pool, length, seed);
      expect(drawn).toHaveLength(length);
      expect(new Set(drawn).size).toBe(length);
      expect(drawn.every((key) => keys.has(key))).toBe(true);
    }
    expect(drawExam(pool, 500, 5)).toHaveLength(pool.length);
    expect(drawExam(pool, 0, 5)).toEqual([]);
    expect(drawExam([...pool, pool[0]!], 500, 5)).toHaveLength(pool.length);
  });

  it('spreads the questions across chapters as evenly as the banks allow', () => {
    for (let seed = 0; seed < 50; seed++) {
      for (const length of [10, 25]) {
        const counts = Object.values(perChapter(drawExam(pool, length, seed)));
        expect(counts).toHaveLength(6);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }
    }
    // A small chapter runs out; the others make up the length.
    const uneven: PoolQuestion[] = [{ key: 'tiny/1', chapter: 'tiny' }, ...pool.filter((q) => q.chapter === 'a')];
    expect(perChapter(drawExam(uneven, 10, 9))).toEqual({ tiny: 1, a: 9 });
  });

  it('mixes chapters instead of asking one chapter after another', () => {
    const drawn = drawExam(pool, 12, 11).map(chapterOf);
    const runs = drawn.filter((chapter, index) => index > 0 && chapter !== drawn[index - 1]).length;
    expect(runs).toBeGreaterThan(3);
  });

  it('makes fresh seeds that are 32-bit unsigned integers', () => {
    const seed = newSeed();
    expect(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff).toBe(true);
  });
});

describe('examLengths', () => {
  it('offers 10, 25 and every question, without lengths the pool cannot fill', () => {
    expect(examLengths(105)).toEqual([10, 25, 105]);
    expect(examLengths(20)).toEqual([10, 20]);
    expect(examLengths(10)).toEqual([10]);
  });
});
