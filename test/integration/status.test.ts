import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { deleteDataset, seedDataset } from '../../src/ingest/index.js';
import { exportGraph, type GraphExport } from '../support/export.js';
import { openTestGraph } from '../support/graph.js';
import { startTestApi } from '../support/api.js';

/**
 * A fact's status through the real loader and the API, on small datasets made for it: one source per dataset,
 * the datasets sharing one event (and its participation and relation). The status of a shared fact is recomputed
 * in the graph at the end of each load; it must be what the rule gives the same evidence in one dataset's rows
 * (test/unit/status.test.ts), and the API says why.
 */

const { driver, executor } = openTestGraph(60_000);
let scratch: string;
let initial: GraphExport;
let api: Awaited<ReturnType<typeof startTestApi>>;
const loaded: string[] = [];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'status-test-'));
  initial = await exportGraph(executor);
  api = await startTestApi(executor);
});

afterEach(async () => {
  for (const id of loaded.reverse()) await deleteDataset(executor, id);
  loaded.length = 0;
});

afterAll(async () => {
  await api.stop();
  await rm(scratch, { recursive: true, force: true });
  await driver.close();
});

const TEXT = 'The Status Summit took place in Statustown.';

interface SourceSketch {
  readonly publisher?: string;
  readonly relays?: string;
  readonly kind: string;
}

/** A dataset folder `id` with one source reporting the shared summit with evidence of `kind`. */
async function dataset(id: string, { publisher, relays, kind }: SourceSketch): Promise<string> {
  const source = `src:${id}`;
  const excerpt = `ex:${id}`;
  const evidence = [{ excerpt, kind, ...(kind === 'INFERENCE' ? { note: 'read from the quote' } : {}) }];
  const content = {
    sources: [{ id: source, file: 'text.txt', language: 'en', title: id, ...(publisher ? { publisher } : {}), ...(relays ? { relays } : {}) }],
    excerpts: [{ id: excerpt, source, start: 0, end: TEXT.length, quote: TEXT }],
    entities: [
      { id: 'country:st-land', kind: 'COUNTRY', names: { en: 'Statusland' }, mentions: [excerpt] },
      { id: 'city:st-town', kind: 'CITY', names: { en: 'Statustown' }, country: 'country:st-land', mentions: [excerpt] },
    ],
    events: [
      {
        id: 'event:st-summit',
        type: 'MULTILATERAL_MEETING',
        title: { en: 'Status Summit' },
        place: 'city:st-town',
        participants: [{ entity: 'city:st-town', role: 'HOST', evidence }],
        evidence,
      },
    ],
    relations: [{ id: 'rel:st-town-in-land', type: 'LOCATED_IN', from: 'city:st-town', to: 'country:st-land', evidence }],
  };
  const folder = join(scratch, `${id}-${Math.random().toString(36).slice(2, 8)}`, id);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'dataset.yaml'), stringify(content));
  await writeFile(join(folder, 'text.txt'), TEXT);
  return folder;
}

async function load(id: string, sketch: SourceSketch) {
  loaded.push(id);
  return seedDataset(executor, await dataset(id, sketch), { mode: 'sync' });
}

const REASON = '{ code label(language: FR) sources { verdict label source { id publisher relays } } }';

/** The summit, its host and its relation as the API shows them. */
async function summit() {
  const { data, errors } = await api.run<{
    event: { status: string; statusReason: unknown; participants: { status: string; statusReason: unknown }[] };
    relation: { status: string; statusReason: unknown };
  }>(`{
    event(id: "event:st-summit") { status statusReason ${REASON} participants { status statusReason ${REASON} } }
    relation(id: "rel:st-town-in-land") { status statusReason ${REASON} }
  }`);
  expect(errors).toBeUndefined();
  const event = data?.event;
  // The participation and the relation rest on the same evidence: the same status, for the same reason.
  expect(event?.participants[0]).toEqual({ status: event?.status, statusReason: event?.statusReason });
  expect(data?.relation).toEqual({ status: event?.status, statusReason: event?.statusReason });
  return { status: event?.status, statusReason: event?.statusReason };
}

const standing = (id: string, verdict: string, publisher: string | null, relays: string | null = null) =>
  expect.objectContaining({ verdict, source: { id, publisher, relays } });

describe('the status of a fact two datasets share, through the loader and the API', () => {
  it('is CORROBORATED by two independent reports, and says which sources count', async () => {
    await load('st-gazette', { publisher: 'Status Gazette', kind: 'REPORTED_FACT' });
    expect((await summit()).status).toBe('REPORTED');
    const second = await load('st-echo', { publisher: 'Echo Weekly', kind: 'REPORTED_FACT' });
    expect(second.recomputed).toBe(3);
    expect(await summit()).toEqual({
      status: 'CORROBORATED',
      statusReason: {
        code: 'INDEPENDENT_REPORTS',
        label: 'rapporté par plusieurs sources indépendantes',
        sources: [standing('src:st-echo', 'COUNTED', 'Echo Weekly'), standing('src:st-gazette', 'COUNTED', 'Status Gazette')],
      },
    });
    // Loading either again changes nothing: the recomputed values are the stored ones.
    expect((await seedDataset(executor, await dataset('st-echo', { publisher: 'Echo Weekly', kind: 'REPORTED_FACT' }))).propertiesSet).toBe(0);
  });

  it('is not corroborated by a forecast beside a report: the forecast later reported as done is shown as such', async () => {
    await load('st-announce', { publisher: 'Status Gazette', kind: 'FORECAST' });
    expect((await summit()).statusReason).toMatchObject({ code: 'NOT_REPORTED_AS_FACT' });
    await load('st-report', { publisher: 'Echo Weekly', kind: 'REPORTED_FACT' });
    expect(await summit()).toEqual({
      status: 'REPORTED',
      statusReason: {
        code: 'FORECAST_REPORTED_DONE',
        label: 'annoncé par une source, rapporté comme accompli par une autre',
        sources: [standing('src:st-announce', 'NOT_REPORTED_AS_FACT', 'Status Gazette'), standing('src:st-report', 'COUNTED', 'Echo Weekly')],
      },
    });
  });

  it('is not corroborated by two sources of one publisher, nor by two relaying one press release', async () => {
    await load('st-morning', { publisher: 'Status Gazette', kind: 'REPORTED_FACT' });
    await load('st-evening', { publisher: 'status gazette', kind: 'REPORTED_FACT' });
    expect(await summit()).toMatchObject({
      status: 'REPORTED',
      statusReason: {
        code: 'REPORTS_NOT_INDEPENDENT',
        sources: [standing('src:st-evening', 'COUNTED', 'status gazette'), standing('src:st-morning', 'SAME_PUBLISHER', 'Status Gazette')],
      },
    });
    await deleteDataset(executor, 'st-evening');
    await deleteDataset(executor, 'st-morning');
    loaded.length = 0;

    await load('st-paper', { publisher: 'Daily Paper', relays: 'Ministry press release', kind: 'REPORTED_FACT' });
    await load('st-radio', { publisher: 'Status Radio', relays: 'ministry press release', kind: 'REPORTED_FACT' });
    expect(await summit()).toMatchObject({
      status: 'REPORTED',
      statusReason: {
        code: 'REPORTS_NOT_INDEPENDENT',
        sources: [
          standing('src:st-paper', 'COUNTED', 'Daily Paper', 'Ministry press release'),
          standing('src:st-radio', 'SAME_ORIGIN', 'Status Radio', 'ministry press release'),
        ],
      },
    });
  });

  it('does not count a source without a publisher as independent', async () => {
    await load('st-anonymous', { kind: 'REPORTED_FACT' });
    await load('st-named', { publisher: 'Echo Weekly', kind: 'REPORTED_FACT' });
    expect(await summit()).toMatchObject({
      status: 'REPORTED',
      statusReason: {
        code: 'REPORTS_NOT_INDEPENDENT',
        label: 'rapporté par des sources qui ne sont pas indépendantes',
        sources: [standing('src:st-anonymous', 'NO_PUBLISHER', null), standing('src:st-named', 'COUNTED', 'Echo Weekly')],
      },
    });
  });
});

describe('this test file', () => {
  it('leaves the database as it found it', async () => {
    expect((await exportGraph(executor)).checksum).toBe(initial.checksum);
  });
});
