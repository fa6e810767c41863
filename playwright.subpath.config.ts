import { defineConfig } from '@playwright/test';
import site from './playwright.config';

/**
 * The site built under a sub-path, as on GitHub Pages (README, "Deploy"): scripts/test.mjs builds
 * it into dist-subpath/ with BASE_PATH=/inside-esxi/ and runs tests/subpath/ against it here.
 * Same browser and settings as the main run; its own server, port and report.
 */
export const SUBPATH_BASE = '/inside-esxi/';
export const SUBPATH_OUT_DIR = 'dist-subpath';
const PORT = Number(process.env.E2E_SUBPATH_PORT) || 4330;

export default defineConfig({
  ...site,
  testDir: 'tests/subpath',
  reporter: [['list'], ['json', { outputFile: 'reports/playwright-subpath.json' }]],
  use: { ...site.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    // --ignore-lock: the main run's preview of dist/ may still hold Astro's preview lock.
    command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${PORT} --outDir ${SUBPATH_OUT_DIR} --ignore-lock`,
    env: { BASE_PATH: SUBPATH_BASE },
    url: `http://127.0.0.1:${PORT}${SUBPATH_BASE}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
