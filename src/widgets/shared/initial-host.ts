import { createLab, isPresetId, type HostState, type LabState } from '#sim-core';

/**
 * The lab a widget starts from, for its server render. A chapter that names an unknown
 * preset or host fails the build with a sentence that says where, rather than shipping a
 * broken widget.
 */
export function initialLab(widget: string, lab: string, preset: string, host: string): { lab: LabState; host: HostState } {
  if (!isPresetId(preset)) throw new Error(`${widget}: unknown preset "${preset}" (lab "${lab}")`);
  const start = createLab(preset);
  const found = start.hosts[host];
  if (!found) throw new Error(`${widget}: preset "${preset}" has no host "${host}" (lab "${lab}")`);
  return { lab: start, host: found };
}

/** The attributes every lab widget takes in a chapter: which lab, its starting preset, which host. */
export interface LabWidgetProps {
  lab: string;
  preset?: string;
  host?: string;
}
