import { nextRandom } from '../../../sim-core/src/random/rng';

/**
 * Which questions an exam attempt asks, in which order: a pure function of the pool, the
 * length and a seed, so an attempt is stored as its seed and replays the same, and tests can
 * hold the draw to its rules.
 */

/** A question the draw can pick: its key (`bank/question-id`) and the chapter it belongs to. */
export interface PoolQuestion {
  key: string;
  chapter: string;
}

/**
 * Two questions that must not both be in one attempt (near-duplicates, from
 * `quiz/near-duplicates.ts`: `nearDuplicatePairs` gives them in this shape).
 */
export interface ApartPair {
  a: string;
  b: string;
}

/** Each key's partners: the keys it must not share an attempt with. */
function partnersOf(pairs: readonly ApartPair[]): Map<string, Set<string>> {
  const partners = new Map<string, Set<string>>();
  const link = (from: string, to: string) => partners.set(from, (partners.get(from) ?? new Set()).add(to));
  for (const { a, b } of pairs) {
    link(a, b);
    link(b, a);
  }
  return partners;
}

/** A seeded generator over sim-core's mulberry32 (the same one the labs use). */
function generator(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    const step = nextRandom(state);
    state = step.state;
    return Math.floor(step.value * below);
  };
}

function shuffle<T>(items: readonly T[], random: (below: number) => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Draws `length` questions (all of them when the pool is smaller), spread across chapters as
 * evenly as their banks allow: chapters take turns, in an order the seed decides, each giving
 * one question of its own shuffled bank, until enough are drawn. The result is shuffled once
 * more, so chapters are mixed. Keys are unique; duplicate keys in the pool count once.
 *
 * A question whose `apart` partner is already drawn is passed over, and its chapter gives its
 * next question instead; so an attempt never holds both questions of a pair, and comes out
 * shorter than asked only when the pool minus the passed-over questions is too small. Passing
 * over uses no randomness: without pairs (or with pairs that never meet) a seed draws exactly
 * what it drew before pairs existed, so stored attempts replay unchanged.
 */
export function drawExam(pool: readonly PoolQuestion[], length: number, seed: number, apart: readonly ApartPair[] = []): string[] {
  const random = generator(seed);
  const byChapter = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const question of pool) {
    if (seen.has(question.key)) continue;
    seen.add(question.key);
    byChapter.set(question.chapter, [...(byChapter.get(question.chapter) ?? []), question.key]);
  }
  const want = Math.max(0, Math.min(Math.floor(length), seen.size));
  const queues = shuffle([...byChapter.keys()].sort(), random).map((chapter) => shuffle(byChapter.get(chapter)!, random));
  const partners = partnersOf(apart);
  const drawn: string[] = [];
  const taken = new Set<string>();
  const allowed = (key: string) => ![...(partners.get(key) ?? [])].some((partner) => taken.has(partner));
  const nextAllowed = (queue: string[]) => {
    for (let key = queue.shift(); key !== undefined; key = queue.shift()) if (allowed(key)) return key;
    return undefined;
  };
  while (drawn.length < want && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      if (drawn.length >= want) break;
      const next = nextAllowed(queue);
      if (next === undefined) continue;
      drawn.push(next);
      taken.add(next);
    }
  }
  return shuffle(drawn, random);
}

/** A fresh seed for a new attempt (the only chance in the exam, outside the pure draw). */
export function newSeed(): number {
  const values = new Uint32Array(1);
  globalThis.crypto.getRandomValues(values);
  return values[0]!;
}

/** The lengths a reader may choose: 10 and 25 questions where the pool is larger, and every question. */
export function examLengths(poolSize: number): number[] {
  return [...[10, 25].filter((length) => length < poolSize), poolSize];
}
