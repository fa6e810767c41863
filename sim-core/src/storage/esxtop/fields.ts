/**
 * esxtop's disk device panel (`u`) as the lab models it: field groups a reader toggles (`f`) and
 * orders (`o`), each a run of columns. 4.1 added the VAAI statistics (esxi-facts.md, "esxtop");
 * the letters and the group names are the lab's reading of the real field screens [guess].
 * Queue, I/O and latency groups are not modelled, so they are not offered.
 */
import type { Column } from '../counters';

export type FieldLetter = 'A' | 'H' | 'O';

export interface FieldGroup {
  letter: FieldLetter;
  name: string;
  description: string;
  columns: readonly Column[];
}

export const DISK_FIELDS: readonly FieldGroup[] = [
  { letter: 'A', name: 'DEVICE', description: 'Device Name', columns: [] },
  { letter: 'H', name: 'RESVSTATS', description: 'Reserve Stats', columns: ['RESV/s', 'CONS/s'] },
  { letter: 'O', name: 'VAAISTATS', description: 'VAAI Stats', columns: ['CLONE_RD', 'CLONE_WR', 'CLONE_F', 'MBC_RD/s', 'MBC_WR/s', 'ATS', 'ATSF', 'ZERO', 'ZERO_F', 'MBZERO/s'] },
];

/** Every counter column the panel can show, in the field list's order: the CSV's counters too. */
export const ALL_DISK_COLUMNS: readonly Column[] = DISK_FIELDS.flatMap((group) => group.columns);

export const isFieldLetter = (key: string): key is FieldLetter => DISK_FIELDS.some((group) => group.letter === key);
