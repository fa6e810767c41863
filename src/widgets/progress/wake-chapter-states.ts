/**
 * Fetches the chapter states (./annotate.ts) once the page has loaded, on pages that list
 * chapters (./ChapterProgress.astro renders `#chapter-facts`). Imported by the site-wide script
 * every Starlight page already loads (src/starlight/ThemeSelect.astro), so the page-open path
 * grows by these few lines and no file of its own; the states are a help, never in the way.
 */
if (document.getElementById('chapter-facts')) addEventListener('load', () => import('./annotate'));
