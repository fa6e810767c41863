import { describe, expect, it } from 'vitest';
import type { PoolQuestion } from '../exam/pool';
import { EXAM_TEXT } from '../exam/strings';
import { mastery, objectiveGroups, sectionGroups } from './mastery';

const question = (key: string, section: string | undefined, blueprint: string[]): PoolQuestion => ({
  key,
  chapter: key.split('/')[0]!,
  objective: '',
  ...(section ? { section, sectionTitle: `Title of ${section}` } : {}),
  blueprint,
  type: 'single',
  prompt: '',
  hint: '',
  options: [{ text: '', correct: true, explanation: '' }],
});
const pool = [
  question('networking/a', 'vlans', ['vcp410:2.1']),
  question('networking/b', 'vlans', ['vcp410:2.1', 'delta41']),
  question('networking/c', undefined, ['site']),
  question('storage-vaai/d', 'vaai', ['vcp410:3.10', 'vcp410:3.2']),
];

describe('mastery', () => {
  it('counts each question by its latest answer: right, missed, or not tried', () => {
    const review = {
      'networking/a': { history: [{ at: 1, correct: false }, { at: 2, correct: true }], box: 1, due: 0 },
      'networking/b': { history: [{ at: 1, correct: true }, { at: 2, correct: false }], box: 1, due: 0 },
    };
    expect(mastery(review, ['networking/a', 'networking/b', 'networking/c'])).toEqual({ right: 1, missed: 1, notTried: 1, total: 3 });
    expect(mastery({}, [])).toEqual({ right: 0, missed: 0, notTried: 0, total: 0 });
  });

  it('groups questions by blueprint objective, VCP-410 objectives first in number order', () => {
    expect(objectiveGroups(pool, EXAM_TEXT.blueprint).map((group) => [group.label, group.keys])).toEqual([
      [EXAM_TEXT.blueprint('vcp410:2.1'), ['networking/a', 'networking/b']],
      [EXAM_TEXT.blueprint('vcp410:3.2'), ['storage-vaai/d']],
      [EXAM_TEXT.blueprint('vcp410:3.10'), ['storage-vaai/d']],
      [EXAM_TEXT.blueprint('delta41'), ['networking/b']],
      [EXAM_TEXT.blueprint('site'), ['networking/c']],
    ]);
  });

  it('groups a chapter\'s questions by the section that teaches them, linked under the base path', () => {
    expect(sectionGroups(pool, { slug: 'networking', title: 'Networking' }, '/inside-esxi/')).toEqual([
      { label: 'Title of vlans', href: '/inside-esxi/networking/#vlans', keys: ['networking/a', 'networking/b'] },
      { label: 'Networking', href: '/inside-esxi/networking/', keys: ['networking/c'] },
    ]);
  });
});
