/// <reference lib="dom" />
import type { Page } from '@playwright/test';
import { entityName, excerpt, hostile } from './support/data.js';
import { expect, expectNoHorizontalScroll, test } from './support/fixtures.js';
import { screenshot, settle, withLang } from './support/pages.js';

// Bad input from the data itself (test/fixtures/seed/xss): a name that is an HTML injection is shown as text and
// never becomes markup; a very long name and a very long quote (with a long URL) wrap inside their boxes.

const INJECTED = 'group:xss-img-onerror';
const LONG = 'org:xss-long-name';
const INJECTED_NAME = '<img src=x onerror=alert(1)>';
const longQuote = excerpt(hostile, 'ex:xss-long-review');

/** Elements wider inside than their box (scrollWidth > clientWidth) that hold text, with what they hold. */
async function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((element) => element.scrollWidth > element.clientWidth)
      .map((element) => {
        const testId = element.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
        return `<${element.tagName.toLowerCase()}> [${testId}] ${element.scrollWidth} > ${element.clientWidth}: ${(element.textContent ?? '').slice(0, 60)}`;
      }),
  );
}

const WRAP_PAGES = [
  { name: 'entity', path: `/entity/${LONG}`, text: '[data-testid="entity-name"]' },
  { name: 'event', path: '/event/event:xss-meeting-2023', text: '[data-testid="evidence"]' },
  { name: 'source', path: `/source/${longQuote.source}?start=${longQuote.start}&end=${longQuote.end}`, text: '[data-testid="source-text"]' },
  { name: 'search', path: '/search?q=Secretariat', text: '[data-testid="search-result"]' },
] as const;
const WRAPPED = [
  '[data-testid="entity-name"]',
  'h1',
  '[data-testid="relation"]',
  '[data-testid="quote"]',
  '[data-testid="excerpt"]',
  '[data-testid="evidence"]',
  '[data-testid="participant"]',
  '[data-testid="search-result"]',
  '[data-testid="source-text"]',
  'main',
];

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  for (const lang of ['en', 'ar'] as const) {
    test(`a very long name and a very long quote wrap on the entity, event, source and search pages (${lang}, ${viewport.width} px wide)`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      for (const target of WRAP_PAGES) {
        await page.goto(withLang(target.path, lang));
        await expect(page.locator(target.text).first()).toBeVisible();
        if (target.name === 'entity') await expect.soft(page.getByTestId('entity-name')).toHaveText(entityName(hostile, LONG, lang));
        if (target.name !== 'search')
          await expect
            .soft(
              page
                .getByTestId('quote')
                .or(page.getByTestId('excerpt'))
                .filter({ hasText: longQuote.quote.slice(0, 40) })
                .first(),
            )
            .toBeVisible();
        await settle(page);
        const shot = await screenshot(page, `long-${target.name}-${viewport.width}`, lang);
        // Every element holding the long texts, and the main column around them.
        expect.soft(await overflowing(page, WRAPPED.join(', ')), `${target.name}: text overflowing its box (${shot})`).toEqual([]);
        await expectNoHorizontalScroll(page, { soft: true });
      }
    });
  }
}

/** No markup from the data: no <img src=x>, no inline handler, no inline script anywhere in the document. */
async function expectNoInjectedMarkup(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    const injected = await frame.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"]').length,
      handlers: Array.from(document.querySelectorAll('*')).filter((element) => Array.from(element.attributes).some((a) => /^on/i.test(a.name)))
        .length,
      inlineScripts: Array.from(document.querySelectorAll('script')).filter((script) => !script.src).length,
      bold: document.querySelectorAll('b[onmouseover]').length,
    }));
    expect(injected, `markup injected from the data into ${frame.url()}`).toEqual({ images: 0, handlers: 0, inlineScripts: 0, bold: 0 });
  }
}

const INJECTION_PAGES = [
  { name: 'entity', path: `/entity/${INJECTED}` },
  { name: 'event', path: '/event/event:xss-meeting-2023' },
  {
    name: 'source',
    path: `/source/src:xss-hostile-names?start=${excerpt(hostile, 'ex:xss-group-name').start}&end=${excerpt(hostile, 'ex:xss-group-name').end}`,
  },
  { name: 'search', path: '/search?q=onerror' },
  { name: 'paths', path: `/paths?from=${INJECTED}&to=${LONG}` },
  { name: 'embed-graph', path: `/embed/graph/${INJECTED}` },
  { name: 'embed-timeline', path: `/embed/timeline/${INJECTED}` },
] as const;

for (const target of INJECTION_PAGES) {
  test(`the entity named ${INJECTED_NAME} is shown as text on the ${target.name} page, never as markup`, async ({ page }) => {
    await page.goto(withLang(target.path, 'en'));
    // The name, visible as the characters it is made of (a graph draws its labels on a canvas: no text there).
    if (target.name === 'embed-graph') await expect(page.getByTestId('graph').locator('canvas').first()).toBeVisible();
    else await expect(page.getByText(INJECTED_NAME, { exact: false }).first()).toBeVisible();
    if (target.name === 'entity') await expect(page.getByTestId('entity-name')).toHaveText(INJECTED_NAME);
    await settle(page);
    await page.mouse.move(10, 10);
    await screenshot(page, `xss-${target.name}`, 'en');
    await expectNoInjectedMarkup(page);
    // The guard fixture fails the test if any dialog opened.
  });
}
