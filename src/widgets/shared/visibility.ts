import { requestClock, type ClockHandle, type ClockRole } from '../../stores/clock';

/** Holds a clock request for a widget, marked visible while the widget is on screen. */
export function watchClock(element: HTMLElement, labId: string, role: ClockRole = 'view'): () => void {
  const clock: ClockHandle = requestClock(labId, role);
  if (typeof IntersectionObserver === 'undefined') {
    clock.setVisible(true);
    return clock.release;
  }
  const observer = new IntersectionObserver((entries) => clock.setVisible(entries.some((entry) => entry.isIntersecting)));
  observer.observe(element);
  return () => {
    observer.disconnect();
    clock.release();
  };
}
