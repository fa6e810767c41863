import { civilToMs } from '../time/clock';

/** Monday 29 November 2010, 09:00 UTC: a few weeks after 4.1 Update 1 shipped. */
export const LAB_EPOCH_MS = civilToMs(2010, 11, 29, 9, 0, 0);
export const HOUR = 3_600_000;
