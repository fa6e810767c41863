import type { HostState } from '../../lab/types';
import { NAS_TEXT as T } from '../../messages/nas';
import { sameSubnet } from '../../network/path';
import { vmkNetmask } from '../../network/state';
import { fail, lines, ok, type CommandSpec } from '../../shell/types';
import type { NasMount } from '../types';

/** On 4.1 the NFS server must be on a VMkernel NIC's own subnet (routed NFS came in 5.0 U1, esxi-facts.md). */
export const nasReachable = (host: HostState, mount: NasMount): boolean =>
  host.network.vmknics.some((nic) => sameSubnet(nic.ip, mount.server, vmkNetmask(nic)));

/** `esxcfg-nas -l`: one line per NFS datastore, `export_1 is /vol/export_1 from 10.0.0.29 mounted`. */
export const esxcfgNas: CommandSpec = {
  name: 'esxcfg-nas',
  summary: 'list the NFS (NAS) datastores',
  help: T.usage,
  run: ({ host, argv }) => {
    const [flag, ...rest] = argv.slice(1);
    if (flag === '-a' || flag === '--add' || flag === '-d' || flag === '--delete') return fail(`${T.notSimulated(flag)}\n`);
    if ((flag !== '-l' && flag !== '--list') || rest.length > 0) return fail(`${T.usage}\n`);
    const mounts = host.storage.nas ?? [];
    if (mounts.length === 0) return ok(`${T.none}\n`);
    return ok(lines(mounts.map((mount) => T.mountLine(mount.label, mount.share, mount.server, nasReachable(host, mount)))));
  },
};
