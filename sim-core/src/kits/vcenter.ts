// The vcenter kit with its code, loaded on demand by pages (their shape is always there).
export { vcenterKit as kit } from '../vcenter/kit';
