import { nextRandom } from '../../../sim-core/src/random/rng';

/**
 * The order a reader sees a question's options in: a pure function of the reader's seed (kept in
 * saved progress), the question's key and its option count, drawn with sim-core's seeded
 * generator. Answers are stored as bank indexes, so an order never changes what was chosen.
 */

/** The server's own deal (no reader yet): the page without JavaScript shows this order. */
export const SERVER_SEED = 0;

/** FNV-1a over the key's UTF-16 units: each question gets an order of its own from one seed. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The bank indexes 0..count-1 in the order to show them (Fisher–Yates). */
export function optionOrder(seed: number, questionKey: string, count: number): number[] {
  let state = (seed ^ Math.imul(hashKey(questionKey), 0x9e3779b1)) >>> 0;
  const order = Array.from({ length: Math.max(0, Math.floor(count)) }, (_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const step = nextRandom(state);
    state = step.state;
    const j = Math.floor(step.value * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
