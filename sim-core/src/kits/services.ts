// The services kit with its code, loaded on demand by pages (their shape is always there).
export { servicesKit as kit } from '../services/kit';
