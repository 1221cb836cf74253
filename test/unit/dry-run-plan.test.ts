import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseRange } from '../../src/domain/quantity-claims.js';
import { describeDetail, validateDataset, type DetailPlan } from '../../src/ingest/index.js';
import { datasetClaims } from '../../src/ingest/plan-claims.js';
import {
  planEventDetails,
  planRelationPeriod,
  type DateClaim,
  type EventClaims,
  type HeldEvent,
  type PlaceClaim,
  type QuantityClaim,
  type RoleClaim,
} from '../../src/ingest/plan-details.js';
import { containersAfterLoad, declaredContainment, placesWithin, type DeclaredContainment } from '../../src/ingest/plan-places.js';

/**
 * The dry run's judgement of each detail, pure (src/ingest/plan-*.ts): the claims a dataset's load would write, what
 * would change or be contested given the graph's claims, and the lines printed.
 * test/integration/dry-run-details.test.ts runs it against the graph.
 */

const DATASET = 'fx-plan';

const date = (dataset: string, sourceId: string, edtf: string, earliest: string, latest: string, phrase: string | null = null): DateClaim => ({
  dataset,
  sourceId,
  phrase,
  precision: 'INTERVAL',
  earliest,
  latest,
  edtf,
});
const place = (dataset: string, sourceId: string, placeId: string, within: readonly string[] = []): PlaceClaim => ({
  dataset,
  sourceId,
  placeId,
  within,
});
const count = (dataset: string, sourceId: string, phrase: string, min: number, max: number | null): QuantityClaim => ({
  dataset,
  sourceId,
  unit: 'DELEGATES',
  phrase,
  min,
  max,
});
const role = (dataset: string, sourceId: string, entityId: string, r: RoleClaim['role']): RoleClaim => ({ dataset, sourceId, entityId, role: r });

const none = { graph: [], dataset: [] };
const claims = (given: Partial<EventClaims>): EventClaims => ({ dates: none, places: none, quantities: none, roles: none, ...given });
const HELD: HeldEvent = { owner: 'fx-first', date: { phrase: null, edtf: null }, placeId: 'country:fx-a' };

describe('the claims a dataset would write', () => {
  const text = stringify({
    sources: [
      { id: 'src:fx-plan-1', language: 'en', title: 'One', publisher: 'P1', url: 'https://example.org/1', retrieved: { value: '2026-12-02' } },
      { id: 'src:fx-plan-2', language: 'en', title: 'Two', publisher: 'P2', url: 'https://example.org/2', retrieved: { value: '2026-12-02' } },
    ],
    excerpts: [
      { id: 'ex:fx-plan-dated', source: 'src:fx-plan-1', quote: 'On 3 May 2025, 40 delegates met in Aville' },
      { id: 'ex:fx-plan-undated', source: 'src:fx-plan-2', quote: 'The delegates met in Aville' },
      { id: 'ex:fx-plan-denied', source: 'src:fx-plan-2', quote: 'The agency was not there' },
      { id: 'ex:fx-plan-heads', source: 'src:fx-plan-1', quote: 'She has led the agency since 2020' },
    ],
    entities: [
      { id: 'city:fx-aville', kind: 'CITY', names: { en: 'Aville' } },
      { id: 'org:fx-agency', kind: 'ORGANIZATION', names: { en: 'Fixture Plan Agency' } },
      { id: 'person:fx-chief', kind: 'PERSON', names: { en: 'Fixture Plan Chief' } },
      { id: 'region:fx-plan-region', kind: 'REGION', names: { en: 'Fixture Plan Region' } },
      { id: 'country:fx-plan-land', kind: 'COUNTRY', names: { en: 'Fixture Planland' } },
    ],
    events: [
      {
        id: 'event:fx-plan-meeting',
        type: 'MULTILATERAL_MEETING',
        title: { en: 'Meeting' },
        date: { phrase: 'On 3 May 2025', value: '2025-05-03' },
        place: 'city:fx-aville',
        quantities: [{ unit: 'DELEGATES', phrase: '40 delegates', min: 40, max: 40 }],
        participants: [
          { entity: 'city:fx-aville', role: 'HOST', evidence: [{ excerpt: 'ex:fx-plan-undated', kind: 'REPORTED_FACT' }] },
          {
            entity: 'org:fx-agency',
            role: 'PARTICIPANT',
            evidence: [{ excerpt: 'ex:fx-plan-denied', kind: 'REPORTED_FACT', stance: 'DISPUTES' }],
          },
        ],
        evidence: [
          { excerpt: 'ex:fx-plan-dated', kind: 'REPORTED_FACT' },
          { excerpt: 'ex:fx-plan-undated', kind: 'REPORTED_FACT' },
        ],
      },
    ],
    relations: [
      {
        id: 'rel:fx-plan-heads',
        type: 'HEADS',
        from: 'person:fx-chief',
        to: 'org:fx-agency',
        since: { phrase: 'since 2020', value: '2020' },
        evidence: [{ excerpt: 'ex:fx-plan-heads', kind: 'REPORTED_FACT' }],
      },
      {
        id: 'rel:fx-plan-aville-in-region',
        type: 'LOCATED_IN',
        from: 'city:fx-aville',
        to: 'region:fx-plan-region',
        evidence: [{ excerpt: 'ex:fx-plan-undated', kind: 'REPORTED_FACT' }],
      },
      {
        id: 'rel:fx-plan-aville-in-land',
        type: 'LOCATED_IN',
        from: 'city:fx-aville',
        to: 'country:fx-plan-land',
        evidence: [{ excerpt: 'ex:fx-plan-undated', kind: 'REPORTED_FACT', stance: 'DISPUTES' }],
      },
    ],
  });
  const dataset = validateDataset({ id: DATASET, folder: `/datasets/${DATASET}`, files: [{ file: 'dataset.yaml', text }], sourceFiles: new Map() });

  it("are its load's evidence claims: a date and a count where their phrase is quoted, the place on every supporting quote", () => {
    const own = datasetClaims(dataset);
    const base = (sourceId: string) => ({ dataset: DATASET, sourceId });
    expect(own.dates.get('event:fx-plan-meeting')).toEqual([
      { ...base('src:fx-plan-1'), phrase: 'On 3 May 2025', precision: 'DAY', earliest: '2025-05-03', latest: '2025-05-03', edtf: '2025-05-03' },
    ]);
    expect(own.places.get('event:fx-plan-meeting')).toEqual([
      { ...base('src:fx-plan-1'), placeId: 'city:fx-aville' },
      { ...base('src:fx-plan-2'), placeId: 'city:fx-aville' },
    ]);
    expect(own.quantities.get('event:fx-plan-meeting')).toEqual([
      { ...base('src:fx-plan-1'), unit: 'DELEGATES', phrase: '40 delegates', min: 40, max: 40 },
    ]);
    // A participation only disputed makes no role claim.
    expect(own.roles.get('event:fx-plan-meeting')).toEqual([{ ...base('src:fx-plan-2'), entityId: 'city:fx-aville', role: 'HOST' }]);
    expect(own.since.get('rel:fx-plan-heads')).toEqual([
      { ...base('src:fx-plan-1'), phrase: 'since 2020', precision: 'YEAR', earliest: '2020-01-01', latest: '2020-12-31', edtf: '2020' },
    ]);
    expect(own.until.get('rel:fx-plan-heads')).toBeUndefined();
  });

  it('say where its places lie: its LOCATED_IN relations, and those it disputes', () => {
    const declared = declaredContainment(dataset);
    expect(declared.located).toEqual(
      new Map([['city:fx-aville', [{ placeId: 'region:fx-plan-region', relationId: 'rel:fx-plan-aville-in-region' }]]]),
    );
    expect(declared.disputed).toEqual(new Set(['rel:fx-plan-aville-in-land']));
    expect(declared.countries.has('city:fx-aville')).toBe(true);
  });
});

describe("what a load would do to an event's details", () => {
  it('reports each detail a second source refines, and nothing that stays as shown', () => {
    const details = planEventDetails(
      DATASET,
      { ...HELD, date: { phrase: '2025', edtf: '2025' } },
      claims({
        dates: {
          graph: [date('fx-first', 'src:a', '2025', '2025-01-01', '2025-12-31', '2025')],
          dataset: [date(DATASET, 'src:b', '2025-05', '2025-05-01', '2025-05-31', 'in May')],
        },
        places: { graph: [place('fx-first', 'src:a', 'country:fx-a')], dataset: [place(DATASET, 'src:b', 'city:fx-a1', ['country:fx-a'])] },
        quantities: {
          graph: [count('fx-first', 'src:a', 'dozens of delegates', 24, null)],
          dataset: [count(DATASET, 'src:b', '40 delegates', 40, 40)],
        },
        roles: {
          graph: [role('fx-first', 'src:a', 'person:fx-x', 'PARTICIPANT'), role('fx-first', 'src:a', 'country:fx-a', 'HOST')],
          dataset: [role(DATASET, 'src:b', 'person:fx-x', 'ORGANISER'), role(DATASET, 'src:b', 'country:fx-a', 'HOST')],
        },
      }),
    );
    expect(details.map(describeDetail)).toEqual([
      'date refined: "2025" (2025) → "in May" (2025-05)',
      'place refined: country:fx-a → city:fx-a1',
      'quantity DELEGATES refined: "dozens of delegates" (24..) → "40 delegates" (40)',
      'role of person:fx-x refined: PARTICIPANT → ORGANISER',
    ]);
  });

  it('reports each conflict with the values in conflict, their sources, and a shown value that takes no side', () => {
    const details = planEventDetails(
      DATASET,
      { ...HELD, placeId: 'city:fx-a1' },
      claims({
        places: {
          graph: [place('fx-first', 'src:a', 'country:fx-a'), place('fx-second', 'src:c', 'city:fx-a1', ['country:fx-a'])],
          dataset: [place(DATASET, 'src:b', 'city:fx-a2', ['country:fx-a'])],
        },
        quantities: { graph: [count('fx-first', 'src:a', '40 delegates', 40, 40)], dataset: [count(DATASET, 'src:b', '60 delegates', 60, 60)] },
        roles: { graph: [role('fx-first', 'src:a', 'person:fx-x', 'VISITOR')], dataset: [role(DATASET, 'src:b', 'person:fx-x', 'HOST')] },
      }),
    );
    expect(details.map(describeDetail)).toEqual([
      'place contested: src:b says city:fx-a2, src:c says city:fx-a1; the shown place would become country:fx-a, was city:fx-a1',
      'quantity DELEGATES contested: src:a says "40 delegates" (40), src:b says "60 delegates" (60); ' +
        'the shown quantity DELEGATES would become 40..60, was "40 delegates" (40)',
      'roles of person:fx-x contested: src:b says HOST, src:a says VISITOR; the shown roles of person:fx-x would become PARTICIPANT, were VISITOR',
    ]);
  });

  it("replaces the graph's claims of this dataset by its new ones: a reload that drops a count and moves the place", () => {
    const details = planEventDetails(
      DATASET,
      { owner: DATASET, date: { phrase: null, edtf: null }, placeId: 'city:fx-a1' },
      claims({
        places: {
          graph: [place(DATASET, 'src:b', 'city:fx-a1', ['country:fx-a'])],
          dataset: [place(DATASET, 'src:b', 'city:fx-a2', ['country:fx-a'])],
        },
        quantities: { graph: [count(DATASET, 'src:b', '40 delegates', 40, 40)], dataset: [] },
      }),
    );
    expect(details.map(describeDetail)).toEqual(['shown place: city:fx-a1 → city:fx-a2', 'shown quantity DELEGATES: "40 delegates" (40) → none']);
  });

  it('reports of an event the load creates only its conflicts', () => {
    const details = planEventDetails(
      DATASET,
      undefined,
      claims({
        places: { graph: [], dataset: [place(DATASET, 'src:b', 'city:fx-a1')] },
        quantities: { graph: [], dataset: [count(DATASET, 'src:b', '40 delegates', 40, 40), count(DATASET, 'src:c', '60 delegates', 60, 60)] },
        roles: { graph: [], dataset: [role(DATASET, 'src:b', 'person:fx-x', 'HOST')] },
      }),
    );
    expect(details.map(describeDetail)).toEqual([
      'quantity DELEGATES contested: src:b says "40 delegates" (40), src:c says "60 delegates" (60); the shown quantity DELEGATES would become 40..60, was none',
    ]);
  });
});

describe("what a load would do to a relation's period", () => {
  const since = (dataset: string, sourceId: string, year: string) => date(dataset, sourceId, year, `${year}-01-01`, `${year}-12-31`, `since ${year}`);
  const unset = { phrase: null, edtf: null };

  it('compares with the stored start when the graph keeps no claim of it', () => {
    const details = planRelationPeriod(
      DATASET,
      { owner: 'fx-first', since: { phrase: 'since 2019', edtf: '2019' }, until: unset },
      { since: { graph: [], dataset: [since(DATASET, 'src:b', '2017')] }, until: { graph: [], dataset: [] } },
      { since: { phrase: 'since 2017', edtf: '2017' }, until: unset },
    );
    // Without claims the graph shows its stored start; the load's claim alone decides the start then.
    expect(details.map(describeDetail)).toEqual(['shown period start: "since 2019" (2019) → "since 2017" (2017)']);
  });

  it('contests a start two sources disagree on; an end no source claims stays as stored', () => {
    const details = planRelationPeriod(
      DATASET,
      { owner: 'fx-first', since: { phrase: 'since 2019', edtf: '2019' }, until: { phrase: 'until 2023', edtf: '2023' } },
      {
        since: { graph: [since('fx-first', 'src:a', '2019')], dataset: [since(DATASET, 'src:b', '2017')] },
        until: { graph: [], dataset: [] },
      },
      { since: { phrase: 'since 2017', edtf: '2017' }, until: unset },
    );
    expect(details.map(describeDetail)).toEqual([
      'period start contested: src:a says "since 2019" (2019), src:b says "since 2017" (2017); the shown period start would become 2017-01-01/2019-12-31, was "since 2019" (2019)',
    ]);
  });
});

describe('the places a place lies in directly after a load', () => {
  const declared = (more: Partial<DeclaredContainment> = {}): DeclaredContainment => ({
    datasetId: DATASET,
    countries: new Map([
      ['city:fx-new', 'country:fx-k'],
      ['city:fx-own', 'country:fx-k2'],
      ['city:fx-theirs', 'country:fx-k2'],
    ]),
    located: new Map(),
    disputed: new Set(),
    ...more,
  });
  const inCountry = (placeId: string) => ({ placeId, country: true, relationId: null, disputed: false });
  const locatedIn = (placeId: string, relationId: string, disputed = false) => ({ placeId, country: false, relationId, disputed });

  it("are the dataset's country for an entity it creates or owns, the owner's for one another dataset owns", () => {
    expect(containersAfterLoad(declared(), 'city:fx-new', undefined)).toEqual(['country:fx-k']);
    expect(containersAfterLoad(declared(), 'city:fx-own', { owner: DATASET, containers: [inCountry('country:fx-k')] })).toEqual(['country:fx-k2']);
    expect(containersAfterLoad(declared(), 'city:fx-theirs', { owner: 'fx-first', containers: [inCountry('country:fx-k')] })).toEqual([
      'country:fx-k',
    ]);
  });

  it("add the dataset's LOCATED_IN relations, and drop those disputed, by the graph or by the dataset", () => {
    const held = {
      owner: 'fx-first',
      containers: [locatedIn('region:fx-r1', 'rel:fx-r1'), locatedIn('region:fx-r2', 'rel:fx-r2'), locatedIn('region:fx-r3', 'rel:fx-r3', true)],
    };
    const more = declared({
      located: new Map([
        [
          'city:fx-theirs',
          [
            { placeId: 'region:fx-r4', relationId: 'rel:fx-r4' },
            { placeId: 'region:fx-r3', relationId: 'rel:fx-r3' },
          ],
        ],
      ]),
      disputed: new Set(['rel:fx-r2']),
    });
    expect(containersAfterLoad(more, 'city:fx-theirs', held)).toEqual(['region:fx-r1', 'region:fx-r4']);
  });
});

describe('the places that contain a place', () => {
  const containers: Record<string, readonly string[]> = {
    'district:fx-d': ['city:fx-c'],
    'city:fx-c': ['region:fx-r', 'country:fx-k'],
    'region:fx-r': ['country:fx-k'],
    'country:fx-k': ['union:fx-u'],
    'union:fx-u': ['world:fx-w', 'district:fx-d'],
    'world:fx-w': ['beyond:fx-b'],
  };
  const of = (id: string) => containers[id] ?? [];

  it('are listed nearest first, then by id, each once, up to four steps', () => {
    expect(placesWithin('district:fx-d', of)).toEqual(['city:fx-c', 'country:fx-k', 'region:fx-r', 'union:fx-u', 'world:fx-w']);
    expect(placesWithin('union:fx-u', of)).toEqual(['district:fx-d', 'world:fx-w', 'beyond:fx-b', 'city:fx-c', 'country:fx-k', 'region:fx-r']);
    expect(placesWithin('beyond:fx-b', of)).toEqual([]);
  });
});

describe('the lines of the dry run', () => {
  it('say what changes otherwise: a first value, a participant new to the event', () => {
    const first: DetailPlan = {
      detail: 'roles',
      entityId: 'org:fx-o',
      before: [],
      after: ['ORGANISER', 'HOST'],
      resolution: 'SINGLE',
      conflicting: [],
    };
    expect(describeDetail(first)).toBe('shown roles of org:fx-o: none → ORGANISER, HOST');
    const dated: DetailPlan = {
      detail: 'date',
      before: { phrase: null, edtf: null },
      after: { phrase: 'in 2025', edtf: '2025' },
      resolution: 'SINGLE',
      conflicting: [],
    };
    expect(describeDetail(dated)).toBe('shown date: unknown → "in 2025" (2025)');
  });

  it('read a count range as evidence keeps it', () => {
    expect([parseRange('801..'), parseRange('11..20'), parseRange('196..196')]).toEqual([
      { min: 801, max: null },
      { min: 11, max: 20 },
      { min: 196, max: 196 },
    ]);
  });
});
