/**
 * Where progress is kept, alone in a module so the sidebar's chapter states (which read storage
 * without the store's code, src/widgets/progress/annotate.ts) name the same key.
 */
export const PROGRESS_KEY = 'inside-esxi:progress';
export const PROGRESS_BACKUP_KEY = 'inside-esxi:progress:backup';
/** Fired on `window` when this page's store changes progress (other tabs fire `storage`). */
export const PROGRESS_EVENT = 'inside-esxi:progress';
