import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';

/**
 * The formats of content/data/timeline.yaml and content/data/versions.yaml, used by the
 * `timeline` and `versions` content collections (src/content.config.ts, loaded with
 * yamlFileLoader): a missing, unreadable or malformed file fails the build with a message
 * naming the file and the field.
 */

export const TIMELINE_FILE = 'content/data/timeline.yaml';
export const VERSIONS_FILE = 'content/data/versions.yaml';

export const timelineEventSchema = z.strictObject({
  /** Added by the parser below: the event's position in the file, from 1. */
  id: z.string(),
  order: z.number().int(),
  year: z.number().int().min(1900).max(2100),
  title: z.string().trim().min(1),
  detail: z.string().trim().min(1),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const versionTableSchema = z
  .strictObject({
    id: z.string(),
    columns: z.array(z.string().trim().min(1)).min(2),
    features: z
      .array(
        z.strictObject({
          feature: z.string().trim().min(1),
          values: z.array(z.string().trim().min(1)),
          note: z.string().trim().min(1).optional(),
        }),
      )
      .min(1),
  })
  .superRefine((table, context) => {
    if (new Set(table.columns).size !== table.columns.length) {
      context.addIssue({ code: 'custom', path: ['columns'], message: 'Column names must be unique.' });
    }
    const seen = new Set<string>();
    table.features.forEach((row, index) => {
      if (row.values.length !== table.columns.length) {
        context.addIssue({
          code: 'custom',
          path: ['features', index, 'values'],
          message: `"${row.feature}" has ${row.values.length} values but there are ${table.columns.length} columns; give one value per column.`,
        });
      }
      if (seen.has(row.feature)) context.addIssue({ code: 'custom', path: ['features', index, 'feature'], message: `"${row.feature}" appears twice.` });
      seen.add(row.feature);
    });
  });
export type VersionTableData = z.infer<typeof versionTableSchema>;

/** timeline.yaml is a plain list; each event gets its position as id and order (ids must be unique). */
export function parseTimeline(text: string): Record<string, unknown>[] {
  const data: unknown = parseYaml(text);
  if (!Array.isArray(data)) throw new Error(`${TIMELINE_FILE} must be a list of { year, title, detail }.`);
  return data.map((event, index) => ({ ...(event as object), id: String(index + 1), order: index }));
}

/** versions.yaml is one table: a single entry with the id "versions". */
export function parseVersions(text: string): Record<string, unknown>[] {
  const data: unknown = parseYaml(text);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${VERSIONS_FILE} must be a mapping with columns and features.`);
  return [{ ...(data as object), id: 'versions' }];
}
