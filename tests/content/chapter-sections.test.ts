import { describe, expect, it } from 'vitest';
import { headingAnchors } from './chapter-sections';

describe('headingAnchors', () => {
  it('makes the ids Starlight gives ## and ### headings', () => {
    const mdx = [
      '---',
      'title: x',
      '---',
      '## Rolling back with Shift+R',
      '### What the shell shows: `df -h` and vdf -h',
      '## Network I/O Control',
      '### 443: hostd\'s reverse proxy',
      '#### Not a section level',
    ].join('\n');
    expect([...headingAnchors(mdx)]).toEqual(['rolling-back-with-shiftr', 'what-the-shell-shows-df--h-and-vdf--h', 'network-io-control', '443-hostds-reverse-proxy']);
  });

  it('numbers repeated headings and skips code fences', () => {
    const mdx = ['## Key points', '```sh', '## not a heading', '```', '### Key points', '## Key points'].join('\n');
    expect([...headingAnchors(mdx)]).toEqual(['key-points', 'key-points-1', 'key-points-2']);
  });
});
