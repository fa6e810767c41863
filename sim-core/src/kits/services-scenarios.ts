// The services kit's scenarios, fetched by a page that shows one of their panels.
export { SERVICES_SCENARIOS as scenarios } from '../scenarios/services';
