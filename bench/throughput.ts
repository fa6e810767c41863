/// <reference types="node" />
/**
 * sim-core shell throughput in Node: how many `exec` calls per second on a mixed list of
 * commands, threading the lab through every call as the store does.
 */
import { performance } from 'node:perf_hooks';
import { fullSim, type LabState } from '#sim-core';

/** A mix of what readers type: files, pipes, storage, versions, cd, status, history, typos. */
export const MIXED_COMMANDS: readonly string[] = [
  'ls /',
  'cat /bootbank/boot.cfg',
  'cat /bootbank/boot.cfg | grep build',
  'df -h',
  'vdf -h',
  'vmware -lv',
  'uname -a',
  'pwd',
  'cd /vmfs/volumes',
  'cd /',
  'echo $?',
  'history | tail -n 3',
  'nope',
  'uptime',
  'ps | grep hostd',
  'esxcfg-vswitch -l',
  'esxcfg-vmknic -l',
  'esxcfg-advcfg -g /DataMover/HardwareAcceleratedMove',
];

export interface ThroughputResult {
  commandsPerSecond: number;
  commands: number;
  seconds: number;
}

export interface ThroughputOptions {
  /** Time spent measuring, in milliseconds (default 2000). */
  durationMs?: number;
  /** Commands run before timing starts (default 5000). */
  warmupCommands?: number;
  preset?: string;
  host?: string;
}

export function measureThroughput(options: ThroughputOptions = {}): ThroughputResult {
  const { durationMs = 2000, warmupCommands = 5000, preset = 'after-upgrade', host = 'esx01' } = options;
  let lab: LabState = fullSim.createLab(preset);
  let i = 0;
  let sink = 0; // keep the output observable so nothing is optimised away
  const step = () => {
    const result = fullSim.exec(lab, host, MIXED_COMMANDS[i++ % MIXED_COMMANDS.length]!);
    lab = result.lab;
    sink += result.output.length;
  };

  for (let n = 0; n < warmupCommands; n++) step();

  let commands = 0;
  const start = performance.now();
  let elapsed = 0;
  // Check the clock once per round of the list, so timing costs little.
  while (elapsed < durationMs) {
    for (let n = 0; n < MIXED_COMMANDS.length; n++) step();
    commands += MIXED_COMMANDS.length;
    elapsed = performance.now() - start;
  }
  if (sink < 0) console.log(sink);
  const seconds = elapsed / 1000;
  return { commandsPerSecond: commands / seconds, commands, seconds };
}
