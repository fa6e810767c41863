import type { ScenarioWords } from '../types';

/** The services scenarios' task and hints: shown by the page's server render only, so the kit's browser code does not carry them. */
export const SERVICES_WORDS: Readonly<Record<string, ScenarioWords>> = {
  'client-cannot-connect': {
    task: 'The vSphere Client cannot connect to esx01: find out why and fix it.',
    hints: [
      'The port map shows where the connection stops. Which port does the vSphere Client use, and what listens on it?',
      'In the shell, `ps | grep hostd` shows whether hostd\'s worlds run, and `/etc/init.d/hostd status` asks its start script.',
      'Start it with `/etc/init.d/hostd start`, or restart every management agent with `services.sh restart` (the DCUI\'s Restart Management Agents does the same).',
    ],
  },
  'enable-ssh': {
    task: 'Enable SSH access to esx01, so that an SSH client can log in to it.',
    hints: [
      'SSH on ESXi 4.1 is remote Tech Support Mode. There is no host firewall to open: port 22 listens exactly when remote TSM is on.',
      'At the host\'s console (the DCUI), press F2 and log in; System Customization holds Troubleshooting Options.',
      'In Troubleshooting Options choose Enable Remote Tech Support (SSH). `ps | grep dropbear` then shows the SSH server running.',
    ],
  },
  'vmotion-fails': {
    task: 'vMotion from esx01 to esx02 fails: find the missing piece and put it in place.',
    hints: [
      'vMotion runs between the two hosts\' VMkernel interfaces on port 8000. The port map shows which host does not listen.',
      'hostd holds the vMotion setting: `vim-cmd hostsvc/vmotion/netconfig_get` shows each VMkernel interface and which one is selected for vMotion.',
      'On esx02, select its vMotion interface: `vim-cmd hostsvc/vmotion/vnic_set vmk1`.',
    ],
  },
  'hostdstats-full': {
    task: 'hostd on esx01 has failed, and the vSphere Client cannot connect. Find what filled up, make room, and bring hostd back so that it stays up.',
    hints: [
      '`vdf -h` lists the ramdisks at its bottom. Which one is at 100%?',
      'hostd writes its realtime statistics under `/var/lib/vmware/hostd/stats`: `ls -l /var/lib/vmware/hostd/stats` shows them, and `rm /var/lib/vmware/hostd/stats/*` clears them.',
      'Then restart the management agents: `services.sh restart` (or the DCUI\'s Restart Management Agents, or `/etc/init.d/hostd start` for hostd alone). Starting hostd before the ramdisk has room would only see it fail again.',
    ],
  },
};
