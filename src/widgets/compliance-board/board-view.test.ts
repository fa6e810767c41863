import { describe, expect, it } from 'vitest';
import { createLab, dispatch } from '#sim-core/testing';
import type { LabEvent, LabState } from '#sim-core/core';
import { attachTargets, boardModel, cellSignature, COLUMNS, defaultProfileName } from './board-view';

const PROFILE = 'Cluster01 profile';
const run = (lab: LabState, ...events: LabEvent[]) => events.reduce(dispatch, lab);
const checked = () =>
  run(createLab('host-profiles'),
    { type: 'profile-create', name: PROFILE, fromHost: 'esx01' },
    { type: 'profile-attach', profile: PROFILE, target: 'Cluster01' },
    { type: 'profile-check', profile: PROFILE });

describe('the compliance board view', () => {
  it('says there is no profile yet, and offers the cluster and every managed host as targets', () => {
    const lab = createLab('host-profiles');
    const board = boardModel(lab, null);
    expect(board.profile).toBeNull();
    expect(board.rows).toEqual([]);
    expect(board.empty).toContain('No host profile yet');
    expect(attachTargets(lab)).toEqual(['Cluster01', 'esx01', 'esx02', 'esx03', 'esx05']);
    expect(defaultProfileName(lab)).toBe(PROFILE);
  });

  it('before the first check, names the reference host and the attachments, and asks for a check', () => {
    const lab = run(createLab('host-profiles'), { type: 'profile-create', name: PROFILE, fromHost: 'esx01' }, { type: 'profile-attach', profile: PROFILE, target: 'Cluster01' });
    const board = boardModel(lab, PROFILE);
    expect(board).toMatchObject({ reference: 'Reference host: esx01', attached: 'Attached to: Cluster01', caption: 'Compliance: not checked yet', rows: [] });
    expect(board.empty).toContain('has not been checked yet');
  });

  it('after a check, shows each host by sub-profile: esx03 Noncompliant with its three reasons, esx05 Unknown', () => {
    const board = boardModel(checked(), null);
    expect(board.columns.map((column) => column.label)).toEqual(COLUMNS.map((column) => column.label));
    expect(board.caption).toMatch(/^Compliance with Cluster01 profile, checked at \d\d:\d\d:\d\d \(lab time\)$/);
    expect(board.rows.map((row) => `${row.host} ${row.state}`)).toEqual(['esx01 Compliant', 'esx02 Compliant', 'esx03 Noncompliant', 'esx05 Unknown']);
    const esx03 = board.rows.find((row) => row.host === 'esx03')!;
    const reasons = esx03.cells.flatMap((cell) => cell.reasons);
    expect(reasons).toEqual(expect.arrayContaining([
      'vSwitch1 MTU is 1500; the profile says 9000',
      'Remote Tech Support Mode is on; the profile says off',
      'DataMover.HardwareAcceleratedMove is 0; the profile says 1',
    ]));
    const networking = esx03.cells.find((cell) => cell.subProfile === 'networking')!;
    expect(networking).toMatchObject({ state: 'Noncompliant', summary: 'Noncompliant: 1 reason', reasonsLabel: 'esx03, Networking' });
    expect(esx03.cells.find((cell) => cell.subProfile === 'memory')).toMatchObject({ state: 'Compliant', reasons: [] });
    expect(board.rows.find((row) => row.host === 'esx05')!.cells.every((cell) => cell.state === 'Unknown' && cell.reasons.length > 0)).toBe(true);
  });

  it('keeps a cell\'s signature while its result stays the same, and changes it when the result does', () => {
    const first = boardModel(checked(), null).rows[2]!.cells[0]!;
    const again = boardModel(run(checked(), { type: 'profile-check', profile: PROFILE }), null).rows[2]!.cells[0]!;
    expect(cellSignature(again)).toBe(cellSignature(first));
    expect(cellSignature({ ...first, state: 'Compliant', reasons: [] })).not.toBe(cellSignature(first));
  });
});
