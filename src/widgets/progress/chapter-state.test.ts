import { describe, expect, it } from 'vitest';
import { chapterState, chapterStateText } from './chapter-state';
import { scenarioIds } from './chapter-facts-text';

const networking = { slug: 'networking', title: 'Networking', questions: ['a', 'b', 'c'], scenarios: ['lbt-spread', 'cdp-which-port'] };

describe('a chapter\'s state, read from stored progress as it is', () => {
  it('counts right answers to the bank\'s questions as they are now, and finished scenarios', () => {
    const stored = {
      quizzes: { networking: { answers: { a: { correct: true }, b: { correct: false }, gone: { correct: true } } } },
      scenarios: { 'lbt-spread': { completed: true }, 'boot-rollback': { completed: true } },
    };
    const state = chapterState(stored, networking);
    expect(state).toEqual({ correct: 1, answered: 2, questions: 3, scenariosDone: 1, scenarios: 2 });
    expect(chapterStateText(state)).toEqual({ shown: 'Quiz 1/3 · 1 of 2 scenarios', spoken: 'quiz 1 of 3 right, 1 of 2 scenarios done' });
  });

  it('says "Not started" for nothing, and reads anything at all without throwing', () => {
    for (const stored of [null, undefined, 'text', 42, [], { quizzes: [] }, { quizzes: { networking: 'x' } }, { scenarios: { 'lbt-spread': 'yes' } }, JSON.parse('{"quizzes":{"__proto__":{"answers":{"a":{"correct":true}}}}}')]) {
      const state = chapterState(stored, networking);
      expect(chapterStateText(state).shown).toBe('Not started');
    }
  });

  it('leaves the scenarios out for a chapter without any', () => {
    const state = chapterState({ quizzes: { networking: { answers: { a: { correct: true } } } } }, { ...networking, scenarios: [] });
    expect(chapterStateText(state).shown).toBe('Quiz 1/3');
  });
});

describe('the scenarios a chapter places', () => {
  it('are read from its MDX in page order, each once', () => {
    expect(scenarioIds('text <Scenario id="b" />\n<Scenario  id="a" headingLevel={2} />\n<Scenario id="b" />')).toEqual(['b', 'a']);
  });
});
