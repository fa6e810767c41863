/**
 * What the storage kit's commands print. Real 4.1 wording where esxi-facts.md gives it
 * (`Value of HardwareAcceleratedMove is 1`); elsewhere the shapes of the real tools as
 * remembered, marked (lab) where the lab explains itself instead of imitating the host.
 */
export const STORAGE_TEXT = {
  advcfgValue: (short: string, value: number) => `Value of ${short} is ${value}`,
  advcfgUsage: 'Usage: esxcfg-advcfg -g <option> | -s <value> <option> | -d <option>\n  -g, --get       Get the value of an option\n  -s, --set       Set the value of an option\n  -d, --default   Reset an option to its default\n  (lab) Only the VAAI options are modelled: /DataMover/HardwareAcceleratedMove,\n  /DataMover/HardwareAcceleratedInit, /VMFS3/HardwareAcceleratedLocking, /DataMover/MaxHWTransferSize.',
  advcfgUnknown: (message: string) => `esxcfg-advcfg: ${message} (this lab models only the VAAI options; see esxcfg-advcfg --help)`,
  advcfgDidYouMean: (name: string, meant: string) => `esxcfg-advcfg: Unknown advanced setting ${name}; did you mean ${meant}?`,
  advcfgRange: (name: string, min: number, max: number, raw: string) => `esxcfg-advcfg: ${name} must be between ${min} and ${max}, not ${raw}`,
  advcfgBad: (message: string) => `esxcfg-advcfg: ${message}`,
  advcfgDefault: (name: string, value: number) => `Option ${name} reset to default ${value}`,

  esxcliUsage: 'Usage: esxcli corestorage device list [-d <device>]\n(lab) Other esxcli namespaces (nmp, swiscsi, network, ...) are not simulated in this lab.',
  noDevice: (id: string) => `Unknown device ${id}`,

  scsidevsUsage: 'Usage: esxcfg-scsidevs -l | -m\n  -l, --list      List all devices with their details\n  -m, --vmfs      Map VMFS volumes to their devices\n(lab) Other options are not simulated in this lab.',

  vmkfstoolsUsage:
    'Usage: vmkfstools -i <src.vmdk> <dst.vmdk> [-d thin|zeroedthick|eagerzeroedthick]   clone a virtual disk\n' +
    '       vmkfstools -c <size>[kKmMgG] [-d thin|zeroedthick|eagerzeroedthick] <file.vmdk>   create a virtual disk\n' +
    '       vmkfstools -P [-h] <path>   show the file system holding <path> (-h: sizes in KB, MB, GB)\n' +
    '(lab) Other options are not simulated in this lab.',
  notOnVmfs: (path: string) => `Failed to open '${path}': not a virtual disk on a VMFS datastore of this lab (use /vmfs/volumes/<datastore>/...).`,
  noSuchFile: (path: string) => `Failed to open '${path}': Could not find the file (600).`,
  incomplete: (path: string) => `Failed to open '${path}': The file is being written by another operation (lab: a job still runs).`,
  /**
   * A disk vmkfstools could not write: `Failed to clone disk: <message> (<code>).` (esxi-facts.md);
   * `Failed to create virtual disk:` for -c is the lab's guess of the same shape.
   */
  diskFailed: (verb: 'Clone' | 'Create', message: string, code: number) => `${verb === 'Clone' ? 'Failed to clone disk' : 'Failed to create virtual disk'}: ${message} (${code}).`,
  exists: 'The file already exists',
  noSpace: 'There is not enough space on the file system for the selected operation',
  notDir: 'Not a directory',
  existsNote: (path: string) => `(lab) ${path} is already there.`,
  notDirNote: (path: string) => `(lab) A file on the way to ${path} is not a folder.`,
  notVmdk: (path: string) => `vmkfstools: (lab) '${path}': the name of a virtual disk ends in .vmdk, as in web02.vmdk (its data goes into <name>-flat.vmdk beside it).`,
  noSpaceNote: (needed: string, free: string, datastore: string) => `(lab) ${needed} needed, ${free} free on ${datastore}.`,
  thinTooBigNote: (size: string, capacity: string, datastore: string) => `(lab) A thin disk may grow to ${size}, more than all of ${datastore} (${capacity}).`,
  badSize: (size: string) => `vmkfstools: invalid size '${size}' (for example 10G, 512M).`,
  badFormat: (format: string) => `vmkfstools: unknown disk format '${format}'.`,
  destFormat: (format: string) => `Destination disk format: VMFS ${format}`,
  cloning: (path: string) => `Cloning disk '${path}'...`,
  creating: (path: string) => `Creating disk '${path}' and zeroing it out...`,
  progress: (verb: 'Clone' | 'Create', percent: number) => `${verb}: ${percent}% done.`,
  background: (id: number, mode: string, reason: string | null) =>
    `(lab) Job ${id} runs on the lab's clock (${mode}${reason ? `: ${reason.replace(/\.$/, '')}` : ''}): the prompt comes back at once, where the real vmkfstools waits for 100%. Watch the job in esxtop.`,
  finished: (verb: 'Clone' | 'Create') => `(lab) ${verb} finished at once: the disk is empty.`,
  noFs: (path: string) => `Could not retrieve file system information for '${path}': (lab) not on a VMFS datastore or a vfat volume of the boot disk.`,

  jobLine: (id: number, kind: string, target: string, percent: number, mode: string) => `(lab) job ${id}: ${kind} ${target} ${percent}% done (${mode})`,
  stormLine: (id: number, datastore: string, on: number, total: number, ats: boolean) =>
    `(lab) boot storm ${id} on ${datastore}: ${on} of ${total} VMs powered on (${ats ? 'ATS' : 'SCSI reservations'})`,
  esxtopUsage: 'Usage: esxtop -b -n 1\n(lab) Only one batch snapshot of the disk-device VAAI counters is simulated; the interactive screens are not.',
};
