/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { excerpt, article, type Lang } from './data.js';
import { EMBEDDED, SCREENSHOT_DIR } from './env.js';

/** An explorer path with the language parameter added. */
export function withLang(path: string, lang: Lang): string {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}

const worldCupQuote = excerpt(article, 'ex:world-cup-2022-security');

/** Every page of the explorer, with an address on the seeded article and what shows it has finished drawing. */
export interface ExplorerPage {
  readonly name: string;
  readonly path: string;
  /** Waits until the page shows its data (not a spinner). */
  readonly ready: (page: Page) => Promise<void>;
  readonly embed?: boolean;
}

const visible = async (locator: Locator) => expect(locator.first()).toBeVisible();
const graphDrawn = async (page: Page) => visible(page.getByTestId('graph').locator('canvas'));

export const PAGES: readonly ExplorerPage[] = [
  { name: 'search', path: '/search?q=حموشي', ready: (page) => visible(page.getByTestId('search-result')) },
  {
    name: 'entity',
    path: '/entity/person:abdellatif-hammouchi',
    ready: async (page) => {
      await visible(page.getByTestId('entity-name'));
      await visible(page.getByTestId('relation'));
      await visible(page.getByTestId('timeline'));
      await graphDrawn(page);
    },
  },
  {
    name: 'event',
    path: '/event/event:world-cup-2022-security-support',
    ready: async (page) => {
      await visible(page.getByTestId('participant'));
      await visible(page.getByTestId('evidence'));
    },
  },
  {
    name: 'source',
    path: `/source/${worldCupQuote.source}?start=${worldCupQuote.start}&end=${worldCupQuote.end}`,
    ready: async (page) => {
      await visible(page.getByTestId('source-text'));
      await visible(page.locator('mark[data-testid="excerpt"][data-active="true"]'));
    },
  },
  {
    name: 'paths',
    path: '/paths?from=person:abdellatif-hammouchi&to=major-event:paris-2024-olympics',
    ready: (page) => visible(page.getByTestId('hop')),
  },
  { name: 'about', path: '/about', ready: (page) => visible(page.getByRole('heading', { level: 1 })) },
  { name: 'not-found', path: '/entity/person:no-such-person', ready: (page) => visible(page.getByTestId('not-found')) },
  { name: 'embed-timeline', path: EMBEDDED.timeline, embed: true, ready: (page) => visible(page.getByTestId('timeline-bar')) },
  { name: 'embed-graph', path: EMBEDDED.graph, embed: true, ready: graphDrawn },
  // The path embed draws the paths as one graph (the contract leaves the view to the app).
  { name: 'embed-path', path: EMBEDDED.path, embed: true, ready: graphDrawn },
];

/** Opens a page in a language and waits until it has drawn its data and the network is quiet. */
export async function openPage(page: Page, target: ExplorerPage, lang: Lang): Promise<void> {
  await page.goto(withLang(target.path, lang));
  await target.ready(page);
  await settle(page);
}

/** Waits for the network to go quiet and the fonts to load, so text and layout are final. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** test-results/screenshots/<name>-<lang>.png, the whole page. Returns the path for messages. */
export async function screenshot(page: Page, name: string, lang: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}-${lang}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The decoded path and query of a link, so '/entity/org%3Adgsn' and '/entity/org:dgsn' compare equal. */
export function parseHref(href: string | null): { path: string; params: URLSearchParams } {
  const url = new URL(href ?? '', 'http://explorer.invalid');
  return { path: decodeURIComponent(url.pathname), params: url.searchParams };
}

/** Links whose decoded path is exactly `path` (with any query string). */
export function linksTo(scope: Page | Locator, path: string): Locator {
  const encoded = path.replace(/:/g, '%3A');
  const selectors = [path, encoded].flatMap((p) => [`a[href$="${p}"]`, `a[href*="${p}?"]`]);
  return scope.locator(selectors.join(', '));
}
