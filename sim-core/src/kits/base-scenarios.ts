// The base kit's scenarios (the boot and virtualization basics chapters'), fetched by a page that shows one of their panels.
import { BASICS_SCENARIOS } from '../scenarios/basics';
import { bootDetective, bootRollback } from '../scenarios/boot';

export const scenarios = [bootRollback, bootDetective, ...BASICS_SCENARIOS];
