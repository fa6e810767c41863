/**
 * Device listings: `esxcli corestorage device list` and `esxcfg-scsidevs -l / -m`, with the
 * field sets a 4.1 host prints (esxi-facts.md, "Storage device listings"): no `Is SSD` (5.x),
 * and no VAAI line in esxcfg-scsidevs. Each host lists what it sees: its local disk, then the
 * array's LUNs, in device-name order as the host sorts them.
 */
import { esxcliOther } from './esxcli-other';
import { STORAGE_TEXT as T } from '../../messages/storage';
import { fail, lines, ok, type CommandSpec } from '../../shell/types';
import { datastoresOf, deviceName, lunById, lunsOf, storageOf } from '../state';
import type { Lun, VaaiStatus } from '../types';

/** What SCSI INQUIRY reports beside vendor and model; per vendor, illustrative. */
const REVISION: Readonly<Record<string, string>> = { DGC: '0430', LSILOGIC: '1000' };

const displayName = (lun: Lun) => (lun.local ? `Local ${lun.vendor} Disk (${deviceName(lun)})` : `${lun.vendor} Fibre Channel Disk (${deviceName(lun)})`);
const hasVaai = (lun: Lun) => lun.vaai.clone || lun.vaai.zero || lun.vaai.ats;
export const vaaiStatusOf = (lun: Lun, host: string): VaaiStatus => lun.vaaiStatus[host] ?? 'unknown';
const devfs = (lun: Lun) => `/vmfs/devices/disks/${deviceName(lun)}`;
/** The vml name: a local disk's encodes its path (vmhba1:0:0), an array LUN's its NAA id. */
const vml = (lun: Lun) => (lun.local ? 'vml.0000000000766d686261313a303a30' : `vml.0200000000${deviceName(lun).slice(4)}524149442035`);
const sorted = (luns: readonly Lun[]) => [...luns].sort((a, b) => deviceName(a).localeCompare(deviceName(b)));

function corestorageRows(lun: Lun, host: string): string[] {
  return [
    deviceName(lun),
    `   Display Name: ${displayName(lun)}`,
    `   Size: ${lun.sizeMB}`,
    '   Device Type: Direct-Access',
    '   Multipath Plugin: NMP',
    `   Devfs Path: ${devfs(lun)}`,
    `   Vendor: ${lun.vendor}`,
    `   Model: ${lun.model}`,
    `   Revision: ${REVISION[lun.vendor] ?? '0001'}`,
    '   SCSI Level: 4',
    '   Is Pseudo: false',
    '   Status: on',
    `   Is RDM Capable: ${!lun.local}`,
    `   Is Local: ${Boolean(lun.local)}`,
    '   Is Removable: false',
    // The VAAI filter claims the devices of arrays that support VAAI (4.1 ships claim rules for them).
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
    if (words[0] !== 'corestorage' || words[1] !== 'device' || words[2] !== 'list') return esxcliOther(words);
    const rest = words.slice(3);
    const wanted = rest[0] === '-d' || rest[0] === '--device' ? rest[1] : undefined;
    if ((rest.length > 0 && wanted === undefined) || rest.length > 2) return fail(`${T.esxcliUsage}\n`);
    const luns = sorted(lunsOf(storageOf(lab), hostId)).filter((lun) => wanted === undefined || deviceName(lun) === wanted);
    if (wanted !== undefined && luns.length === 0) return fail(`${T.noDevice(wanted)}\n`);
    return ok(lines(luns.flatMap((lun) => corestorageRows(lun, hostId))));
  },
};

function scsidevsRows(lun: Lun): string[] {
  return [
    deviceName(lun),
    '   Device Type: Direct-Access',
    `   Size: ${lun.sizeMB} MB`,
    `   Display Name: ${displayName(lun)}`,
    '   Multipath Plugin: NMP',
    `   Console Device: ${devfs(lun)}`,
    `   Devfs Path: ${devfs(lun)}`,
    `   Vendor: ${lun.vendor.padEnd(8)}  Model: ${lun.model.padEnd(16)}  Revis: ${REVISION[lun.vendor] ?? '0001'}`,
    '   SCSI Level: 4  Is Pseudo: false Status: on',
    `   Is RDM Capable: ${!lun.local} Is Removable: false`,
    `   Is Local: ${Boolean(lun.local)}`,
    '   Other Names:',
    `      ${vml(lun)}`,
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
    if (flag === '-l' || flag === '--list') return ok(lines(sorted(lunsOf(storage, hostId)).flatMap(scsidevsRows)));
    if (flag === '-m' || flag === '--vmfs') {
      return ok(lines(datastoresOf(storage, hostId).map((ds) => {
        // datastore1 is partition 3 of the boot disk; a LUN of the array holds one VMFS partition.
        const partition = `${deviceName(lunById(storage, ds.lun)!)}:${ds.host ? 3 : 1}`;
        return [partition, `/vmfs/devices/disks/${partition}`, ds.uuid, '0', ds.name].join('  ');
      })));
    }
    return fail(`${T.scsidevsUsage}\n`);
  },
};
