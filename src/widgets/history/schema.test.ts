import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTimeline, parseVersions, timelineEventSchema, versionTableSchema } from './schema';

describe('data files', () => {
  it('content/data/versions.yaml matches the schema', () => {
    const parsed = versionTableSchema.safeParse(parseVersions(readFileSync('content/data/versions.yaml', 'utf8'))[0]);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('content/data/timeline.yaml matches the schema and runs in time order', () => {
    const events = parseTimeline(readFileSync('content/data/timeline.yaml', 'utf8')).map((event) => timelineEventSchema.parse(event));
    expect(events.length).toBeGreaterThanOrEqual(2);
    const years = events.map((event) => event.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('rejects a row with the wrong number of values, naming the feature', () => {
    const bad = versionTableSchema.safeParse({ id: 'versions', columns: ['A 1', 'B 1'], features: [{ feature: 'X', values: ['Yes'] }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('"X" has 1 values but there are 2 columns');
  });

  it('rejects a timeline that is not a list', () => {
    expect(() => parseTimeline('year: 1999')).toThrow(/must be a list/);
  });
});
