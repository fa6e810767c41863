import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LabState } from '../lab/types';
import { HOSTS_OF, anyStep, applyAny } from '../testing/arbitrary';
import { createLab, dispatch } from '../testing/sim';
import { lookup } from '../vfs/tree';
import { LOG_FILES } from './actions';

/** syslog's form (esxi-facts.md): `Mon DD HH:MM:SS host process: message`, the process with an optional [pid]. */
const SYSLOG_LINE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ 1-3]\d [0-2]\d:[0-5]\d:[0-5]\d [a-z0-9-]+ [A-Za-z0-9_.-]+(\[\d+\])?: \S/;

function messages(lab: LabState): string[] {
  return Object.values(lab.hosts).flatMap((host) => {
    const found = lookup(host.vfs.root, LOG_FILES.messages);
    const text = found.ok && found.node.kind === 'file' ? found.node.text ?? '' : '';
    return text.split('\n').filter((line) => line !== '');
  });
}

describe('/var/log/messages', () => {
  it('holds syslog lines only, from boot, services, Tech Support Mode, the DCUI and LBT', () => {
    const lab = createLab('standalone-host');
    expect(messages(lab)[0]).toMatch(/^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} esx01 vmkernel: Loading VMware ESXi 4\.1\.0 build-/);
    for (const line of messages(lab)) expect(line).toMatch(SYSLOG_LINE);
  });

  it.each(['managed-host', 'lbt-saturated'])('keeps that form whatever a reader does on %s', (preset) => {
    fc.assert(
      fc.property(fc.array(anyStep(HOSTS_OF[preset]!), { maxLength: 12 }), (steps) => {
        const lab = dispatch(steps.reduce(applyAny, createLab(preset)), { type: 'tick', ms: 90_000 });
        for (const line of messages(lab)) expect(line).toMatch(SYSLOG_LINE);
      }),
      { numRuns: 25 },
    );
  });
});
