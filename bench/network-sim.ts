/// <reference types="node" />
/**
 * The network kit's traffic model in Node: one simulated hour of `dvswitch-lab` (two hosts, four
 * uplinks each, 40 VM ports) at one-second ticks, with Load-Based Teaming on and demand changing
 * every minute so NIOC and LBT have work to do, threading the lab through every step as the store does.
 */
import { performance } from 'node:perf_hooks';
import { fullSim, type LabEvent, type LabState } from '#sim-core';

const dispatch = (lab: LabState, event: LabEvent): LabState => fullSim.dispatch(lab, event).lab;

export interface NetworkSimResult {
  /** Wall time of the best run, in milliseconds. */
  ms: number;
  ticks: number;
  moves: number;
}

function simulateHour(): { lab: LabState; ticks: number } {
  let lab = dispatch(fullSim.createLab('dvswitch-lab'), { type: 'teaming', portGroup: 'VM Network', policy: 'loadBased' });
  let ticks = 0;
  for (let second = 1; second <= 3600; second++) {
    if (second % 60 === 0) {
      // A different VM gets busy each minute, and vMotion runs for half of every 10 minutes.
      const vm = 100 + ((second / 60) * 7) % 20;
      lab = dispatch(lab, { type: 'net-demand', host: 'esx01', port: String(vm), mbps: 400 + (second % 300) });
      lab = dispatch(lab, { type: 'net-demand', host: 'esx01', port: 'vmk1', mbps: second % 600 < 300 ? 1000 : 0 });
    }
    lab = dispatch(lab, { type: 'tick', ms: 1000 });
    ticks++;
  }
  return { lab, ticks };
}

export function measureNetworkSim(runs = 5): NetworkSimResult {
  simulateHour(); // warm-up
  let best = Number.POSITIVE_INFINITY;
  let last: { lab: LabState; ticks: number } | null = null;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    last = simulateHour();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, ticks: last!.ticks, moves: last!.lab.network.traffic?.moves.length ?? 0 };
}
