/// <reference lib="dom" />
import type { Frame, Page } from '@playwright/test';
import { serverUrl } from './support/env.js';
import { expect, test } from './support/fixtures.js';
import { parseHref, screenshot } from './support/pages.js';

// Journey 6: a newsroom on another site embeds the timeline, the graph and a path with the snippet the explorer
// gives, and fetches an export from its own script. The explorer allows it only for the origins it is configured
// with (EMBED_ORIGINS for frames, CORS_ORIGINS for fetches).

const FRAMES = [
  { id: 'timeline', drawn: '[data-testid="timeline-bar"]' },
  { id: 'graph', drawn: '[data-testid="graph"] canvas' },
  { id: 'path', drawn: '[data-testid="graph"] canvas' },
] as const;

async function openHostPage(page: Page, api: string): Promise<void> {
  await page.goto(`${serverUrl('thirdParty')}/host?api=${encodeURIComponent(api)}`);
  // The fetch and the three frames hit the server at once: allow a loaded machine its time.
  await expect(page.locator('#fetch-result')).not.toHaveText('pending', { timeout: 30_000 });
}

async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.locator(`iframe#${id}`).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`iframe#${id} has no frame`);
  return frame;
}

test('a page of another origin allowed by EMBED_ORIGINS and CORS_ORIGINS shows the embeds and fetches the export', async ({ page }) => {
  const api = serverUrl('explorer');
  await openHostPage(page, api);
  await expect(page.locator('#fetch-result')).toHaveText(/^ok [1-9]\d*$/);
  for (const { id, drawn } of FRAMES) {
    const frame = page.frameLocator(`iframe#${id}`);
    await expect(frame.locator(drawn).first(), `the ${id} embed draws inside the frame`).toBeVisible();
    expect((await frameOf(page, id)).url()).toContain(`${api}/embed/${id}`);
  }
  await screenshot(page, 'embed-third-party-allowed', 'en');
});

test('a page of another origin not configured gets no embed (frame-ancestors) and no export (CORS)', async ({ page, guard }) => {
  // The refusals are the point: Chromium logs them as CSP and CORS errors on the third-party page.
  guard.allowConsole(/frame-ancestors|Refused to frame/i);
  const api = serverUrl('closed');
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/frame-ancestors/i.test(message.text())) refused.push(message.text());
  });
  await openHostPage(page, api);
  await expect(page.locator('#fetch-result')).toHaveText(/^error /);

  // The same embed pages, opened directly from the same server, do draw: the frames below are refused, not broken.
  for (const { id } of FRAMES) {
    const frame = await frameOf(page, id);
    await expect.poll(() => frame.url(), { message: `the ${id} frame is refused` }).toMatch(/^(chrome-error:|about:blank)/);
    expect(await frame.locator('[data-testid]').count(), `the ${id} frame shows none of the explorer`).toBe(0);
  }
  expect(refused.length, 'Chromium reports the frame-ancestors refusals').toBeGreaterThanOrEqual(FRAMES.length);
  await screenshot(page, 'embed-third-party-refused', 'en');

  for (const { id, drawn } of FRAMES) {
    const src = await page.locator(`iframe#${id}`).getAttribute('src');
    const direct = await page.context().newPage();
    await direct.goto(src ?? '');
    await expect(direct.locator(drawn).first(), `${id} embed opened directly`).toBeVisible();
    await direct.close();
  }
});

test("the explorer's other pages allow no framing origin but their own; the embeds add the configured one", async ({ page }) => {
  const api = serverUrl('explorer');
  const response = await page.request.get(`${api}/entity/person:abdellatif-hammouchi`);
  expect(response.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'(;|$)/);
  const embed = await page.request.get(`${api}/embed/timeline/country:morocco`);
  expect(embed.headers()['content-security-policy']).toContain(`frame-ancestors 'self' ${serverUrl('thirdParty')}`);
});

for (const view of ['timeline', 'graph'] as const) {
  test(`the ${view} embed code copied from the entity page works when pasted into a page of the allowed origin`, async ({ page }) => {
    await page.goto('/entity/country:morocco?lang=fr');
    await page.locator(`[data-testid="copy-embed"][data-view="${view}"]`).click();
    const snippets = await page
      .getByRole('textbox')
      .evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value).filter((value) => value.trim().startsWith('<iframe')));
    expect(snippets, 'one <iframe> snippet in a textbox').toHaveLength(1);
    const snippet = snippets[0] ?? '';
    expect(snippet).toMatch(/ title="[^"]+"/);
    const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(parseHref(src).path).toBe(`/embed/${view}/country:morocco`);
    expect(parseHref(src).params.get('lang'), 'the embed keeps the language').toBe('fr');

    await page.goto(`${serverUrl('thirdParty')}/snippet?html=${encodeURIComponent(snippet)}`);
    const drawn = FRAMES.find((frame) => frame.id === view)?.drawn ?? '';
    await expect(page.frameLocator('iframe').locator(drawn).first()).toBeVisible();
    await expect(page.frameLocator('iframe').locator('html')).toHaveAttribute('lang', 'fr');
  });
}
