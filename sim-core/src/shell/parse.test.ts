import { describe, expect, it } from 'vitest';
import { parseLine, type Word } from './parse';

const text = (word: Word) => word.map((part) => (part.kind === 'text' ? part.text : `$${part.name}`)).join('');
const words = (line: string) => {
  const parsed = parseLine(line);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.script.map((andOr) => andOr.first.map((command) => command.words.map(text)));
};

describe('parseLine', () => {
  it('splits words and keeps quoted spaces', () => {
    expect(words(`grep "build=4.1" '/bootbank/boot.cfg'`)).toEqual([[['grep', 'build=4.1', '/bootbank/boot.cfg']]]);
  });

  it('joins adjacent quoted and bare pieces into one word', () => {
    expect(words(`echo a"b c"'d'\\ e`)).toEqual([[['echo', 'ab cd e']]]);
  });

  it('keeps variables for later expansion, also inside double quotes but not single', () => {
    expect(words(`echo $? "$HOME" '$HOME' \${PWD}`)).toEqual([[['echo', '$?', '$HOME', '$HOME', '$PWD']]]);
    const parsed = parseLine(`echo '$HOME'`);
    expect(parsed.ok && parsed.script[0]!.first[0]!.words[1]![0]!.kind).toBe('text');
  });

  it('reads lists, and-or chains and pipes', () => {
    const parsed = parseLine('ls /x && echo ok || echo no; cat f | grep a | wc -l');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.script).toHaveLength(2);
    expect(parsed.script[0]!.rest.map((part) => part.op)).toEqual(['&&', '||']);
    expect(parsed.script[1]!.first).toHaveLength(3);
  });

  it('reads redirections, including 2>&1 and 2>/dev/null', () => {
    const parsed = parseLine('cat a > /tmp/out 2>/dev/null; ls >> log 2>&1');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.script[0]!.first[0]!.redirects.map((r) => [r.fd, r.mode, text(r.target)])).toEqual([[1, 'write', '/tmp/out'], [2, 'write', '/dev/null']]);
    expect(parsed.script[1]!.first[0]!.redirects.map((r) => [r.fd, r.mode])).toEqual([[1, 'append'], [2, 'dup-stdout']]);
  });

  it('ignores comments and blank lines', () => {
    expect(words('   ')).toEqual([]);
    expect(words('ls # the rest is a comment')).toEqual([[['ls']]]);
    expect(words('echo a#b')).toEqual([[['echo', 'a#b']]]);
  });

  it('answers bad syntax with ash-style messages, never an exception', () => {
    expect(parseLine(`echo "open`)).toEqual({ ok: false, error: 'syntax error: unterminated quoted string' });
    expect(parseLine('| grep x')).toEqual({ ok: false, error: 'syntax error: unexpected "|"' });
    expect(parseLine('ls &&')).toEqual({ ok: false, error: 'syntax error: unexpected end of file' });
    expect(parseLine('ls ;; ls')).toEqual({ ok: false, error: 'syntax error: unexpected ";"' });
    expect(parseLine('cat >')).toEqual({ ok: false, error: 'syntax error: unexpected end of file' });
    const background = parseLine('reboot &');
    expect(background.ok).toBe(false);
  });

  it('allows a trailing semicolon', () => {
    expect(words('ls;')).toEqual([[['ls']]]);
  });
});
