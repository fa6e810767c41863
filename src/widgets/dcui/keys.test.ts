import { describe, expect, it } from 'vitest';
import { dcuiKeyOf } from './keys';

const key = (k: string, altKey = false) => ({ key: k, altKey, ctrlKey: false, metaKey: false, shiftKey: false });

describe('DCUI keys', () => {
  it('maps the console keys', () => {
    expect(dcuiKeyOf(key('F2'))).toBe('F2');
    expect(dcuiKeyOf(key('ArrowDown'))).toBe('Down');
    expect(dcuiKeyOf(key('Escape'))).toBe('Escape');
    expect(dcuiKeyOf(key('F1', true))).toBe('Alt+F1');
  });
  it('leaves Tab and letters to the browser', () => {
    expect(dcuiKeyOf(key('Tab'))).toBeNull();
    expect(dcuiKeyOf(key('a'))).toBeNull();
    expect(dcuiKeyOf(key('x', true))).toBeNull();
  });
});
