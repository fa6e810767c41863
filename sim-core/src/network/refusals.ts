/**
 * Why a vCenter or traffic control changed nothing: what the network widgets show, in the
 * lab's words. Apart from the commands' texts (messages.ts), which only typed lines need.
 */
export const NET_REFUSALS = {
  noDvSwitch: 'This lab has no distributed switch: vCenter has nothing to change.',
  noSuchDvSwitch: (name: string) => `This lab has no distributed switch named ${name.slice(0, 40)}.`,
  loadBasedNeedsDvs: 'Route based on physical NIC load (Load-Based Teaming) exists only on a distributed switch.',
  noPortGroup: (host: string, pg: string) => `${host} has no port group ${pg.slice(0, 40)} on a standard vSwitch.`,
  noTraffic: 'This lab runs no traffic model: only the distributed switch labs do.',
  noNicOnHost: (host: string, vmnic: string) => `${host} has no physical NIC ${vmnic}.`,
};
