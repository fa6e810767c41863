/**
 * The lab in a terminal, on the same core as the site:
 *   npm run shell                         interactive (console keys: :r :y :enter :tick 10)
 *   npm run shell -- -c "vdf -h"          run one line, print it, exit with its status
 *   npm run shell -- --preset fresh-install
 *   npm run shell -- --preset two-host-cluster --host esx02   (services labs: :dcui F2, :dcui Down, ...)
 *   esxtop, then :esxtop u, :esxtop f O H Enter, :esxtop q   (the interactive screen's keys)
 *   Tab completes commands and paths, as on the site's terminal
 */
import { createInterface } from 'node:readline';
import { consoleView, fullSim as sim, PROMPT, type ConsoleKey, type DcuiKey, type LabEvent, type LabState } from '../src/index';
import { dcuiView } from '../src/services';
import { esxtopKey, esxtopScreen, START_VIEW, type EsxtopView } from '../src/storage';
import { complete } from '../src/shell/complete';

const presetIds = () => sim.presets().map((preset) => preset.id);

/** An event from the REPL's console commands; a refusal is printed, as a widget would show it. */
function dispatch(lab: LabState, event: LabEvent): LabState {
  const outcome = sim.dispatch(lab, event);
  if (outcome.refused) process.stderr.write(`${outcome.refused.message}\n`);
  return outcome.lab;
}

let HOST = 'esx01';

function parseArgs(argv: string[]): { preset: string; command: string | undefined } | string {
  let preset = 'after-upgrade';
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-c') command = argv[++i] ?? '';
    else if (arg === '--preset') preset = argv[++i] ?? '';
    else if (arg === '--host') HOST = argv[++i] ?? '';
    else if (arg === '--help' || arg === '-h') return `usage: npm run shell -- [--preset NAME] [-c LINE]\npresets: ${presetIds().join(', ')}`;
    else return `unknown argument "${arg}" (try --help)`;
  }
  if (!sim.presetInfo(preset)) return `unknown preset "${preset}"; presets: ${presetIds().join(', ')}`;
  const hosts = Object.keys(sim.createLab(preset).hosts);
  if (!hosts.includes(HOST)) return `preset "${preset}" has no host "${HOST}"; hosts: ${hosts.join(', ')}`;
  return { preset, command };
}

function printLines(lines: { text: string; kind: string }[]) {
  for (const line of lines) (line.kind === 'stderr' || line.kind === 'system' ? process.stderr : process.stdout).write(`${line.text}\n`);
}

function printConsole(lab: LabState) {
  const view = consoleView(lab.hosts[HOST]!);
  process.stdout.write(`[console] ${view.title}\n${view.lines.map((line) => `[console]   ${line}`).join('\n')}\n`);
}

/** The esxtop screen open in the REPL (a typed `esxtop`), driven by `:esxtop KEY...`. */
let esxtop: EsxtopView | null = null;

function esxtopCommand(lab: LabState, keys: string[]) {
  if (!esxtop) return void process.stderr.write('esxtop is not open: type esxtop first\n');
  for (const key of keys) esxtop = esxtopKey(esxtop, key);
  if (esxtop.quit) esxtop = null;
  else printEsxtop(lab);
}

function printEsxtop(lab: LabState) {
  if (esxtop) process.stdout.write(`${esxtopScreen(lab, HOST, esxtop).map((line) => `[esxtop] ${line}`).join('\n')}\n[esxtop] keys: :esxtop u | f | o | O | H | Enter | Escape | q\n`);
}

const CONSOLE_KEYS: Record<string, ConsoleKey> = { ':r': 'Shift+R', ':y': 'Shift+Y', ':enter': 'Enter', ':esc': 'Escape' };

function consoleCommand(lab: LabState, line: string): LabState {
  const [word, amount] = line.split(/\s+/);
  if (word === ':tick') {
    const next = dispatch(lab, { type: 'tick', ms: (Number(amount) || 1) * 1000 });
    printEsxtop(next);
    return next;
  }
  if (word === ':esxtop') {
    esxtopCommand(lab, line.split(/\s+/).slice(1));
    return lab;
  }
  if (word === ':dcui') {
    const next = amount ? dispatch(lab, { type: 'dcui-key', host: HOST, key: amount as DcuiKey }) : lab;
    const view = dcuiView(next.hosts[HOST]!);
    const items = view.items.map((item) => `${item.selected ? '>' : ' '} ${item.label}`);
    process.stdout.write([view.title, ...view.lines, ...items, view.footer].map((line) => `[dcui]   ${line}`).join('\n') + '\n');
    return next;
  }
  const key = CONSOLE_KEYS[word ?? ''];
  if (key) return dispatch(lab, { type: 'console-key', host: HOST, key });
  process.stderr.write('console commands: :r (Shift+R) :y (Shift+Y) :enter :esc :tick SECONDS; :dcui [F2|Up|Down|Enter|Escape|F11|Alt+F1...]; :esxtop KEY...\n');
  return lab;
}

/** Tab as on the site (shell/complete.ts), in readline's terms: the new line, or the matches to list. */
function tabComplete(lab: LabState, line: string): [string[], string] {
  const host = lab.hosts[HOST]!;
  if (host.console.screen !== 'running') return [[], line];
  const done = complete(host, line, line.length, sim.commandNames());
  if (done.line !== line) return [[done.line], line];
  // readline lists several matches itself, after the part of the word they share.
  return [done.matches, line.slice(Math.max(line.lastIndexOf(' '), line.lastIndexOf('/')) + 1)];
}

function interactive(start: LabState) {
  let lab = start;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY, completer: (line: string) => tabComplete(lab, line) });
  const prompt = () => {
    const host = lab.hosts[HOST]!;
    if (host.console.screen !== 'running') printConsole(lab);
    rl.setPrompt(host.console.screen === 'running' ? PROMPT(host.shell.cwd) : 'console> ');
    rl.prompt();
  };
  rl.on('line', (line) => {
    if (line.startsWith(':')) lab = consoleCommand(lab, line.trim());
    else {
      const result = sim.exec(lab, HOST, line);
      lab = result.lab;
      printLines(result.output);
      if (result.screen?.program === 'esxtop') {
        esxtop = START_VIEW;
        printEsxtop(lab);
      }
    }
    prompt();
  });
  rl.on('close', () => process.exit(0));
  prompt();
}

const args = parseArgs(process.argv.slice(2));
if (typeof args === 'string') {
  process.stderr.write(`${args}\n`);
  process.exit(args.startsWith('usage') ? 0 : 2);
}
const lab = sim.createLab(args.preset);
if (args.command !== undefined) {
  const result = sim.exec(lab, HOST, args.command);
  printLines(result.output);
  process.exit(result.exitCode);
}
interactive(lab);
