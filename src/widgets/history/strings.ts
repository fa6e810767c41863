/** Every label and sentence the history widgets show, in one place. Names follow DESIGN.md. */
export const HISTORY_TEXT = {
  timeline: {
    region: "Timeline: VMware's history",
  },
  versions: {
    region: (families: string[], versions: string[]) => `Version table: ${joinAnd(families)} ${versions.join(', ')}`,
    caption: (families: string[]) => `${joinAnd(families)} compared`,
    feature: 'Feature',
    scroll: 'Version table, scrollable',
    columnsLegend: 'Versions shown',
    presetsLabel: 'Quick choices',
    showAll: 'Show all versions',
    showOnly: (what: string) => `Show only ${what}`,
    onlyDiffering: 'Only rows that differ',
    notes: 'Notes',
    noteRef: (number: number) => `Note ${number}`,
    keepOne: 'At least one version stays shown.',
  },
} as const;

/** "ESX", "ESX and ESXi", "A, B and C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
