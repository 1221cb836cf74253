import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteDataset, seedDataset } from '../../src/ingest/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { diffExports, exportGraph } from '../support/export.js';
import { useTestApi } from '../support/api.js';

// Each source's count and place of an event, through GraphQL: three small datasets of cited-only sources say "more
// than 150 countries" in Detailand, 179 countries in Northport and 196 countries in Southport, both cities of
// Detailand (test/fixtures/seed/details).

const api = useTestApi();
const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'seed', 'details');
const load = (name: string, options: Parameters<typeof seedDataset>[2] = {}) =>
  seedDataset(api.executor, join(FIXTURES, name), { datasetId: `fx-details-${name}`, log: () => undefined, ...options });
const EVENT_ID = 'event:fx-details-summit';

const QUERY = `query($id: ID!) {
  event(id: $id) {
    place { id }
    placeResolution
    placeClaims { shown place { id } source { id publisher } evidence { quote } }
    quantity { unit phrase min max }
    quantities {
      unit resolution value { unit phrase min max }
      claims { shown quantity { phrase min max } source { id publisher stored } evidence { quote statementKind } }
    }
    conflicts { field unit values { value quantity { phrase min max } place { id } source { id publisher } evidence { quote } } }
  }
  events(filter: { placeId: "city:fx-northport" }, first: 5) { edges { node { id } } }
}`;

async function summit() {
  const { data, errors } = await api.run(QUERY, { id: EVENT_ID });
  expect(errors).toBeUndefined();
  return { ...data?.event, inNorthport: data?.events.edges.map((edge: any) => edge.node.id) };
}

const countries = (event: any) => event.quantities.find((q: any) => q.unit === 'COUNTRIES');

afterAll(async () => {
  for (const name of ['conflict', 'refine', 'first']) await deleteDataset(api.executor, `fx-details-${name}`);
});

describe("each source's count and place of an event", () => {
  it('shows the one count and place a single source gives', async () => {
    await load('first');
    const event = await summit();
    expect(event.place).toEqual({ id: 'country:fx-detailand' });
    expect(event.placeResolution).toBe('SINGLE');
    expect(event.quantity).toEqual({ unit: 'COUNTRIES', phrase: 'more than 150 countries', min: 151, max: null });
    expect(event.quantities).toEqual([
      {
        unit: 'COUNTRIES',
        resolution: 'SINGLE',
        value: { unit: 'COUNTRIES', phrase: 'more than 150 countries', min: 151, max: null },
        claims: [
          {
            shown: true,
            quantity: { phrase: 'more than 150 countries', min: 151, max: null },
            source: { id: 'src:fx-details-first', publisher: 'Fixture Daily', stored: false },
            evidence: [{ quote: 'Delegates from more than 150 countries meet in Detailand', statementKind: 'REPORTED_FACT' }],
          },
        ],
      },
    ]);
    expect(event.conflicts).toEqual([]);
  });

  it('refines both with a second source: a count within the range, a city within the country', async () => {
    await load('refine');
    const event = await summit();
    expect(event.place).toEqual({ id: 'city:fx-northport' });
    expect(event.inNorthport).toEqual([EVENT_ID]);
    expect(event.placeResolution).toBe('REFINED');
    expect(event.placeClaims.map((c: any) => [c.source.id, c.place.id, c.shown])).toEqual([
      ['src:fx-details-first', 'country:fx-detailand', false],
      ['src:fx-details-refine', 'city:fx-northport', true],
    ]);
    expect(countries(event)).toMatchObject({ resolution: 'REFINED', value: { phrase: '179 countries', min: 179, max: 179 } });
    expect(countries(event).claims.map((c: any) => [c.source.id, c.quantity.phrase, c.shown, c.evidence[0].quote])).toEqual([
      ['src:fx-details-first', 'more than 150 countries', false, 'Delegates from more than 150 countries meet in Detailand'],
      ['src:fx-details-refine', '179 countries', true, 'The summit of 179 countries opens in Northport'],
    ]);
    expect(event.conflicts).toEqual([]);
  });

  it('exposes conflicts naming both values and their sources, the shown values holding every value no source contradicts', async () => {
    await load('conflict');
    const event = await summit();
    // 179 and 196 cannot both be true; "more than 150" allows either: the range spans both, never one side.
    expect(countries(event)).toMatchObject({ resolution: 'CONFLICT', value: { unit: 'COUNTRIES', phrase: null, min: 179, max: 196 } });
    expect(countries(event).claims.every((c: any) => !c.shown)).toBe(true);
    // Northport and Southport lie in neither: the event shows the country that holds both.
    expect(event.place).toEqual({ id: 'country:fx-detailand' });
    expect(event.inNorthport).toEqual([]);
    expect(event.placeResolution).toBe('CONFLICT');
    expect(event.conflicts).toEqual([
      {
        field: 'PLACE',
        unit: null,
        values: [
          {
            value: 'city:fx-southport',
            quantity: null,
            place: { id: 'city:fx-southport' },
            source: { id: 'src:fx-details-conflict', publisher: 'Fixture Hebdo' },
            evidence: [{ quote: 'Les délégués de 196 pays se sont réunis à Southport' }],
          },
          {
            value: 'city:fx-northport',
            quantity: null,
            place: { id: 'city:fx-northport' },
            source: { id: 'src:fx-details-refine', publisher: 'Fixture Wire' },
            evidence: [{ quote: 'The summit of 179 countries opens in Northport' }],
          },
        ],
      },
      {
        field: 'QUANTITY',
        unit: 'COUNTRIES',
        values: [
          {
            value: '196',
            quantity: { phrase: '196 pays', min: 196, max: 196 },
            place: null,
            source: { id: 'src:fx-details-conflict', publisher: 'Fixture Hebdo' },
            evidence: [{ quote: 'Les délégués de 196 pays se sont réunis à Southport' }],
          },
          {
            value: '179',
            quantity: { phrase: '179 countries', min: 179, max: 179 },
            place: null,
            source: { id: 'src:fx-details-refine', publisher: 'Fixture Wire' },
            evidence: [{ quote: 'The summit of 179 countries opens in Northport' }],
          },
        ],
      },
    ]);
  });

  it('undoes a load that fails after placing the event: the graph is as before', async () => {
    await deleteDataset(api.executor, 'fx-details-conflict');
    const before = await exportGraph(api.executor);
    const failing = load('conflict', {
      afterBatch: ({ kind }) => {
        if (kind === 'Event (places)') throw new Error('the place step fails');
      },
    });
    await expect(failing).rejects.toThrow('the place step fails');
    expect(diffExports(before, await exportGraph(api.executor))).toEqual({ added: [], removed: [] });
    expect((await summit()).place).toEqual({ id: 'city:fx-northport' });
  });

  it('chooses again when a source goes, and a reload changes nothing', async () => {
    await load('conflict');
    await deleteDataset(api.executor, 'fx-details-conflict');
    let event = await summit();
    expect(event.place).toEqual({ id: 'city:fx-northport' });
    expect(countries(event)).toMatchObject({ resolution: 'REFINED', value: { min: 179, max: 179 } });
    const before = await exportGraph(api.executor);
    await load('refine');
    await load('first');
    expect(diffExports(before, await exportGraph(api.executor))).toEqual({ added: [], removed: [] });

    // A reload that changes a source's count and place replaces its claims: no stale value stays.
    const edited = await mkdtemp(join(tmpdir(), 'fx-details-'));
    try {
      const text = await readFile(join(FIXTURES, 'refine', 'dataset.yaml'), 'utf8');
      await writeFile(
        join(edited, 'dataset.yaml'),
        text
          .replaceAll('179 countries', 'some 180 countries')
          .replace('min: 179, max: 179', 'min: 180, max: 180')
          .replace('place: city:fx-northport', 'place: country:fx-detailand'),
      );
      await seedDataset(api.executor, edited, { datasetId: 'fx-details-refine', log: () => undefined });
    } finally {
      await rm(edited, { recursive: true, force: true });
    }
    event = await summit();
    expect(countries(event).claims.map((c: any) => [c.source.id, c.quantity.phrase])).toEqual([
      ['src:fx-details-first', 'more than 150 countries'],
      ['src:fx-details-refine', 'some 180 countries'],
    ]);
    expect(event.placeClaims.map((c: any) => [c.source.id, c.place.id])).toEqual([
      ['src:fx-details-first', 'country:fx-detailand'],
      ['src:fx-details-refine', 'country:fx-detailand'],
    ]);
    expect(event.place).toEqual({ id: 'country:fx-detailand' });
    expect(event.placeResolution).toBe('AGREED');
    await deleteDataset(api.executor, 'fx-details-refine');
    event = await summit();
    expect(event.place).toEqual({ id: 'country:fx-detailand' });
    expect(event.quantities.map((q: any) => [q.unit, q.resolution, q.value.min])).toEqual([['COUNTRIES', 'SINGLE', 151]]);
    expect(event.conflicts).toEqual([]);
  });
});
