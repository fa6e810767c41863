import { describe, expect, it } from 'vitest';
import type { ScorableQuestion } from './score';
import { questionHint } from './strings';
import { questionView, scoreText } from './view';

const single: ScorableQuestion = { id: 'one', type: 'single', options: [{}, { correct: true }, {}] };
const multiple: ScorableQuestion = { id: 'many', type: 'multiple', options: [{ correct: true }, { correct: true }, {}] };

describe('questionView', () => {
  it('shows nothing before a check, or a nudge after checking nothing', () => {
    expect(questionView(single, undefined)).toMatchObject({ chosen: null, state: 'unchecked', result: '' });
    expect(questionView(single, undefined, true).result).toBe('Choose an answer first, then check it.');
  });

  it('says Correct and marks the chosen right option', () => {
    const view = questionView(single, [1]);
    expect(view).toMatchObject({ chosen: [1], state: 'correct', result: 'Correct.' });
    expect(view.options.map((option) => option.tag)).toEqual(['', 'Right answer, you chose it', '']);
  });

  it('says Not quite and marks right options in words, not only colour', () => {
    const view = questionView(multiple, [0, 2]);
    expect(view.state).toBe('wrong');
    expect(view.result).toBe('Not quite. The right answers are marked.');
    expect(view.options.map((option) => option.tag)).toEqual([
      'Right answer, you chose it',
      'Right answer, you missed it',
      'Not right, you chose it',
    ]);
    expect(questionView(single, [0]).result).toBe('Not quite. The right answer is marked.');
  });

  it('treats a saved answer that no longer fits as unchecked', () => {
    expect(questionView(single, [5]).state).toBe('unchecked');
    expect(questionView(single, [0, 1]).state).toBe('unchecked');
  });
});

describe('scoreText', () => {
  it('reads like a sentence', () => {
    expect(scoreText({ correct: 3, checked: 5, total: 12 })).toBe('Score: 3 of 12');
  });
});

describe('questionHint', () => {
  it('says how many to choose, unless the prompt already does', () => {
    expect(questionHint({ type: 'single', prompt: 'Which value decides?' })).toBe('Choose one answer.');
    expect(questionHint({ type: 'multiple', prompt: 'Which are true?' })).toBe('Choose all that apply.');
    expect(questionHint({ type: 'multiple', prompt: 'Which are true? Choose all that apply.' })).toBe('');
    expect(questionHint({ type: 'multiple', prompt: 'Which are true? Select every option that applies.' })).toBe('');
  });
});
