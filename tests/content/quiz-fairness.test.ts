import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { QuizBank } from '../../src/widgets/quiz/schema';
import {
  longestRightIds,
  MAX_LENGTH_RANK_SHARE,
  MAX_LONGEST_RIGHT_SHARE,
  MAX_POSITION_SHARE,
  MAX_RIGHT_FIRST_SHARE,
  MIN_QUESTIONS_PER_BANK,
  rightFirstIds,
  rightLengthRankCounts,
  rightPositionCounts,
  tooFewOrManyOptionsIds,
} from '../../src/widgets/quiz/fairness';
import { nearDuplicatePairs, NEAR_DUPLICATE_THRESHOLD } from '../../src/widgets/quiz/near-duplicates';
import { headingAnchors } from './chapter-sections';

/**
 * Every bank is fair to a reader who knows the subject and unfair to one who games it: enough
 * questions, real distractors, no "pick the longest" or "pick the first" habit, every question
 * linked to the section that teaches it, and no question asked twice under two ids.
 * (That each bank parses against the schema is quizzes.test.ts.)
 */

const QUIZ_DIR = 'content/quizzes';
const DOCS_DIR = 'content/docs';
const files = readdirSync(QUIZ_DIR).filter((file) => file.endsWith('.yaml'));
const banks = files.map((file) => ({ file, bank: parse(readFileSync(join(QUIZ_DIR, file), 'utf8')) as QuizBank }));

describe.each(banks)('$file', ({ bank }) => {
  const singles = bank.questions.filter((question) => question.type === 'single');
  const multiples = bank.questions.filter((question) => question.type === 'multiple');

  it(`has at least ${MIN_QUESTIONS_PER_BANK} questions`, () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(MIN_QUESTIONS_PER_BANK);
  });

  it('gives every single-choice question 4 or 5 options', () => {
    const odd = tooFewOrManyOptionsIds(bank.questions);
    expect(odd, `single-choice questions without 4 or 5 options: ${odd.join(', ')}`).toEqual([]);
  });

  it(`has the right answer as the single longest option in at most ${MAX_LONGEST_RIGHT_SHARE * 100}% of single-choice questions`, () => {
    const longest = longestRightIds(bank.questions);
    const allowed = Math.floor(singles.length * MAX_LONGEST_RIGHT_SHARE);
    expect(longest.length, `right answer is the longest option in ${longest.length} of ${singles.length} (at most ${allowed}): ${longest.join(', ')}`).toBeLessThanOrEqual(allowed);
  });

  it('does not make the right answer the shortest, or any other length rank, in most single-choice questions', () => {
    const counts = rightLengthRankCounts(bank.questions);
    const allowed = Math.floor(singles.length * MAX_LENGTH_RANK_SHARE);
    const name = (rank: number) => (rank === 0 ? 'the shortest' : `longer than exactly ${rank} other option${rank > 1 ? 's' : ''}`);
    const crowded = counts.flatMap((count, rank) => (count > allowed ? [`the right answer is ${name(rank)} in ${count} of ${singles.length}`] : []));
    expect(crowded, `at most ${allowed} single-choice questions may share one length rank for their right answer: ${crowded.join('; ')}`).toEqual([]);
  });

  it('does not keep the right answer in one position', () => {
    const counts = rightPositionCounts(bank.questions);
    const allowed = Math.floor(singles.length * MAX_POSITION_SHARE);
    const crowded = counts.flatMap((count, position) => (count > allowed ? [`option ${position + 1} is right in ${count} of ${singles.length}`] : []));
    expect(crowded, `at most ${allowed} single-choice questions may have their right answer at one position: ${crowded.join('; ')}`).toEqual([]);
    const first = rightFirstIds(bank.questions);
    const allowedFirst = Math.floor(multiples.length * MAX_RIGHT_FIRST_SHARE);
    expect(first.length, `multiple-choice questions listing all right options first (at most ${allowedFirst}): ${first.join(', ')}`).toBeLessThanOrEqual(allowedFirst);
  });

  it('links every question to a ## or ### heading of its chapter', () => {
    const anchors = headingAnchors(readFileSync(join(DOCS_DIR, `${bank.chapter}.mdx`), 'utf8'));
    const missing = bank.questions.filter((question) => !anchors.has(question.section)).map((question) => `${question.id} -> #${question.section}`);
    expect(missing, `sections not found in ${bank.chapter}.mdx (its anchors: ${[...anchors].join(', ')}): ${missing.join(', ')}`).toEqual([]);
  });
});

describe('every bank together', () => {
  it(`has no near-duplicate questions, within a bank or across banks (score >= ${NEAR_DUPLICATE_THRESHOLD})`, () => {
    const all = banks.flatMap(({ bank }) => bank.questions.map((question) => ({ ...question, key: `${bank.chapter}/${question.id}` })));
    const pairs = nearDuplicatePairs(all).map(({ a, b, score }) => `${a} ~ ${b} (${score.toFixed(2)})`);
    expect(pairs, `rewrite one question of each pair so it asks something else: ${pairs.join('; ')}`).toEqual([]);
  });
});
