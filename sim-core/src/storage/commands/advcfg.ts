import { STORAGE_TEXT as T } from '../../messages/storage';
import { fail, ok, type CommandSpec } from '../../shell/types';
import { STORAGE_SETTING_SPECS, isStorageSettingName, shortName } from '../settings';
import { suggestSetting } from './suggest';
import { setHostSetting, settingsOf } from '../state';

const usage = () => fail(`${T.advcfgUsage}\n`);
const unknown = (name: string) => {
  const meant = suggestSetting(name);
  return fail(`${meant ? T.advcfgDidYouMean(name, meant) : T.advcfgUnknown(`Unknown advanced setting ${name}`)}\n`);
};

/** `esxcfg-advcfg -g <option>`, `-s <value> <option>`, `-d <option>`: the VAAI options only. */
export const esxcfgAdvcfg: CommandSpec = {
  name: 'esxcfg-advcfg',
  summary: 'get and set VMkernel advanced options (the VAAI ones in this lab)',
  help: T.advcfgUsage,
  run: ({ lab, hostId, host, argv }) => {
    const [flag, ...rest] = argv.slice(1);
    if (flag === '-g' || flag === '--get') {
      const name = rest[0];
      if (!name || rest.length !== 1) return usage();
      if (!isStorageSettingName(name)) return unknown(name);
      return ok(`${T.advcfgValue(shortName(name), settingsOf(host)[name])}\n`);
    }
    if (flag === '-s' || flag === '--set') {
      const [raw, name] = rest;
      if (raw === undefined || name === undefined || rest.length !== 2) return usage();
      if (!isStorageSettingName(name)) return unknown(name);
      const value = /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
      // Digits beyond what a number holds exactly are out of range; say so with what was typed.
      const spec = STORAGE_SETTING_SPECS[name];
      if (!Number.isNaN(value) && !Number.isSafeInteger(value)) return fail(`${T.advcfgRange(name, spec.min, spec.max, raw)}\n`);
      const set = setHostSetting(lab, hostId, name, value);
      if (!set.ok) return fail(`${T.advcfgBad(Number.isNaN(value) ? `${name} takes an integer, not ${raw}` : set.message)}\n`);
      // 4.1 prints nothing after a set (esxi-facts.md); the value is in esx.conf now.
      return ok('', set.lab);
    }
    if (flag === '-d' || flag === '--default') {
      const name = rest[0];
      if (!name || rest.length !== 1) return usage();
      if (!isStorageSettingName(name)) return unknown(name);
      const value = STORAGE_SETTING_SPECS[name].default;
      const set = setHostSetting(lab, hostId, name, value);
      return set.ok ? ok(`${T.advcfgDefault(name, value)}\n`, set.lab) : fail(`${set.message}\n`);
    }
    return usage();
  },
};
