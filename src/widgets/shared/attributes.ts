import { $sim } from '../../stores/sim';
import { UI } from '../../ui/strings';

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
  if (!ID_PATTERN.test(lab)) return { error: UI.badAttribute.lab(lab) };
  if (!$sim.get().presetInfo(preset)) return { error: UI.badAttribute.preset(preset) };
  if (!ID_PATTERN.test(host)) return { error: UI.badAttribute.host(host) };
  return { lab, preset, host };
}
