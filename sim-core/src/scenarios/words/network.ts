import type { ScenarioWords } from '../types';

/** The network scenarios' task and hints: shown by the page's server render only, so the kit's browser code does not carry them. */
export const NETWORK_WORDS: Readonly<Record<string, ScenarioWords>> = {
  'vmotion-starves': {
    task: 'A vMotion from esx01 shares vmnic0 with virtual machines and squeezes them: set Network I/O Control so VM traffic keeps at least half of the NIC while the vMotion goes on.',
    hints: [
      'Shares matter only on a saturated NIC: VM traffic and vMotion both want vmnic0 (dvUplink1) and it has 1000 Mb/s.',
      'The split is by shares: Low 25, Normal 50, High 100. Right now vMotion has High and virtual machine traffic Low.',
      'Give Virtual Machine Traffic High shares and vMotion Normal: VMs then get up to two thirds of the NIC.',
    ],
  },
  'cdp-which-port': {
    task: 'The network team needs to know which Cisco switch and port esx01\'s vmnic1 is cabled to: make the host listen to CDP and read it off.',
    hints: [
      '`esxcfg-vswitch -b vSwitch0` prints the CDP mode of vSwitch0.',
      'The modes are down, listen, advertise and both; a host learns about the switch only in listen or both.',
      '`esxcfg-vswitch -B listen vSwitch0`, then point at vmnic1 in the switch diagram (the vSphere Client shows the same): read its Device ID and Port ID.',
    ],
  },
  'jumbo-mismatch': {
    task: 'vMotion between esx01 and esx02 should use jumbo frames, but `vmkping -d -s 8972` from esx01 to esx02\'s vmk1 gets no answer: find the hop whose MTU is still 1500 and fix it.',
    hints: [
      '8972 bytes of data + 8 (ICMP) + 20 (IP) = 9000: with -d (don\'t fragment) every hop must take 9000 bytes.',
      'On each host, `esxcfg-vmknic -l` shows the vmknic MTU and `esxcfg-vswitch -l` the vSwitch MTU. The Cisco switches run jumbo frames.',
      '`esxcfg-vswitch -m 9000 vSwitch1` on the host whose vSwitch1 still says 1500.',
    ],
  },
  'lbt-spread': {
    task: 'Five busy VMs on esx01 all landed on vmnic0 while the other uplinks idle: change the VM Network dvPortgroup\'s teaming so the load spreads, and watch Load-Based Teaming move ports.',
    hints: [
      'Route based on originating virtual port ID places ports by number, whatever their load.',
      'Load-Based Teaming ("Route based on physical NIC load") is a dvPortgroup policy in vCenter: every 30 s it moves a busy port off an uplink above 75%.',
      'Set VM Network to Route based on physical NIC load and let a minute or two pass.',
    ],
  },
  'vms-without-uplink': {
    task: 'Four virtual machines on esx01, on the port group Web Servers, cannot reach anything outside the host. Give their virtual NICs a way onto the physical network.',
    hints: [
      '`esxcfg-vswitch -l` shows each switch, its port groups and, in the last column, its uplinks: the physical NICs its traffic leaves by. Which switch holds Web Servers, and what are its uplinks?',
      '`esxcfg-nics -l` lists the physical NICs. A NIC that is already another switch\'s uplink is taken, and one whose Link column says Down has no cable that leads anywhere.',
      'Attach a free NIC with a link to the switch: `esxcfg-vswitch -L vmnic3 vSwitch1`.',
    ],
  },
};
