import type { Scenario } from './types';

export const SERVICES_SCENARIOS: Scenario[] = [];
