// The network kit with its code, loaded on demand by pages (their shape is always there).
export { networkKit as kit } from '../network/kit';
