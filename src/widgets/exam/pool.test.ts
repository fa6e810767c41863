import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '../quiz/schema';
import { buildPool, fetchPool, parsePool, type PoolBank } from './pool';

const question = (id: string, extra: Record<string, unknown> = {}): QuizQuestion =>
  ({
    id,
    objective: 'Read boot.cfg',
    type: 'single',
    prompt: `What does ${id} say? <b>not markup</b>`,
    options: [
      { text: 'Right', correct: true, explanation: 'Because.' },
      { text: 'Wrong', explanation: 'No.' },
      { text: 'Also wrong', explanation: 'No.' },
    ],
    ...extra,
  }) as QuizQuestion;

const bank = (questions: QuizQuestion[]): PoolBank => ({
  chapter: { slug: 'boot-process', title: 'The boot process' },
  questions,
  headings: new Map([['boot-banks', 'Boot banks']]),
});

describe('buildPool', () => {
  it('names near-duplicate questions so one attempt never asks both, and only those', () => {
    const twin = (id: string) => question(id, { prompt: 'Which port does the vSphere Client use to reach hostd on the host?', options: [{ text: '443', correct: true, explanation: 'HTTPS.' }, { text: '902', explanation: 'No.' }, { text: '80', explanation: 'No.' }] });
    const other = question('c', { prompt: 'Which bank does the loader boot after a failed upgrade?' });
    const pool = buildPool([bank([twin('a'), twin('b'), other])]);
    expect(pool.apart).toEqual([{ a: 'boot-process/a', b: 'boot-process/b' }]);
    expect(parsePool(JSON.parse(JSON.stringify(pool)))?.apart).toEqual(pool.apart);
  });

  it('reads a pool without pairs as having none, and refuses malformed pairs', () => {
    const { apart: _apart, ...withoutPairs } = buildPool([bank([question('a')])]);
    expect(parsePool(withoutPairs)?.apart).toEqual([]);
    expect(parsePool({ ...withoutPairs, apart: [{ a: 1 }] })).toBeNull();
    expect(parsePool({ ...withoutPairs, apart: 'x' })).toBeNull();
  });

  it('keys questions by bank, keeps every option with its explanation and the quiz\'s hint', () => {
    const pool = buildPool([bank([question('a')])]);
    expect(pool.chapters).toEqual([{ slug: 'boot-process', title: 'The boot process' }]);
    expect(pool.questions[0]).toEqual({
      key: 'boot-process/a',
      chapter: 'boot-process',
      objective: 'Read boot.cfg',
      type: 'single',
      prompt: 'What does a say? <b>not markup</b>',
      hint: 'Choose one answer.',
      options: [
        { text: 'Right', correct: true, explanation: 'Because.' },
        { text: 'Wrong', correct: false, explanation: 'No.' },
        { text: 'Also wrong', correct: false, explanation: 'No.' },
      ],
    });
  });

  it('keeps a section that names a heading of the chapter, with its title, and drops one that does not', () => {
    const pool = buildPool([bank([question('a', { section: 'boot-banks', blueprint: ['vcp410:1.2'] }), question('b', { section: 'no-such-heading' })])]);
    expect(pool.questions[0]).toMatchObject({ section: 'boot-banks', sectionTitle: 'Boot banks', blueprint: ['vcp410:1.2'] });
    expect(pool.questions[1]!.section).toBeUndefined();
    expect(pool.questions[1]!.sectionTitle).toBeUndefined();
  });
});

describe('parsePool', () => {
  const good = () => JSON.parse(JSON.stringify(buildPool([bank([question('a'), question('b', { section: 'boot-banks' })])])));

  it('accepts what buildPool makes', () => {
    expect(parsePool(good())).toEqual(good());
  });

  it.each([
    ['not an object', () => 'pool'],
    ['no questions', () => ({ ...good(), questions: [] })],
    ['a question of an unknown chapter', () => ({ ...good(), questions: [{ ...good().questions[0], chapter: 'elsewhere' }] })],
    ['a question without a right option', () => ({ ...good(), questions: [{ ...good().questions[0], options: [{ text: 'x', correct: false, explanation: 'y' }] }] })],
    ['an option without an explanation', () => ({ ...good(), questions: [{ ...good().questions[0], options: [{ text: 'x', correct: true }] }] })],
    ['duplicate keys', () => ({ ...good(), questions: [good().questions[0], good().questions[0]] })],
    ['a section that is not text', () => ({ ...good(), questions: [{ ...good().questions[0], section: 3 }] })],
    ['blueprint tags that are not a list of text', () => ({ ...good(), questions: [{ ...good().questions[0], blueprint: 'vcp410:1.2' }] })],
  ])('refuses %s', (_label, value) => {
    expect(parsePool(value())).toBeNull();
  });
});

describe('fetchPool', () => {
  const pool = buildPool([bank([question('a')])]);
  const answer = (body: unknown, status = 200) => async () => new Response(JSON.stringify(body), { status });

  it('returns the pool it fetched', async () => {
    expect(await fetchPool('/exam/questions.json', answer(pool))).toEqual({ ok: true, pool });
  });

  it('says why, without throwing, when the network fails, the server errs or the body is not a pool', async () => {
    expect(await fetchPool('/x', async () => Promise.reject(new TypeError('Failed to fetch')))).toEqual({ ok: false, reason: 'Failed to fetch' });
    expect(await fetchPool('/x', answer(pool, 404))).toEqual({ ok: false, reason: 'HTTP 404' });
    expect(await fetchPool('/x', answer({ questions: 'none' }))).toEqual({ ok: false, reason: 'not a question pool' });
    expect(await fetchPool('/x', async () => new Response('<html>'))).toMatchObject({ ok: false });
  });
});
