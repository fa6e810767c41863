import { KIT_ORDER, type LabState } from '#sim-core/core';
import { SHARE_TEXT as T } from '../../widgets/shared/share-strings';
import { ensureLab, resetLab, setLab, type LabStep } from '../labs';
import { inTurn } from '../shell';
import { $sim, loadCommandsOf, loadKits } from '../sim';
import { appendLines, sessionKey } from '../transcripts';
import { decodeFragment, fingerprint, labIdOf, type LinkPayload } from './codec';
import { replay, type Printed } from './replay';

/**
 * Opens a `#lab=` link once the page's widgets are live: the lab it names is played again from
 * its preset, step by step, and every widget of that lab shows the result (the terminals what
 * each line printed). A link that cannot be read, or no longer leads to the same lab, leaves
 * the lab at its preset and says why in the lab's note. Other labs of the page start fresh.
 * Lines typed meanwhile wait for the replay (shell.ts inTurn).
 */
export function openLink(fragment: string): Promise<void> {
  return inTurn(async () => {
    const labId = labIdOf(fragment);
    const preset = labId && document.querySelector(`[lab="${labId}"][preset]`)?.getAttribute('preset');
    // A scenario panel creates its lab once its scenarios arrive: the link may come first.
    if (!labId || !preset || !ensureLab(labId, preset)) return say(firstNote(), labId ? T.problem.noLab(labId) : T.problem.damaged);
    const payload = await decodeFragment(fragment);
    if (typeof payload === 'string') return say(noteOf(labId), T.problem[payload]);
    if (payload.preset !== preset) return say(noteOf(labId), T.problem.preset(payload.preset));
    const outcome = await replayed(payload).catch(() => T.problem.fetch);
    if (typeof outcome === 'string') return say(noteOf(labId), outcome);
    for (const { host, lines, clear } of outcome.printed) appendLines(sessionKey(labId, host), lines, clear);
    setLab(labId, outcome.lab, payload.steps);
    showOpened(labId, payload.steps);
  });
}

/** The payload's lab, fetching the code its steps need; or why it cannot be had. */
async function replayed(payload: LinkPayload): Promise<{ lab: LabState; printed: Printed[] } | string> {
  for (let round = 0; round <= KIT_ORDER.length * 2; round++) {
    const result = replay($sim.get(), payload.preset, payload.steps);
    if ('refused' in result) return T.problem.refused(result.refused);
    if ('lab' in result) return payload.steps.length === 0 || fingerprint(result.lab) === payload.fingerprint ? result : T.problem.changed;
    await loadKits(result.engines);
    await loadCommandsOf(result.commands);
  }
  return T.problem.changed;
}

const firstNote = () => document.querySelector<HTMLElement>('[data-lab-note]');
const noteOf = (labId: string) => document.querySelector<HTMLElement>(`[data-lab-note="${labId}"]`);

function say(note: HTMLElement | null, text: string) {
  if (!note) return;
  note.replaceChildren(text);
  note.hidden = false;
  // The lab may be far down the page: its first widget (just above its note) comes into view.
  note.closest('.esxi-share')?.previousElementSibling?.scrollIntoView({ block: 'start' });
}

function showOpened(labId: string, steps: readonly LabStep[]) {
  const note = noteOf(labId);
  if (!note) return;
  const lines = steps.filter((step) => 'line' in step).length;
  const actions = steps.filter((step) => 'event' in step).length;
  const reset = document.createElement('button');
  reset.type = 'button';
  reset.textContent = T.reset;
  reset.addEventListener('click', () => {
    resetLab(labId);
    // A reload now starts fresh too.
    history.replaceState(history.state, '', location.pathname + location.search);
    say(note, T.resetDone);
    note.tabIndex = -1;
    note.focus();
  });
  say(note, `${T.opened(lines, actions)} `);
  note.append(reset);
}
