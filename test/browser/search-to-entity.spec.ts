import { article, entityName, excerpt, LANGS, relation } from './support/data.js';
import { expect, test } from './support/fixtures.js';
import { linksTo, parseHref, settle, withLang } from './support/pages.js';

// Journey 1: a reader types the name as the article spells it and reaches the man's page, where the two
// directorates he heads are shown with the article's own words.

const HAMMOUCHI = 'person:abdellatif-hammouchi';

for (const lang of LANGS) {
  test(`typing حموشي in the search box leads to Hammouchi's page, which shows he heads the DGSN and the DGST with the quotes (${lang})`, async ({
    page,
  }) => {
    await page.goto(withLang('/', lang));
    const box = page.getByTestId('search-input');
    await expect(box).toHaveRole('searchbox');
    await box.pressSequentially('حموشي', { delay: 60 });

    // Each result is itself a link (the contract): the one to Hammouchi's page.
    const hit = page.getByTestId('search-result').and(linksTo(page, `/entity/${HAMMOUCHI}`));
    await expect(hit.first()).toBeVisible();
    await expect(page.getByTestId('search-group').and(page.locator('[data-kind="PERSON"]')).filter({ has: hit })).toHaveCount(1);
    await hit.first().click();

    await expect.poll(() => parseHref(page.url()).path).toBe(`/entity/${HAMMOUCHI}`);
    expect(parseHref(page.url()).params.get('lang') ?? 'en', 'the language is kept across the link').toBe(lang);
    await expect(page.getByTestId('entity-name')).toHaveText(entityName(article, HAMMOUCHI, lang));

    for (const id of ['rel:hammouchi-heads-dgsn', 'rel:hammouchi-heads-dgst']) {
      const heads = relation(article, id);
      const row = page
        .getByTestId('relation')
        .and(page.locator('[data-relation-type="HEADS"]'))
        .filter({ has: linksTo(page, `/entity/${heads.to}`) });
      await expect(row, `${id}: one HEADS relation row links to ${heads.to}`).toHaveCount(1);
      await expect(row).toContainText(entityName(article, heads.to, lang));

      // Every piece of evidence of the relation, as a quote linking to its exact place in the source.
      const quotes = row.getByTestId('quote');
      const shown = await quotes.evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href'), text: link.textContent ?? '' })));
      const expected = heads.evidence.map(({ excerpt: excerptId }) => excerpt(article, excerptId));
      expect(shown.length, `${id}: one quote per piece of evidence`).toBe(expected.length);
      for (const quote of expected) {
        const link = shown.find(({ href }) => {
          const { path, params } = parseHref(href);
          return path === `/source/${quote.source}` && params.get('start') === String(quote.start) && params.get('end') === String(quote.end);
        });
        expect(link, `${id}: a quote links to /source/${quote.source}?start=${quote.start}&end=${quote.end}`).toBeDefined();
        expect(link?.text.trim()).toBe(quote.quote);
        expect(parseHref(link?.href ?? '').params.get('lang') ?? 'en', 'quote links keep the language').toBe(lang);
      }
    }
    await settle(page);
  });
}
