/// <reference lib="dom" />
import { test as base, expect, type Page } from '@playwright/test';
import { serverUrl } from './env.js';

export { expect };

interface Guard {
  /** Console messages matching these are expected (e.g. a refused frame on a third-party page). */
  allowConsole: (pattern: RegExp) => void;
}

/**
 * Playwright's test, pointed at the explorer the global setup started, and guarded: a test fails when the page
 * throws an uncaught error, opens a dialog (alert, confirm, prompt: an injected script would), or breaks the
 * explorer's own Content-Security-Policy (a blocked script or style is a feature that does not work).
 */
export const test = base.extend<{ guard: Guard }>({
  // Playwright reads a fixture's dependencies from the pattern of its first parameter: empty means none.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    await use(serverUrl('explorer'));
  },
  guard: [
    async ({ page }, use, testInfo) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      page.on('pageerror', (error) => problems.push(`uncaught error on ${page.url()}: ${error.message}`));
      page.on('dialog', (dialog) => {
        problems.push(`a ${dialog.type()} dialog opened on ${page.url()}: ${JSON.stringify(dialog.message())}`);
        void dialog.dismiss().catch(() => undefined);
      });
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && /Content Security Policy/i.test(text) && !allowed.some((pattern) => pattern.test(text))) {
          problems.push(`CSP violation on ${page.url()}: ${text}`);
        }
      });
      await use({ allowConsole: (pattern) => allowed.push(pattern) });
      if (problems.length > 0 && testInfo.status === testInfo.expectedStatus) {
        throw new Error(`the page misbehaved:\n${problems.join('\n')}`);
      }
      if (problems.length > 0) testInfo.annotations.push({ type: 'page problems', description: problems.join('\n') });
    },
    { auto: true },
  ],
});

/** Fails with the page's URL in the message, so a report line says where. */
export async function expectNoHorizontalScroll(page: Page, options: { soft?: boolean } = {}): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  (options.soft ? expect.soft : expect)(scrollWidth, `horizontal page scroll on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}
