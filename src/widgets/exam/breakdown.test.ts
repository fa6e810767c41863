import { describe, expect, it } from 'vitest';
import { reviewView, scoreExam, type ExamQuestion } from './breakdown';

const question = (id: string, chapter: string, objective: string, type: 'single' | 'multiple' = 'single'): ExamQuestion => ({
  id,
  chapter,
  objective,
  type,
  options: type === 'single' ? [{ correct: true }, {}, {}] : [{ correct: true }, { correct: true }, {}],
});

const questions = [
  question('boot/a', 'The boot process', 'Read boot.cfg'),
  question('boot/b', 'The boot process', 'Roll back', 'multiple'),
  question('net/c', 'Networking', 'Read boot.cfg'),
  question('net/d', 'Networking', 'Use CDP'),
];

describe('scoreExam', () => {
  it('scores in all, per chapter and per objective; unanswered and wrong count as not right', () => {
    const score = scoreExam(questions, { 'boot/a': [0], 'boot/b': [0], 'net/c': [0] });
    expect(score).toMatchObject({ correct: 2, answered: 3, total: 4 });
    expect(score.chapters).toEqual([
      { name: 'The boot process', correct: 1, answered: 2, total: 2 },
      { name: 'Networking', correct: 1, answered: 1, total: 2 },
    ]);
    expect(score.objectives).toEqual([
      { name: 'Read boot.cfg', correct: 2, answered: 2, total: 2 },
      { name: 'Roll back', correct: 0, answered: 1, total: 1 },
      { name: 'Use CDP', correct: 0, answered: 0, total: 1 },
    ]);
  });

  it('needs every right option of a multiple-answer question, and ignores answers that do not fit', () => {
    expect(scoreExam(questions, { 'boot/b': [1, 0] }).correct).toBe(1);
    expect(scoreExam(questions, { 'boot/a': [7], 'net/c': [0, 1], other: [0] })).toMatchObject({ correct: 0, answered: 0 });
    expect(scoreExam([], {})).toMatchObject({ correct: 0, answered: 0, total: 0, chapters: [], objectives: [] });
  });
});

describe('reviewView', () => {
  it('marks an answer like the quiz does', () => {
    const view = reviewView(questions[0]!, [1]);
    expect(view.state).toBe('wrong');
    expect(view.options.map((option) => option.verdict)).toEqual(['right-missed', 'wrong-chosen', 'wrong']);
  });

  it('marks the right answer of an unanswered question and says it was not answered', () => {
    const view = reviewView(questions[1]!, undefined);
    expect(view).toMatchObject({ chosen: null, state: 'wrong', result: expect.stringMatching(/^Not answered/) });
    expect(view.options.map((option) => option.verdict)).toEqual(['right-missed', 'right-missed', 'wrong']);
    expect(reviewView(questions[0]!, [0]).state).toBe('correct');
  });
});
