/** The port map widget's labels (kept beside it so other pages do not ship them). */
export const PORT_MAP_TEXT = {
    region: (host: string) => `Port map, ${host}`,
    clients: 'Try a connection',
    tryClient: (label: string, host: string) => `${label} to ${host}`,
    result: 'Result',
    connected: (label: string, host: string) => `${label} reached ${host}.`,
    failed: (label: string, host: string, because: string) => `${label} could not reach ${host}: ${because}.`,
    portsCaption: (host: string) => `What ${host} listens on and connects to`,
    portsScroll: 'Ports table (scrolls)',
    columns: ['Port', 'Protocol', 'Direction', 'Process', 'Purpose', 'Now'],
    open: 'open',
    closed: (because: string) => `closed: ${because}`,
    directions: { in: 'into the host', out: 'out of the host' },
} as const;
