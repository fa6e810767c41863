/** Device listings: `esxcli corestorage device list` and `esxcfg-scsidevs -l / -m`. */
import type { LabState } from '../../lab/types';
import { STORAGE_TEXT as T } from '../../messages/storage';
import { fail, lines, ok, type CommandSpec } from '../../shell/types';
import { storageOf } from '../state';
import type { Lun, VaaiStatus } from '../types';

const displayName = (lun: Lun) => `${lun.vendor} Fibre Channel Disk (${lun.id})`;
const hasVaai = (lun: Lun) => lun.vaai.clone || lun.vaai.zero || lun.vaai.ats;
export const vaaiStatusOf = (lun: Lun, host: string): VaaiStatus => lun.vaaiStatus[host] ?? 'unknown';
const devfs = (lun: Lun) => `/vmfs/devices/disks/${lun.id}`;
const vml = (lun: Lun) => `vml.0200000000${lun.id.slice(4)}524149442035`;

/** The LUNs this host sees (every LUN of the array is zoned to every host of the lab). */
const lunsOf = (lab: LabState): Lun[] => storageOf(lab)?.luns ?? [];

function corestorageRows(lun: Lun, host: string): string[] {
  return [
    lun.id,
    `   Display Name: ${displayName(lun)}`,
    `   Size: ${lun.sizeMB}`,
    '   Device Type: Direct-Access',
    '   Multipath Plugin: NMP',
    `   Devfs Path: ${devfs(lun)}`,
    `   Vendor: ${lun.vendor}`,
    `   Model: ${lun.model}`,
    '   Is Local: false',
    '   Is SSD: false',
    `   Attached Filters: ${hasVaai(lun) ? 'VAAI_FILTER' : ''}`,
    `   VAAI Status: ${vaaiStatusOf(lun, host)}`,
    `   Other UIDs: ${vml(lun)}`,
    '',
  ];
}

export const esxcli: CommandSpec = {
  name: 'esxcli',
  summary: 'the esxcli namespaces (only corestorage device list in this lab)',
  help: T.esxcliUsage,
  run: ({ lab, hostId, argv }) => {
    const words = argv.slice(1);
    if (words.length === 0 || words.includes('--help')) return ok(`${T.esxcliUsage}\n`);
    if (words[0] !== 'corestorage' || words[1] !== 'device' || words[2] !== 'list') return fail(`${T.esxcliUnknown(words.join(' '))}\n`);
    const rest = words.slice(3);
    const wanted = rest[0] === '-d' || rest[0] === '--device' ? rest[1] : undefined;
    if ((rest.length > 0 && wanted === undefined) || rest.length > 2) return fail(`${T.esxcliUsage}\n`);
    const luns = lunsOf(lab).filter((lun) => wanted === undefined || lun.id === wanted);
    if (wanted !== undefined && luns.length === 0) return fail(`${T.noDevice(wanted)}\n`);
    if (luns.length === 0) return ok(`${T.noStorage}\n`);
    return ok(lines(luns.flatMap((lun) => corestorageRows(lun, hostId))));
  },
};

function scsidevsRows(lun: Lun, host: string): string[] {
  return [
    lun.id,
    '   Device Type: Direct-Access',
    `   Size: ${lun.sizeMB} MB`,
    `   Display Name: ${displayName(lun)}`,
    '   Multipath Plugin: NMP',
    `   Console Device: ${devfs(lun)}`,
    `   Devfs Path: ${devfs(lun)}`,
    `   Vendor: ${lun.vendor.padEnd(8)}  Model: ${lun.model.padEnd(16)}  Revis: 0430`,
    '   Is Local: false',
    `   VAAI Status: ${vaaiStatusOf(lun, host)}`,
    '',
  ];
}

export const esxcfgScsidevs: CommandSpec = {
  name: 'esxcfg-scsidevs',
  summary: 'list SCSI devices and the VMFS volumes on them',
  help: T.scsidevsUsage,
  run: ({ lab, hostId, argv }) => {
    const flag = argv.length === 2 ? argv[1] : undefined;
    const storage = storageOf(lab);
    if (flag === '-l' || flag === '--list') {
      return storage && storage.luns.length > 0 ? ok(lines(storage.luns.flatMap((lun) => scsidevsRows(lun, hostId)))) : ok(`${T.noStorage}\n`);
    }
    if (flag === '-m' || flag === '--vmfs') {
      if (!storage) return ok(`${T.noStorage}\n`);
      return ok(lines(storage.datastores.map((ds) => [`${ds.lun}:1`, `/vmfs/devices/disks/${ds.lun}:1`, ds.uuid, '0', ds.name].join('  '))));
    }
    return fail(`${T.scsidevsUsage}\n`);
  },
};
