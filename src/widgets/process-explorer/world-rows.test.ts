import { describe, expect, it } from 'vitest';
import { createLab, dispatch } from '#sim-core/testing';
import { matchesFilter, worldRows } from './world-rows';

const rowsOf = (preset: string) => worldRows(createLab(preset).hosts.esx01!);

describe('process explorer rows', () => {
  it('lists every world the seed names, with dropbear not running until remote TSM is on', () => {
    const rows = rowsOf('standalone-host');
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(['hostd-poll', 'vpxa', 'dropbearmulti', 'vmkiscsid', 'agent']));
    expect(rows.find((row) => row.name === 'dropbearmulti')).toMatchObject({ running: false });
    expect(rows.find((row) => row.name === 'vpxa')).toMatchObject({ running: false, state: 'not running: not needed in this lab right now' });
    expect(rows.find((row) => row.name === 'hostd-poll')).toMatchObject({ running: true, ports: '80/TCP, 443/TCP' });
  });

  it('shows a stopped service and its reason', () => {
    const lab = dispatch(createLab('managed-host'), { type: 'service', host: 'esx01', service: 'hostd', action: 'stop' });
    expect(worldRows(lab.hosts.esx01!).find((row) => row.name === 'hostd-worker')).toMatchObject({ running: false, state: 'not running: hostd is stopped' });
  });

  it('filters on name, service, description and ports', () => {
    const rows = rowsOf('managed-host');
    expect(rows.filter((row) => matchesFilter(row, 'iscsi')).map((row) => row.name)).toEqual(['vmkiscsid', 'iscsi_trans_vmklink', 'iscsivmk-log']);
    expect(rows.filter((row) => matchesFilter(row, '5989')).map((row) => row.name)).toContain('sfcb-HTTP-Daemon');
    expect(rows.filter((row) => matchesFilter(row, '  '))).toHaveLength(rows.length);
  });
});
