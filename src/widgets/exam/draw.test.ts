import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawExam, examLengths, newSeed, type ApartPair, type PoolQuestion } from './draw';
import { nearDuplicatePairs, type ComparableQuestion } from '../quiz/near-duplicates';

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

describe('drawExam with near-duplicates kept apart', () => {
  const bothDrawn = (drawn: string[], pairs: readonly ApartPair[]) => pairs.filter(({ a, b }) => drawn.includes(a) && drawn.includes(b));

  /** A pool of chapters with keys, and pairs between any two different keys of it. */
  const poolWithPairs = fc
    .array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 })
    .chain((sizes) => {
      const keys = sizes.flatMap((size, chapter) => Array.from({ length: size }, (_, index) => `c${chapter}/q${index}`));
      const pool: PoolQuestion[] = keys.map((key) => ({ key, chapter: key.split('/')[0]! }));
      // Two different keys: an index and a non-zero offset from it (a one-key pool has no pairs).
      const pair = fc
        .tuple(fc.nat({ max: keys.length - 1 }), fc.integer({ min: 1, max: Math.max(1, keys.length - 1) }))
        .map(([index, offset]) => ({ a: keys[index]!, b: keys[(index + offset) % keys.length]! }));
      return fc.record({ pool: fc.constant(pool), pairs: keys.length > 1 ? fc.array(pair, { maxLength: 8 }) : fc.constant([]) });
    });

  it('never draws both questions of a pair, and passes over no more questions than there are pairs', () => {
    fc.assert(
      fc.property(poolWithPairs, fc.nat({ max: 80 }), fc.nat(), ({ pool, pairs }, length, seed) => {
        const drawn = drawExam(pool, length, seed, pairs);
        expect(bothDrawn(drawn, pairs)).toEqual([]);
        expect(new Set(drawn).size).toBe(drawn.length);
        expect(drawn.every((key) => pool.some((question) => question.key === key))).toBe(true);
        expect(drawn.length).toBeLessThanOrEqual(length);
        expect(drawn.length).toBeGreaterThanOrEqual(Math.min(length, pool.length - pairs.length));
      }),
    );
  });

  it('draws exactly what it drew without pairs when no pair would have met, so stored attempts replay', () => {
    fc.assert(
      fc.property(poolWithPairs, fc.nat({ max: 80 }), fc.nat(), ({ pool, pairs }, length, seed) => {
        const without = drawExam(pool, length, seed);
        fc.pre(bothDrawn(without, pairs).length === 0);
        expect(drawExam(pool, length, seed, pairs)).toEqual(without);
      }),
    );
  });

  it('keeps apart the questions the near-duplicate check pairs, over many seeds', () => {
    const question = (key: string, prompt: string, right: string): ComparableQuestion & PoolQuestion => ({
      key,
      chapter: key.split('/')[0]!,
      prompt,
      options: [{ text: right, correct: true }, { text: 'Something else' }],
    });
    const questions = [
      question('architecture/net-lbt-is', 'What is net-lbt?', 'The Load-Based Teaming daemon, lbtd, as it appears in the process list'),
      question('ports/net-lbt', 'services.sh restart prints "net-lbt started.". What is net-lbt?', 'The process of lbtd, the Load-Based Teaming daemon'),
      question('architecture/sfcbd', 'What is sfcbd for?', 'It is the CIM server, which remote tools query for hardware health'),
      question('ports/port-902', 'Which port carries NFC copies of virtual disks between hosts?', '902/TCP'),
      question('boot/which-bank', 'Which value decides which bank the boot loader starts?', 'The highest updated value among the bootable banks'),
    ];
    const pairs = nearDuplicatePairs(questions);
    expect(pairs.map(({ a, b }) => [a, b])).toEqual([['architecture/net-lbt-is', 'ports/net-lbt']]);
    for (let seed = 0; seed < 200; seed++) {
      const drawn = drawExam(questions, questions.length, seed, pairs);
      expect(drawn).toHaveLength(questions.length - 1);
      expect(bothDrawn(drawn, pairs)).toEqual([]);
    }
  });
});

describe('examLengths', () => {
  it('offers 10, 25 and every question, without lengths the pool cannot fill', () => {
    expect(examLengths(105)).toEqual([10, 25, 105]);
    expect(examLengths(20)).toEqual([10, 20]);
    expect(examLengths(10)).toEqual([10]);
  });
});
