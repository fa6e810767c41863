import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLab, dispatch } from '../testing/sim';
import type { LabEvent, LabState } from '../lab/types';
import { run } from '../testing/lab';
import { NIOC_POOL_IDS, SHARES } from './pools';
import { currentUplinks, lbtMoves, niocPools, poolSeries, recentTraffic, trafficHistory, uplinkSeries } from './selectors';
import { networkOf } from './state';
import { hostSwitches } from './view';
import { cdpNeighbour } from './cdp';

const tick = (lab: LabState, ms: number) => dispatch(lab, { type: 'tick', ms });
const vmOn = (lab: LabState, vmnic = 'vmnic0') => currentUplinks(lab, 'esx01')[vmnic]!.byPool.virtualMachine;

describe('the traffic model', () => {
  it('samples once per simulated second and keeps the last 60', () => {
    let lab = tick(createLab('dvswitch-lab'), 500);
    expect(trafficHistory(lab)).toHaveLength(0);
    lab = tick(lab, 600);
    expect(trafficHistory(lab)).toHaveLength(1);
    lab = tick(lab, 90_000);
    const history = trafficHistory(lab);
    expect(history).toHaveLength(60);
    expect(history.at(-1)!.t - history[0]!.t).toBe(59_000);
    expect(uplinkSeries(lab, 'esx02', 60)[0]!.byUplink).toHaveProperty('vmnic3');
    expect(poolSeries(lab, 'esx01', 60, 'vmnic1')[0]!.byPool.iscsi).toBe(100);
  });

  it('computes the recent past a chart opens with: the lab as it stands, one sample a second, ending now', () => {
    const fresh = createLab('vmotion-starves');
    const past = recentTraffic(fresh, 61);
    expect(past).toHaveLength(61);
    expect(past.at(-1)!.t).toBe(fresh.clock.nowMs);
    expect(past.at(-1)!.t - past[0]!.t).toBe(60_000);
    // Every second of it is what the model computes now: vMotion squeezing the VMs on vmnic0.
    for (const sample of past) expect(sample.hosts.esx01).toEqual(currentUplinks(fresh, 'esx01'));
    expect(past[0]!.hosts.esx01!.vmnic0!.byPool.vmotion).toBeGreaterThan(0);
    expect(recentTraffic(createLab('network-lab'), 61)).toEqual([]);
  });

  it('keeps the samples it has and leads them with the oldest one, so the window is always full', () => {
    let lab = tick(createLab('dvswitch-lab'), 3000);
    lab = dispatch(lab, { type: 'net-demand', host: 'esx01', port: 'vmk1', mbps: 1000 });
    lab = tick(lab, 2000);
    const history = trafficHistory(lab);
    const window = recentTraffic(lab, 61);
    expect(window).toHaveLength(61);
    expect(window.slice(-5)).toEqual(history);
    expect(window.map((sample) => sample.t)).toEqual(Array.from({ length: 61 }, (_, i) => history.at(-1)!.t - (60 - i) * 1000));
    expect(window[0]!.hosts).toBe(history[0]!.hosts);
    // The vMotion began two seconds ago: only the newest samples carry it.
    expect(poolSeries(lab, 'esx01', 61, 'vmnic0').map((s) => s.byPool.vmotion > 0).lastIndexOf(false)).toBe(58);
    expect(recentTraffic(tick(lab, 120_000), 61)[0]!.t).toBe(trafficHistory(tick(lab, 120_000))[0]!.t - 1000);
  });

  it('raising vMotion demand squeezes VM traffic; High shares for VMs bring it back', () => {
    let lab = createLab('dvswitch-lab');
    const before = vmOn(lab);
    expect(before).toBe(620);
    lab = dispatch(lab, { type: 'net-demand', host: 'esx01', port: 'vmk1', mbps: 1000 });
    expect(vmOn(lab)).toBe(500); // Normal vs Normal on a saturated NIC
    lab = dispatch(lab, { type: 'nioc-shares', pool: 'virtualMachine', shares: 'high' });
    expect(vmOn(lab)).toBe(620); // its fair share (666) exceeds what it asks
    lab = dispatch(lab, { type: 'nioc-shares', pool: 'virtualMachine', shares: 'normal' });
    lab = dispatch(lab, { type: 'nioc-limit', pool: 'vmotion', limitMbps: 300 });
    expect(currentUplinks(lab, 'esx01').vmnic0!.byPool.vmotion).toBe(300);
    expect(vmOn(lab)).toBe(620);
  });

  it('reproduces the 4.1 manual example on one NIC: FT and iSCSI at 100, the rest at 50', () => {
    // The preset pins every VMkernel port group to dvUplink1 (vmnic0) and makes every pool busy there.
    let lab = createLab('nioc-manual-example');
    expect(niocPools(lab)!.pools.filter((pool) => pool.shares === SHARES.high).map((pool) => pool.id).sort()).toEqual(['faultTolerance', 'iscsi']);
    for (let second = 0; second < 5; second++) {
      lab = dispatch(lab, { type: 'tick', ms: 1_000 });
      expect(currentUplinks(lab, 'esx01').vmnic0!.byPool).toEqual({ faultTolerance: 250, iscsi: 250, vmotion: 125, management: 125, nfs: 125, virtualMachine: 125 });
    }
  });

  it('LBT moves the busiest port within 30 s of switching to physical NIC load, and logs it', () => {
    let lab = createLab('lbt-saturated');
    lab = tick(lab, 60_000);
    expect(lbtMoves(lab)).toEqual([]); // port-ID routing: vmnic0 stays saturated
    lab = dispatch(lab, { type: 'teaming', portGroup: 'VM Network', policy: 'loadBased' });
    lab = tick(lab, 30_000);
    const [move] = lbtMoves(lab, 'esx01');
    expect(move).toMatchObject({ host: 'esx01', portId: '100', client: 'vm01 ethernet0', from: 'vmnic0' });
    expect(run(lab, 'cat /var/log/messages').text).toContain('net-lbt: dvPort 100 (vm01 ethernet0) moved from vmnic0');
  });

  it('LBT averages over 30 s: a burst shorter than that moves nothing', () => {
    let lab = dispatch(createLab('dvswitch-lab'), { type: 'teaming', portGroup: 'VM Network', policy: 'loadBased' });
    lab = dispatch(lab, { type: 'net-demand', host: 'esx01', pool: 'virtualMachine', mbps: 40 });
    lab = tick(lab, 25_000);
    // Two busy VMs on vmnic0 (ports 100 and 104): moving one helps, so LBT would.
    lab = dispatch(lab, { type: 'net-demand', host: 'esx01', port: '100', mbps: 450 });
    lab = dispatch(lab, { type: 'net-demand', host: 'esx01', port: '104', mbps: 450 });
    lab = tick(lab, 5_000); // the check at 30 s sees 5 s of the burst
    expect(lbtMoves(lab)).toEqual([]);
    lab = tick(lab, 30_000);
    expect(lbtMoves(lab).length).toBeGreaterThan(0);
  });

  it('LBT stops when its daemon (lbtd) is stopped', () => {
    let lab = dispatch(createLab('lbt-saturated'), { type: 'teaming', portGroup: 'VM Network', policy: 'loadBased' });
    lab = dispatch(lab, { type: 'service', host: 'esx01', service: 'lbtd', action: 'stop' });
    expect(lbtMoves(tick(lab, 120_000))).toEqual([]);
  });

  it('a standard port group refuses physical NIC load; other policies apply', () => {
    let lab = dispatch(createLab('network-lab'), { type: 'teaming', host: 'esx01', portGroup: 'VM Network', policy: 'loadBased' });
    expect(hostSwitches(lab, 'esx01')[0]!.portGroups[0]!.teaming).toBe('portId');
    lab = dispatch(lab, { type: 'teaming', host: 'esx01', portGroup: 'VM Network', policy: 'ipHash' });
    expect(hostSwitches(lab, 'esx01')[0]!.portGroups[0]!.teaming).toBe('ipHash');
  });

  it('bad events change nothing', () => {
    const lab = createLab('dvswitch-lab');
    const bad: LabEvent[] = [
      { type: 'nioc-shares', pool: 'vmotion', shares: 0 },
      { type: 'nioc-shares', pool: 'vmotion', shares: 101 },
      { type: 'nioc-limit', pool: 'vmotion', limitMbps: -1 },
      { type: 'net-demand', host: 'esx01', port: 'nope', mbps: 10 },
      { type: 'net-demand', host: 'esx01', port: '100', mbps: Number.NaN },
      { type: 'teaming', portGroup: 'Nope', policy: 'loadBased' },
      { type: 'dvs-change', change: { kind: 'mtu', mtu: 10_000 } },
      { type: 'dvs-change', change: { kind: 'portgroup-remove', name: 'VM Network' } },
      { type: 'nic-link', host: 'esx09', vmnic: 'vmnic0', up: false },
    ];
    for (const event of bad) expect(dispatch(lab, event), JSON.stringify(event)).toBe(lab);
  });

  it('a link going down fails its ports over to a live uplink', () => {
    let lab = dispatch(createLab('dvswitch-lab'), { type: 'nic-link', host: 'esx01', vmnic: 'vmnic1', up: false });
    const uplinks = currentUplinks(lab, 'esx01');
    expect(uplinks.vmnic1!.totalMbps).toBe(0);
    expect(uplinks.vmnic0!.byPool.iscsi).toBe(0);
    // iSCSI has no standby: it stops. VMs on vmnic1 move to the first live active uplink (vmnic0).
    expect(uplinks.vmnic0!.offeredMbps).toBeGreaterThan(620);
    lab = dispatch(lab, { type: 'nic-link', host: 'esx01', vmnic: 'vmnic1', up: true });
    expect(currentUplinks(lab, 'esx01').vmnic1!.byPool.iscsi).toBe(100);
  });

  it('NIOC settings read back with the client\'s labels', () => {
    const lab = dispatch(createLab('dvswitch-lab'), { type: 'nioc-shares', pool: 'virtualMachine', shares: 'high' });
    expect(niocPools(lab)!.pools.find((p) => p.id === 'virtualMachine')).toEqual({ id: 'virtualMachine', label: 'Virtual Machine Traffic', shares: SHARES.high, limitMbps: null });
  });
});

describe('invariants (property tests)', () => {
  const pool = fc.constantFrom(...NIOC_POOL_IDS);
  const event: fc.Arbitrary<LabEvent> = fc.oneof(
    fc.record({ type: fc.constant('net-demand' as const), host: fc.constantFrom('esx01', 'esx02'), port: fc.constantFrom('100', '104', '121', 'vmk1', 'vmk2', 'vm03'), mbps: fc.integer({ min: 0, max: 2000 }) }),
    fc.record({ type: fc.constant('net-demand' as const), host: fc.constantFrom('esx01', 'esx02'), pool, mbps: fc.integer({ min: 0, max: 1500 }) }),
    fc.record({ type: fc.constant('nioc-shares' as const), pool, shares: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constantFrom('low' as const, 'normal' as const, 'high' as const)) }),
    fc.record({ type: fc.constant('nioc-limit' as const), pool, limitMbps: fc.option(fc.integer({ min: 0, max: 3000 })) }),
    fc.record({ type: fc.constant('nioc-enabled' as const), enabled: fc.boolean() }),
    fc.record({ type: fc.constant('teaming' as const), portGroup: fc.constantFrom('VM Network', 'vMotion', 'iSCSI'), policy: fc.constantFrom('portId' as const, 'loadBased' as const, 'failoverOrder' as const, 'ipHash' as const) }),
    fc.record({ type: fc.constant('nic-link' as const), host: fc.constant('esx01'), vmnic: fc.constantFrom('vmnic0', 'vmnic2'), up: fc.boolean() }),
    fc.record({ type: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 70_000 }) }),
    fc.record({ type: fc.constant('dvs-change' as const), change: fc.oneof(fc.record({ kind: fc.constant('mtu' as const), mtu: fc.constantFrom(1500, 9000) }), fc.record({ kind: fc.constant('portgroup-vlan' as const), name: fc.constant('VM Network'), vlan: fc.integer({ min: 0, max: 4095 }) })) }),
  );

  it('no uplink carries more than its capacity, no pool more than its limit, no port more than one NIC', () => {
    fc.assert(fc.property(fc.array(event, { maxLength: 25 }), (events) => {
      const lab = events.reduce(dispatch, createLab('dvswitch-lab'));
      const network = networkOf(lab)!;
      const dvs = network.dvSwitches[0]!;
      for (const hostId of ['esx01', 'esx02']) {
        const uplinks = Object.values(currentUplinks(lab, hostId));
        for (const u of uplinks) {
          expect(u.totalMbps).toBeLessThanOrEqual(u.capacityMbps + 1e-6);
          for (const id of NIOC_POOL_IDS) expect(u.byPool[id]).toBeGreaterThanOrEqual(0);
        }
        if (dvs.nioc.enabled) {
          for (const id of NIOC_POOL_IDS) {
            const limit = dvs.nioc.pools[id].limitMbps;
            if (limit !== null) expect(uplinks.reduce((sum, u) => sum + u.byPool[id], 0)).toBeLessThanOrEqual(limit + 1e-6);
          }
        }
        // A port rides exactly one uplink of its host: placement maps each port id to one vmnic.
        const placed = network.traffic!.placement[hostId]!;
        for (const port of network.traffic!.ports.filter((p) => p.host === hostId)) expect(dvs.hosts[hostId]).toContain(placed[port.id]);
      }
      for (const sample of trafficHistory(lab)) for (const host of Object.values(sample.hosts)) for (const u of Object.values(host)) expect(u.totalMbps).toBeLessThanOrEqual(u.capacityMbps + 1e-6);
      // A chart's window is always full, one second apart, and ends with what the lab sampled last.
      const window = recentTraffic(lab, 61);
      expect(window).toHaveLength(61);
      window.forEach((sample, i) => i && expect(sample.t - window[i - 1]!.t).toBe(1000));
      expect(window.at(-1)!.t).toBe(network.traffic!.lastSampleMs);
    }), { numRuns: 60 });
  });

  it('a dvSwitch change made once in vCenter shows on every member host', () => {
    fc.assert(fc.property(fc.constantFrom(1500, 4000, 9000), fc.integer({ min: 0, max: 4095 }), fc.constantFrom('listen' as const, 'advertise' as const, 'both' as const, 'down' as const), (mtu, vlan, mode) => {
      let lab = createLab('dvswitch-lab');
      lab = dispatch(lab, { type: 'dvs-change', change: { kind: 'mtu', mtu } });
      lab = dispatch(lab, { type: 'dvs-change', change: { kind: 'portgroup-add', name: 'Web', vlan } });
      lab = dispatch(lab, { type: 'dvs-change', change: { kind: 'cdp', mode } });
      for (const host of ['esx01', 'esx02']) {
        const view = hostSwitches(lab, host).find((sw) => sw.kind === 'distributed')!;
        expect(view).toMatchObject({ mtu, cdp: mode });
        expect(view.portGroups.find((pg) => pg.name === 'Web')?.vlan).toBe(vlan);
        expect(run(lab, 'esxcfg-vswitch -l', host).text).toMatch(new RegExp(`dvSwitch +256 +29 +256 +${mtu} `));
        expect(run(lab, 'esxcfg-vswitch -b dvSwitch', host).stdout[0]).toBe(mode);
        expect(cdpNeighbour(lab, host, 'vmnic2').ok).toBe(mode === 'listen' || mode === 'both');
      }
    }), { numRuns: 30 });
  });

  it('the same events give the same lab (determinism)', () => {
    fc.assert(fc.property(fc.array(event, { maxLength: 15 }), (events) => {
      const a = events.reduce(dispatch, createLab('dvswitch-lab'));
      const b = events.reduce(dispatch, createLab('dvswitch-lab'));
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    }), { numRuns: 20 });
  });
});
