import type { Page } from '@playwright/test';
import { article, entityName } from './support/data.js';
import { serverUrl } from './support/env.js';
import { expect, test } from './support/fixtures.js';
import { screenshot, withLang } from './support/pages.js';
import { englishUiWords, rawCodes, seenTexts } from './support/scan.js';

// Bad input: the API's Neo4j is down. The page says so (data-testid="db-unavailable", role=alert) instead of
// showing an empty page, and asks again by itself every few seconds, so it recovers when the database does.

function countGraphQLRequests(page: Page): { readonly times: number[] } {
  const times: number[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') times.push(Date.now());
  });
  return { times };
}

const CASES = [
  { lang: 'en', path: '/entity/person:abdellatif-hammouchi' },
  { lang: 'ar', path: '/search?q=Interpol' },
] as const;

for (const { lang, path } of CASES) {
  test(`with the database down, ${path} says so and retries by itself (${lang})`, async ({ page }) => {
    const requests = countGraphQLRequests(page);
    await page.goto(`${serverUrl('down')}${withLang(path, lang)}`);
    const alert = page.getByTestId('db-unavailable');
    await expect(alert).toBeVisible();
    await expect(alert).toHaveRole('alert');
    await screenshot(page, `db-unavailable-${path.split(/[/?]/)[1]}`, lang);

    const texts = await seenTexts(page);
    expect(rawCodes(texts, lang)).toEqual([]);
    if (lang === 'ar') expect(englishUiWords(texts, lang)).toEqual([]);

    // Two more attempts without anyone touching the page, not a tight loop.
    const seen = requests.times.length;
    const since = Date.now();
    await expect.poll(() => requests.times.length, { timeout: 30_000, message: 'the page retries by itself' }).toBeGreaterThanOrEqual(seen + 2);
    // Over at least three seconds, so that a tight loop cannot hide in a short window.
    await page.waitForTimeout(Math.max(0, since + 3_000 - Date.now()));
    const perSecond = (requests.times.length - seen) / ((Date.now() - since) / 1000);
    expect(perSecond, 'retries every few seconds, not in a tight loop').toBeLessThanOrEqual(2);
    await expect(alert).toBeVisible();
  });
}

test('the page recovers by itself when the database is back', async ({ page }) => {
  // The first answers are the real ones of the API whose Neo4j is down; then the database "comes back".
  let refused = 0;
  await page.route('**/graphql', async (route) => {
    if (refused >= 2) return route.continue();
    refused += 1;
    const answer = await page.request.fetch(`${serverUrl('down')}/graphql`, {
      method: route.request().method(),
      headers: route.request().headers(),
      data: route.request().postData() ?? undefined,
    });
    await route.fulfill({ response: answer });
  });
  const requests = countGraphQLRequests(page);
  await page.goto(withLang('/entity/person:abdellatif-hammouchi', 'en'));
  await expect(page.getByTestId('db-unavailable')).toBeVisible();
  await expect(page.getByTestId('entity-name')).toHaveText(entityName(article, 'person:abdellatif-hammouchi', 'en'), { timeout: 30_000 });
  await expect(page.getByTestId('db-unavailable')).toHaveCount(0);
  expect(requests.times.length).toBeGreaterThan(refused);
});
