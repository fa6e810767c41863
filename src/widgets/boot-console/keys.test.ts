import { describe, expect, it } from 'vitest';
import { consoleKeyOf } from './keys';

const key = (k: string, shiftKey = false) => ({ key: k, shiftKey, ctrlKey: false, altKey: false, metaKey: false });

describe('boot console keys', () => {
  it('knows Shift+R and Shift+Y whatever the caps state', () => {
    expect(consoleKeyOf(key('R', true))).toBe('Shift+R');
    expect(consoleKeyOf(key('y', true))).toBe('Shift+Y');
  });
  it('does not take a plain r for Shift+R', () => {
    expect(consoleKeyOf(key('r'))).toBe('other');
  });
  it('leaves Tab, "?" (the keys dialog) and modifier chords to the page', () => {
    expect(consoleKeyOf(key('Tab'))).toBeNull();
    expect(consoleKeyOf(key('?', true))).toBeNull();
    expect(consoleKeyOf({ ...key('r', true), ctrlKey: true })).toBeNull();
  });
  it('passes Enter and Escape', () => {
    expect(consoleKeyOf(key('Enter'))).toBe('Enter');
    expect(consoleKeyOf(key('Escape'))).toBe('Escape');
  });
});
