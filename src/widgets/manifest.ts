/**
 * The one list of the site's widgets: each one's element, title, the sim-core kits whose code
 * it needs beyond its lab's own, and how its browser code arrives. The page loader
 * (shared/page-widgets.ts), the embed catalog (src/embed/catalog.ts) and the bench all read
 * this list, so which widget needs which code is said here only.
 *
 * Imported by the small script every widget page loads at open: keep it to data and
 * `import()` thunks (each thunk is a chunk fetched on demand).
 */
import type { CommandSpec, Interpreter, Kit, KitId, Scenario } from '#sim-core/core';

export interface WidgetEntry {
  /** The widget's folder under src/widgets/ and its embed pages' path segment. */
  slug: string;
  /** Its Astro component, as chapters place it (`<Terminal lab="boot" />`). */
  component: string;
  /** Its custom element. */
  tag: `esxi-${string}`;
  title: string;
  /** Whether it shows a lab (a lab and a host), or stands alone. */
  lab: boolean;
  /** Kits whose events or views it needs, beyond those its lab's preset needs. */
  kits: readonly KitId[];
  /** Its element's code, fetched when a reader nears it; absent for widgets whose script loads with the page. */
  load?: () => Promise<unknown>;
  /** Which embed pages it gets: one per preset and host it can show (`lab`), one page (`page`), or none. */
  embed?: 'lab' | 'page';
}

// vCenter's inventory, compliance board and apply wizard share one chunk (shared/vcenter-elements.ts): the
// same import three times costs the loader, which every page fetches at open, next to nothing once gzipped.
export const WIDGETS: readonly WidgetEntry[] = [
  { slug: 'terminal', component: 'Terminal', tag: 'esxi-terminal', title: 'Terminal', lab: true, kits: [], load: () => import('./terminal/terminal-element'), embed: 'lab' },
  { slug: 'run-command', component: 'RunCommand', tag: 'esxi-run-command', title: 'Command chip', lab: true, kits: [], load: () => import('./terminal/run-command-element') },
  { slug: 'boot-console', component: 'BootConsole', tag: 'esxi-boot-console', title: 'Boot console', lab: true, kits: [], load: () => import('./boot-console/boot-console-element'), embed: 'lab' },
  { slug: 'boot-banks', component: 'BootBanks', tag: 'esxi-boot-banks', title: 'Boot banks', lab: true, kits: [], load: () => import('./boot-banks/boot-banks-element'), embed: 'lab' },
  { slug: 'scenario', component: 'Scenario', tag: 'esxi-scenario', title: 'Scenario', lab: true, kits: [], load: () => import('./scenario/scenario-element') },
  { slug: 'dcui', component: 'Dcui', tag: 'esxi-dcui', title: 'DCUI', lab: true, kits: ['services'], load: () => import('./dcui/dcui-element'), embed: 'lab' },
  { slug: 'process-explorer', component: 'ProcessExplorer', tag: 'esxi-process-explorer', title: 'Process explorer', lab: true, kits: ['services'], load: () => import('./process-explorer/process-explorer-element'), embed: 'lab' },
  { slug: 'port-map', component: 'PortMap', tag: 'esxi-port-map', title: 'Port map', lab: true, kits: ['services'], load: () => import('./port-map/port-map-element'), embed: 'lab' },
  { slug: 'switch-diagram', component: 'SwitchDiagram', tag: 'esxi-switch-diagram', title: 'Switch diagram', lab: true, kits: ['network'], load: () => import('./switch-diagram/switch-diagram-element'), embed: 'lab' },
  { slug: 'nioc-chart', component: 'NiocChart', tag: 'esxi-nioc-chart', title: 'Network I/O Control chart', lab: true, kits: ['network'], load: () => import('./nioc-chart/nioc-chart-element'), embed: 'lab' },
  { slug: 'lbt-chart', component: 'LbtChart', tag: 'esxi-lbt-chart', title: 'Load-Based Teaming chart', lab: true, kits: ['network'], load: () => import('./lbt-chart/lbt-chart-element'), embed: 'lab' },
  { slug: 'vaai-lab', component: 'VaaiLab', tag: 'esxi-vaai-lab', title: 'VAAI lab', lab: true, kits: ['storage'], load: () => import('./vaai-lab/vaai-lab-element'), embed: 'lab' },
  { slug: 'vaai-counters', component: 'VaaiCounters', tag: 'esxi-vaai-counters', title: 'VAAI counters', lab: true, kits: ['storage'], load: () => import('./vaai-counters/vaai-counters-element'), embed: 'lab' },
  { slug: 'vcenter-inventory', component: 'VcenterInventory', tag: 'esxi-vcenter-inventory', title: 'vCenter inventory', lab: true, kits: ['vcenter'], load: () => import('./shared/vcenter-elements'), embed: 'lab' },
  { slug: 'compliance-board', component: 'ComplianceBoard', tag: 'esxi-compliance-board', title: 'Compliance board', lab: true, kits: ['vcenter'], load: () => import('./shared/vcenter-elements'), embed: 'lab' },
  { slug: 'apply-wizard', component: 'ApplyWizard', tag: 'esxi-apply-wizard', title: 'Apply profile wizard', lab: true, kits: ['vcenter'], load: () => import('./shared/vcenter-elements'), embed: 'lab' },
  { slug: 'quiz', component: 'Quiz', tag: 'esxi-quiz', title: 'Quiz', lab: false, kits: [], load: () => import('./quiz/quiz-element') },
  { slug: 'exam', component: 'Exam', tag: 'esxi-exam', title: 'Practice exam', lab: false, kits: [], load: () => import('./exam/exam-element') },
  { slug: 'progress', component: 'ProgressPage', tag: 'esxi-progress', title: 'Your progress', lab: false, kits: [], load: () => import('./progress/progress-element') },
  { slug: 'review', component: 'Review', tag: 'esxi-review', title: 'Spaced review', lab: false, kits: [], load: () => import('./review/review-element') },
  { slug: 'sorter', component: 'VirtualizationSorter', tag: 'esxi-sorter', title: 'Emulation, simulation or virtualization?', lab: false, kits: [], load: () => import('./sorter/sorter-element'), embed: 'page' },
  { slug: 'timeline', component: 'VmwareTimeline', tag: 'esxi-timeline', title: 'VMware timeline', lab: false, kits: [], embed: 'page' },
  { slug: 'version-table', component: 'VersionTable', tag: 'esxi-version-table', title: 'ESX and ESXi versions', lab: false, kits: [], load: () => import('./history/version-table-element'), embed: 'page' },
];

/**
 * How each kit's code is fetched, in three parts: its engine (events, time, presets: what its
 * labs and widgets need), its commands (when a typed line names one) and its scenarios (when a
 * scenario panel shows one). The base kit's engine, and every kit's shape, come with the lab
 * code itself; the shell's parser and interpreter come with the base kit's commands.
 */
export interface KitCode {
  kit?: () => Promise<{ kit: Kit }>;
  /** The base kit's commands bring the shell itself (`interpreter`) too: no line runs without it. */
  commands?: () => Promise<{ commands: readonly CommandSpec[]; interpreter?: Interpreter }>;
  scenarios: () => Promise<{ scenarios: readonly Scenario[] }>;
}

export const KIT_CODE: Readonly<Record<KitId, KitCode>> = {
  base: { commands: () => import('#sim-core/kits/base-commands'), scenarios: () => import('#sim-core/kits/base-scenarios') },
  services: { kit: () => import('#sim-core/kits/services'), commands: () => import('#sim-core/kits/services-commands'), scenarios: () => import('#sim-core/kits/services-scenarios') },
  network: { kit: () => import('#sim-core/kits/network'), commands: () => import('#sim-core/kits/network-commands'), scenarios: () => import('#sim-core/kits/network-scenarios') },
  storage: { kit: () => import('#sim-core/kits/storage'), commands: () => import('#sim-core/kits/storage-commands'), scenarios: () => import('#sim-core/kits/storage-scenarios') },
  // vCenter has no shell commands: it is reached through its widgets.
  vcenter: { kit: () => import('#sim-core/kits/vcenter'), scenarios: () => import('#sim-core/kits/vcenter-scenarios') },
};

export const widgetByTag = (tag: string): WidgetEntry | undefined => WIDGETS.find((entry) => entry.tag === tag);
