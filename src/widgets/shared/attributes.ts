import { $sim } from '../../stores/sim';

export interface LabAttributes {
  lab: string;
  preset: string;
  host: string;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Reads and vets the attributes every lab widget carries. Bad values (a hand-edited embed, a
 * preset whose code did not load) become a sentence the widget shows instead of a broken widget.
 */
export function readLabAttributes(element: HTMLElement): LabAttributes | { error: string } {
  const lab = element.getAttribute('lab') ?? '';
  const preset = element.getAttribute('preset') ?? '';
  const host = element.getAttribute('host') ?? 'esx01';
  if (!ID_PATTERN.test(lab)) return { error: `This widget names no valid lab ("${lab.slice(0, 40)}").` };
  if (!$sim.get().presetInfo(preset)) return { error: `Unknown lab preset "${preset.slice(0, 40)}".` };
  if (!ID_PATTERN.test(host)) return { error: `Unknown host "${host.slice(0, 40)}".` };
  return { lab, preset, host };
}
