// The storage kit's scenarios, fetched by a page that shows one of their panels.
export { STORAGE_SCENARIOS as scenarios } from '../scenarios/storage';
