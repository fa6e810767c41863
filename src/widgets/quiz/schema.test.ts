import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { quizBankSchema, validateQuizBank, type QuizBank } from './schema';

// The schema's output and the plain type must stay the same shape.
const _sameShape: QuizBank = {} as z.infer<typeof quizBankSchema>;
void _sameShape;

function bank(): QuizBank {
  return {
    title: 'The boot process',
    chapter: 'boot-process',
    questions: [
      {
        id: 'which-bank-boots',
        objective: 'Explain how the boot loader chooses a boot bank',
        section: 'how-the-loader-picks-a-bank',
        blueprint: ['vcp410:1.2'],
        type: 'single',
        prompt: 'Which value decides which bank boots?',
        options: [
          { text: 'The higher updated value', correct: true, explanation: 'The loader boots the bank with the higher updated counter.' },
          { text: 'The newer build number', explanation: 'The build is not compared.' },
          { text: 'Always bank 1', explanation: 'Either bank can be the active one.' },
        ],
      },
      {
        id: 'what-shift-r-does',
        objective: 'Use Shift+R to roll back',
        section: 'rolling-back-with-shiftr',
        blueprint: ['vcp410:1.2', 'delta41'],
        type: 'multiple',
        prompt: 'Which are true about Shift+R?',
        options: [
          { text: 'It is pressed at the loader', correct: true, explanation: 'It is read at the boot loader screen.' },
          { text: 'It can boot the other bank', correct: true, explanation: 'That is what it is for.' },
          { text: 'It erases the bootbank', explanation: 'Nothing is erased.' },
          { text: 'It needs vCenter', explanation: 'It works on the console alone.' },
        ],
      },
    ],
  };
}

describe('validateQuizBank', () => {
  it('accepts a well-formed bank', () => {
    expect(validateQuizBank(bank())).toEqual([]);
    expect(quizBankSchema.safeParse(bank()).success).toBe(true);
  });

  it('rejects something that is not a mapping', () => {
    expect(validateQuizBank(null)).toHaveLength(1);
    expect(validateQuizBank('title: x')).toHaveLength(1);
    expect(validateQuizBank([])).toHaveLength(1);
  });

  it('requires unique kebab-case ids', () => {
    const data = bank();
    data.questions[1]!.id = 'which-bank-boots';
    expect(validateQuizBank(data)).toEqual([expect.stringMatching(/question 2 \("which-bank-boots"\).*unique/)]);
    data.questions[1]!.id = 'Which_Bank';
    expect(validateQuizBank(data)).toEqual([expect.stringMatching(/question 2.*id must be kebab-case/)]);
  });

  it('requires 3 to 5 options', () => {
    const data = bank();
    data.questions[0]!.options.splice(2);
    expect(validateQuizBank(data)).toEqual([expect.stringContaining('needs 3 to 5 options')]);
    const many = bank();
    const options = many.questions[1]!.options;
    options.push({ text: 'five', explanation: 'x' }, { text: 'six', explanation: 'y' });
    expect(validateQuizBank(many)).toEqual([expect.stringContaining('needs 3 to 5 options')]);
  });

  it('counts right options by type', () => {
    const single = bank();
    single.questions[0]!.options[1]!.correct = true;
    expect(validateQuizBank(single)).toEqual([expect.stringMatching(/"which-bank-boots".*exactly one correct option \(it has 2\)/)]);
    const none = bank();
    none.questions[0]!.options[0]!.correct = false;
    expect(validateQuizBank(none)).toEqual([expect.stringContaining('exactly one correct option (it has 0)')]);
    const multiple = bank();
    multiple.questions[1]!.options[1]!.correct = false;
    expect(validateQuizBank(multiple)).toEqual([expect.stringContaining('at least two correct options (it has 1)')]);
  });

  it('requires an explanation for every option, and text in objective and prompt', () => {
    const data = bank() as unknown as { questions: Record<string, unknown>[] };
    const first = data.questions[0]!;
    first.objective = '  ';
    first.prompt = '';
    (first.options as Record<string, unknown>[])[1]!.explanation = ' ';
    delete (first.options as Record<string, unknown>[])[2]!.explanation;
    const problems = validateQuizBank(data);
    expect(problems).toEqual(
      expect.arrayContaining([
        'question 1 ("which-bank-boots"), objective: objective must not be empty',
        'question 1 ("which-bank-boots"), prompt: prompt must not be empty',
        'question 1 ("which-bank-boots"), option 2, explanation: explanation must not be empty',
        'question 1 ("which-bank-boots"), option 3, explanation: explanation is missing',
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it('names misspelt fields instead of ignoring them', () => {
    const data = bank() as unknown as { questions: { options: Record<string, unknown>[] }[] };
    const option = data.questions[0]!.options[1]!;
    option.explaination = option.explanation;
    delete option.explanation;
    const problems = validateQuizBank(data);
    expect(problems).toContain('question 1 ("which-bank-boots"), option 2: unknown field "explaination" (check the spelling)');
  });

  it('rejects an unknown type and an empty question list', () => {
    const data = bank() as unknown as { questions: Record<string, unknown>[] };
    data.questions[0]!.type = 'truefalse';
    expect(validateQuizBank(data)).toContain('question 1 ("which-bank-boots"), type: type must be "single" or "multiple"');
    expect(validateQuizBank({ title: 'x', chapter: 'x', questions: [] })).toEqual(['questions: needs at least one question']);
  });

  it('rejects the same option twice', () => {
    const data = bank();
    data.questions[0]!.options[2]!.text = 'the newer build number';
    expect(validateQuizBank(data)).toEqual([expect.stringContaining('option 3, text: the same option text appears twice')]);
  });

  it('requires the section that teaches the question, as a heading anchor', () => {
    const data = bank() as unknown as { questions: Record<string, unknown>[] };
    delete data.questions[0]!.section;
    data.questions[1]!.section = '#Rolling back';
    expect(validateQuizBank(data)).toEqual([
      'question 1 ("which-bank-boots"), section: section is missing (the anchor id of the heading that teaches this question)',
      expect.stringMatching(/^question 2 \("what-shift-r-does"\), section: section must be a heading's anchor id .*like "rolling-back-with-shiftr"/),
    ]);
  });

  it('accepts anchors with the double hyphens and digits github-slugger makes', () => {
    const data = bank();
    data.questions[0]!.section = 'what-the-shell-shows-df--h-and-vdf--h';
    data.questions[1]!.section = 'the-worlds-a-41-host-runs';
    expect(validateQuizBank(data)).toEqual([]);
  });

  it('requires blueprint tags: known VCP-410 objectives, delta41, or site alone', () => {
    const tagged = (blueprint: unknown) => {
      const data = bank() as unknown as { questions: Record<string, unknown>[] };
      data.questions[0]!.blueprint = blueprint;
      return validateQuizBank(data);
    };
    const where = 'question 1 ("which-bank-boots"), blueprint: ';
    for (const good of [['site'], ['delta41'], ['vcp410:1.1'], ['vcp410:1.1', 'delta41'], ['vcp410:3.4'], ['vcp410:8.2']]) expect(tagged(good)).toEqual([]);
    expect(tagged(undefined)).toEqual([`${where}blueprint is missing (a list such as [vcp410:1.2], [delta41] or [site])`]);
    expect(tagged('vcp410:1.2')).toEqual([`${where}blueprint must be a list of tags`]);
    expect(tagged([])).toEqual([`${where}blueprint must name at least one tag (use [site] when no exam objective applies)`]);
    expect(tagged(['vcp-410:1.2'])).toEqual([`${where}blueprint tag "vcp-410:1.2" is not one of "vcp410:<n.n>", "delta41" or "site"`]);
    expect(tagged(['vcp410:1.4'])).toEqual([expect.stringContaining('blueprint tag "vcp410:1.4" names no VCP-410 objective the facts file knows (1.1, 1.2, 1.3, 1.5')]);
    expect(tagged(['site', 'vcp410:1.2'])).toEqual([`${where}"site" means no blueprint objective applies, so it stands alone`]);
    expect(tagged(['delta41', 'delta41'])).toEqual([`${where}the same blueprint tag appears twice`]);
  });
});
