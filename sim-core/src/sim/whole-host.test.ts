import { describe, expect, it } from 'vitest';
import { HOSTS_OF, PRESETS } from '../testing/arbitrary';
import { createLab, exec, sim } from '../testing/sim';

/** The everyday commands of every subsystem, and how each 4.1 answer begins (esxi-facts.md). */
const EVERYDAY: readonly [string, RegExp][] = [
  ['cat /bootbank/boot.cfg', /^kernel=b\.z\nkernelopt=\nmodules=k\.z --- s\.z --- c\.z --- oem\.tgz --- license\.tgz --- m\.z --- state\.tgz\nbuild=4\.1\.0-\d+\nupdated=\d+\nbootstate=\d$/],
  ['vdf -h', /^Tardisk +Space +Used\n(.|\n)*Ramdisk +Size +Used Available Use% Mounted on\nMAINSYS /],
  ['ps', /^WID +CID +World Name\n\d+ +\d+ +vmkeventd\n/],
  ['esxcfg-nics -l', /^Name +PCI +Driver +Link +Speed +Duplex +MAC Address +MTU +Description\nvmnic0 +0000:02:00\.00 +bnx2 +Up +1000Mbps +Full /],
  ['esxcfg-vswitch -l', /^(Switch|DVS) Name +Num Ports +Used Ports +Configured Ports +MTU +Uplinks\n/],
  ['esxcfg-vmknic -l', /^Interface +Port Group\/DVPort +IP Family +IP Address +Netmask +Broadcast +MAC Address +MTU +TSO MSS +Enabled +Type\nvmk0 +\S+( Network)? +IPv4 +192\.168\.10\.1\d /],
  ['esxcli corestorage device list', /^mpx\.vmhba1:C0:T0:L0\n {3}Display Name: Local LSILOGIC Disk \(mpx\.vmhba1:C0:T0:L0\)\n {3}Size: \d+\n {3}Device Type: Direct-Access\n/],
  ['esxcfg-advcfg -g /DataMover/HardwareAcceleratedMove', /^Value of HardwareAcceleratedMove is [01]$/],
];

describe('every lab host is a whole ESXi 4.1 host', () => {
  for (const preset of PRESETS) {
    for (const host of HOSTS_OF[preset]!) {
      it(`${preset}, ${host}: the everyday commands of every subsystem answer with their 4.1 headers`, () => {
        const lab = createLab(preset);
        // A preset mid-boot (none today) would have to be waited for: these are running hosts.
        expect(lab.hosts[host]!.console.screen).toBe('running');
        for (const [line, start] of EVERYDAY) {
          const result = exec(lab, host, line);
          expect(result.exitCode, `${line} on ${preset}/${host}`).toBe(0);
          expect(result.output.map((entry) => entry.text).join('\n'), `${line} on ${preset}/${host}`).toMatch(start);
        }
      });
    }
  }

  it('every host of a lab is in its one address plan, and its management address is the same everywhere it shows', () => {
    for (const preset of PRESETS) {
      const lab = createLab(preset);
      for (const host of HOSTS_OF[preset]!) {
        const ip = lab.plan.hosts[host]!.addresses.management;
        const shows = (line: string) => exec(lab, host, line).output.map((entry) => entry.text).join('\n');
        expect(shows('cat /etc/hosts'), `${preset}/${host}`).toContain(`${ip}\t${host}.lab.local ${host}`);
        expect(shows('cat /etc/vmware/esx.conf')).toContain(`/adv/Misc/HostIPAddr = "${ip}"`);
        expect(shows('esxcfg-vmknic -l')).toMatch(new RegExp(`^vmk0 +\\S+(?: Network)? +IPv4 +${ip.replaceAll('.', '\\.')} `, 'm'));
      }
      // No two devices of the plan share an address.
      const addresses = [...Object.values(lab.plan.hosts).flatMap((h) => Object.values(h.addresses)), lab.plan.gateway.ip, lab.plan.dns.ip, lab.plan.vcenter.ip, ...Object.values(lab.plan.switches).map((sw) => sw.ip), lab.plan.array.management.ip];
      expect(new Set(addresses).size, preset).toBe(addresses.length);
    }
  });

  it('every datastore a host mounts shows the same use in df and in vmkfstools -P, to the block', () => {
    for (const preset of PRESETS) {
      for (const host of HOSTS_OF[preset]!) {
        let lab = createLab(preset);
        // Files the storage kit does not track (an update bundle copied there) count as well.
        lab = exec(lab, host, 'echo bundle > /vmfs/volumes/datastore1/notes.txt').lab;
        const vmfs = exec(lab, host, 'df').output.map((entry) => entry.text).filter((line) => line.startsWith('VMFS-3'));
        expect(vmfs.length, `${preset}/${host}: datastore1 at least`).toBeGreaterThan(0);
        for (const row of vmfs) {
          const [, sizeKb, usedKb, , , mounted] = row.split(/ +/) as [string, string, string, string, string, string];
          const info = exec(lab, host, `vmkfstools -P ${mounted}`).output.map((entry) => entry.text).join('\n');
          const [, capacity, block, avail] = /Capacity (\d+) \(\d+ file blocks \* (\d+)\), (\d+) \(\d+ blocks\) avail/.exec(info)!.map(Number) as [number, number, number, number];
          expect(capacity, `${preset}/${host} ${mounted}`).toBe(Number(sizeKb) * 1024);
          expect(capacity - avail, `${preset}/${host} ${mounted}`).toBe(Math.ceil((Number(usedKb) * 1024) / block) * block);
        }
      }
    }
  });

  it('knows which kits a preset needs loaded before it can be built', () => {
    expect(sim.kitsOfPreset('after-upgrade')).toEqual(['base']);
    expect(sim.kitsOfPreset('dvswitch-lab')).toEqual(['network']);
    expect(sim.kitsOfPreset('vaai-boot-storm')).toEqual(['storage']);
    expect(sim.kitsOfPreset('nope')).toBeUndefined();
  });
});
