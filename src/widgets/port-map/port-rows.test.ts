import { describe, expect, it } from 'vitest';
import { createLab, dispatch } from '#sim-core/testing';
import { portRows } from './port-rows';

const row = (rows: ReturnType<typeof portRows>, key: string) => rows.find((candidate) => candidate.key === key)!;

describe('port map rows', () => {
  it('derives what listens from what runs: 22 closed until remote TSM, 443 open while hostd runs', () => {
    const rows = portRows(createLab('standalone-host').hosts.esx01!);
    expect(row(rows, '22-TCP-in')).toMatchObject({ open: false, now: 'closed: remote Tech Support Mode (SSH) is disabled' });
    expect(row(rows, '443-TCP-in').open).toBe(true);
    expect(row(rows, '8000-TCP-in').open).toBe(false);
  });

  it('closes 80 and 443 when hostd stops', () => {
    const lab = dispatch(createLab('managed-host'), { type: 'service', host: 'esx01', service: 'hostd', action: 'stop' });
    const rows = portRows(lab.hosts.esx01!);
    expect(row(rows, '443-TCP-in')).toMatchObject({ open: false, now: 'closed: hostd is stopped' });
    expect(row(rows, '80-TCP-in').open).toBe(false);
    expect(row(rows, '8000-TCP-in').open).toBe(true);
  });
});
