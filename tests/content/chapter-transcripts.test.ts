import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLab } from '#sim-core/testing';
import { run } from '../../sim-core/src/testing/lab';

/** The lines of a chapter's fenced block with this title. */
function block(chapter: string, title: string): string[] {
  const text = readFileSync(`content/docs/${chapter}.mdx`, 'utf8');
  const match = text.match(new RegExp('```text title="' + title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '"\\n([\\s\\S]*?)```'));
  if (!match) throw new Error(`no block "${title}" in ${chapter}.mdx`);
  return match[1]!.trimEnd().split('\n');
}

/** Whether `part` appears in `whole` in the same order (other lines may come between). */
function inOrder(part: string[], whole: string[]): boolean {
  let at = 0;
  for (const line of whole) if (line === part[at]) at += 1;
  return at === part.length;
}

// A chapter quoting the host's output must quote what the lab prints, in the order it prints it.
describe('chapters quote the lab', () => {
  it('ports-and-services: the lines of services.sh restart, in order', () => {
    const quoted = block('ports-and-services', 'Some lines printed by services.sh restart');
    const printed = run(createLab('fresh-install'), 'services.sh restart').text.split('\n');
    expect(quoted.length).toBeGreaterThan(3);
    expect(inOrder(quoted, printed), `quoted:\n${quoted.join('\n')}\nprinted:\n${printed.join('\n')}`).toBe(true);
  });
});
