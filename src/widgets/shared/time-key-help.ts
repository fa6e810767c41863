import type { WidgetKeys } from './key-help';
import { TIME_TEXT } from './time-strings';

/** The lab-time controls (TimeControls.astro) of the charts: ordinary controls, listed so readers know they are there. */
export const timeKeys = (title: string): WidgetKeys => ({
  title,
  where: `on its "${TIME_TEXT.group}" controls (Tab reaches them)`,
  keys: [
    { keys: 'Enter or Space', does: `On ${TIME_TEXT.pause} / ${TIME_TEXT.play}: stops or restarts lab time for every widget of this lab.` },
    { keys: 'Enter or Space', does: `On ${TIME_TEXT.step}: moves lab time on by one second while paused.` },
    { keys: 'Up / Down', does: `On ${TIME_TEXT.speed}: picks how many lab seconds pass per real second.` },
  ],
});
