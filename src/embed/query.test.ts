import { describe, expect, it } from 'vitest';
import { parseEmbedQuery, themeFor } from './query';

const hosts = ['esx01', 'esx02'];

describe('parseEmbedQuery', () => {
  it('takes valid values and says nothing', () => {
    expect(parseEmbedQuery('?host=esx02&theme=light', hosts)).toEqual({ host: 'esx02', theme: 'light', messages: [] });
    expect(parseEmbedQuery('', hosts)).toEqual({ host: null, theme: null, messages: [] });
    expect(parseEmbedQuery('?theme=dark', [])).toEqual({ host: null, theme: 'dark', messages: [] });
  });

  it('falls back to the default host with a sentence naming the hosts', () => {
    const result = parseEmbedQuery('?host=esx09', hosts);
    expect(result.host).toBeNull();
    expect(result.messages).toEqual(['host="esx09" is not a host this widget can show here (esx01, esx02); showing esx01.']);
  });

  it('ignores a host on a page with fixed hosts', () => {
    const result = parseEmbedQuery('?host=esx01', []);
    expect(result.host).toBeNull();
    expect(result.messages[0]).toContain('fixed hosts');
  });

  it('falls back to the system theme on an unknown theme', () => {
    const result = parseEmbedQuery('?theme=purple', hosts);
    expect(result.theme).toBeNull();
    expect(result.messages[0]).toContain('theme="purple" is not a theme (dark, light)');
    expect(themeFor(result.theme, true)).toBe('light');
    expect(themeFor(result.theme, false)).toBe('dark');
    expect(themeFor('dark', true)).toBe('dark');
  });

  it('names unknown and repeated parameters', () => {
    const result = parseEmbedQuery('?host=esx02&host=esx01&zoom=2', hosts);
    expect(result.host).toBe('esx02');
    expect(result.messages).toEqual([
      'The parameter "host" is given more than once; only the first counts.',
      'The parameter "zoom" is not known here (known: host, theme); it is ignored.',
    ]);
  });

  it('quotes hostile or huge values as short plain text', () => {
    const result = parseEmbedQuery(`?host=${encodeURIComponent('<img src=x onerror=alert(1)>')}&theme=${'x'.repeat(500)}&%00bad=1`, hosts);
    expect(result.host).toBeNull();
    expect(result.theme).toBeNull();
    expect(result.messages[0]).toContain('"<img src=x onerror=alert(1)>"');
    expect(result.messages[1]).toContain(`"${'x'.repeat(40)}…"`);
    expect(result.messages[2]).toContain('"?bad"');
    expect(result.messages.every((message) => message.length < 200)).toBe(true);
  });

  it('copes with malformed percent-encoding', () => {
    const result = parseEmbedQuery('?host=%E0%A4%A&theme=%', hosts);
    expect(result.host).toBeNull();
    expect(result.theme).toBeNull();
    expect(result.messages).toHaveLength(2);
  });
});
