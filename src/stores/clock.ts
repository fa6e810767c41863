import { map } from 'nanostores';
import { consoleIsBusy, type LabState } from '#sim-core/core';
import { $labs, sendEvent } from './labs';

/**
 * Real time drives the virtual clock only while a widget asks for it. A countdown runs only
 * while a console showing it is on screen (a reader scrolled elsewhere must not miss the
 * loader); an image that is already loading finishes either way.
 */
export interface ClockHandle {
  setVisible: (visible: boolean) => void;
  release: () => void;
}

/**
 * A console shows the countdown; a terminal on a lab without a console lets it run out; a
 * live view (traffic, copies, counters) keeps the lab's time running while it is on screen.
 */
export type ClockRole = 'console' | 'terminal' | 'live';

interface Owner {
  visible: boolean;
  role: ClockRole;
}

/** Simulated seconds per real second that a reader may pick for live views; 0 is paused. */
export const LIVE_SPEEDS = [1, 2, 5, 10] as const;

/**
 * How fast live time runs in each lab (absent: 1). One value per lab, so every widget on that
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

const isLoading = (lab: LabState) => Object.values(lab.hosts).some((host) => host.console.screen === 'loading');

function tickable(): string[] {
  const labs = $labs.get();
  return [...owners.entries()]
    .filter(([id, set]) => {
      const lab = labs[id];
      if (!lab) return false;
      if (liveSpeed(id) > 0 && [...set].some((owner) => owner.role === 'live' && owner.visible)) return true;
      const consoles = [...set].filter((owner) => owner.role === 'console');
      const watchers = consoles.length > 0 ? consoles : [...set];
      const seen = watchers.some((owner) => owner.visible);
      return seen ? Object.values(lab.hosts).some(consoleIsBusy) : isLoading(lab);
    })
    .map(([id]) => id);
}

function schedule() {
  if (frame !== null || tickable().length === 0) return;
  last = performance.now();
  frame = requestAnimationFrame(step);
}

/**
 * Live views only need a few steps a second (the traffic model works in whole seconds), and
 * every step redraws every widget on the lab: their time is sent in slices of this size.
 */
const LIVE_STEP_MS = 200;
const pendingLiveMs = new Map<string, number>();

/** A booting console animates every frame; otherwise only live views are asking for time. */
const animating = (labId: string) => Object.values($labs.get()[labId]?.hosts ?? {}).some(consoleIsBusy);

function step(now: number) {
  frame = null;
  const elapsed = Math.min(MAX_FRAME_MS, Math.max(0, now - last));
  last = now;
  for (const labId of tickable()) {
    if (animating(labId)) {
      sendEvent(labId, { type: 'tick', ms: elapsed });
      continue;
    }
    const pending = (pendingLiveMs.get(labId) ?? 0) + elapsed * liveSpeed(labId);
    pendingLiveMs.set(labId, pending >= LIVE_STEP_MS ? 0 : pending);
    if (pending >= LIVE_STEP_MS) sendEvent(labId, { type: 'tick', ms: pending });
  }
  if (tickable().length > 0) frame = requestAnimationFrame(step);
}

// A lab that starts animating (after `reboot`, say) wakes the loop up.
$labs.listen(() => schedule());
