import { label } from '../../src/domain/labels.js';
import { article, excerptAt, LANGS, sourceText, statementKindsOf } from './support/data.js';
import { expect, test } from './support/fixtures.js';
import { parseHref, screenshot, settle, withLang } from './support/pages.js';

// Journey 3: every quote is a way into the source. Clicking one opens the reader at exactly those characters,
// highlighted, focused, and marked with the kind of statement they are.

const STARTS = [
  { page: '/entity/person:abdellatif-hammouchi', name: 'entity' },
  { page: '/event/event:world-cup-2022-security-support', name: 'event' },
];

for (const lang of LANGS) {
  for (const start of STARTS) {
    test(`a quote on the ${start.name} page opens the source reader with exactly those characters highlighted (${lang})`, async ({ page }) => {
      await page.goto(withLang(start.page, lang));
      const quotes = page.getByTestId('quote');
      await expect(quotes.first()).toBeVisible();
      await settle(page);

      // The first and the last quote of the page: two different places in the text.
      const count = await quotes.count();
      for (const index of [...new Set([0, count - 1])]) {
        if (index > 0) {
          await page.goto(withLang(start.page, lang));
          await expect(quotes.first()).toBeVisible();
        }
        const quote = quotes.nth(index);
        const href = await quote.getAttribute('href');
        const quoted = (await quote.textContent())?.trim() ?? '';
        const { path, params } = parseHref(href);
        const sourceId = path.replace(/^\/source\//, '');
        const [from, to] = [Number(params.get('start')), Number(params.get('end'))];
        expect(path, 'a quote links to the source reader').toMatch(/^\/source\/src:/);
        // What the link shows is what the source says at its offsets.
        expect(quoted).toBe(sourceText(article, sourceId).slice(from, to));

        await quote.click();
        await expect.poll(() => parseHref(page.url()).path).toBe(path);
        const active = page.locator('mark[data-testid="excerpt"][data-active="true"]');
        await expect(active).toHaveCount(1);
        await expect(active).toHaveAttribute('data-start', String(from));
        await expect(active).toHaveAttribute('data-end', String(to));
        expect(await active.textContent()).toBe(quoted);
        await expect(active).toBeInViewport();
        await expect(active).toBeFocused();

        const shownKind = await active.getAttribute('data-statement-kind');
        const cited = excerptAt(article, sourceId, from, to);
        expect(cited, `an excerpt of the dataset sits at ${from}..${to}`).toBeDefined();
        // Soft from here: the report lists every gap of the reader at once.
        expect.soft([...statementKindsOf(article, cited?.id ?? '')], 'the active mark carries its statement kind').toContain(shownKind);
        await expect.soft(page.getByText(label('StatementKind', shownKind ?? '', lang), { exact: false }).first()).toBeVisible();

        // Every excerpt of the source is marked, not only the one the reader came for.
        const marked = await page
          .locator('mark[data-testid="excerpt"]')
          .evaluateAll((marks) => marks.map((mark) => `${mark.getAttribute('data-start')}-${mark.getAttribute('data-end')}`));
        const excerpts = article.excerpts.filter((e) => e.source === sourceId).map((e) => `${e.start}-${e.end}`);
        expect.soft([...new Set(marked)].sort(), 'one mark per excerpt of the source').toEqual([...new Set(excerpts)].sort());

        const sourceTextBox = page.getByTestId('source-text');
        await expect.soft(sourceTextBox).toHaveAttribute('lang', 'ar');
        await expect.soft(sourceTextBox).toHaveAttribute('dir', 'rtl');
        if (index === 0) await screenshot(page, `source-from-${start.name}`, lang);
      }
    });
  }
}
