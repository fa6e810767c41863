/** The process explorer widget's labels (kept beside it so other pages do not ship them). */
export const PROCESS_EXPLORER_TEXT = {
    region: (host: string) => `Process explorer, ${host}`,
    services: 'Init-script services',
    running: 'running',
    stopped: 'stopped',
    stop: (service: string) => `Stop ${service}`,
    start: (service: string) => `Start ${service}`,
    filter: 'Filter worlds',
    count: (shown: number, total: number) => `${shown} of ${total} worlds shown`,
    tableScroll: 'Worlds table (scrolls)',
    caption: (host: string) => `Worlds on ${host}`,
    columns: ['World', 'State', 'World ID', 'Service', 'Ports', 'What it does', 'If it stops'],
} as const;
