/**
 * The pass line, shown as a scaled score like the VCP-410's (300 of 500 to pass, per
 * esxi-facts.md, marked likely). This site's scale is not VMware's: it is simply the share of
 * questions right, times 500, so 300 means 60% right. A practice guide, not a prediction.
 */
export const SCALE_MAX = 500;
export const PASS_SCALED = 300;

export function scaledScore(correct: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((Math.min(Math.max(correct, 0), total) / total) * SCALE_MAX);
}

export function passes(correct: number, total: number): boolean {
  return scaledScore(correct, total) >= PASS_SCALED;
}
