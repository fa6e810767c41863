// The network kit's scenarios, fetched by a page that shows one of their panels.
export { NETWORK_SCENARIOS as scenarios } from '../scenarios/network';
