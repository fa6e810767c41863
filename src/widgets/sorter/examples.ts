/**
 * The sorter's examples: one source for the server render (with the answers in <details>
 * for readers without JavaScript), the custom element's feedback, and the unit tests.
 * The first four come from the 2010 write-up the site follows; the rest are in its spirit.
 */

export const KINDS = ['emulation', 'simulation', 'virtualization'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABEL: Record<Kind, string> = {
  emulation: 'Emulation',
  simulation: 'Simulation',
  virtualization: 'Virtualization',
};

export interface SorterExample {
  /** Unique within the sorter, lower-case words joined by hyphens: names the radio group. */
  id: string;
  /** What the reader sorts, as one sentence. */
  text: string;
  answer: Kind;
  /** One sentence saying why the answer is right. */
  why: string;
}

export const EXAMPLES: readonly SorterExample[] = [
  {
    id: 'atari',
    text: 'A program you download to play old Atari games on a modern PC.',
    answer: 'emulation',
    why: 'The games were written for Atari hardware, and the program translates everything they ask for so they run on a machine they were never designed for.',
  },
  {
    id: 'netapp',
    text: 'The NetApp simulator: software that looks and works like a NetApp storage system, with no NetApp hardware behind it.',
    answer: 'simulation',
    why: 'It gives you the appearance of the storage system, not the system itself.',
  },
  {
    id: 'esxi-vms',
    text: 'Several Windows and Linux virtual machines on one ESXi host, each with its own virtual BIOS, network adapters and storage controller.',
    answer: 'virtualization',
    why: 'One physical machine is shared between several real environments, and each guest believes it has the hardware to itself.',
  },
  {
    id: 'flight',
    text: 'A flight simulator that looks and feels like flying a real plane.',
    answer: 'simulation',
    why: 'It shows you what flying looks like, but no plane ever leaves the ground.',
  },
  {
    id: 'other-cpu',
    text: 'A program written for one kind of CPU runs on a computer with a different CPU, because software translates each of its instructions as it runs.',
    answer: 'emulation',
    why: 'Every instruction is translated for hardware the program was not written for, which is what makes emulation slow.',
  },
  {
    id: 'workstation',
    text: 'VMware Workstation running Windows and Linux at the same time on one desktop PC.',
    answer: 'virtualization',
    why: 'Each operating system runs in its own virtual machine on the PC\u2019s real CPU, sharing the one machine.',
  },
  {
    id: 'switch-cli',
    text: 'A training copy of a network switch\u2019s command line: you type commands and get realistic answers, but there is no switch.',
    answer: 'simulation',
    why: 'It only imitates how the switch responds; nothing forwards any network traffic.',
  },
  {
    id: 'site-lab',
    text: 'The ESXi 4.1 host you type commands into on this site.',
    answer: 'simulation',
    why: 'A program in your browser imitates what a real host would print; there is no ESXi behind it.',
  },
  {
    id: 'consolidation',
    text: 'Ten under-used physical servers are turned into virtual machines that now run on two ESX hosts.',
    answer: 'virtualization',
    why: 'The servers\u2019 workloads keep running for real, sharing two physical machines through a hypervisor.',
  },
];
