/** The VAAI counters widget's labels (kept beside it so other pages do not ship them). */
export const VAAI_COUNTERS_TEXT = {
  region: (host: string) => `VAAI counters, ${host}`,
  caption: (host: string, time: string) => `esxtop disk device counters on ${host}, lab time ${time} (counts since the lab began; /s columns over the last 5 s)`,
  scroll: 'Counters table (scrolls)',
  counter: 'Counter',
  historyHeading: (lun: string, seconds: number) => `Locking on ${lun}, per second, last ${seconds} s`,
  series: {
    cons: 'CONS: reservation conflicts',
    resv: 'RESV: SCSI reservations',
    ats: 'ATS: hardware-assisted locking commands',
    atsf: 'ATSF: in this lab, an ATS that found the lock record taken',
  },
  peak: (label: string, peak: number) => `${label} (peak ${peak}/s)`,
  summary: (lun: string, seconds: number, resv: number, cons: number, ats: number, atsf: number) =>
    `Last ${seconds} s on ${lun}: ${resv} reservations, ${cons} reservation conflicts, ${ats} ATS, ${atsf} ATSF.`,
  tableToggle: 'Per-second values as a table',
  tableCaption: 'Seconds with any locking activity (lab time)',
  tableColumns: ['Second', 'RESV', 'CONS', 'ATS', 'ATSF'],
  quiet: 'No reservations, conflicts or ATS in this period.',
} as const;
