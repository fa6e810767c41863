import type { HostState } from '../../../lab/types';
import { ERRNO_TEXT } from '../../../messages/shell';
import { fileSize, lookup } from '../../../vfs/tree';
import { resolvePath } from '../../../vfs/path';
import { TEXT_TEXT } from './messages';

/** One input a command reads: a file, or stdin (`-`, or no operand at all). */
export type Source =
  | { ok: true; name: string; text: string; stdin: boolean; bytes?: number }
  | { ok: false; name: string; error: string };

/** How the command words a file it cannot open: busybox's fopen_or_warn, or grep's `grep: FILE: reason`. */
export type ErrorStyle = 'open' | 'plain';

function fileError(command: string, style: ErrorStyle, path: string, reason: string): string {
  return style === 'open' ? TEXT_TEXT.cannotOpen(command, path, reason) : TEXT_TEXT.plainError(command, path, reason);
}

function readStdin(command: string, stdin: string | null): Source {
  if (stdin === null) return { ok: false, name: '-', error: TEXT_TEXT.noInput(command) };
  return { ok: true, name: '-', text: stdin, stdin: true };
}

/** Reads one operand. Directories and binary blobs come back as errors, worded as busybox would. */
export function readOne(host: HostState, command: string, operand: string, stdin: string | null, style: ErrorStyle): Source {
  if (operand === '-') return readStdin(command, stdin);
  const found = lookup(host.vfs.root, resolvePath(host.shell.cwd, operand));
  if (!found.ok) return { ok: false, name: operand, error: fileError(command, style, operand, ERRNO_TEXT[found.error]) };
  const { node } = found;
  if (node.kind === 'dir') {
    const error = style === 'open' ? TEXT_TEXT.readError(command, ERRNO_TEXT.EISDIR) : fileError(command, style, operand, ERRNO_TEXT.EISDIR);
    return { ok: false, name: operand, error };
  }
  if (node.kind !== 'file') return { ok: false, name: operand, error: fileError(command, style, operand, ERRNO_TEXT.ENOENT) };
  if (node.text === undefined && node.bytes !== undefined) return { ok: false, name: operand, error: TEXT_TEXT.binary(command, operand) };
  return { ok: true, name: operand, text: node.text ?? '', stdin: false, bytes: fileSize(node) };
}

/** Reads every operand in turn, or stdin when there is none. */
export function readAll(host: HostState, command: string, operands: readonly string[], stdin: string | null, style: ErrorStyle): Source[] {
  if (operands.length === 0) return [readStdin(command, stdin)];
  return operands.map((operand) => readOne(host, command, operand, stdin, style));
}

/**
 * The most a text command (grep, wc, head, tail, more) reads of one input, in characters: every
 * character is work on the page's main thread, and 125 MB took grep and wc seconds, freezing
 * the tab. cat only copies, so it reads whole files (the output and space limits bound it).
 */
export const MAX_TEXT_READ_CHARS = 4 * 1024 * 1024;

/** readAll for commands that work through the text: an input past MAX_TEXT_READ_CHARS is an error, not read. */
export function readForText(host: HostState, command: string, operands: readonly string[], stdin: string | null, style: ErrorStyle): Source[] {
  return readAll(host, command, operands, stdin, style).map((source) =>
    source.ok && source.text.length > MAX_TEXT_READ_CHARS
      ? { ok: false, name: source.name, error: TEXT_TEXT.tooLarge(command, source.stdin ? TEXT_TEXT.standardInput : source.name, MAX_TEXT_READ_CHARS / (1024 * 1024)) }
      : source,
  );
}

/** Splits text into lines; a last line without its newline still counts. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return body.split('\n');
}
