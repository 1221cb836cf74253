import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteDataset, seedDataset } from '../../src/ingest/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { diffExports, exportGraph } from '../support/export.js';
import { useTestApi } from '../support/api.js';

// Each source's role for a participant and each source's period of a relation, through GraphQL: three small datasets
// of cited-only sources (test/fixtures/seed/roles) have an envoy take part in a visit, then be its VISITOR, then its
// HOST, and head an agency since 2019, since March 2019 (until 2023), then since 2017.

const api = useTestApi();
const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'seed', 'roles');
const load = (name: string, options: Parameters<typeof seedDataset>[2] = {}) =>
  seedDataset(api.executor, join(FIXTURES, name), { datasetId: `fx-roles-${name}`, log: () => undefined, ...options });
const ENVOY = 'person:fx-roles-envoy';

const QUERY = `query($envoy: ID!) {
  event(id: "event:fx-roles-visit") {
    participants { role entity { id } }
    participantRoles {
      entity { id }
      roles
      resolution
      claims { role shown source { id publisher } evidence { quote } }
    }
    conflicts { field entity { id } values { value role entity { id } source { id publisher url } evidence { quote statementKind } } }
  }
  relation(id: "rel:fx-roles-envoy-heads-agency") {
    since { phrase precision earliest latest }
    sinceResolution
    sinceClaims { shown date { phrase edtf } source { id } evidence { quote } }
    until { phrase precision earliest latest }
    untilResolution
    untilClaims { shown date { phrase edtf } source { id } }
    conflicts { field values { value date { phrase edtf } source { id publisher } evidence { quote } } }
  }
  entity(id: $envoy) { names { en fr } aliases { text language } }
  timeline(entityId: $envoy, first: 5) { edges { node { roles event { id } } } }
  neighborhood(entityId: $envoy, depth: 1) { edges { source target type role } }
}`;

async function read() {
  const { data, errors } = await api.run(QUERY, { envoy: ENVOY });
  expect(errors).toBeUndefined();
  const envoy = data?.event.participantRoles.find((p: any) => p.entity.id === ENVOY);
  return { ...data, envoy } as any;
}

const envoyEdges = (data: any) =>
  data.neighborhood.edges.filter((e: any) => e.type === 'PARTICIPATED_IN' && e.source === ENVOY).map((e: any) => e.role);

afterAll(async () => {
  for (const name of ['conflict', 'refine', 'first']) await deleteDataset(api.executor, `fx-roles-${name}`);
});

describe("each source's role for a participant and period of a relation", () => {
  it('shows the role and period a single source gives', async () => {
    await load('first');
    const data = await read();
    expect(data.envoy).toEqual({
      entity: { id: ENVOY },
      roles: ['PARTICIPANT'],
      resolution: 'SINGLE',
      claims: [
        {
          role: 'PARTICIPANT',
          shown: true,
          source: { id: 'src:fx-roles-first', publisher: 'Fixture Daily' },
          evidence: [{ quote: 'The envoy took part in the visit to Hostland' }],
        },
      ],
    });
    expect(data.event.conflicts).toEqual([]);
    expect(data.relation).toMatchObject({
      since: { phrase: 'since 2019', precision: 'YEAR', earliest: '2019-01-01', latest: '2019-12-31' },
      sinceResolution: 'SINGLE',
      sinceClaims: [{ shown: true, date: { phrase: 'since 2019', edtf: '2019' }, source: { id: 'src:fx-roles-first' } }],
      until: null,
      untilResolution: 'UNKNOWN',
      untilClaims: [],
      conflicts: [],
    });
    expect(data.entity.aliases).toEqual([{ text: 'Envoy Fixture', language: 'EN' }]);
  });

  it("refines PARTICIPANT by another source's VISITOR, shown once in the timeline and the graph, and refines the period", async () => {
    await load('refine');
    const data = await read();
    expect(data.envoy).toMatchObject({ roles: ['VISITOR'], resolution: 'REFINED' });
    expect(data.envoy.claims.map((c: any) => [c.role, c.source.id, c.shown])).toEqual([
      ['VISITOR', 'src:fx-roles-refine', true],
      ['PARTICIPANT', 'src:fx-roles-first', false],
    ]);
    // Both participations stay facts of their own; the views show the envoy's part once, as precisely as known.
    expect(data.event.participants.filter((p: any) => p.entity.id === ENVOY).map((p: any) => p.role)).toEqual(['PARTICIPANT', 'VISITOR']);
    expect(data.timeline.edges.map((e: any) => [e.node.event.id, e.node.roles])).toEqual([['event:fx-roles-visit', ['VISITOR']]]);
    expect(envoyEdges(data)).toEqual(['VISITOR']);
    // Hostland's HOST is agreed by both sources.
    expect(data.event.participantRoles.find((p: any) => p.entity.id === 'country:fx-roles-hostland')).toMatchObject({
      roles: ['HOST'],
      resolution: 'AGREED',
    });
    expect(data.event.conflicts).toEqual([]);
    expect(data.relation).toMatchObject({
      since: { phrase: 'since March 2019', precision: 'MONTH', earliest: '2019-03-01', latest: '2019-03-31' },
      sinceResolution: 'REFINED',
      until: { phrase: 'until 2023', precision: 'YEAR', earliest: '2023-01-01', latest: '2023-12-31' },
      untilResolution: 'SINGLE',
      conflicts: [],
    });
    expect(data.relation.sinceClaims.map((c: any) => [c.source.id, c.date.edtf, c.shown])).toEqual([
      ['src:fx-roles-first', '2019', false],
      ['src:fx-roles-refine', '2019-03', true],
    ]);
    // The names and aliases the second dataset merged into the envoy are its aliases too.
    expect(data.entity.names).toEqual({ en: 'Fixture Envoy', fr: null });
    expect(data.entity.aliases).toEqual([
      { text: 'Envoy Fixture', language: 'EN' },
      { text: 'Envoy Fixtura', language: 'EN' },
      { text: 'Émissaire Fixture', language: 'FR' },
    ]);
  });

  it('exposes a role conflict and a period conflict with every source, value and quote, never narrowing to one side', async () => {
    await load('conflict');
    const data = await read();
    // HOST and VISITOR cannot both hold: neither is shown; every source says the envoy took part.
    expect(data.envoy).toMatchObject({ roles: ['PARTICIPANT'], resolution: 'CONFLICT' });
    expect(data.envoy.claims.every((c: any) => c.role === 'PARTICIPANT' || !c.shown)).toBe(true);
    expect(data.event.conflicts).toEqual([
      {
        field: 'PARTICIPANT_ROLE',
        entity: { id: ENVOY },
        values: [
          {
            value: 'HOST',
            role: 'HOST',
            entity: { id: ENVOY },
            source: { id: 'src:fx-roles-conflict', publisher: 'Fixture Hebdo', url: 'https://example.org/fx-roles-conflict' },
            evidence: [{ quote: "L'émissaire a reçu la délégation à Hostland", statementKind: 'REPORTED_FACT' }],
          },
          {
            value: 'VISITOR',
            role: 'VISITOR',
            entity: { id: ENVOY },
            source: { id: 'src:fx-roles-refine', publisher: 'Fixture Wire', url: 'https://example.org/fx-roles-refine' },
            evidence: [{ quote: 'Envoy Fixtura arrived in Hostland as its guest', statementKind: 'REPORTED_FACT' }],
          },
        ],
      },
    ]);
    // 2017 contradicts 2019 and March 2019: the start shown spans them, with no phrase.
    expect(data.relation).toMatchObject({
      since: { phrase: null, precision: 'INTERVAL', earliest: '2017-01-01', latest: '2019-12-31' },
      sinceResolution: 'CONFLICT',
      untilResolution: 'SINGLE',
    });
    expect(data.relation.sinceClaims.every((c: any) => !c.shown)).toBe(true);
    expect(data.relation.conflicts).toEqual([
      {
        field: 'SINCE',
        values: [
          {
            value: '2019',
            date: { phrase: 'since 2019', edtf: '2019' },
            source: { id: 'src:fx-roles-first', publisher: 'Fixture Daily' },
            evidence: [{ quote: 'The envoy has headed the Fixture Agency since 2019' }],
          },
          {
            value: '2017',
            date: { phrase: 'depuis 2017', edtf: '2017' },
            source: { id: 'src:fx-roles-conflict', publisher: 'Fixture Hebdo' },
            evidence: [{ quote: "L'émissaire dirige l'Agence Fixture depuis 2017" }],
          },
          {
            value: '2019-03',
            date: { phrase: 'since March 2019', edtf: '2019-03' },
            source: { id: 'src:fx-roles-refine', publisher: 'Fixture Wire' },
            evidence: [{ quote: 'Envoy Fixtura, head of the Fixture Agency since March 2019 and until 2023' }],
          },
        ],
      },
    ]);
  });

  it('undoes a failed load, chooses again when a source goes, and a reload changes nothing', async () => {
    await deleteDataset(api.executor, 'fx-roles-conflict');
    const before = await exportGraph(api.executor);
    const failing = load('conflict', {
      afterBatch: ({ kind }) => {
        if (kind === 'Evidence') throw new Error('the evidence step fails');
      },
    });
    await expect(failing).rejects.toThrow('the evidence step fails');
    expect(diffExports(before, await exportGraph(api.executor))).toEqual({ added: [], removed: [] });
    let data = await read();
    expect(data.envoy).toMatchObject({ roles: ['VISITOR'], resolution: 'REFINED' });
    expect(data.relation).toMatchObject({ sinceResolution: 'REFINED', conflicts: [] });

    await load('refine');
    await load('first');
    expect(diffExports(before, await exportGraph(api.executor))).toEqual({ added: [], removed: [] });

    await deleteDataset(api.executor, 'fx-roles-refine');
    data = await read();
    expect(data.envoy).toMatchObject({ roles: ['PARTICIPANT'], resolution: 'SINGLE' });
    expect(data.relation).toMatchObject({ since: { phrase: 'since 2019' }, sinceResolution: 'SINGLE', until: null, conflicts: [] });
    expect(data.entity.aliases).toEqual([{ text: 'Envoy Fixture', language: 'EN' }]);
    expect(envoyEdges(data)).toEqual(['PARTICIPANT']);
  });
});
