import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { assessStatus, independenceKeys, type StatusEvidence } from '../../src/domain/status.js';
import { DatasetError, validateDataset, type DatasetProblem } from '../../src/ingest/index.js';
import { eventRows, participationRows, provenanceOf, relationRows, sourceRows } from '../../src/ingest/rows.js';

/**
 * The status rule (src/domain/status.ts) on small datasets made for it: sources with or without a publisher, that
 * relay one another or an agency wire, reporting one fact with evidence of different kinds. The rows are what every
 * load path writes (transactional, bulk, import tool); test/integration/status.test.ts checks that a fact shared by
 * two datasets, recomputed in the graph, gets the same answer.
 */

interface SourceSketch {
  readonly id: string;
  readonly publisher?: string;
  readonly relays?: string;
}

interface EvidenceSketch {
  readonly source: string;
  readonly kind: string;
  readonly stance?: string;
  readonly note?: string;
}

const TEXT = 'The Fixture Summit took place in Fixtown.';

/** A dataset: one text per source, one excerpt of each, and one event with a participant and a relation cited by `evidence`. */
function sketch(sources: readonly SourceSketch[], evidence: readonly EvidenceSketch[]) {
  const excerptOf = (source: string) => `ex:${source.slice(4)}`;
  const items = evidence.map(({ source, kind, stance, note }) => ({
    excerpt: excerptOf(source),
    kind,
    ...(stance ? { stance } : {}),
    ...(kind === 'ATTRIBUTED_CLAIM' ? { attributedTo: 'org:fx-ministry' } : {}),
    ...(note ? { note } : kind === 'INFERENCE' ? { note: 'follows from the quote' } : {}),
  }));
  const content = {
    sources: sources.map(({ id, publisher, relays }) => ({
      id,
      file: `${id.slice(4)}.txt`,
      language: 'en',
      title: id,
      ...(publisher ? { publisher } : {}),
      ...(relays ? { relays } : {}),
    })),
    excerpts: sources.map(({ id }) => ({ id: excerptOf(id), source: id, start: 0, end: TEXT.length, quote: TEXT })),
    entities: [
      { id: 'country:fx-land', kind: 'COUNTRY', names: { en: 'Fixland' } },
      { id: 'city:fx-town', kind: 'CITY', names: { en: 'Fixtown' } },
      { id: 'org:fx-ministry', kind: 'ORGANIZATION', names: { en: 'Fixture Ministry' } },
    ],
    events: [
      {
        id: 'event:fx-summit',
        type: 'MULTILATERAL_MEETING',
        title: { en: 'Fixture Summit' },
        participants: [{ entity: 'city:fx-town', role: 'HOST', evidence: items }],
        evidence: items,
      },
    ],
    relations: [{ id: 'rel:fx-town-in-land', type: 'LOCATED_IN', from: 'city:fx-town', to: 'country:fx-land', evidence: items }],
  };
  return {
    id: 'fx-status',
    folder: '/datasets/fx-status',
    files: [{ file: 'dataset.yaml', text: stringify(content) }],
    sourceFiles: new Map(sources.map(({ id }) => [`${id.slice(4)}.txt`, { text: TEXT }])),
  };
}

/** The derived properties the loader writes for the event, its participation and its relation (all three alike). */
function derived(sources: readonly SourceSketch[], evidence: readonly EvidenceSketch[]) {
  const dataset = validateDataset(sketch(sources, evidence));
  const provenance = provenanceOf(dataset);
  const [event] = [...eventRows(dataset, provenance)];
  const [participation] = [...participationRows(dataset, provenance)];
  const [relation] = [...relationRows(dataset, provenance)];
  expect(participation?.derived).toEqual(event?.derived);
  expect(relation?.derived).toEqual(event?.derived);
  return event?.derived;
}

const reported = (source: string): EvidenceSketch => ({ source, kind: 'REPORTED_FACT' });

describe('a fact is CORROBORATED', () => {
  it('when two independent sources report it as a fact', () => {
    expect(
      derived(
        [
          { id: 'src:gazette', publisher: 'Fixture Gazette' },
          { id: 'src:echo', publisher: 'Echo Weekly' },
        ],
        [reported('src:gazette'), reported('src:echo')],
      ),
    ).toEqual({
      status: 'CORROBORATED',
      statusReason: 'INDEPENDENT_REPORTS',
      statementKinds: ['REPORTED_FACT'],
      sourceIds: ['src:echo', 'src:gazette'],
      sourceVerdicts: ['COUNTED', 'COUNTED'],
    });
  });

  it('when a source relays a wire and another reports on its own, and a forecast, claim or evaluation beside them changes nothing', () => {
    const sources = [
      { id: 'src:paper', publisher: 'Daily Paper', relays: 'AFP' },
      { id: 'src:radio', publisher: 'Fixture Radio' },
      { id: 'src:blog', publisher: 'A Blog' },
    ];
    expect(derived(sources, [reported('src:paper'), reported('src:radio'), { source: 'src:blog', kind: 'FORECAST' }])).toMatchObject({
      status: 'CORROBORATED',
      statusReason: 'INDEPENDENT_REPORTS',
      sourceIds: ['src:blog', 'src:paper', 'src:radio'],
      sourceVerdicts: ['NOT_REPORTED_AS_FACT', 'COUNTED', 'COUNTED'],
    });
  });
});

describe('a fact stays REPORTED', () => {
  it('with a forecast and a reported fact: a forecast later reported as done is shown as such', () => {
    const sources = [
      { id: 'src:announce', publisher: 'Fixture Gazette' },
      { id: 'src:report', publisher: 'Echo Weekly' },
    ];
    expect(derived(sources, [{ source: 'src:announce', kind: 'FORECAST' }, reported('src:report')])).toEqual({
      status: 'REPORTED',
      statusReason: 'FORECAST_REPORTED_DONE',
      statementKinds: ['REPORTED_FACT', 'FORECAST'],
      sourceIds: ['src:announce', 'src:report'],
      sourceVerdicts: ['NOT_REPORTED_AS_FACT', 'COUNTED'],
    });
  });

  it('with reports of one publisher, however it is spelled', () => {
    const sources = [
      { id: 'src:morning', publisher: 'Fixture Gazette' },
      { id: 'src:evening', publisher: '  fixture   GAZETTE ' },
    ];
    expect(derived(sources, [reported('src:morning'), reported('src:evening')])).toMatchObject({
      status: 'REPORTED',
      statusReason: 'REPORTS_NOT_INDEPENDENT',
      sourceIds: ['src:evening', 'src:morning'],
      sourceVerdicts: ['COUNTED', 'SAME_PUBLISHER'],
    });
  });

  it('with two rewrites of one press release, whether the release is a source of the dataset or only named', () => {
    const held = [
      { id: 'src:release', publisher: 'Fixture Ministry' },
      { id: 'src:paper', publisher: 'Daily Paper', relays: 'src:release' },
      { id: 'src:radio', publisher: 'Fixture Radio', relays: 'src:release' },
    ];
    expect(derived(held, [reported('src:paper'), reported('src:radio')])).toMatchObject({
      status: 'REPORTED',
      statusReason: 'REPORTS_NOT_INDEPENDENT',
      sourceIds: ['src:paper', 'src:radio'],
      sourceVerdicts: ['COUNTED', 'SAME_ORIGIN'],
    });
    // The release itself and a paper relaying it: one origin.
    expect(derived(held, [reported('src:release'), reported('src:paper')])).toMatchObject({
      status: 'REPORTED',
      statusReason: 'REPORTS_NOT_INDEPENDENT',
    });
    const named = [
      { id: 'src:paper', publisher: 'Daily Paper', relays: 'Fixture Ministry press release' },
      { id: 'src:radio', publisher: 'Fixture Radio', relays: 'fixture ministry press release' },
    ];
    expect(derived(named, [reported('src:paper'), reported('src:radio')])).toMatchObject({
      status: 'REPORTED',
      sourceVerdicts: ['COUNTED', 'SAME_ORIGIN'],
    });
    // A paper relaying the wire and the wire itself.
    const wire = [
      { id: 'src:wire', publisher: 'AFP' },
      { id: 'src:paper', publisher: 'Daily Paper', relays: 'afp' },
    ];
    expect(derived(wire, [reported('src:wire'), reported('src:paper')])).toMatchObject({
      status: 'REPORTED',
      statusReason: 'REPORTS_NOT_INDEPENDENT',
    });
  });

  it('with a source that has no publisher: it does not count as independent', () => {
    const sources = [{ id: 'src:anonymous' }, { id: 'src:echo', publisher: 'Echo Weekly' }];
    expect(derived(sources, [reported('src:anonymous'), reported('src:echo')])).toMatchObject({
      status: 'REPORTED',
      statusReason: 'REPORTS_NOT_INDEPENDENT',
      sourceIds: ['src:anonymous', 'src:echo'],
      sourceVerdicts: ['NO_PUBLISHER', 'COUNTED'],
    });
    // Two sources without publishers, whatever they say.
    expect(derived([{ id: 'src:a' }, { id: 'src:b' }], [reported('src:a'), reported('src:b')])).toMatchObject({
      status: 'REPORTED',
      sourceVerdicts: ['NO_PUBLISHER', 'NO_PUBLISHER'],
    });
  });

  it('with claims, evaluations, forecasts and inferences only, from however many independent sources', () => {
    const sources = [
      { id: 'src:a', publisher: 'A' },
      { id: 'src:b', publisher: 'B' },
      { id: 'src:c', publisher: 'C' },
      { id: 'src:d', publisher: 'D' },
    ];
    const kinds = ['ATTRIBUTED_CLAIM', 'EVALUATION', 'FORECAST', 'INFERENCE'];
    expect(
      derived(
        sources,
        kinds.map((kind, i) => ({ source: sources[i]?.id ?? '', kind })),
      ),
    ).toEqual({
      status: 'REPORTED',
      statusReason: 'NOT_REPORTED_AS_FACT',
      statementKinds: ['ATTRIBUTED_CLAIM', 'EVALUATION', 'FORECAST', 'INFERENCE'],
      sourceIds: ['src:a', 'src:b', 'src:c', 'src:d'],
      sourceVerdicts: ['NOT_REPORTED_AS_FACT', 'NOT_REPORTED_AS_FACT', 'NOT_REPORTED_AS_FACT', 'NOT_REPORTED_AS_FACT'],
    });
  });

  it('with one source: its one report, whatever else it says', () => {
    expect(derived([{ id: 'src:a' }], [reported('src:a')])).toMatchObject({
      status: 'REPORTED',
      statusReason: 'SINGLE_REPORT',
      sourceVerdicts: ['NO_PUBLISHER'],
    });
  });
});

describe('a fact is DISPUTED', () => {
  it('when any source contradicts it, even against independent reports', () => {
    const sources = [
      { id: 'src:a', publisher: 'A' },
      { id: 'src:b', publisher: 'B' },
      { id: 'src:c', publisher: 'C' },
    ];
    expect(derived(sources, [reported('src:a'), reported('src:b'), { source: 'src:c', kind: 'REPORTED_FACT', stance: 'DISPUTES' }])).toMatchObject({
      status: 'DISPUTED',
      statusReason: 'CONTRADICTED',
      sourceVerdicts: ['COUNTED', 'COUNTED', 'DISPUTES'],
    });
  });
});

describe('the rule itself', () => {
  const sources = new Map([
    ['src:x', { publisher: 'origin:p', keys: ['origin:p', 'origin:wire', 'source:src:x'] }],
    ['src:y', { publisher: 'origin:q', keys: ['origin:q', 'origin:wire', 'source:src:y'] }],
    ['src:z', { publisher: 'origin:p', keys: ['origin:p', 'source:src:z'] }],
  ]);
  const evidence = (ids: readonly string[]): StatusEvidence[] =>
    ids.map((sourceId) => ({ sourceId, statementKind: 'REPORTED_FACT', stance: 'SUPPORTS' }));

  it('finds two independent reports wherever they are in the list, and answers the same in any order', () => {
    // x shares the wire with y and its publisher with z, but y and z are independent of each other.
    const forward = assessStatus(evidence(['src:x', 'src:y', 'src:z']), sources);
    expect(forward).toMatchObject({ status: 'CORROBORATED', verdicts: ['SAME_PUBLISHER', 'COUNTED', 'COUNTED'] });
    expect(assessStatus(evidence(['src:z', 'src:y', 'src:x']), sources)).toEqual(forward);
  });

  it('follows relays through the sources of the dataset, and stops at a cycle', () => {
    const declared = new Map([
      ['src:a', { id: 'src:a', publisher: 'A', relays: 'src:b' }],
      ['src:b', { id: 'src:b', publisher: 'B', relays: 'src:c' }],
      ['src:c', { id: 'src:c', publisher: 'C', relays: 'Wire' }],
    ]);
    expect(independenceKeys(declared.get('src:a') ?? { id: '' }, declared)).toEqual([
      'origin:a',
      'origin:b',
      'origin:c',
      'origin:wire',
      'source:src:a',
      'source:src:b',
      'source:src:c',
    ]);
    const cycle = new Map([
      ['src:a', { id: 'src:a', relays: 'src:b' }],
      ['src:b', { id: 'src:b', relays: 'src:a' }],
    ]);
    expect(independenceKeys(cycle.get('src:a') ?? { id: '' }, cycle)).toEqual(['source:src:a', 'source:src:b']);
  });
});

describe('validating what a source relays', () => {
  const problemsOf = (sources: readonly SourceSketch[]): readonly DatasetProblem[] => {
    try {
      validateDataset(sketch(sources, [reported(sources[0]?.id ?? '')]));
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      return (error as DatasetError).problems;
    }
    throw new Error('the dataset was accepted');
  };
  const problem = (path: string, message: RegExp) => expect.objectContaining({ file: 'dataset.yaml', path, message: expect.stringMatching(message) });

  it('refuses a source id that names no source, the source itself, or a cycle', () => {
    expect(problemsOf([{ id: 'src:a', relays: 'src:nowhere' }])).toEqual([problem('sources[0].relays', /"src:nowhere" does not match any id/)]);
    expect(problemsOf([{ id: 'src:a', relays: 'src:a' }])).toEqual([problem('sources[0].relays', /cannot relay itself/)]);
    expect(
      problemsOf([
        { id: 'src:a', relays: 'src:b' },
        { id: 'src:b', relays: 'src:a' },
      ]),
    ).toEqual([problem('sources[0].relays', /must not form a cycle/), problem('sources[1].relays', /must not form a cycle/)]);
  });

  it('takes anything else as the name of an origin, and writes the source with its independence keys', () => {
    const dataset = validateDataset(sketch([{ id: 'src:a', publisher: 'Daily Paper', relays: 'AFP' }], [reported('src:a')]));
    const [row] = [...sourceRows(dataset)];
    expect(row?.props).toMatchObject({ relays: 'AFP', independenceKeys: ['origin:afp', 'origin:daily paper', 'source:src:a'] });
  });

  it('refuses an INFERENCE without a note saying how it follows', () => {
    const input = sketch([{ id: 'src:a' }], [{ source: 'src:a', kind: 'INFERENCE' }]);
    const files = input.files.map((file) => ({ ...file, text: file.text.replaceAll(/\n\s+note: follows from the quote/g, '') }));
    expect(() => validateDataset({ ...input, files })).toThrow(DatasetError);
    try {
      validateDataset({ ...input, files });
    } catch (error) {
      expect((error as DatasetError).problems).toContainEqual(problem('events[0].evidence[0].note', /an INFERENCE needs a note/));
    }
  });
});
