import { map } from 'nanostores';
import { consoleIsBusy, type LabState } from '#sim-core/core';
import { eachLab, getLab, sendEvent } from './labs';
import { $sim } from './sim';

/**
 * Real time drives a lab's virtual clock while one of its widgets is on screen and something
 * in the lab runs on its own: a boot, a copy, a Tech Support Mode timeout, traffic (the sim
 * says, through `busy`). Whatever widgets the page has: a clone started in a terminal finishes
 * while the terminal is in view. A boot console's countdown runs only while a console showing
 * it is on screen (a reader scrolled elsewhere must not miss the loader); an image that is
 * already loading finishes either way.
 */
export interface ClockHandle {
  setVisible: (visible: boolean) => void;
  release: () => void;
}

/** A boot console, whose countdown waits for it to be seen; or any other view of the lab. */
export type ClockRole = 'console' | 'view';

interface Owner {
  visible: boolean;
  role: ClockRole;
}

/** Simulated seconds per real second that a reader may pick for live views; 0 is paused. */
export const LIVE_SPEEDS = [1, 2, 5, 10] as const;

/**
 * How fast time runs in each lab (absent: 1). One value per lab, so every widget on that
 * lab shows the same state and any of them can pause it. A booting console is not affected.
 */
export const $liveSpeed = map<Record<string, number>>({});

export const liveSpeed = (labId: string): number => $liveSpeed.get()[labId] ?? 1;

/** Paused (0) or one of LIVE_SPEEDS; anything else is ignored. */
export function setLiveSpeed(labId: string, speed: number) {
  if (speed !== 0 && !(LIVE_SPEEDS as readonly number[]).includes(speed)) return;
  $liveSpeed.setKey(labId, speed);
  schedule();
}

const owners = new Map<string, Set<Owner>>();
let frame: number | null = null;
let last = 0;
/** The largest step one animation frame may take, so a background tab does not jump ahead. */
const MAX_FRAME_MS = 250;

export function requestClock(labId: string, role: ClockRole): ClockHandle {
  const owner: Owner = { visible: false, role };
  const set = owners.get(labId) ?? new Set<Owner>();
  set.add(owner);
  owners.set(labId, set);
  return {
    setVisible: (visible) => {
      owner.visible = visible;
      schedule();
    },
    release: () => {
      set.delete(owner);
      if (set.size === 0) owners.delete(labId);
    },
  };
}

const booting = (lab: LabState) => Object.values(lab.hosts).some(consoleIsBusy);
const isLoading = (lab: LabState) => Object.values(lab.hosts).some((host) => host.console.screen === 'loading');

/** Whether a lab's clock should move now. */
function runs(labId: string, set: Set<Owner>): boolean {
  const lab = getLab(labId);
  if (!lab) return false;
  const seen = (list: Owner[]) => list.some((owner) => owner.visible);
  if (booting(lab)) {
    const consoles = [...set].filter((owner) => owner.role === 'console');
    return seen(consoles.length > 0 ? consoles : [...set]) || isLoading(lab);
  }
  return liveSpeed(labId) > 0 && seen([...set]) && $sim.get().busy(lab);
}

const tickable = (): string[] => [...owners.entries()].filter(([id, set]) => runs(id, set)).map(([id]) => id);

function schedule() {
  if (frame !== null || typeof requestAnimationFrame === 'undefined' || tickable().length === 0) return;
  last = performance.now();
  frame = requestAnimationFrame(step);
}

/**
 * Work other than a boot needs only a few steps a second (traffic and copies move in whole
 * seconds), and every step redraws every widget on the lab: its time is sent in slices.
 */
const LIVE_STEP_MS = 200;
const pendingMs = new Map<string, number>();

function step(now: number) {
  frame = null;
  const elapsed = Math.min(MAX_FRAME_MS, Math.max(0, now - last));
  last = now;
  for (const labId of tickable()) {
    if (booting(getLab(labId)!)) {
      sendEvent(labId, { type: 'tick', ms: elapsed });
      continue;
    }
    const pending = (pendingMs.get(labId) ?? 0) + elapsed * liveSpeed(labId);
    pendingMs.set(labId, pending >= LIVE_STEP_MS ? 0 : pending);
    if (pending >= LIVE_STEP_MS) sendEvent(labId, { type: 'tick', ms: pending });
  }
  if (tickable().length > 0) frame = requestAnimationFrame(step);
}

// A lab that starts working (a reboot, a clone) wakes the loop up.
eachLab((_id, store) => store.listen(() => schedule()));
