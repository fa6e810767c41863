/**
 * What esxcli says about words that are not the one command this lab simulates. The
 * unknown-namespace wording is 5.x's (`Error: Unknown command or namespace ...`) [guess for 4.1].
 */
export const ESXCLI_TEXT = {
  unknown: (words: readonly string[]) => `Error: Unknown command or namespace ${words.join(' ')}`,
  incomplete: (words: readonly string[], next: readonly string[]) => `Usage: esxcli ${words.join(' ')} {${next.join('|')}}`,
  notSimulated: (path: string) => `esxcli ${path}: not simulated in this lab (a real ESXi 4.1 host has it; this lab models esxcli corestorage device list)`,
} as const;
