/**
 * The ESXi 4.1 advanced settings that govern VAAI (see /work/shared/esxi-facts.md, "Storage and VAAI").
 * Names are exact because `esxcfg-advcfg -g/-s` prints and accepts them verbatim.
 * Validation returns errors as values so a shell command can print them without try/catch.
 */

export const HW_MOVE = '/DataMover/HardwareAcceleratedMove';
export const HW_INIT = '/DataMover/HardwareAcceleratedInit';
export const HW_LOCKING = '/VMFS3/HardwareAcceleratedLocking';
export const MAX_HW_TRANSFER = '/DataMover/MaxHWTransferSize';

export type StorageSettingName = typeof HW_MOVE | typeof HW_INIT | typeof HW_LOCKING | typeof MAX_HW_TRANSFER;
export type StorageSettings = Readonly<Record<StorageSettingName, number>>;

export const STORAGE_SETTING_NAMES: readonly StorageSettingName[] = [HW_MOVE, HW_INIT, HW_LOCKING, MAX_HW_TRANSFER];

/** KB. Default and maximum are from the facts file; the minimum of 4 KB is an assumption (one VMFS sub-block's worth is not documented there). */
export const MAX_HW_TRANSFER_DEFAULT_KB = 4096;
export const MAX_HW_TRANSFER_MIN_KB = 4;
export const MAX_HW_TRANSFER_MAX_KB = 16384;

export interface SettingSpec {
  readonly name: StorageSettingName;
  readonly min: number;
  readonly max: number;
  readonly default: number;
  readonly description: string;
}

export const STORAGE_SETTING_SPECS: Readonly<Record<StorageSettingName, SettingSpec>> = {
  [HW_MOVE]: { name: HW_MOVE, min: 0, max: 1, default: 1, description: 'Enable hardware accelerated VMFS data movement (full copy, SCSI XCOPY)' },
  [HW_INIT]: { name: HW_INIT, min: 0, max: 1, default: 1, description: 'Enable hardware accelerated VMFS data initialization (block zeroing, WRITE SAME)' },
  [HW_LOCKING]: { name: HW_LOCKING, min: 0, max: 1, default: 1, description: 'Enable hardware accelerated VMFS locking (ATS)' },
  [MAX_HW_TRANSFER]: {
    name: MAX_HW_TRANSFER,
    min: MAX_HW_TRANSFER_MIN_KB,
    max: MAX_HW_TRANSFER_MAX_KB,
    default: MAX_HW_TRANSFER_DEFAULT_KB,
    description: 'Maximum transfer size (KB) of one hardware data movement command',
  },
};

export const DEFAULT_STORAGE_SETTINGS: StorageSettings = {
  [HW_MOVE]: 1,
  [HW_INIT]: 1,
  [HW_LOCKING]: 1,
  [MAX_HW_TRANSFER]: MAX_HW_TRANSFER_DEFAULT_KB,
};

export type SettingErrorCode = 'unknown-setting' | 'not-an-integer' | 'out-of-range';

export interface SettingError {
  readonly code: SettingErrorCode;
  readonly name: string;
  readonly value: number;
  readonly message: string;
}

export const isStorageSettingName = (name: string): name is StorageSettingName => (STORAGE_SETTING_NAMES as readonly string[]).includes(name);

/** Null when `value` is acceptable for `name`. */
export function validateSetting(name: string, value: number): SettingError | null {
  if (!isStorageSettingName(name)) return { code: 'unknown-setting', name, value, message: `Unknown advanced setting ${name}` };
  const spec = STORAGE_SETTING_SPECS[name];
  if (!Number.isInteger(value)) return { code: 'not-an-integer', name, value, message: `${name} takes an integer, not ${value}` };
  if (value < spec.min || value > spec.max) {
    return { code: 'out-of-range', name, value, message: `${name} must be between ${spec.min} and ${spec.max}, not ${value}` };
  }
  return null;
}

/** Every error in a partial map of settings, in a stable order (the order of the keys given). */
export function validateSettings(values: Readonly<Record<string, number>>): SettingError[] {
  return Object.keys(values).flatMap((name) => {
    const error = validateSetting(name, values[name]!);
    return error ? [error] : [];
  });
}

export type ApplyResult = { readonly ok: true; readonly settings: StorageSettings } | { readonly ok: false; readonly error: SettingError };

/** The settings with one value changed, or why not; the input is never modified. */
export function applySetting(settings: StorageSettings, name: string, value: number): ApplyResult {
  const error = validateSetting(name, value);
  if (error) return { ok: false, error };
  return { ok: true, settings: { ...settings, [name]: value } };
}

/** Fills missing values with defaults, so callers can pass only what a scenario changed. */
export const withDefaults = (partial: Partial<StorageSettings> = {}): StorageSettings => ({ ...DEFAULT_STORAGE_SETTINGS, ...partial });

/** The short name esxcfg-advcfg prints: `Value of HardwareAcceleratedMove is 1`. */
export const shortName = (name: StorageSettingName): string => name.slice(name.lastIndexOf('/') + 1);
