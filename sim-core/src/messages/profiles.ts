/**
 * What vCenter says about host profiles: compliance reasons, the apply wizard's changes and
 * questions, and why an apply is refused. The wording of 4.1's compliance failures was not
 * found (esxi-facts.md): every line here is the lab's own [guess], written to say what differs
 * and what the profile wants. InvalidState is the API fault 4.1 raises when the host is not in
 * maintenance mode and the change needs it [sure]; its sentence is the lab's.
 */
const list = (items: readonly string[]) => (items.length === 0 ? 'none' : items.join(', '));
const onOff = (on: boolean) => (on ? 'on' : 'off');

export const PROFILE_TEXT = {
  subProfiles: {
    networking: 'Networking',
    storage: 'Storage (NFS)',
    datetime: 'Date and time',
    security: 'Security (users)',
    services: 'Services (Tech Support Mode)',
    advanced: 'Advanced options',
    memory: 'Memory reservation',
  },
  // Compliance reasons: what the host has, then what the profile says.
  vswitchMissing: (sw: string) => `${sw} does not exist on the host; the profile has it`,
  vswitchMtu: (sw: string, has: number, wants: number) => `${sw} MTU is ${has}; the profile says ${wants}`,
  vswitchUplinks: (sw: string, has: readonly string[], wants: readonly string[]) => `${sw} uplinks are ${list(has)}; the profile says ${list(wants)}`,
  portGroupMissing: (pg: string, sw: string) => `Port group ${pg} is not on ${sw}; the profile has it there`,
  portGroupVlan: (pg: string, has: number, wants: number) => `Port group ${pg} VLAN is ${has}; the profile says ${wants}`,
  portGroupTeaming: (pg: string, has: string, wants: string) => `Port group ${pg} NIC teaming is "${has}"; the profile says "${wants}"`,
  vmknicMissing: (vmk: string, pg: string) => `${vmk} does not exist; the profile has it on port group ${pg}`,
  vmknicPortGroup: (vmk: string, has: string, wants: string) => `${vmk} is on port group ${has}; the profile says ${wants}`,
  vmknicMtu: (vmk: string, has: number, wants: number) => `${vmk} MTU is ${has}; the profile says ${wants}`,
  vmknicVmotion: (vmk: string, wants: boolean) => `vMotion is ${onOff(!wants)} on ${vmk}; the profile says ${onOff(wants)}`,
  dvsUplinks: (dvs: string, has: readonly string[] | null, wants: readonly string[]) =>
    has === null ? `The host is not a member of ${dvs}; the profile has uplinks ${list(wants)} on it` : `${dvs} uplinks are ${list(has)}; the profile says ${list(wants)}`,
  nasMissing: (label: string, server: string, share: string) => `NFS datastore ${label} (${server}:${share}) is not mounted; the profile has it`,
  ntp: (has: readonly string[], wants: readonly string[]) => `NTP servers are ${list(has)}; the profile says ${list(wants)}`,
  userMissing: (user: string) => `User ${user} does not exist; the profile has it`,
  tsm: (kind: 'local' | 'remote', has: boolean) => `${kind === 'local' ? 'Local' : 'Remote'} Tech Support Mode is ${onOff(has)}; the profile says ${onOff(!has)}`,
  advanced: (name: string, has: number, wants: number) => `${name.slice(1).replace('/', '.')} is ${has}; the profile says ${wants}`,
  memory: (has: number, wants: number) => `Memory reservation is ${has} MB; the profile says ${wants} MB`,
  unknown: (host: string, why: string) => `${host} ${why}: vCenter Server cannot check it`,
  // The apply wizard.
  change: {
    vswitchCreate: (sw: string, mtu: number) => `Create ${sw} (MTU ${mtu}) with its port groups`,
    vswitch: (sw: string) => `Configure ${sw} as the profile says (MTU, uplinks, port groups)`,
    vmknicCreate: (vmk: string, pg: string) => `Create ${vmk} on port group ${pg}`,
    vmknic: (vmk: string) => `Configure ${vmk} as the profile says (port group, MTU, vMotion)`,
    dvs: (dvs: string) => `Connect the host's uplinks to ${dvs} as the profile says`,
    nas: (label: string) => `Mount NFS datastore ${label}`,
    ntp: (servers: readonly string[]) => `Set the NTP servers to ${list(servers)}`,
    user: (user: string) => `Add user ${user}`,
    tsm: (kind: 'local' | 'remote', on: boolean) => `${on ? 'Enable' : 'Disable'} ${kind} Tech Support Mode`,
    advanced: (name: string, value: number) => `Set ${name.slice(1).replace('/', '.')} to ${value}`,
    memory: (mb: number) => `Set the memory reservation to ${mb} MB`,
  },
  askIp: (vmk: string, pg: string, host: string) => `IP address of ${vmk} (port group ${pg}) on ${host}`,
  // Why an apply cannot run.
  disconnected: (host: string, why: string) => `${host} ${why}: vCenter Server cannot apply a profile to it.`,
  needsMaintenance: (host: string) =>
    `InvalidState: ${host} must be in maintenance mode first: this profile changes its networking or memory reservation. Enter maintenance mode (move or power off its running VMs first), then apply.`,
  missingPortGroup: (vmk: string, pg: string) => `${vmk} needs port group ${pg}, which no switch of the profile or of vCenter has any more.`,
  noValue: (label: string) => `The wizard needs a value: ${label}.`,
  badIp: (label: string, value: string) => `"${value.slice(0, 40)}" is not an IPv4 address (four numbers from 0 to 255, such as 192.168.20.13): ${label}.`,
  hostPartIp: (label: string, value: string) => `${value} is a network or broadcast address, not a host's: ${label}.`,
  ipInUse: (label: string, value: string, owner: string) => `${value} is already used by ${owner}: ${label}.`,
} as const;

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Why vCenter refuses a profile action (create, attach, detach, check). */
export const PROFILE_REFUSAL = {
  badProfileName: 'A profile needs a name of 1 to 80 characters.',
  profileExists: (name: string) => `A profile named ${clip(name)} already exists.`,
  unknownProfile: (name: string) => `There is no host profile named ${clip(name)}.`,
  unknownTarget: (target: string) => `${clip(target)} is neither a host nor a cluster in vCenter's inventory.`,
  alreadyAttached: (target: string, profile: string) => `${clip(target)} is already attached to ${clip(profile)}.`,
  attachedElsewhere: (target: string, profile: string) => `${clip(target)} is attached to profile ${clip(profile)}: detach it there first (a host follows one profile).`,
  notAttached: (target: string, profile: string) => `${clip(target)} is not attached to ${clip(profile)}.`,
  nothingAttached: (profile: string) => `Nothing is attached to ${clip(profile)}: attach a host or a cluster, then check compliance.`,
  hostNotAttached: (host: string, profile: string) => `${clip(host)} is not attached to ${clip(profile)} (directly or through its cluster): attach it first.`,
} as const;

/** Why vCenter cannot reach a host, for the sentences above. */
export const REACH_TEXT = {
  disconnected: 'is disconnected',
  notResponding: 'is not responding (it is down, or hostd or vpxa is stopped)',
  unmanaged: 'is not managed by vCenter Server',
  noProfile: 'has no such profile to be checked against',
} as const;
