import { describe, expect, it } from 'vitest';
import { createLab, dispatch } from '../../testing/sim';
import { run, shell } from '../../testing/lab';
import { NICS_HEADER } from '../messages';
import { networkOf } from '../state';

describe('esxcfg-nics', () => {
  it('-l prints the 4.1 header and one row per vmnic, MTU following the vSwitch', () => {
    const sh = shell('network-lab');
    sh('esxcfg-vswitch -m 9000 vSwitch0');
    const { stdout, exitCode } = sh('esxcfg-nics -l');
    expect(exitCode).toBe(0);
    expect(stdout[0]!.split(/\s{1,}/).slice(0, 6)).toEqual(['Name', 'PCI', 'Driver', 'Link', 'Speed', 'Duplex']);
    expect(stdout[0]).toContain(NICS_HEADER.at(-1));
    expect(stdout[1]).toMatch(/^vmnic0\s+0000:02:00.00\s+bnx2\s+Up\s+1000Mbps\s+Full\s+\S+\s+9000\s+Broadcom/);
    expect(stdout[3]).toMatch(/^vmnic2 .* 1500 +Intel Corporation NC360T/);
  });

  it('a down link shows Down 0Mbps Half', () => {
    const lab = dispatch(createLab('network-lab'), { type: 'nic-link', host: 'esx01', vmnic: 'vmnic1', up: false });
    expect(run(lab, 'esxcfg-nics -l').text).toMatch(/vmnic1 .*Down +0Mbps +Half/);
  });

  it('refuses what it does not model, and unknown options', () => {
    expect(run(createLab('network-lab'), 'esxcfg-nics -s 100 vmnic0').exitCode).toBe(1);
    expect(run(createLab('network-lab'), 'esxcfg-nics -x').text).toContain("unknown option '-x'");
  });

  it('lists the same four NICs on a lab of any chapter', () => {
    for (const preset of ['standalone-host', 'fresh-install', 'vaai-lab']) {
      const { stdout } = shell(preset)('esxcfg-nics -l');
      expect(stdout.slice(1).map((row) => row.split(/ +/)[0])).toEqual(['vmnic0', 'vmnic1', 'vmnic2', 'vmnic3']);
    }
  });
});

describe('esxcfg-vswitch', () => {
  it('-l lists the switch, then its port groups', () => {
    const { stdout } = shell('network-lab')('esxcfg-vswitch -l');
    expect(stdout[0]).toMatch(/^Switch Name +Num Ports +Used Ports +Configured Ports +MTU +Uplinks$/);
    expect(stdout[1]).toMatch(/^vSwitch0 +128 +7 +128 +1500 +vmnic0,vmnic1$/);
    expect(stdout[3]).toMatch(/^ {2}PortGroup Name +VLAN ID +Used Ports +Uplinks$/);
    expect(stdout).toContainEqual(expect.stringMatching(/^ {2}Management Network +0 +1 +vmnic0,vmnic1$/));
  });

  it('adds a switch, links an uplink, adds a port group with a VLAN, sets jumbo MTU', () => {
    const sh = shell('network-lab');
    for (const line of ['esxcfg-vswitch -a vSwitch1', 'esxcfg-vswitch -L vmnic2 vSwitch1', 'esxcfg-vswitch -A iSCSI vSwitch1', 'esxcfg-vswitch -v 30 -p iSCSI vSwitch1', 'esxcfg-vswitch --mtu=9000 vSwitch1']) {
      expect(sh(line), line).toMatchObject({ exitCode: 0, stderr: [] });
    }
    const out = sh('esxcfg-vswitch -l').stdout;
    expect(out).toContainEqual(expect.stringMatching(/^vSwitch1 +128 +2 +128 +9000 +vmnic2$/));
    expect(out).toContainEqual(expect.stringMatching(/^ {2}iSCSI +30 +0 +vmnic2$/));
    expect(sh('esxcfg-vswitch -c vSwitch1').stdout).toEqual(['1']);
    expect(sh('esxcfg-vswitch -C iSCSI vSwitch1').stdout).toEqual(['1']);
  });

  it('gives clear errors for bad input', () => {
    const sh = shell('network-lab');
    expect(sh('esxcfg-vswitch -a vSwitch0').stderr[0]).toContain('already exists');
    expect(sh('esxcfg-vswitch -L vmnic9 vSwitch0').stderr[0]).toBe('Error: No such physical NIC: vmnic9');
    expect(sh('esxcfg-vswitch -L vmnic1 vSwitch0').stderr[0]).toBe('Error: vmnic1 is already an uplink of vSwitch0.');
    expect(sh('esxcfg-vswitch -U vmnic3 vSwitch0').stderr[0]).toBe('Error: vmnic3 is not an uplink of vSwitch0.');
    expect(sh('esxcfg-vswitch -m 9001 vSwitch0').stderr[0]).toContain('Invalid MTU 9001');
    expect(sh('esxcfg-vswitch -v 5000 -p "VM Network" vSwitch0').stderr[0]).toContain('Invalid VLAN ID 5000');
    expect(sh('esxcfg-vswitch -D "Management Network" vSwitch0').stderr[0]).toContain('vmk0 is connected');
    expect(sh('esxcfg-vswitch -d vSwitch0').stderr[0]).toContain('vmk0 is connected');
    expect(sh('esxcfg-vswitch -B sometimes vSwitch0').stderr[0]).toContain("Invalid CDP status 'sometimes'");
    expect(sh('esxcfg-vswitch -m 9000 vSwitch7').stderr[0]).toBe('Error: No such virtual switch: vSwitch7');
    expect(sh('esxcfg-vswitch -a -d vSwitch1').exitCode).toBe(1);
    expect(sh('esxcfg-vswitch --help').stdout[0]).toMatch(/^esxcfg-vswitch \[options\]/);
  });

  it('unlinking drops the uplink from port groups too', () => {
    const sh = shell('network-lab');
    sh('esxcfg-vswitch -U vmnic1 vSwitch0');
    expect(sh('esxcfg-vswitch -l').stdout).toContainEqual(expect.stringMatching(/^ {2}VM Network +0 +3 +vmnic0$/));
  });

  it('-b prints the bare mode word, as a 4.1 host does; -B sets it and prints nothing (esxi-facts.md)', () => {
    const sh = shell('cdp-down');
    expect(sh('esxcfg-vswitch -b vSwitch0')).toEqual({ exitCode: 0, stdout: ['down'], stderr: [], clearScreen: false });
    expect(sh('esxcfg-vswitch -B both vSwitch0')).toEqual({ exitCode: 0, stdout: [], stderr: [], clearScreen: false });
    expect(sh('esxcfg-vswitch -b vSwitch0').stdout).toEqual(['both']);
    sh('esxcfg-vswitch -a vSwitch1');
    expect(sh('esxcfg-vswitch -b vSwitch1').stdout).toEqual(['listen']);
    expect(sh('esxcfg-vswitch -b vSwitch9').stderr).toEqual(['Error: No such virtual switch: vSwitch9']);
  });

  it('lists a dvSwitch with the DVS header, then each DVPort id, whether in use and its client (esxi-facts.md)', () => {
    const out = run(createLab('dvswitch-lab'), 'esxcfg-vswitch -l').stdout;
    expect(out[0]).toMatch(/^DVS Name +Num Ports +Used Ports +Configured Ports +MTU +Uplinks$/);
    expect(out[2]).toBe('');
    expect(out[3]).toMatch(/^ {2}DVPort ID +In Use +Client$/);
    expect(out).toContainEqual(expect.stringMatching(/^ {2}256 +1 +vmnic0$/));
    expect(out).toContainEqual(expect.stringMatching(/^ {2}10 +1 +vmk1$/));
    expect(out).toContainEqual(expect.stringMatching(/^ {2}100 +1 +vm01 ethernet0$/));
  });

  it('a dvSwitch shows on every member host and is changed only in vCenter', () => {
    let lab = createLab('dvswitch-lab');
    for (const host of ['esx01', 'esx02']) expect(run(lab, 'esxcfg-vswitch -l', host).text).toMatch(/DVS Name .*\ndvSwitch +256 +29 +256 +1500 +vmnic0,vmnic1,vmnic2,vmnic3/);
    expect(run(lab, 'esxcfg-vswitch -m 9000 dvSwitch').text).toContain('configured once in vCenter Server (vc01.lab.local)');
    lab = dispatch(lab, { type: 'dvs-change', change: { kind: 'mtu', mtu: 9000 } });
    for (const host of ['esx01', 'esx02']) {
      expect(run(lab, 'esxcfg-vswitch -l', host).text).toMatch(/dvSwitch +256 +29 +256 +9000/);
      expect(run(lab, 'esxcfg-nics -l', host).text).toMatch(/vmnic3 .* 9000 /);
    }
  });
});

describe('esxcfg-vmknic', () => {
  it('-l prints the 4.1 columns, with the dvPort for a dvSwitch port', () => {
    const out = run(createLab('dvswitch-lab'), 'esxcfg-vmknic -l', 'esx02').stdout;
    expect(out[0]).toMatch(/^Interface +Port Group\/DVPort +IP Family +IP Address +Netmask +Broadcast +MAC Address +MTU +TSO MSS +Enabled +Type$/);
    expect(out[2]).toMatch(/^vmk1 +11 +IPv4 +192\.168\.20\.12 +255\.255\.255\.0 +192\.168\.20\.255 +00:50:56:\S+ +1500 +65535 +true +STATIC$/);
  });

  it('adds, changes the MTU of and deletes a VMkernel NIC', () => {
    const sh = shell('network-lab');
    sh('esxcfg-vswitch -A NFS vSwitch0');
    expect(sh('esxcfg-vmknic -a -i 192.168.40.11 -n 255.255.255.0 NFS')).toMatchObject({ exitCode: 0 });
    expect(sh.lab().hosts.esx01!.network.vmknics.map((nic) => nic.name)).toEqual(['vmk0', 'vmk1']);
    sh('esxcfg-vmknic -m 9000 NFS');
    expect(sh('esxcfg-vmknic -l').stdout[2]).toMatch(/^vmk1 +NFS +IPv4 +192\.168\.40\.11 .* 9000 /);
    expect(sh('esxcfg-vmknic -d NFS').exitCode).toBe(0);
    expect(sh('esxcfg-vmknic -l').stdout).toHaveLength(2);
  });

  it('refuses bad input clearly', () => {
    const sh = shell('network-lab');
    expect(sh('esxcfg-vmknic -a -i 300.1.1.1 -n 255.255.255.0 "VM Network"').stderr[0]).toBe('Error: Invalid IP address: 300.1.1.1');
    expect(sh('esxcfg-vmknic -a -i 10.0.0.1 Nowhere').stderr[0]).toContain('No such portgroup: Nowhere');
    expect(sh('esxcfg-vmknic -a -i 10.0.0.1 "Management Network"').stderr[0]).toContain('already exists on portgroup Management Network');
    expect(sh('esxcfg-vmknic -a -i 192.168.10.11 "VM Network"').stderr[0]).toContain('already used by vmk0');
    expect(sh('esxcfg-vmknic -d "VM Network"').stderr[0]).toBe('Error: There is no VMkernel NIC on portgroup VM Network.');
    expect(sh('esxcfg-vmknic -m 100 "Management Network"').stderr[0]).toContain('Invalid MTU 100');
    expect(run(createLab('dvswitch-lab'), 'esxcfg-vmknic -d vMotion').text).toContain('managed from vCenter');
  });
});

describe('vmkping', () => {
  it('prints busybox ping\'s lines: header, replies from icmp_seq=0, a blank line, the statistics (esxi-facts.md)', () => {
    const lab = createLab('jumbo-mismatch');
    const ip = lab.plan.gateway.ip;
    const { stdout } = run(lab, `vmkping -c 2 ${ip}`);
    expect(stdout).toHaveLength(7);
    expect(stdout[0]).toBe(`PING ${ip} (${ip}): 56 data bytes`);
    expect(stdout[1]).toMatch(new RegExp(`^64 bytes from ${ip.replace(/\./g, '\\.')}: icmp_seq=0 ttl=64 time=\\d+\\.\\d{3} ms$`));
    expect(stdout[2]).toMatch(/: icmp_seq=1 ttl=64 time=/);
    expect(stdout.slice(3, 6)).toEqual(['', `--- ${ip} ping statistics ---`, '2 packets transmitted, 2 packets received, 0% packet loss']);
    expect(stdout[6]).toMatch(/^round-trip min\/avg\/max = \d+\.\d{3}\/\d+\.\d{3}\/\d+\.\d{3} ms$/);
    expect(run(lab, `vmkping -s 1472 -c 1 ${ip}`).stdout[1]).toMatch(/^1480 bytes from /);
  });

  it('has no -I on 4.1: getopt\'s complaint and the usage, and nothing is sent', () => {
    const result = run(createLab('jumbo-mismatch'), 'vmkping -I vmk1 192.168.20.12');
    expect(result.exitCode).toBe(1);
    expect(result.output[0]).toEqual({ kind: 'stderr', text: "vmkping: invalid option -- 'I'" });
    expect(result.text).toContain('Usage: vmkping [args] [host]');
    expect(result.text).not.toContain('-I');
    expect(result.text).not.toContain('PING');
  });

  it('reaches the devices of the lab\'s address plan by address and by name, on any preset', () => {
    for (const preset of ['fresh-install', 'dvswitch-lab']) {
      const lab = createLab(preset);
      expect(run(lab, `vmkping -c 1 ${lab.plan.gateway.ip}`).exitCode, preset).toBe(0);
      const byName = run(lab, 'vmkping -c 1 vc01');
      expect(byName.stdout[0]).toBe(`PING vc01.lab.local (${lab.plan.vcenter.ip}): 56 data bytes`);
      expect(byName.exitCode).toBe(0);
    }
    expect(run(createLab('fresh-install'), 'vmkping -c 1 192.168.10.99').exitCode).toBe(1);
  });

  it('answers between hosts with 1500-byte packets', () => {
    const result = run(createLab('jumbo-mismatch'), 'vmkping -c 2 192.168.20.12');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toEqual([
      'PING 192.168.20.12 (192.168.20.12): 56 data bytes',
      expect.stringMatching(/^64 bytes from 192\.168\.20\.12: icmp_seq=0 ttl=64 time=0\.\d{3} ms$/),
      expect.stringMatching(/icmp_seq=1/),
      '',
      '--- 192.168.20.12 ping statistics ---',
      '2 packets transmitted, 2 packets received, 0% packet loss',
      expect.stringMatching(/^round-trip min\/avg\/max = [\d.]+\/[\d.]+\/[\d.]+ ms$/),
    ]);
  });

  it('-d -s 8972 fails while any hop has MTU 1500, and works once every hop has 9000', () => {
    let lab = createLab('jumbo-mismatch');
    expect(run(lab, 'vmkping -d -s 8972 192.168.20.12')).toMatchObject({ exitCode: 1 });
    expect(run(lab, 'vmkping -d -s 8972 192.168.20.12').text).toContain('3 packets transmitted, 0 packets received, 100% packet loss');
    // Without DF the IP layer fragments, so the big ping gets through.
    expect(run(lab, 'vmkping -s 8972 192.168.20.12').exitCode).toBe(0);
    lab = run(lab, 'esxcfg-vswitch -m 9000 vSwitch1', 'esx02').lab;
    expect(run(lab, 'vmkping -d -s 8972 192.168.20.12').text).toContain('8980 bytes from 192.168.20.12');
    // The sending vmknic at 1500 refuses locally.
    lab = run(lab, 'esxcfg-vmknic -m 1500 vMotion').lab;
    const local = run(lab, 'vmkping -d -s 8972 192.168.20.12');
    expect(local.output.filter((line) => line.kind === 'stderr').map((line) => line.text)).toEqual(Array(3).fill('sendto() failed (Message too long)'));
    // On the terminal the failed sends come between the PING header and the statistics, as they happen.
    expect(local.output.map((line) => line.text).slice(0, 5)).toEqual(['PING 192.168.20.12 (192.168.20.12): 8972 data bytes', ...Array(3).fill('sendto() failed (Message too long)'), '']);
    expect(run(lab, 'vmkping -d -s 8972 192.168.20.12 2>/dev/null').output.every((line) => line.kind === 'stdout')).toBe(true);
  });

  it('a physical switch at 1500 breaks jumbo frames too', () => {
    const lab = run(createLab('jumbo-mismatch'), 'esxcfg-vswitch -m 9000 vSwitch1', 'esx02').lab;
    expect(run(lab, 'vmkping -d -s 8972 192.168.20.12').exitCode).toBe(0);
    const network = networkOf(lab)!;
    const small = { ...lab, network: { ...network, switches: network.switches.map((sw) => ({ ...sw, mtu: 1500 })) } };
    expect(run(small, 'vmkping -d -s 8972 192.168.20.12').exitCode).toBe(1);
  });

  it('rejects bad arguments and unknown hosts', () => {
    const lab = createLab('jumbo-mismatch');
    expect(run(lab, 'vmkping -c x 192.168.20.12').text).toBe('vmkping: bad number of packets to transmit: x');
    expect(run(lab, 'vmkping -s -5 192.168.20.12').exitCode).toBe(1);
    expect(run(lab, 'vmkping nowhere').text).toBe('vmkping: unknown host nowhere');
    expect(run(lab, 'vmkping 10.9.9.9').text).toContain('sendto() failed (Network is unreachable)');
    expect(run(lab, 'vmkping 192.168.20.99').text).toContain('100% packet loss');
  });
});

describe('/etc/vmware/esx.conf follows the network commands at once', () => {
  it('a new vSwitch and VMkernel NIC are in esx.conf as soon as the command returns', () => {
    const sh = shell('network-lab');
    sh('esxcfg-vswitch -a vSwitch7');
    sh('esxcfg-vswitch -A NFS vSwitch0');
    sh('esxcfg-vmknic -a -i 192.168.40.11 -n 255.255.255.0 NFS');
    const conf = sh('cat /etc/vmware/esx.conf').stdout;
    expect(conf).toContainEqual(expect.stringMatching(/^\/net\/vswitch\/child\[\d{4}\]\/name = "vSwitch7"$/));
    expect(conf).toContainEqual(expect.stringMatching(/^\/net\/vmkernelnic\/child\[\d{4}\]\/ipv4address = "192\.168\.40\.11"$/));
    sh('esxcfg-vmknic -d NFS');
    expect(sh('grep -c 192.168.40.11 /etc/vmware/esx.conf').stdout).toEqual(['0']);
  });
});
