import { clockTime } from '#sim-core/core';
import { $liveSpeed, liveSpeed, setLiveSpeed } from '../../stores/clock';
import { getLab, labStore, sendEvent } from '../../stores/labs';
import { setText } from './dom';
import { TIME_TEXT as T } from './time-strings';

/** One press of "Step": a second, the traffic model's own step. */
export const STEP_MS = 1000;

/** The speed a paused lab resumes at: the one last chosen in the menu. */
const speedIn = (select: HTMLSelectElement) => Number(select.value) || 1;

/**
 * Binds a widget's TimeControls (if it has them) to its lab's clock; returns the unbinding.
 * The controls show the lab's clock and speed, which any widget on the lab can change.
 */
export function bindTimeControls(widget: HTMLElement, labId: string): () => void {
  const group = widget.querySelector<HTMLElement>('[data-part="time"]');
  if (!group) return () => {};
  const part = <E extends HTMLElement>(name: string) => group.querySelector<E>(`[data-time="${name}"]`)!;
  const select = part<HTMLSelectElement>('speed');
  const draw = () => {
    const speed = liveSpeed(labId);
    if (speed > 0) select.value = String(speed);
    setText(part('toggle'), speed === 0 ? T.play : T.pause);
    const lab = getLab(labId);
    if (lab) setText(part('clock'), T.clock(clockTime(lab.clock.nowMs), speed));
  };
  const onClick = (event: Event) => {
    const action = (event.target as HTMLElement).dataset.time;
    if (action === 'toggle') setLiveSpeed(labId, liveSpeed(labId) === 0 ? speedIn(select) : 0);
    if (action === 'step') sendEvent(labId, { type: 'tick', ms: STEP_MS });
  };
  // A new speed while paused is kept for Play; while running it applies at once.
  const onChange = () => liveSpeed(labId) !== 0 && setLiveSpeed(labId, speedIn(select));
  group.addEventListener('click', onClick);
  select.addEventListener('change', onChange);
  const stops = [$liveSpeed.listen(draw), labStore(labId).listen(draw)];
  draw();
  return () => {
    group.removeEventListener('click', onClick);
    select.removeEventListener('change', onChange);
    stops.forEach((stop) => stop());
  };
}
