import { PROMPT } from '#sim-core/core';
import { execInLab, getLab } from './labs';
import { appendLines, sessionKey } from './transcripts';

/** A line typed (or tapped) into a lab's shell: echoed with its prompt, then its output. */
export function runCommand(labId: string, host: string, line: string): number {
  const key = sessionKey(labId, host);
  const before = getLab(labId)?.hosts[host];
  const up = before?.console.screen === 'running';
  const echo = up ? [{ text: `${PROMPT(before.shell.cwd)}${line}`, kind: 'prompt' as const }] : [];
  const result = execInLab(labId, host, line);
  if (!result) {
    appendLines(key, [{ text: `This page has no lab named "${labId}".`, kind: 'system' }]);
    return 1;
  }
  appendLines(key, [...echo, ...result.output], result.clearScreen);
  return result.exitCode;
}
