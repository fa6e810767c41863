import type { LabEvent } from '#sim-core/core';
import type { LabStep } from '../labs';

/**
 * A lab link's fragment: `#lab=<lab id>.<payload>`. The lab id stays readable, so a damaged
 * payload still names the lab it was meant for; the payload is the lab's preset, its steps since
 * then and a fingerprint of the lab they lead to, as JSON, deflated where the browser can
 * (CompressionStream) and written in base64url. A fragment never reaches the server's logs.
 */
export const LINK_KEY = 'lab=';
/** Raised when the payload's meaning changes: a link of another version opens its lab's preset. */
export const LINK_VERSION = 1;
/** Lab ids as pages declare them (scenario-element.ts holds scenario labs to the same pattern). */
const LAB_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** More steps than any reader types by hand: a longer list is not a link this site made. */
const MAX_STEPS = 5_000;

export interface LinkPayload {
  version: number;
  preset: string;
  /** The host most lines ran on: a line on it is stored without its host. */
  host: string;
  steps: LabStep[];
  /** fingerprint() of the lab the steps lead to. */
  fingerprint: string;
}

/** Why a fragment is not a usable link; the words are the page's (links/strings.ts). */
export type LinkProblem = 'damaged' | 'version';

/** A step as stored: milliseconds waited, a line on the payload's host, [host, line], or an event. */
type Compact = number | string | [string, string] | LabEvent;

const compact = (step: LabStep, host: string): Compact =>
  'waitMs' in step ? step.waitMs : 'event' in step ? step.event : step.host === host ? step.line : [step.host, step.line];

function expand(step: unknown, host: string): LabStep | undefined {
  if (typeof step === 'number') return Number.isSafeInteger(step) && step >= 0 ? { waitMs: step } : undefined;
  if (typeof step === 'string') return { host, line: step };
  if (Array.isArray(step)) return step.length === 2 && step.every((part) => typeof part === 'string') ? { host: step[0], line: step[1] } : undefined;
  // An event is any object with a type: the sim vets its fields when the link is replayed.
  if (step && typeof step === 'object' && typeof (step as { type?: unknown }).type === 'string') return { event: step as LabEvent };
  return undefined;
}

/** The host most of the steps' lines ran on (the first host when there are none). */
function usualHost(steps: readonly LabStep[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const step of steps) if ('line' in step) counts.set(step.host, (counts.get(step.host) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
}

export function toJson(preset: string, steps: readonly LabStep[], fingerprint: string, fallbackHost: string): string {
  const host = usualHost(steps, fallbackHost);
  return JSON.stringify({ v: LINK_VERSION, p: preset, h: host, s: steps.map((step) => compact(step, host)), f: fingerprint });
}

export function fromJson(text: string): LinkPayload | LinkProblem {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'damaged';
  }
  if (!data || typeof data !== 'object') return 'damaged';
  const { v, p, h, s, f } = data as Record<string, unknown>;
  if (typeof v === 'number' && v !== LINK_VERSION) return 'version';
  if (v !== LINK_VERSION || typeof p !== 'string' || typeof h !== 'string' || typeof f !== 'string' || !Array.isArray(s) || s.length > MAX_STEPS) return 'damaged';
  const steps = s.map((step) => expand(step, h));
  if (steps.some((step) => step === undefined)) return 'damaged';
  return { version: v, preset: p, host: h, steps: steps as LabStep[], fingerprint: f };
}

/** FNV-1a over the lab's JSON: two labs with the same fingerprint are, for a link, the same lab. */
export function fingerprint(lab: unknown): string {
  const text = JSON.stringify(lab);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[\w-]*$/.test(text)) return undefined;
  try {
    return Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Bytes through a (de)compression stream; rejects on data the stream cannot read. */
async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

const canDeflate = () => typeof CompressionStream === 'function';

/** The fragment's value after `lab=`: `z` marks a deflated payload, `j` plain JSON. */
export async function encodePayload(labId: string, json: string): Promise<string> {
  const bytes = new TextEncoder().encode(json);
  const body = canDeflate() ? `z${toBase64Url(await through(bytes, new CompressionStream('deflate-raw')))}` : `j${toBase64Url(bytes)}`;
  return `${labId}.${body}`;
}

/** The lab id a fragment names (undefined when it names none this site could have made). */
export function labIdOf(fragment: string): string | undefined {
  const value = fragment.replace(/^#/, '');
  if (!value.startsWith(LINK_KEY)) return undefined;
  const id = value.slice(LINK_KEY.length).split('.')[0]!;
  return LAB_ID.test(id) ? id : undefined;
}

/** The payload of a `#lab=` fragment, or why it cannot be read. */
export async function decodeFragment(fragment: string): Promise<LinkPayload | LinkProblem> {
  const value = fragment.replace(/^#/, '').slice(LINK_KEY.length);
  const body = value.slice(value.indexOf('.') + 1);
  const bytes = fromBase64Url(body.slice(1));
  if (!bytes || !labIdOf(fragment) || !value.includes('.')) return 'damaged';
  try {
    if (body[0] === 'j') return fromJson(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (body[0] === 'z' && typeof DecompressionStream === 'function') return fromJson(new TextDecoder('utf-8', { fatal: true }).decode(await through(bytes, new DecompressionStream('deflate-raw'))));
  } catch {
    // A truncated or altered deflate stream, or bytes that are not UTF-8.
  }
  return 'damaged';
}
