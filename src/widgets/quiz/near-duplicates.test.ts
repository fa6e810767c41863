import { describe, expect, it } from 'vitest';
import { NEAR_DUPLICATE_THRESHOLD, nearDuplicatePairs, questionWords, similarity, wordsOf, type ComparableQuestion } from './near-duplicates';

const q = (key: string, prompt: string, right: string[], wrong: string[] = ['Something else entirely']): ComparableQuestion => ({
  key,
  prompt,
  options: [...right.map((text) => ({ text, correct: true })), ...wrong.map((text) => ({ text }))],
});

/** The five pairs issue 12 names, as the banks asked them before the rewrite (Dec 2026). */
const KNOWN_PAIRS: [ComparableQuestion, ComparableQuestion][] = [
  [
    q('architecture/net-lbt-is', 'What is net-lbt?', ['The Load-Based Teaming daemon, lbtd, as it appears in the process list']),
    q('ports-and-services/net-lbt', `services.sh restart prints "Running lbtd restart" and "net-lbt started.". What is net-lbt?`, ['The process of lbtd, the Load-Based Teaming daemon']),
  ],
  [
    q('architecture/dcui-path', `You are at the host's console and want to enable SSH. Which path do you take in the DCUI?`, ['F2, then System Customization, then Troubleshooting Options, then Enable Remote Tech Support (SSH)']),
    q('ports-and-services/enable-ssh', 'In the DCUI of an ESXi 4.1 host, which item makes port 22 start listening?', ['Enable Remote Tech Support (SSH), under System Customization, Troubleshooting Options']),
  ],
  [
    q('architecture/vpxa-role', 'vCenter sends a command to a host it manages. Which process on the host receives it, and what happens next?', ['vpxa receives it and passes it to hostd']),
    q('ports-and-services/vcenter-path', 'vCenter Server sends a command to a host it manages. Which path does the command take?', ['Port 443, then vpxa, which passes the work to hostd']),
  ],
  [
    q(
      'architecture/restart-agents',
      'hostd has failed because its hostdstats ramdisk filled up. After clearing /var/lib/vmware/hostd/stats, which of these restart the management agents or hostd? Choose all that apply.',
      [`Restart Management Agents in the DCUI's Troubleshooting Options`, 'services.sh restart in the shell', '/etc/init.d/hostd restart in the shell'],
    ),
    q('ports-and-services/restart-all-agents', 'Which of these restart all the management agents of an ESXi 4.1 host, not just one? Choose all that apply.', ['services.sh restart', `The DCUI's Restart Management Agents`]),
  ],
  [
    q('architecture/management-port', `On which port does the vSphere Client reach an ESXi 4.1 host's vSphere API?`, ['443 (HTTPS)']),
    q('ports-and-services/port-443-clients', 'Which of these reach an ESXi 4.1 host through port 443? Choose all that apply.', [
      'The vSphere Client connected straight to the host',
      'vCenter Server',
      'Scripts using the vSphere API or SDK',
      'WS-Management clients',
    ]),
  ],
];

describe('wordsOf', () => {
  it('keeps what a question is about and drops grammar, quiz phrasing and the site-wide subject', () => {
    expect([...wordsOf('Which of these restart the management agents of an ESXi 4.1 host? Choose all that apply.')]).toEqual(['restart', 'management', 'agent']);
  });

  it('keeps paths, command names and numbers whole, with the same word for /bootbank and bootbank', () => {
    const words = wordsOf('Run /etc/init.d/hostd restart, then services.sh on port 443.');
    for (const word of ['etc/init.d/hostd', 'services.sh', '443', 'port']) expect(words).toContain(word);
    expect(wordsOf('/bootbank')).toEqual(wordsOf('bootbank'));
  });
});

describe('similarity', () => {
  it('is 1 for the same words, 0 for none shared or an empty side, and symmetric', () => {
    const a = wordsOf('Which bank boots? The one with the highest updated value');
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, wordsOf('Port 902 carries NFC copies'))).toBe(0);
    expect(similarity(a, new Set())).toBe(0);
    const b = wordsOf('Which value decides the bank that boots? updated');
    expect(similarity(a, b)).toBeCloseTo(similarity(b, a));
  });
});

describe('nearDuplicatePairs', () => {
  it.each(KNOWN_PAIRS.map(([a, b]) => [a.key, b.key, a, b] as const))('catches the known pair %s / %s', (_a, _b, a, b) => {
    expect(similarity(questionWords(a), questionWords(b))).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(nearDuplicatePairs([a, b])).toEqual([{ a: a.key, b: b.key, score: expect.any(Number) }]);
  });

  it('does not pair questions on different topics, even from the same chapter and with shared words', () => {
    const different = [
      q('boot/which-bank', 'Both boot banks hold a bootable image. Which value decides which one the boot loader starts?', ['The highest updated value among the bootable banks']),
      q('boot/rollback-keys', 'The boot loader screen shows the current build. Which keys roll it back to the standby build?', ['Shift+R, then Shift+Y to confirm, then Enter']),
      q('arch/sfcbd', 'What is sfcbd for?', ['It is the CIM server, which remote tools query for hardware health']),
      q('ports/port-902', 'Which port carries NFC copies of virtual disks between hosts?', ['902/TCP']),
    ];
    expect(nearDuplicatePairs(different)).toEqual([]);
  });

  it('reads only the right answers, so the same prompt with a different answer set still counts as the same question', () => {
    const a = q('a/one', 'What does VLAN ID 4095 on a port group mean?', ['All VLANs are passed to the guest'], ['No VLAN']);
    const b = q('b/two', 'What does VLAN ID 4095 on a port group mean?', ['All VLANs are passed to the guest'], ['Native VLAN', 'VLAN 1']);
    expect(nearDuplicatePairs([a, b]).map((pair) => [pair.a, pair.b])).toEqual([['a/one', 'b/two']]);
  });

  it('lists every pair once, highest score first', () => {
    const all = KNOWN_PAIRS.flat();
    const pairs = nearDuplicatePairs(all);
    const found = pairs.map((pair) => `${pair.a} ${pair.b}`);
    for (const [a, b] of KNOWN_PAIRS) expect(found).toContain(`${a.key} ${b.key}`);
    expect(new Set(found).size).toBe(found.length);
    expect(pairs.map((pair) => pair.score)).toEqual([...pairs.map((pair) => pair.score)].sort((x, y) => y - x));
  });
});
