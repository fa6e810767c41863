import { describe, expect, it } from 'vitest';
import '../index';
import { KIT_COMMANDS, kitsNamedIn } from './manifest';
import { SERVICES_KIT } from './services';
import { STORAGE_KIT } from './storage';
import { NETWORK_KIT } from './network';

describe('the kits\' command manifest', () => {
  it('lists exactly the commands each optional kit registers', () => {
    for (const kit of [SERVICES_KIT, STORAGE_KIT, NETWORK_KIT]) {
      expect([...KIT_COMMANDS[kit.id]!].sort(), kit.id).toEqual((kit.commands ?? []).map((spec) => spec.name).sort());
    }
    expect(Object.keys(KIT_COMMANDS).sort()).toEqual(['network', 'services', 'storage']);
  });

  it('names the kits a line needs that are not loaded yet, pipes and all', () => {
    expect(kitsNamedIn('ps | grep lbt', ['base', 'network'])).toEqual(['services']);
    expect(kitsNamedIn('esxcfg-vswitch -l; esxtop -b -n 1', ['base'])).toEqual(['storage', 'network']);
    expect(kitsNamedIn('/etc/init.d/hostd restart', ['base'])).toEqual(['services']);
    expect(kitsNamedIn('ps', ['base', 'services'])).toEqual([]);
    expect(kitsNamedIn('echo psst; lsof', ['base'])).toEqual([]);
    expect(kitsNamedIn('', ['base'])).toEqual([]);
  });
});
