import type { Scenario } from './types';

export const VCENTER_SCENARIOS: readonly Scenario[] = [];
