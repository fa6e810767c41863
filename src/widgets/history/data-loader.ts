/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * A content loader for one YAML data file that fails the build when the file is missing or
 * is not valid YAML. Astro's own file() loader only logs those cases and keeps the entries
 * cached from the previous build, so a broken file would ship stale data without a word.
 * `toEntries` turns the parsed file into entries with unique string ids (and throws, with a
 * message naming the file, when the shape is wrong); each entry then goes through the
 * collection's schema.
 */
export function yamlFileLoader(path: string, toEntries: (text: string) => Record<string, unknown>[]): Loader {
  return {
    name: 'esxi-yaml-file',
    load: async (context) => {
      const filePath = fileURLToPath(new URL(path, context.config.root));
      await sync(context, path, filePath, toEntries);
      context.watcher?.add(filePath);
      context.watcher?.on('change', async (changed) => {
        if (changed !== filePath) return;
        try {
          await sync(context, path, filePath, toEntries);
        } catch (error) {
          context.logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}

async function sync(context: LoaderContext, path: string, filePath: string, toEntries: (text: string) => Record<string, unknown>[]) {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch {
    throw new Error(`${path} could not be read: the file is missing.`);
  }
  let entries: Record<string, unknown>[];
  try {
    entries = toEntries(text);
  } catch (error) {
    throw new Error(`${path} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = [];
  for (const entry of entries) {
    const id = String(entry.id);
    parsed.push({ id, data: await context.parseData({ id, data: entry, filePath }), digest: context.generateDigest(entry) });
  }
  context.store.clear();
  for (const entry of parsed) context.store.set({ ...entry, filePath: path });
}
