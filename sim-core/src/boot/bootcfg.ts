import type { BootConfig } from './types';

const KEY_ORDER = ['kernel', 'kernelopt', 'modules', 'build', 'updated', 'bootstate'] as const;

/** Parses a 4.1 boot.cfg (`key=value` lines). Unknown lines are kept, never dropped. */
export function parseBootCfg(text: string): BootConfig {
  const config: BootConfig = { kernel: '', kernelopt: '', modules: [], build: '', updated: 0, bootstate: undefined, extra: [] };
  let sawUpdated = false;
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    const key = eq < 0 ? '' : line.slice(0, eq).trim();
    const value = eq < 0 ? '' : line.slice(eq + 1).trim();
    switch (key) {
      case 'kernel': config.kernel = value; break;
      case 'kernelopt': config.kernelopt = value; break;
      case 'modules': config.modules = value.split('---').map((m) => m.trim()).filter(Boolean); break;
      case 'build': config.build = value; break;
      case 'updated': config.updated = toInt(value) ?? 0; sawUpdated = toInt(value) !== undefined; break;
      case 'bootstate': config.bootstate = toInt(value); break;
      default: if (line.trim() !== '') config.extra.push(line);
    }
  }
  if (!sawUpdated) config.updated = 0;
  return config;
}

function toInt(value: string): number | undefined {
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

export function serializeBootCfg(config: BootConfig): string {
  const values: Record<(typeof KEY_ORDER)[number], string> = {
    kernel: config.kernel,
    kernelopt: config.kernelopt,
    modules: config.modules.join(' --- '),
    build: config.build,
    updated: String(config.updated),
    bootstate: config.bootstate === undefined ? '' : String(config.bootstate),
  };
  const lines = KEY_ORDER.filter((key) => key !== 'bootstate' || config.bootstate !== undefined).map((key) => `${key}=${values[key]}`);
  return [...lines, ...config.extra].join('\n') + '\n';
}

/** Only valid banks and banks whose first boot is under way (dirty) may be chosen by the loader. */
export function isBootable(config: BootConfig | undefined): boolean {
  return config !== undefined && config.kernel !== '' && (config.bootstate === 0 || config.bootstate === 2);
}
