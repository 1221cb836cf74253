/// <reference lib="dom" />
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { article, hostile, LANGS, type Lang } from './support/data.js';
import { expect, test } from './support/fixtures.js';
import { openPage, PAGES, parseHref, screenshot } from './support/pages.js';
import { englishUiWords, rawCodes, seenTexts } from './support/scan.js';

// Every page in each language, once loaded (screenshot: test-results/screenshots/<page>-<lang>.png):
// - journey 4: the document's language and direction, no raw API code anywhere, on an Arabic or French page no
//   English interface word, a labelled language switch, links that keep the language;
// - journey 7: axe-core finds no serious or critical violation.
// The checks are soft: one run reports every problem of a page.

const EXPLORER_ROUTES = /^\/(?:$|search|entity\/|event\/|source\/|paths|about)/;
const DATA_TEXTS = [...article.texts, ...hostile.texts];

/** The language switches (navigations whose links lead to the three languages) and the other same-site links. */
async function linksOf(page: Page): Promise<{ switches: { labelled: boolean }[]; links: string[] }> {
  return page.evaluate(() => {
    const langOf = (anchor: Element) => new URL(anchor.getAttribute('href') ?? '', location.href).searchParams.get('lang');
    const navs = Array.from(document.querySelectorAll('nav, [role="navigation"]'));
    const switchNavs = navs.filter((nav) =>
      ['ar', 'fr', 'en'].every((code) => Array.from(nav.querySelectorAll('a[href]')).some((a) => langOf(a) === code)),
    );
    return {
      switches: switchNavs.map((nav) => ({ labelled: Boolean(nav.getAttribute('aria-label')?.trim() || nav.getAttribute('aria-labelledby')) })),
      links: Array.from(document.querySelectorAll('a[href]'))
        .filter((anchor) => !switchNavs.some((nav) => nav.contains(anchor)))
        .map((anchor) => new URL((anchor as HTMLAnchorElement).href))
        .filter((url) => url.origin === location.origin)
        .map((url) => url.pathname + url.search),
    };
  });
}

async function seriousAxeViolations(page: Page): Promise<unknown[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(0, 2).join(' ')}`),
    }));
}

const checks = (lang: Lang) =>
  [lang === 'ar' ? 'right to left' : 'left to right', 'no raw code', lang === 'en' ? '' : 'no English interface word', 'no serious axe violation']
    .filter(Boolean)
    .join(', ');

for (const target of PAGES) {
  for (const lang of LANGS) {
    test(`${target.name} in ${lang}: ${checks(lang)}`, async ({ page }) => {
      await openPage(page, target, lang);
      const shot = await screenshot(page, target.name, lang);
      test.info().annotations.push({ type: 'screenshot', description: shot });

      await expect.soft(page.locator('html')).toHaveAttribute('lang', lang);
      await expect.soft(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');

      const texts = await seenTexts(page);
      expect.soft(rawCodes(texts, lang), `raw codes shown (${shot})`).toEqual([]);
      if (lang !== 'en') expect.soft(englishUiWords(texts, lang, DATA_TEXTS), `English interface words shown (${shot})`).toEqual([]);

      const { switches, links } = await linksOf(page);
      if (!target.embed) expect.soft(switches, 'one labelled language switch').toEqual([{ labelled: true }]);
      const losing = links.filter((href) => EXPLORER_ROUTES.test(parseHref(href).path) && parseHref(href).params.get('lang') !== lang);
      expect.soft(losing, 'explorer links that lose the language').toEqual([]);

      expect.soft(await seriousAxeViolations(page), `axe on ${target.path} (${lang}), ${shot}`).toEqual([]);
    });
  }
}
