/** The Load-Based Teaming chart's labels the live chart needs (the page's own are below). */
export const LBT_TEXT = {
  noMoves: 'No port has moved yet.',
  refused: (typed: string, because: string) => `"${typed}" was refused: ${because}. Nothing was changed.`,
  move: (port: string, client: string, from: string, to: string, at: string, pct: number) => `dvPort ${port} (${client}) moved from ${from} to ${to} at ${at} (${from} was at ${pct}%)`,
} as const;

/** Labels only the server render uses (they never ship to the browser). */
export const LBT_PAGE = {
  region: (host: string) => `Load-Based Teaming chart, ${host}`,
  chart: (host: string) => `Utilisation of each uplink of ${host} over the last 60 simulated seconds, with the 75% line and LBT moves marked (the table below gives the figures)`,
  teaming: (pg: string) => `Load balancing of dvPortgroup ${pg} (in vCenter)`,
  caption: (host: string) => `${host}'s uplinks now`,
  columns: ['Uplink', 'Utilisation', 'Offered', 'Ports on it'],
  loadUplink: 'Load uplink',
  loadMbps: 'Mb/s per VM port on it',
  loadApply: 'Set demand',
  skip: 'Skip 30 s',
  moves: 'LBT moves',
} as const;
