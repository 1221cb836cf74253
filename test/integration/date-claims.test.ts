import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteDataset, seedDataset } from '../../src/ingest/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { diffExports, exportGraph } from '../support/export.js';
import { useTestApi } from '../support/api.js';

// Each source's version of an event's date, through GraphQL: three small datasets of cited-only sources date one
// event "in 2025", "from 24 to 27 November 2025" and "le 3 mars 2025" (test/fixtures/seed/claims).

const api = useTestApi();
const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'seed', 'claims');
const load = (name: string) => seedDataset(api.executor, join(FIXTURES, name), { datasetId: `fx-claims-${name}`, log: () => undefined });
const EVENT_ID = 'event:fx-claims-summit';

const QUERY = `query($id: ID!) {
  event(id: $id) {
    date { phrase precision earliest latest edtf }
    dateResolution
    dateClaims { shown date { phrase edtf earliest latest } source { id publisher stored text url retrieved { edtf } } evidence { quote start end statementKind } }
    conflicts { field values { value date { phrase } source { id publisher } evidence { quote } } }
    participants { role entity { id } status }
  }
}`;

async function event() {
  const { data, errors } = await api.run(QUERY, { id: EVENT_ID });
  expect(errors).toBeUndefined();
  return data?.event;
}

afterAll(async () => {
  for (const name of ['conflict', 'refine', 'first']) await deleteDataset(api.executor, `fx-claims-${name}`);
});

describe("each source's version of an event's date", () => {
  it('shows the one date a single source gives, from a source cited, not stored', async () => {
    await load('first');
    const summit = await event();
    expect(summit).toMatchObject({ date: { phrase: 'in 2025', edtf: '2025' }, dateResolution: 'SINGLE', conflicts: [] });
    expect(summit.dateClaims).toEqual([
      {
        shown: true,
        date: { phrase: 'in 2025', edtf: '2025', earliest: '2025-01-01', latest: '2025-12-31' },
        source: {
          id: 'src:fx-claims-first',
          publisher: 'Fixture Daily',
          stored: false,
          text: null,
          url: 'https://example.org/fx-claims-first',
          retrieved: { edtf: '2026-12-02' },
        },
        evidence: [{ quote: 'Claimland hosts the security summit in 2025', start: null, end: null, statementKind: 'REPORTED_FACT' }],
      },
    ]);
  });

  it('refines the date with a second source, keeping both values with their quotes', async () => {
    await load('refine');
    const summit = await event();
    expect(summit.date).toEqual({
      phrase: 'from 24 to 27 November 2025',
      precision: 'INTERVAL',
      earliest: '2025-11-24',
      latest: '2025-11-27',
      edtf: '2025-11-24/2025-11-27',
    });
    expect(summit.dateResolution).toBe('REFINED');
    expect(summit.conflicts).toEqual([]);
    expect(summit.dateClaims.map((c: any) => [c.source.id, c.date.edtf, c.shown, c.evidence[0].quote])).toEqual([
      ['src:fx-claims-first', '2025', false, 'Claimland hosts the security summit in 2025'],
      ['src:fx-claims-refine', '2025-11-24/2025-11-27', true, 'The summit runs from 24 to 27 November 2025 in Claimland'],
    ]);
    // The participation both sources report is one fact, corroborated by two publishers.
    expect(summit.participants).toEqual([{ role: 'HOST', entity: { id: 'country:fx-claimland' }, status: 'CORROBORATED' }]);
  });

  it('exposes a conflict naming both values and their sources, with bounds that span them', async () => {
    await load('conflict');
    const summit = await event();
    expect(summit.dateResolution).toBe('CONFLICT');
    expect(summit.date).toEqual({ phrase: null, precision: 'INTERVAL', earliest: '2025-03-03', latest: '2025-11-27', edtf: '2025-03-03/2025-11-27' });
    expect(summit.conflicts).toEqual([
      {
        field: 'DATE',
        values: [
          {
            value: '2025-03-03',
            date: { phrase: 'le 3 mars 2025' },
            source: { id: 'src:fx-claims-conflict', publisher: 'Fixture Hebdo' },
            evidence: [{ quote: "Le sommet s'est tenu le 3 mars 2025 en Claimland" }],
          },
          {
            value: '2025-11-24/2025-11-27',
            date: { phrase: 'from 24 to 27 November 2025' },
            source: { id: 'src:fx-claims-refine', publisher: 'Fixture Wire' },
            evidence: [{ quote: 'The summit runs from 24 to 27 November 2025 in Claimland' }],
          },
        ],
      },
    ]);
    expect(summit.dateClaims.every((c: any) => !c.shown)).toBe(true);
  });

  it('dates the event again when a source goes, and a reload changes nothing', async () => {
    await deleteDataset(api.executor, 'fx-claims-conflict');
    expect((await event()).date).toMatchObject({ phrase: 'from 24 to 27 November 2025', edtf: '2025-11-24/2025-11-27' });
    const before = await exportGraph(api.executor);
    await load('refine');
    await load('first');
    expect(diffExports(before, await exportGraph(api.executor))).toEqual({ added: [], removed: [] });
    await deleteDataset(api.executor, 'fx-claims-refine');
    expect((await event()).date).toMatchObject({ phrase: 'in 2025', edtf: '2025', precision: 'YEAR', earliest: '2025-01-01' });
  });
});
