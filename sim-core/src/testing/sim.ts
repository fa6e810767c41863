/**
 * The full simulation's functions under their short names, for tests: `dispatch` here returns
 * only the lab (tests of refusals use `fullSim.dispatch`, which returns the outcome).
 */
import { fullSim } from '../index';
import { replaySolution as replay } from '../sim/create-sim';
import type { Scenario } from '../scenarios/types';
import type { LabEvent, LabState } from '../lab/types';

export const sim = fullSim;
export const createLab = (preset: string): LabState => fullSim.createLab(preset);
export const exec = fullSim.exec;
export const dispatch = (lab: LabState, event: LabEvent): LabState => fullSim.dispatch(lab, event).lab;
export const validateLab = fullSim.validate;
export const presetIds = (): string[] => fullSim.presets().map((preset) => preset.id);
export const isPresetId = (id: string): boolean => fullSim.presetInfo(id) !== undefined;
export const scenarios = fullSim.scenarios;
export const scenarioById = fullSim.scenarioById;
export const replaySolution = (scenario: Scenario): LabState => replay(fullSim, scenario);
