// The table of contents: one source for the sidebar and the home page's chapter list.
// `ready` chapters have a page in content/docs/<slug>.mdx; `coming` ones are announced only.
export const chapters = [
  { slug: 'virtualization-basics', title: 'Virtualization basics', status: 'ready', summary: 'Emulation, simulation and virtualization; binary translation and hardware assist.' },
  { slug: 'architecture', title: 'ESXi architecture', status: 'ready', summary: 'The VMkernel, its worlds, the management path, deployment and Tech Support Mode.' },
  { slug: 'boot-process', title: 'The boot process', status: 'ready', summary: 'Boot banks, boot.cfg, Shift+R rollback, visorfs, df -h and vdf -h.' },
  { slug: 'ports-and-services', title: 'Ports and services', status: 'ready', summary: 'What listens on 22, 80, 443, 902, 5989, 8000 and why.' },
  { slug: 'networking', title: 'Networking', status: 'ready', summary: 'vSwitch, dvSwitch, Network I/O Control, Load-Based Teaming and CDP.' },
  { slug: 'storage-vaai', title: 'Storage and VAAI', status: 'ready', summary: 'Full copy, block zeroing and hardware-assisted locking.' },
  { slug: 'host-profiles', title: 'Host profiles', status: 'ready', summary: 'Capture one host’s configuration, check others against it, apply it in maintenance mode; patching.' },
];
