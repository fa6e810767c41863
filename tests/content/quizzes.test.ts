import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateQuizBank } from '../../src/widgets/quiz/schema';
import { chapters } from '../../src/chapters.mjs';

const QUIZ_DIR = 'content/quizzes';
const banks = readdirSync(QUIZ_DIR).filter((file) => file.endsWith('.yaml'));

describe('quiz banks', () => {
  it('exist for every ready chapter', () => {
    const ready = chapters.filter((chapter) => chapter.status === 'ready').map((chapter) => `${chapter.slug}.yaml`);
    for (const file of ready) expect(banks).toContain(file);
  });

  it.each(banks)('%s is well-formed, with an explanation for every option', (file) => {
    const data = parse(readFileSync(join(QUIZ_DIR, file), 'utf8'));
    expect(validateQuizBank(data)).toEqual([]);
  });
});
