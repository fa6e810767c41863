// The boot chapter's scenarios (the base kit's), fetched by a page that shows one of their panels.
import { bootDetective, bootRollback } from '../scenarios/boot';

export const scenarios = [bootRollback, bootDetective];
