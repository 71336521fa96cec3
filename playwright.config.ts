import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './tools/chromium';

/** Port of the static server for the end-to-end tests (`E2E_PORT` lets two checkouts test side by side). */
const PORT = Number(process.env.E2E_PORT ?? 4318);

/** The build is served from a sub-path, as on a real static host, to prove relative URLs work. */
export const SUB_PATH = '/play/borderlines/';

/**
 * End-to-end tests run the production build in Debian's Chromium (no browser download) with the flags
 * this machine needs: no sandbox as root, no GPU (SwiftShader WebGL), and no background network.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Timeouts only catch hangs: tests wait for conditions, and on a busy machine (SwiftShader WebGL, two
  // workers on two shared cores) the same steps take several times as long as on a quiet one.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${SUB_PATH}`,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    // Requests a service worker answers never reach page.route, so tests that fake broken files would
    // get the cached good ones. Only tests/e2e/offline.spec.ts, which tests the worker, allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_FLAGS, '--autoplay-policy=user-gesture-required'],
    },
  },
  webServer: {
    command: `npx tsx tests/e2e/serveDist.ts ${PORT} ${SUB_PATH}`,
    url: `http://127.0.0.1:${PORT}${SUB_PATH}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
