import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { KIT_ORDER } from '#sim-core/core';
import { HOSTS_OF, PRESETS, anyStep } from '../../../sim-core/src/testing/arbitrary';
import { ensureLab, execInLab, getLab, labHistory, playSteps, resetLab, sendEvent } from '../labs';
import { $sim, loadCommandsOf, loadKits } from '../sim';
import { LINK_KEY, decodeFragment, encodePayload, fingerprint, labIdOf, toJson, type LinkPayload } from './codec';
import { replay } from './replay';

// Every kit's engine (the vcenter kit has no commands) and every kit's commands, as a page that has fetched them all.
beforeAll(() => Promise.all([loadKits([...KIT_ORDER]), loadCommandsOf([...KIT_ORDER])]));

let labs = 0;
const freshLab = (preset: string) => {
  const id = `link-${++labs}`;
  ensureLab(id, preset);
  return id;
};

/** A page's clock: frames of a few (fractional) milliseconds, as requestAnimationFrame gives them. */
const frames = fc.array(fc.double({ min: 0, max: 250, noNaN: true }), { minLength: 1, maxLength: 30 });

/** What a reader does on a preset's lab: lines, events (some refused) and time passing, through the page's stores. */
const session = fc.constantFrom(...PRESETS).chain((preset) =>
  fc.array(fc.oneof({ weight: 3, arbitrary: anyStep(HOSTS_OF[preset]!) }, { weight: 2, arbitrary: frames.map((ms) => ({ kind: 'frames' as const, ms })) }), { maxLength: 20 }).map((steps) => ({ preset, steps })),
);

async function linkOf(labId: string): Promise<string> {
  const lab = getLab(labId)!;
  return `#${LINK_KEY}${await encodePayload(labId, toJson(lab.preset, labHistory(labId), fingerprint(lab), 'esx01'))}`;
}

async function decoded(fragment: string): Promise<LinkPayload> {
  const payload = await decodeFragment(fragment);
  if (typeof payload === 'string') throw new Error(`link not read: ${payload}`);
  return payload;
}

describe('a lab link replays the lab it was made from', () => {
  it('any lines, events and time, recorded, encoded, decoded and replayed from the preset, give the same lab', async () => {
    await fc.assert(
      fc.asyncProperty(session, async ({ preset, steps }) => {
        const id = freshLab(preset);
        for (const step of steps) {
          if (step.kind === 'frames') step.ms.forEach((ms) => sendEvent(id, { type: 'tick', ms }));
          else if (step.kind === 'exec') execInLab(id, step.host, step.line);
          else sendEvent(id, step.event as never);
        }
        const fragment = await linkOf(id);
        expect(labIdOf(fragment)).toBe(id);
        const payload = await decoded(fragment);
        const result = replay($sim.get(), payload.preset, payload.steps);
        if (!('lab' in result)) throw new Error(`not replayed: ${JSON.stringify(result)}`);
        expect(result.lab).toEqual(getLab(id));
        expect(fingerprint(result.lab)).toBe(payload.fingerprint);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('keeps the frames of a boot as one wait between two actions, and the link short', async () => {
    const id = freshLab('after-upgrade');
    execInLab(id, 'esx01', 'reboot');
    for (let frame = 0; frame < 400; frame++) sendEvent(id, { type: 'tick', ms: 16.7 });
    sendEvent(id, { type: 'console-key', host: 'esx01', key: 'Shift+R' });
    for (let frame = 0; frame < 1000; frame++) sendEvent(id, { type: 'tick', ms: 16.7 });
    expect(labHistory(id)).toEqual([{ host: 'esx01', line: 'reboot' }, { waitMs: 6400 }, { event: { type: 'console-key', host: 'esx01', key: 'Shift+R' } }, { waitMs: 16_000 }]);
    const fragment = await linkOf(id);
    expect(fragment.length).toBeLessThan(400);
    const payload = await decoded(fragment);
    const result = replay($sim.get(), payload.preset, payload.steps);
    expect('lab' in result && result.lab).toEqual(getLab(id));
  });

  it('says what each replayed line printed, prompt first, for the terminals', async () => {
    const id = freshLab('after-upgrade');
    execInLab(id, 'esx01', 'cd /bootbank');
    execInLab(id, 'esx01', 'grep build boot.cfg');
    const payload = await decoded(await linkOf(id));
    const result = replay($sim.get(), payload.preset, payload.steps);
    if (!('printed' in result)) throw new Error('not replayed');
    expect(result.printed[1]).toEqual({ host: 'esx01', lines: [{ text: '/bootbank # grep build boot.cfg', kind: 'prompt' }, { text: 'build=4.1.0-348481', kind: 'stdout' }], clear: false });
  });

  it('starts again from nothing after a reset, and holds a played solution as its steps', async () => {
    const id = freshLab('after-upgrade');
    execInLab(id, 'esx01', 'touch /tmp/x');
    resetLab(id);
    expect(labHistory(id)).toEqual([]);
    await playSteps(id, [{ kind: 'exec', host: 'esx01', line: 'reboot' }, { kind: 'event', event: { type: 'tick', ms: 20_000 }, says: 'wait' }]);
    expect(labHistory(id)).toEqual([{ host: 'esx01', line: 'reboot' }, { waitMs: 20_000 }]);
    const result = replay($sim.get(), 'after-upgrade', labHistory(id));
    expect('lab' in result && result.lab).toEqual(getLab(id));
  });

  it('does not record what changed nothing: a refused event, a line whose commands are still being fetched', () => {
    const id = freshLab('after-upgrade');
    sendEvent(id, { type: 'power', host: 'esx09', action: 'reboot' });
    sendEvent(id, { type: 'tick', ms: 0 });
    expect(labHistory(id)).toEqual([]);
  });
});

describe('a link that cannot be trusted says why', () => {
  const good = async () => {
    const id = freshLab('after-upgrade');
    execInLab(id, 'esx01', 'echo hello > /tmp/x');
    return linkOf(id);
  };

  it('a truncated or altered payload is refused, or leads to another lab than its fingerprint says', async () => {
    const fragment = await good();
    const original = await decoded(fragment);
    expect(await decodeFragment(fragment.slice(0, -6))).toBe('damaged');
    let detected = 0;
    for (let at = fragment.indexOf('.') + 2; at < fragment.length; at++) {
      const changed = fragment.slice(0, at) + (fragment[at] === 'A' ? 'B' : 'A') + fragment.slice(at + 1);
      const payload = await decodeFragment(changed);
      if (typeof payload === 'string') {
        detected++;
        continue;
      }
      // Deflate may still read an altered byte: then the lab the steps lead to betrays it (or the change meant nothing).
      const result = replay($sim.get(), payload.preset, payload.steps);
      const caught = !('lab' in result) || fingerprint(result.lab) !== payload.fingerprint;
      if (caught) detected++;
      else expect(payload).toEqual(original);
    }
    expect(detected).toBeGreaterThan(0);
  });

  it('a payload of another version, or not of this shape, is refused with its reason', async () => {
    const plain = (json: string) => `#lab=boot.j${Buffer.from(json).toString('base64url')}`;
    expect(await decodeFragment(plain('{"v":2,"p":"after-upgrade","h":"esx01","s":[],"f":""}'))).toBe('version');
    expect(await decodeFragment(plain('{"v":1,"p":"after-upgrade","h":"esx01","s":[-5],"f":""}'))).toBe('damaged');
    expect(await decodeFragment(plain('{"v":1,"p":"after-upgrade","h":"esx01","s":[[1,2]],"f":""}'))).toBe('damaged');
    expect(await decodeFragment(plain('{"v":1,"p":7}'))).toBe('damaged');
    expect(await decodeFragment(plain('not json'))).toBe('damaged');
    expect(await decodeFragment('#lab=boot.z!!!')).toBe('damaged');
    expect(await decodeFragment('#lab=Bad Id.jxx')).toBe('damaged');
    expect(await decodeFragment('#lab=boot')).toBe('damaged');
    const ok = await decodeFragment(plain('{"v":1,"p":"after-upgrade","h":"esx01","s":[1000,"ls",["esx02","ps"],{"type":"answer","question":"q","value":"a"}],"f":"x"}'));
    expect(ok).toEqual({ version: 1, preset: 'after-upgrade', host: 'esx01', fingerprint: 'x', steps: [{ waitMs: 1000 }, { host: 'esx01', line: 'ls' }, { host: 'esx02', line: 'ps' }, { event: { type: 'answer', question: 'q', value: 'a' } }] });
  });

  it('a step the lab refuses now, or a host it lacks, stops the replay with the reason', () => {
    expect(replay($sim.get(), 'after-upgrade', [{ event: { type: 'power', host: 'esx01', action: 'reboot' } }, { event: { type: 'power', host: 'esx01', action: 'reboot' } }])).toEqual({ refused: expect.stringMatching(/^step 2: /) });
    expect(replay($sim.get(), 'after-upgrade', [{ host: 'esx07', line: 'ls' }])).toEqual({ refused: 'step 1: no host esx07' });
  });
});

describe('the link to copy', () => {
  it('is the page with the lab in its fragment, or past the limit the page alone with the length it would have had', async () => {
    const { labLink } = await import('./share-link');
    const id = freshLab('after-upgrade');
    execInLab(id, 'esx01', 'uptime');
    const short = await labLink('https://example.org/boot-process/#lab=old.j', id, 'after-upgrade', 'esx01');
    expect('url' in short && short.url).toMatch(new RegExp(`^https://example\\.org/boot-process/#lab=${id}\\.z[\\w-]+$`));
    let seed = 11;
    for (let n = 0; n < 20; n++) execInLab(id, 'esx01', `echo ${Array.from({ length: 150 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('')}`);
    const long = await labLink('https://example.org/boot-process/', id, 'after-upgrade', 'esx01');
    expect(long).toEqual({ tooLong: expect.any(Number), fresh: 'https://example.org/boot-process/' });
    expect('tooLong' in long && long.tooLong).toBeGreaterThan(2000);
  });
});
