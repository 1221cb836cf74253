import { expect, test } from './support/fixtures.js';
import { screenshot, withLang } from './support/pages.js';

// Bad input: an address that names nothing gives the not-found page, with a search box to go on from.

const UNKNOWN = [
  { name: 'entity', path: '/entity/person:no-such-person' },
  { name: 'event', path: '/event/event:no-such-event' },
  { name: 'source', path: '/source/src:no-such-source?start=0&end=10' },
  { name: 'route', path: '/no/such/page', status: 404 },
] as const;

for (const unknown of UNKNOWN) {
  test(`an unknown ${unknown.name} gives the not-found page with a search box`, async ({ page }) => {
    const response = await page.goto(withLang(unknown.path, 'en'));
    if ('status' in unknown) expect(response?.status(), 'an unknown route answers 404 with the explorer').toBe(unknown.status);
    await expect(page.getByTestId('not-found')).toBeVisible();
    const box = page.getByTestId('search-input');
    await expect(box).toBeVisible();
    await screenshot(page, `not-found-${unknown.name}`, 'en');

    // The search box works from there.
    await box.fill('Interpol');
    await box.press('Enter');
    await expect(page.getByTestId('search-result').first()).toBeVisible();
  });
}
