import { LOADER_TEXT } from './loader-strings';

/** The site's own labels (not the simulated host's output, which lives in sim-core/src/messages). */
export const UI = {
  terminal: {
    region: (host: string) => `Terminal, ${host}`,
    input: 'Command',
    run: 'Run',
    clear: 'Clear screen',
    hostDown: (host: string) => `${host} is not running; boot it on its boot console.`,
    runChip: (command: string) => `Run ${command}`,
    chipResult: (command: string) => `Output of ${command}`,
    kitFailed: 'The part of the lab that answers this command did not load (is the connection down?). Run the line again to retry.',
    noLab: (lab: string) => `This page has no lab named "${lab.slice(0, 40)}".`,
  },
  bootBanks: {
    region: (host: string) => `Boot banks, ${host}`,
  },
  scenario: {
    region: (title: string) => `Scenario: ${title}`,
    /** A goal's mark: a condition to keep "holds", a thing to do is "done". */
    mark: (goal: { met: boolean; keep: boolean }) => (goal.met ? (goal.keep ? '✓ Holds:' : '✓ Done:') : '○ Not yet:'),
    /** Shown once saved progress says the reader finished it, while the lab (fresh on each visit) has not met its goals again. */
    finishedBefore: '✓ You have finished this scenario: it stays finished in this browser. The lab below starts afresh on each visit, so its goals show what it holds now; do it again if you like.',
  },
  widgetError: LOADER_TEXT.widgetError,
  /** A lab widget's attributes that do not name a lab, preset or host this page has (shown cut to 40 characters). */
  badAttribute: {
    lab: (lab: string) => `This widget names no valid lab ("${lab.slice(0, 40)}").`,
    preset: (preset: string) => `Unknown lab preset "${preset.slice(0, 40)}".`,
    host: (host: string) => `Unknown host "${host.slice(0, 40)}".`,
  },
  runtimeFailed: LOADER_TEXT.runtimeFailed,
} as const;
