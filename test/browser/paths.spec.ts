import { article, entityName, LANGS, sourceText } from './support/data.js';
import { expect, test } from './support/fixtures.js';
import { parseHref, screenshot, settle, withLang } from './support/pages.js';

// Journey 5: how is Hammouchi connected to the Paris 2024 Olympics? The path finder answers hop by hop, and
// every hop says which words of the source support it.

const FROM = 'person:abdellatif-hammouchi';
const TO = 'major-event:paris-2024-olympics';

for (const lang of LANGS) {
  test(`the path finder shows the paths from Hammouchi to the Paris 2024 Olympics hop by hop, each hop with its quotes (${lang})`, async ({
    page,
  }) => {
    await page.goto(withLang(`/paths?from=${FROM}&to=${TO}`, lang));
    const paths = page.getByTestId('path');
    await expect(paths.first()).toBeVisible();
    await expect(paths.first().getByTestId('hop').first()).toBeVisible();
    await settle(page);
    await screenshot(page, 'paths-journey', lang);

    const count = await paths.count();
    for (let index = 0; index < count; index++) {
      const path = page.locator(`[data-testid="path"][data-path-index="${index}"]`);
      await expect(path, `path block data-path-index=${index}`).toHaveCount(1);
      // A path reads from one end to the other.
      await expect(path).toContainText(entityName(article, FROM, lang));
      await expect(path).toContainText(entityName(article, TO, lang));

      const hops = path.getByTestId('hop');
      const hopCount = await hops.count();
      expect(hopCount, `path ${index} has hops`).toBeGreaterThan(0);
      for (let hop = 0; hop < hopCount; hop++) {
        const quotes = hops.nth(hop).getByTestId('quote');
        expect(await quotes.count(), `path ${index}, hop ${hop} has at least one quote`).toBeGreaterThan(0);
        // Each quote is the source's words at its offsets.
        for (const link of await quotes.all()) {
          const { path: sourcePath, params } = parseHref(await link.getAttribute('href'));
          const text = sourceText(article, sourcePath.replace(/^\/source\//, '')).slice(Number(params.get('start')), Number(params.get('end')));
          expect((await link.textContent())?.trim()).toBe(text);
        }
      }
    }
  });
}

test('the path finder is reached by choosing both ends in its pickers', async ({ page }) => {
  await page.goto('/paths?lang=en');
  const pickers = page.getByRole('combobox').or(page.getByRole('searchbox'));
  await expect(pickers).toHaveCount(2);

  await pickers.nth(0).pressSequentially('حموشي', { delay: 40 });
  await page
    .getByRole('option', { name: entityName(article, FROM, 'en') })
    .first()
    .click();
  await pickers.nth(1).pressSequentially('Paris 2024', { delay: 40 });
  await page
    .getByRole('option', { name: entityName(article, TO, 'en') })
    .first()
    .click();

  await expect(page.getByTestId('path').first()).toBeVisible();
  const { params } = parseHref(page.url());
  expect([params.get('from'), params.get('to')], 'the page state is in its URL').toEqual([FROM, TO]);
});
