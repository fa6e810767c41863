// The storage kit with its code, loaded on demand by pages (their shape is always there).
export { storageKit as kit } from '../storage/kit';
