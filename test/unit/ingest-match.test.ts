import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { GraphEntity } from '../../src/db/ingest/match.js';
import { matchEntities, rewriteDataset, validateDataset, type Dataset, type GraphView } from '../../src/ingest/index.js';
import { nameKey } from '../../src/search/normalize.js';

/**
 * Entity resolution across datasets, pure: a dataset's entities against a graph given by hand (what the matching
 * statements of src/db/ingest/match.ts would return). test/integration/entity-matching.test.ts runs it end to end.
 */

const HAMMOUCHI: GraphEntity = {
  id: 'person:abdellatif-hammouchi',
  kind: 'PERSON',
  names: ['Abdellatif Hammouchi', 'عبد اللطيف حموشي'],
  wikidata: 'Q9000001',
  declaredByOthers: true,
  datasets: ['article'],
};
const NAMESAKE: GraphEntity = {
  id: 'person:other-hammouchi',
  kind: 'PERSON',
  names: ['Hamouchi'],
  wikidata: null,
  declaredByOthers: true,
  datasets: ['b'],
};
const MARRAKECH: GraphEntity = {
  id: 'city:marrakech',
  kind: 'CITY',
  names: ['Marrakesh'],
  wikidata: 'Q101625',
  declaredByOthers: true,
  datasets: ['article'],
};

/** The graph: entities by id, by Wikidata id and by the name keys of their names. */
function graph(entities: readonly GraphEntity[], names: Record<string, readonly string[]> = {}): GraphView {
  const byNameKey = new Map<string, GraphEntity[]>();
  for (const entity of entities) {
    for (const name of [...entity.names, ...(names[entity.id] ?? [])]) {
      const list = byNameKey.get(nameKey(name)) ?? [];
      if (!list.includes(entity)) byNameKey.set(nameKey(name), [...list, entity]);
    }
  }
  return {
    byId: new Map(entities.map((entity) => [entity.id, entity])),
    byWikidata: new Map(entities.flatMap((entity) => (entity.wikidata === null ? [] : [[entity.wikidata, [entity]] as const]))),
    byNameKey,
  };
}

/** A one-source dataset: its entities (edited), an event in Marrakech with each entity as participant, a relation. */
function dataset(entities: Record<string, unknown>[]): Dataset {
  const text = stringify({
    sources: [{ id: 'src:fx-match', language: 'en', title: 'Match', url: 'https://example.org/m', retrieved: { value: '2026-01-02' } }],
    excerpts: [{ id: 'ex:fx-match', source: 'src:fx-match', quote: 'Hamouchi opened the session in Marrakesh' }],
    entities: [{ id: 'city:fx-marrakesh', kind: 'CITY', names: { en: 'Marrakesh' }, wikidata: 'Q101625' }, ...entities],
    events: [
      {
        id: 'event:fx-match-session',
        type: 'MULTILATERAL_MEETING',
        title: { en: 'Session' },
        place: 'city:fx-marrakesh',
        participants: entities.map((e) => ({ entity: e['id'], role: 'PARTICIPANT', evidence: [{ excerpt: 'ex:fx-match', kind: 'REPORTED_FACT' }] })),
        evidence: [{ excerpt: 'ex:fx-match', kind: 'REPORTED_FACT' }],
      },
    ],
    relations: entities.map((e, i) => ({
      id: `rel:fx-match-${i}`,
      type: 'LOCATED_IN',
      from: e['id'],
      to: 'city:fx-marrakesh',
      evidence: [{ excerpt: 'ex:fx-match', kind: 'ATTRIBUTED_CLAIM', attributedTo: e['id'] }],
    })),
  });
  return validateDataset({ id: 'fx-match', folder: '/datasets/fx-match', files: [{ file: 'dataset.yaml', text }], sourceFiles: new Map() });
}

const hamouchi = (more: Record<string, unknown> = {}) => ({ id: 'person:hamouchi', kind: 'PERSON', names: { en: 'Hamouchi' }, ...more });

describe('matching a dataset to the graph', () => {
  it('merges an entity by Wikidata id whatever its id, and rewrites every reference to it', () => {
    const data = dataset([hamouchi({ wikidata: 'Q9000001' })]);
    const { resolutions, problems } = matchEntities(data, graph([HAMMOUCHI, MARRAKECH, NAMESAKE]));
    expect(problems).toEqual([]);
    expect(resolutions.map((r) => [r.entity.spec.id, r.outcome, r.id, r.by])).toEqual([
      ['city:fx-marrakesh', 'merged', 'city:marrakech', 'wikidata'],
      ['person:hamouchi', 'merged', 'person:abdellatif-hammouchi', 'wikidata'],
    ]);
    const written = rewriteDataset(data, resolutions);
    expect(written.entities.map((e) => e.spec.id)).toEqual(['city:marrakech', 'person:abdellatif-hammouchi']);
    const [event] = written.events;
    expect(event?.spec.place).toBe('city:marrakech');
    expect(event?.spec.participants.map((p) => p.entity)).toEqual(['person:abdellatif-hammouchi']);
    const [relation] = written.relations;
    expect([relation?.spec.from, relation?.spec.to, relation?.spec.evidence[0]?.attributedTo]).toEqual([
      'person:abdellatif-hammouchi',
      'city:marrakech',
      'person:abdellatif-hammouchi',
    ]);
    // Names and mentions stay the dataset's, now on the entity of the graph.
    expect(written.entities[1]?.spec.names).toEqual({ en: 'Hamouchi' });
  });

  it('refuses a new entity whose name matches an entity of the graph, listing every candidate and both ways out', () => {
    const { problems } = matchEntities(dataset([hamouchi()]), graph([HAMMOUCHI, MARRAKECH, NAMESAKE], { [HAMMOUCHI.id]: ['Hammouchi'] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'dataset.yaml', path: 'entities[1]' });
    expect(problems[0]?.message).toBe(
      'person:hamouchi ("Hamouchi") is new to the graph, but the graph holds 2 entities with the same name, and nothing says whether it ' +
        'is one of them: person:abdellatif-hammouchi ("Abdellatif Hammouchi", "عبد اللطيف حموشي"; Wikidata Q9000001; declared by article), ' +
        'by the name "Hamouchi"; person:other-hammouchi ("Hamouchi"; no Wikidata id; declared by b), by the name "Hamouchi". If it is, add ' +
        '"sameAs: <its id>" to it (or use its id); if it is not, add "distinct: [person:abdellatif-hammouchi, person:other-hammouchi]".',
    );
  });

  it('matches names whole, through search folding: spellings and transliterations, not a shared word', () => {
    const view = graph([HAMMOUCHI]);
    const refused = (names: Record<string, string>) => matchEntities(dataset([{ id: 'person:x', kind: 'PERSON', names }]), view).problems.length;
    expect(refused({ en: 'Abdellatif Hamouchi' })).toBe(1);
    expect(refused({ fr: 'Abdel Latif Hammouchi' })).toBe(1);
    expect(refused({ ar: 'عبداللطيف حموشي' })).toBe(1);
    expect(refused({ en: 'Abdellatif Other' })).toBe(0);
  });

  it('lets sameAs merge, and distinct or another Wikidata id through as a new entity', () => {
    const view = graph([HAMMOUCHI, MARRAKECH, NAMESAKE], { [HAMMOUCHI.id]: ['Hamouchi'] });
    const sameAs = matchEntities(dataset([hamouchi({ sameAs: HAMMOUCHI.id, distinct: [NAMESAKE.id] })]), view);
    expect(sameAs.problems).toEqual([]);
    expect(sameAs.resolutions[1]).toMatchObject({ outcome: 'merged', id: HAMMOUCHI.id, by: 'sameAs' });

    const distinct = matchEntities(dataset([hamouchi({ distinct: [HAMMOUCHI.id, NAMESAKE.id] })]), view);
    expect(distinct.problems).toEqual([]);
    expect(distinct.resolutions[1]).toMatchObject({ outcome: 'new', id: 'person:hamouchi' });
    expect(distinct.resolutions[1]?.setAside.map((s) => [s.entity.id, s.why])).toEqual([
      [HAMMOUCHI.id, 'distinct'],
      [NAMESAKE.id, 'distinct'],
    ]);

    // Another Wikidata id tells them apart; an entity without one is still a candidate.
    const other = matchEntities(dataset([hamouchi({ wikidata: 'Q9000002', distinct: [NAMESAKE.id] })]), view);
    expect(other.problems).toEqual([]);
    expect(other.resolutions[1]?.setAside.map((s) => [s.entity.id, s.why])).toEqual([
      [HAMMOUCHI.id, 'wikidata'],
      [NAMESAKE.id, 'distinct'],
    ]);
    expect(matchEntities(dataset([hamouchi({ wikidata: 'Q9000002' })]), view).problems.map((p) => p.path)).toEqual(['entities[1]']);
  });

  it('refuses conflicting evidence: two Wikidata ids for a sameAs pair, Wikidata naming one entity and sameAs another', () => {
    const view = graph([HAMMOUCHI, MARRAKECH, NAMESAKE]);
    const twoIds = matchEntities(dataset([hamouchi({ sameAs: HAMMOUCHI.id, wikidata: 'Q9000002' })]), view).problems;
    expect(twoIds).toEqual([
      expect.objectContaining({
        path: 'entities[1].wikidata',
        message: expect.stringMatching(/has Wikidata Q9000002, but person:abdellatif-hammouchi .* has Q9000001/),
      }),
    ]);
    const crossed = matchEntities(dataset([hamouchi({ sameAs: NAMESAKE.id, wikidata: 'Q9000001' })]), view).problems;
    expect(crossed).toEqual([
      expect.objectContaining({
        path: 'entities[1].wikidata',
        message: expect.stringMatching(/is person:other-hammouchi \(sameAs\), but its Wikidata id Q9000001 is that of person:abdellatif-hammouchi/),
      }),
    ]);
    const listedDistinct = matchEntities(dataset([hamouchi({ wikidata: 'Q9000001', distinct: [HAMMOUCHI.id] })]), view).problems;
    expect(listedDistinct.map((p) => p.path)).toEqual(['entities[1].distinct']);
  });

  it('refuses a sameAs the graph does not hold, a merge across kinds, and two entities of the dataset that would be one', () => {
    const view = graph([HAMMOUCHI, MARRAKECH]);
    expect(matchEntities(dataset([hamouchi({ sameAs: 'person:nobody' })]), view).problems).toEqual([
      expect.objectContaining({ path: 'entities[1].sameAs', message: expect.stringMatching(/the graph holds no entity "person:nobody"/) }),
    ]);
    const org = { id: 'org:hammouchi', kind: 'ORGANIZATION', names: { en: 'Office' }, wikidata: 'Q9000001' };
    expect(matchEntities(dataset([org]), view).problems.map((p) => p.path)).toEqual(['entities[1].kind']);
    const twice = matchEntities(
      dataset([hamouchi({ wikidata: 'Q9000001' }), { id: 'person:hammouchi-2', kind: 'PERSON', names: { en: 'H.' }, sameAs: HAMMOUCHI.id }]),
      view,
    );
    expect(twice.problems).toEqual([
      expect.objectContaining({
        path: 'entities[2].id',
        message: expect.stringMatching(/would be merged into "person:abdellatif-hammouchi", and so is person:hamouchi/),
      }),
    ]);
  });

  it('joins an entity under its own id, and checks its Wikidata id there too', () => {
    const same = dataset([{ id: HAMMOUCHI.id, kind: 'PERSON', names: { en: 'Abdellatif Hammouchi' } }]);
    const { resolutions, problems } = matchEntities(same, graph([HAMMOUCHI, MARRAKECH]));
    expect(problems).toEqual([]);
    expect(resolutions[1]).toMatchObject({ outcome: 'merged', id: HAMMOUCHI.id, by: 'id' });
    const wrong = dataset([{ id: HAMMOUCHI.id, kind: 'PERSON', names: { en: 'Abdellatif Hammouchi' }, wikidata: 'Q9000002' }]);
    expect(matchEntities(wrong, graph([HAMMOUCHI, MARRAKECH])).problems.map((p) => p.path)).toEqual(['entities[1].wikidata']);
  });

  it('does not match what only this dataset declares (a re-load, or an id it renamed)', () => {
    const own = { ...HAMMOUCHI, declaredByOthers: false, datasets: ['fx-match'] };
    const { resolutions, problems } = matchEntities(dataset([hamouchi()]), graph([own, MARRAKECH], { [own.id]: ['Hamouchi'] }));
    expect(problems).toEqual([]);
    expect(resolutions[1]).toMatchObject({ outcome: 'new', id: 'person:hamouchi' });
  });

  it('validates sameAs and distinct against the dataset itself', () => {
    expect(() => dataset([hamouchi({ sameAs: 'person:hamouchi' })])).toThrow(/entities\[1\]\.sameAs: names the entity itself/);
    expect(() => dataset([hamouchi({ sameAs: 'city:fx-marrakesh' })])).toThrow(/declared in this dataset too/);
    expect(() => dataset([hamouchi({ sameAs: HAMMOUCHI.id, distinct: [HAMMOUCHI.id] })])).toThrow(/is also its sameAs/);
  });
});

describe('nameKey', () => {
  it('gives one key to the spellings of one name, and different keys to different names', () => {
    expect(nameKey('Abdellatif Hammouchi')).toBe(nameKey('Abdel Latif Hamouchi'));
    expect(nameKey('عبد اللطيف حموشي')).toBe(nameKey('عبداللطيف حموشي'));
    expect(nameKey('الإنتربول')).toBe(nameKey('أنتربول'));
    expect(nameKey('Direction générale de la Sûreté nationale')).toBe(nameKey('DIRECTION GENERALE DE LA SURETE NATIONALE'));
    expect(nameKey('Marrakech')).toBe(nameKey('Marrakesh'));
    expect(nameKey('Hammouchi')).not.toBe(nameKey('Abdellatif Hammouchi'));
    expect(nameKey('…')).toBe('');
  });
});
