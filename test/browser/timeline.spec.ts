/// <reference lib="dom" />
import type { Locator } from '@playwright/test';
import { dateText } from '../../src/domain/labels.js';
import { article, eventsOf, eventTexts, LANGS } from './support/data.js';
import { expect, test } from './support/fixtures.js';
import { screenshot, settle, withLang } from './support/pages.js';
import { datesMorePreciseThanData, seenTexts } from './support/scan.js';

// Journey 2: "نهاية سنة 2022" (the end of 2022) is a half-year, so the World Cup security support is drawn over
// the second half of 2022 and worded as such; events the article gives no date for wait in their own lane; and the
// timeline never shows a day or a month that the source does not give.

const ENTITY = 'org:moroccan-security-services';
const WORLD_CUP = 'event:world-cup-2022-security-support';
const PARIS = 'event:paris-2024-security-support';
const events = eventsOf(article, ENTITY);
const dated = events.filter((event) => event.date?.value).map((event) => event.id);
const undated = events.filter((event) => !event.date?.value).map((event) => event.id);

/** The bar's extent along the time axis, in pixels from the axis's start (its right edge in Arabic). */
async function extent(bar: Locator, rtl: boolean): Promise<{ start: number; width: number }> {
  const box = await bar.boundingBox();
  if (!box) throw new Error('the bar is not drawn');
  return { start: rtl ? -(box.x + box.width) : box.x, width: box.width };
}

for (const lang of LANGS) {
  test(`the World Cup security support spans the second half of 2022, undated events have their own lane, no day or month is invented (${lang})`, async ({
    page,
  }) => {
    expect(dated.sort()).toEqual([PARIS, WORLD_CUP].sort());
    expect(undated.length).toBeGreaterThan(0);

    await page.goto(withLang(`/entity/${ENTITY}`, lang));
    const timeline = page.getByTestId('timeline');
    await expect(timeline.getByTestId('timeline-bar').first()).toBeVisible();
    await settle(page);
    await screenshot(page, 'timeline', lang);

    const item = timeline.locator(`[data-testid="timeline-item"][data-event-id="${WORLD_CUP}"]`);
    await expect(item).toHaveAttribute('data-precision', 'HALF_YEAR');
    await expect(item).toHaveAttribute('data-earliest', '2022-07-01');
    await expect(item).toHaveAttribute('data-latest', '2022-12-31');
    const words = dateText({ precision: 'HALF_YEAR', earliest: '2022-07-01', latest: '2022-12-31' }, lang);
    expect(words, 'the shared vocabulary words a half-year').not.toMatch(/^$|2022-07-01/);
    await expect(item).toContainText(words);
    await expect(item.locator('q')).toHaveText('نهاية سنة 2022');

    // On the axis: half a year next to a whole one, starting a year and a half before it.
    const rtl = lang === 'ar';
    const worldCup = await extent(timeline.locator(`[data-testid="timeline-bar"][data-event-id="${WORLD_CUP}"]`), rtl);
    const paris = await extent(timeline.locator(`[data-testid="timeline-bar"][data-event-id="${PARIS}"]`), rtl);
    await expect(timeline.locator(`[data-testid="timeline-item"][data-event-id="${PARIS}"]`)).toHaveAttribute('data-precision', 'YEAR');
    const halfYear = 184 / 366; // 2022-07-01..2022-12-31 against 2024-01-01..2024-12-31, in days
    expect(worldCup.width / paris.width, 'the World Cup bar is half as wide as the 2024 one').toBeCloseTo(halfYear, 1);
    const offset = 549 / 366; // 2022-07-01 to 2024-01-01, in years of 2024
    expect((paris.start - worldCup.start) / paris.width, 'the World Cup bar starts a year and a half before the 2024 one').toBeCloseTo(offset, 1);

    // Undated events: in their lane only, never on the axis.
    const lane = timeline.getByTestId('timeline-undated');
    await expect(lane).toBeVisible();
    const inLane = await lane.locator('[data-event-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')));
    expect([...new Set(inLane)].sort()).toEqual([...undated].sort());
    for (const id of undated) {
      await expect(timeline.locator(`[data-testid="timeline-bar"][data-event-id="${id}"]`)).toHaveCount(0);
      await expect(timeline.locator(`[data-testid="timeline-item"][data-event-id="${id}"]`)).toHaveCount(0);
    }

    const invented = datesMorePreciseThanData(await seenTexts(page, '[data-testid="timeline"]'), eventTexts(events));
    expect(invented, 'the timeline shows no day or month the source does not give').toEqual([]);
  });
}
