/** The Load-Based Teaming chart's labels the live chart needs (the page's own are below). */
export const LBT_TEXT = {
  noMoves: 'No port has moved yet.',
  /** A move's label on the chart, beside its dotted line: "dvPort " (left out on a phone) then the rest. */
  markPort: 'dvPort ',
  mark: (port: string, from: string, to: string) => `${port}: ${from} → ${to}`,
  move: (port: string, client: string, from: string, to: string, at: string, pct: number) => `dvPort ${port} (${client}) moved from ${from} to ${to} at ${at} (${from} was at ${pct}%)`,
} as const;

/** Labels only the server render uses (they never ship to the browser). */
export const LBT_PAGE = {
  region: (host: string) => `Load-Based Teaming chart, ${host}`,
  chart: (host: string) => `Traffic carried by each uplink of ${host} in Mb/s over the last 60 simulated seconds, with LBT's 75% threshold and each port LBT moved (the table and the list of moves below give the figures)`,
  threshold: (pct: number) => `LBT threshold ${pct}%`,
  legend: 'Legend: the uplinks',
  teaming: (pg: string) => `Load balancing of dvPortgroup ${pg} (in vCenter)`,
  caption: (host: string) => `${host}'s uplinks now`,
  columns: ['Uplink', 'Carried now', 'Utilisation', 'Offered', 'Ports on it'],
  loadUplink: 'Load uplink',
  loadMbps: 'Mb/s per VM port on it',
  loadApply: 'Set demand',
  skip: 'Skip 30 s',
  moves: 'LBT moves',
} as const;
