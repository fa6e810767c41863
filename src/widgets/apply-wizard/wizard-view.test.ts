import { describe, expect, it } from 'vitest';
import { createLab, dispatch } from '#sim-core/testing';
import type { LabEvent, LabState } from '#sim-core/core';
import { askNamedIn, changeLine, wizardModel } from './wizard-view';

const PROFILE = 'Cluster01 profile';
const VM = (name: string) => `4c8e5d42-1a7b3c90-6e15-001b21a4c8d0/${name}`;
const run = (lab: LabState, ...events: LabEvent[]) => events.reduce(dispatch, lab);
const attached = () =>
  run(createLab('host-profiles'), { type: 'profile-create', name: PROFILE, fromHost: 'esx01' }, { type: 'profile-attach', profile: PROFILE, target: 'Cluster01' });

describe('the apply wizard view', () => {
  it('without a profile, says to create one first', () => {
    const model = wizardModel(createLab('host-profiles'), null, 'esx03');
    expect(model.profile).toBeNull();
    expect(model.none).toContain('create one on the compliance board first');
  });

  it('lists esx03\'s changes, marks the one that needs maintenance mode, and says apply will be refused until then', () => {
    const model = wizardModel(attached(), null, 'esx03');
    expect(model.changes.map(changeLine)).toEqual([
      'Networking: Configure vSwitch1 as the profile says (MTU, uplinks, port groups) (needs maintenance mode)',
      'Services (Tech Support Mode): Disable remote Tech Support Mode',
      'Advanced options: Set DataMover.HardwareAcceleratedMove to 1',
    ]);
    expect(model.maintenance).toBe('These changes need esx03 in maintenance mode. esx03 is not in maintenance mode.');
    expect(model.blocked).toMatch(/^Apply will be refused: InvalidState: esx03 must be in maintenance mode/);
    expect(model.applyLabel).toBe('Apply Cluster01 profile to esx03');
  });

  it('is ready once esx03 is in maintenance mode, and has nothing to change after the apply', () => {
    let lab = run(attached(), { type: 'vc-vm-migrate', vm: VM('web03'), to: 'esx02' }, { type: 'vc-maintenance', host: 'esx03', action: 'enter' });
    expect(wizardModel(lab, PROFILE, 'esx03')).toMatchObject({ blocked: '', maintenance: 'These changes need esx03 in maintenance mode. esx03 is in maintenance mode: ready.' });
    lab = dispatch(lab, { type: 'profile-apply', profile: PROFILE, host: 'esx03', values: {} });
    const after = wizardModel(lab, PROFILE, 'esx03');
    expect(after.changes).toEqual([]);
    expect(after.none).toBe('esx03 already matches Cluster01 profile: applying changes nothing.');
  });

  it('asks a new host for its own vMotion address, suggests a free one, and finds the field a refusal names', () => {
    const lab = run(attached(), { type: 'vc-add-host', host: 'esx04', cluster: 'Cluster01' });
    const model = wizardModel(lab, PROFILE, 'esx04');
    expect(model.asks).toHaveLength(1);
    const [ask] = model.asks;
    expect(ask!.label).toContain('esx04');
    expect(ask!.hint).toMatch(/^The lab's address plan has \d+\.\d+\.\d+\.\d+ free for this host\.$/);
    expect(askNamedIn(model.asks, `"10.0" is not an IPv4 address (four numbers from 0 to 255, such as 192.168.20.13): ${ask!.label}.`)).toBe(ask);
    expect(askNamedIn(model.asks, 'esx04 must be in maintenance mode first')).toBeUndefined();
  });
});
