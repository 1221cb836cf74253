import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the explorer (test/browser/), in the system's Chromium (Debian's /usr/bin/chromium, or
 * CHROMIUM_PATH): Playwright never downloads a browser here. The global setup starts a Neo4j of their own, seeds
 * it, builds web/dist when missing and starts the real HTTP server; the tests write their screenshots to
 * test-results/screenshots/<page>-<lang>.png and the run's results to test-results/playwright.json.
 */
export default defineConfig({
  testDir: 'test/browser',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/browser/global-setup.ts',
  // Its own folder: Playwright empties its output folder first, and test-results/ also holds vitest's report.
  outputDir: 'test-results/playwright',
  // Two cores: one worker, one browser, and the Neo4j and the server beside it.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Generous waits: on two loaded cores a cold Neo4j can take seconds to answer; no test measures speed.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'en-GB',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
