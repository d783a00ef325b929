import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the web application: Debian's Chromium (CHROMIUM_PATH, else /usr/bin/chromium; never
 * a downloaded browser) against the real service, started by the global setup on a free port with the
 * demo data. `npm test` runs them after jest.
 */
export default defineConfig({
  testDir: 'test/web',
  testMatch: '**/*.web-spec.ts',
  globalSetup: './test/web/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results/web',
  use: {
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
