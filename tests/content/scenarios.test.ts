import { describe, expect, it } from 'vitest';
import { checkGoals, scenarioWords } from '#sim-core';
import { createLab, replaySolution, scenarios, validateLab } from '#sim-core/testing';

describe.each(scenarios().map((scenario) => [scenario.id, scenario] as const))('scenario %s', (_id, scenario) => {
  // A goal shown as done before the reader did anything reads as a bug (issue 14's "Done: esx01 has finished booting").
  it('starts with no goal met, each saying why', () => {
    const goals = checkGoals(scenario, createLab(scenario.preset));
    expect(goals.filter((goal) => goal.met && !goal.keep).map((goal) => goal.id)).toEqual([]);
    expect(goals.some((goal) => !goal.keep)).toBe(true);
    for (const goal of goals.filter((candidate) => !candidate.met)) expect(goal.because).toMatch(/\w/);
  });

  it('its solution, replayed from the preset, meets every goal', () => {
    const lab = replaySolution(scenario);
    expect(checkGoals(scenario, lab).filter((goal) => !goal.met)).toEqual([]);
    expect(validateLab(lab)).toEqual([]);
  });

  it('has a task, hints, and answers that are among the choices offered', () => {
    const words = scenarioWords(scenario.id)!;
    expect(words.task.length).toBeGreaterThan(20);
    expect(words.hints.length).toBeGreaterThan(0);
    for (const step of scenario.solution) {
      if (step.kind !== 'event' || step.event.type !== 'answer') continue;
      const { question, value } = step.event;
      const offered = scenario.questions.find((candidate) => candidate.id === question)?.choices.map((choice) => choice.value);
      expect(offered).toContain(value);
    }
  });
});

describe('scenario words', () => {
  it('exist for exactly the registered scenarios', () => {
    for (const scenario of scenarios()) expect(scenarioWords(scenario.id), scenario.id).toBeDefined();
    expect(scenarioWords('no-such-scenario')).toBeUndefined();
    expect(scenarioWords('constructor')).toBeUndefined();
  });
});

describe('wrong routes do not pass', () => {
  it('the rollback scenario is not met by rebooting into the same build', () => {
    const scenario = scenarios().find((candidate) => candidate.id === 'boot-rollback')!;
    const rebooted = replaySolution({ ...scenario, solution: [{ kind: 'exec', host: 'esx01', line: 'reboot' }, { kind: 'event', event: { type: 'tick', ms: 60_000 }, says: '' }] });
    expect(checkGoals(scenario, rebooted).find((goal) => goal.id === 'runs-ga')?.met).toBe(false);
  });

  it('the detective scenario rejects a wrong answer and says so', () => {
    const scenario = scenarios().find((candidate) => candidate.id === 'boot-detective')!;
    const wrong = replaySolution({ ...scenario, solution: [{ kind: 'event', event: { type: 'answer', question: 'booted-bank', value: 'Hypervisor2' }, says: '' }] });
    const goal = checkGoals(scenario, wrong).find((candidate) => candidate.id === 'booted-bank')!;
    expect(goal.met).toBe(false);
    expect(goal.because).toMatch(/not what the lab says/);
  });
});
