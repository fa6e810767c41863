import { ESXCLI41, esxcliLookup } from '../../shell/catalogue';
import { fail, type CommandResult } from '../../shell/types';
import { ESXCLI_TEXT as T } from '../../messages/esxcli';

/**
 * esxcli's answer to any words but `corestorage device list`, from 4.1's namespaces
 * (shell/catalogue.ts): a 4.1 command it does not model says so; 5.x words are unknown.
 */
export function esxcliOther(words: readonly string[]): CommandResult {
  const found = esxcliLookup(words);
  if (found.kind === 'command') return fail(`${T.notSimulated(found.path)}\n`);
  if (found.kind === 'unknown') return fail(`${T.unknown(found.words)}\n`);
  const [namespace, object] = found.words;
  const next = object === undefined ? Object.keys(ESXCLI41[namespace!]!) : [...ESXCLI41[namespace!]![object]!];
  return fail(`${T.incomplete(found.words, next)}\n`);
}
