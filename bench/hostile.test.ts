import { describe, expect, it } from 'vitest';
import { fullSim } from '#sim-core';
import { MAX_OUTPUT_CHARS, MAX_OUTPUT_LINES } from '../sim-core/src/shell/run';
import { HOSTILE_LINES } from './hostile';

describe('the bench hostile lines', () => {
  it.each(HOSTILE_LINES.map((hostile) => [hostile.name, hostile] as const))('%s: answers within the output caps and leaves a valid lab', (_, hostile) => {
    let lab = fullSim.createLab('after-upgrade');
    for (const setup of hostile.setup ?? []) lab = fullSim.exec(lab, 'esx01', setup).lab;
    const result = fullSim.exec(lab, 'esx01', hostile.line);
    expect(result.output.length).toBeLessThanOrEqual(MAX_OUTPUT_LINES);
    expect(result.output.reduce((sum, line) => sum + line.text.length, 0)).toBeLessThanOrEqual(MAX_OUTPUT_CHARS + 200);
    expect(fullSim.validate(result.lab)).toEqual([]);
    expect(fullSim.exec(result.lab, 'esx01', 'echo alive').output).toEqual([{ text: 'alive', kind: 'stdout' }]);
  });
});
