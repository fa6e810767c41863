/** The Network I/O Control chart's labels the live chart needs (the page's own are below). */
export const NIOC_TEXT = {
  total: (used: number, capacity: number, saturated: boolean) => `${Math.round(used)} of ${capacity} Mb/s used${saturated ? ': saturated, shares decide' : ''}`,
  chart: (vmnic: string, host: string) => `Traffic on ${vmnic} of ${host} by pool in Mb/s, stacked, over the last 60 simulated seconds (the table below gives the figures now)`,
  caption: (vmnic: string) => `Each pool on ${vmnic} now; shares and limits are set once in vCenter`,
} as const;

/** Labels only the server render uses (they never ship to the browser). */
export const NIOC_PAGE = {
  uplinkPicker: 'Uplink',
  legend: 'Legend: the traffic pools',
  region: (host: string) => `Network I/O Control chart, ${host}`,
  columns: ['Pool', 'Demand on this host (Mb/s)', 'Shares', 'Host limit (Mb/s, empty = unlimited)', 'Now on the uplink'],
  demandOf: (pool: string) => `Demand of ${pool}`,
  sharesOf: (pool: string) => `Shares of ${pool}`,
  customOf: (pool: string) => `Custom shares of ${pool} (1-100)`,
  limitOf: (pool: string) => `Host limit of ${pool}`,
  presets: { low: 'Low (25)', normal: 'Normal (50)', high: 'High (100)', custom: 'Custom' },
} as const;
