import { BANKS, buildInfo, defaultBank, readBank, type HostState } from '#sim-core/core';

export interface BankView {
  label: string;
  partition: number;
  mountedAs: '/bootbank' | '/altbootbank';
  booted: boolean;
  /** The bank the loader would pick at the next boot. */
  bootsNext: boolean;
  build: string;
  release: string;
  updated: string;
  bootstate: string;
  bootstateMeaning: string;
}

const MEANINGS: Record<string, string> = {
  '0': 'valid: bootable',
  '1': 'upgrading: written by an update, not booted yet',
  '2': 'dirty: first boot under way',
  '3': 'invalid: not bootable',
};

/** Both banks as the reader should see them, read from the host's boot.cfg files. */
export function bankViews(host: HostState): BankView[] {
  const next = defaultBank(host);
  return BANKS.map((bank) => {
    const config = readBank(host, bank);
    const booted = host.boot.booted === bank;
    const state = config?.bootstate === undefined ? '' : String(config.bootstate);
    return {
      label: host.disk.banks[bank].label,
      partition: bank === 0 ? 5 : 6,
      mountedAs: booted ? '/bootbank' : '/altbootbank',
      booted,
      bootsNext: next === bank,
      build: config?.build || 'empty',
      release: config ? (buildInfo(config.build)?.release ?? 'unknown build') : 'no image',
      updated: config ? String(config.updated) : '-',
      bootstate: config ? state || '(missing)' : '-',
      bootstateMeaning: config ? (MEANINGS[state] ?? 'not bootable') : 'no boot.cfg',
    };
  });
}
