import { describe, expect, it } from 'vitest';
import { DEFAULT_STORAGE_SETTINGS, HW_INIT, HW_LOCKING, HW_MOVE, MAX_HW_TRANSFER, applySetting, shortName, validateSetting, validateSettings } from './settings';
import { suggestSetting } from './commands/suggest';

describe('storage settings', () => {
  it('uses the exact names and defaults', () => {
    expect(DEFAULT_STORAGE_SETTINGS).toEqual({
      '/DataMover/HardwareAcceleratedMove': 1,
      '/DataMover/HardwareAcceleratedInit': 1,
      '/VMFS3/HardwareAcceleratedLocking': 1,
      '/DataMover/MaxHWTransferSize': 4096,
    });
    expect(shortName(HW_MOVE)).toBe('HardwareAcceleratedMove');
  });

  it('accepts valid values and returns errors as values otherwise', () => {
    expect(validateSetting(HW_LOCKING, 0)).toBeNull();
    expect(validateSetting(MAX_HW_TRANSFER, 16384)).toBeNull();
    expect(validateSetting(MAX_HW_TRANSFER, 4)).toBeNull();
    expect(validateSetting(MAX_HW_TRANSFER, 16385)?.code).toBe('out-of-range');
    expect(validateSetting(MAX_HW_TRANSFER, 3)?.code).toBe('out-of-range');
    expect(validateSetting(HW_INIT, 2)?.message).toBe('/DataMover/HardwareAcceleratedInit must be between 0 and 1, not 2');
    expect(validateSetting(HW_MOVE, 0.5)?.code).toBe('not-an-integer');
    expect(validateSetting('/DataMover/HardwareAcceleratedInt', 1)?.code).toBe('unknown-setting');
    expect(validateSettings({ [HW_MOVE]: 1, [HW_INIT]: 7, '/Nope': 1 }).map((e) => e.name)).toEqual([HW_INIT, '/Nope']);
  });

  it('applies a value without touching the input', () => {
    const result = applySetting(DEFAULT_STORAGE_SETTINGS, HW_MOVE, 0);
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_STORAGE_SETTINGS, [HW_MOVE]: 0 } });
    expect(DEFAULT_STORAGE_SETTINGS[HW_MOVE]).toBe(1);
    expect(applySetting(DEFAULT_STORAGE_SETTINGS, MAX_HW_TRANSFER, 0).ok).toBe(false);
  });

  it('suggests the setting meant by a dotted, misspelt or miscased name, and nothing for others', () => {
    expect(suggestSetting('DataMover.HardwareAcceleratedMove')).toBe(HW_MOVE);
    expect(suggestSetting('DataMover.HardareAcceleratedInit')).toBe(HW_INIT);
    expect(suggestSetting('/vmfs3/hardwareacceleratedlocking')).toBe(HW_LOCKING);
    expect(suggestSetting('/DataMover/MaxHWTransferSiz')).toBe(MAX_HW_TRANSFER);
    expect(suggestSetting('/Net/TcpipHeapSize')).toBeNull();
    expect(suggestSetting('x'.repeat(500))).toBeNull();
  });
});
