import type { LabState } from '#sim-core/core';
import { eachLab } from './labs';
import { $sim } from './sim';
import { $transcripts, redrawLine } from './transcripts';

/**
 * Progress lines (`Clone: 37% done.`) follow their lab: whenever a lab changes, each live line of
 * its sessions is redrawn from the sim, and stops being live once its program printed its last
 * redraw, or once what it reported on is gone (the lab was reset): then it stays as it was.
 */
function redrawLiveLines(labId: string, lab: LabState) {
  const sim = $sim.get();
  for (const [key, lines] of Object.entries($transcripts.get())) {
    if (!key.startsWith(`${labId}/`)) continue;
    for (const line of lines) {
      if (!line.live) continue;
      const now = sim.liveLine(lab, line.live);
      if (!now) redrawLine(key, line.id, line.text, undefined);
      else if (now.text !== line.text || now.done) redrawLine(key, line.id, now.text, now.done ? undefined : line.live);
    }
  }
}

eachLab((labId, store) => store.listen((lab) => {
  if (lab) redrawLiveLines(labId, lab);
}));
