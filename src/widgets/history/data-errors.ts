/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs';

/**
 * Astro's file() loader only logs when a data file is missing or is not valid YAML, and the
 * collection comes out empty. The widgets call this at build time so the build stops with a
 * message that says which file is wrong and why. Server side only (reads the file system).
 */
export function emptyCollectionError(widget: string, path: string, parse: (text: string) => unknown): Error {
  if (!existsSync(path)) return new Error(`<${widget}>: ${path} does not exist.`);
  try {
    parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return new Error(`<${widget}>: ${path} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return new Error(`<${widget}>: ${path} has no entries.`);
}
