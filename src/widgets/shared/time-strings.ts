/** The lab-time controls' words (TimeControls.astro renders them; time-controls.ts updates them). */
export const TIME_TEXT = {
  group: 'Simulated time',
  pause: 'Pause',
  play: 'Play',
  step: 'Step 1 s',
  speed: 'Speed',
  speedOption: (speed: number) => `${speed}× real time`,
  clock: (time: string, speed: number) => `Lab time ${time}${speed === 0 ? ', paused' : ''}`,
} as const;
