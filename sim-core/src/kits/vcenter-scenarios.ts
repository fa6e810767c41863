// The vcenter kit's scenarios, fetched by a page that shows one of their panels.
export { VCENTER_SCENARIOS as scenarios } from '../scenarios/vcenter';
