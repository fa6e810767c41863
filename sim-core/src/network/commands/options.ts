/**
 * A small getopt for the esxcfg-* tools: `-L vmnic1`, `-Lvmnic1`, `--link=vmnic1`, `--link vmnic1`.
 * Never throws; an unknown option or a missing value comes back as an error value.
 */
export interface OptionSpec {
  short: string;
  long: string;
  takesValue: boolean;
}

export type Parsed = { ok: true; options: Map<string, string | true>; positional: string[] } | { ok: false; message: string };

export function parseOptions(args: readonly string[], specs: readonly OptionSpec[]): Parsed {
  const options = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--') && arg.length > 2) {
      const [name, value] = arg.slice(2).split(/=(.*)/s, 2);
      spec = specs.find((candidate) => candidate.long === name);
      inline = value;
    } else if (arg.startsWith('-') && arg.length > 1) {
      spec = specs.find((candidate) => candidate.short === arg[1]);
      inline = arg.length > 2 ? arg.slice(2) : undefined;
    } else {
      positional.push(arg);
      continue;
    }
    if (!spec) return { ok: false, message: `unknown option '${arg}'` };
    if (!spec.takesValue) {
      if (inline !== undefined && arg.startsWith('--')) return { ok: false, message: `option '--${spec.long}' takes no value` };
      options.set(spec.short, true);
      // Bundled flags such as -la: treat each letter as its own flag.
      if (inline !== undefined && !arg.startsWith('--')) {
        const rest = parseOptions([`-${inline}`], specs);
        if (!rest.ok) return rest;
        for (const [key, value] of rest.options) options.set(key, value);
        positional.push(...rest.positional);
      }
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined) return { ok: false, message: `option '${arg}' needs a value` };
    options.set(spec.short, value);
  }
  return { ok: true, options, positional };
}
