/** The small checks every part of the stored progress format is validated with. */

/** Bank, question and scenario ids: a letter or digit first, at most 200 characters. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$/;
export const MAX_OPTION_INDEX = 99;

export function isProgressId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value) && value !== 'constructor' && value !== 'prototype';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function isTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export function isChoice(value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.length <= MAX_OPTION_INDEX + 1 &&
    value.every((index) => Number.isInteger(index) && index >= 0 && index <= MAX_OPTION_INDEX)
  );
}

/** A seed for the seeded generator: an unsigned 32-bit integer. */
export function isSeed(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 0xffffffff;
}
