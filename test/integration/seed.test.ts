import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CodePointText, DatasetError, deleteDataset, seedDataset, type DatasetProblem, type SeedOptions } from '../../src/ingest/index.js';
import { cypher } from '../../src/db/cypher.js';
import { searchKeys } from '../../src/search/normalize.js';
import { diffExports, exportGraph, type GraphExport } from '../support/export.js';
import { openTestGraph, testConnection } from '../support/graph.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/seed/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const { driver, executor } = openTestGraph(60_000);
let scratch: string;
let initial: GraphExport;
/** Dataset ids this file loads; each test's are removed after it (the database is shared with other files). */
const loaded = new Set<string>();

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'seed-test-'));
  initial = await exportGraph(executor);
});

afterEach(async () => {
  // Removing a dataset is loading it empty: what it owns goes, shared nodes pass to datasets still naming them.
  for (const id of [...loaded].reverse()) await deleteDataset(executor, id);
  loaded.clear();
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
  await driver.close();
});

/** A copy of a fixture in a folder whose name is the dataset id, ready to be edited. */
async function copyFixture(fixture: 'mini' | 'echo', datasetId: string): Promise<string> {
  const folder = join(scratch, `${datasetId}-${Math.random().toString(36).slice(2, 8)}`, datasetId);
  await cp(join(FIXTURES, fixture), folder, { recursive: true });
  return folder;
}

async function seed(folder: string, options: SeedOptions = {}) {
  loaded.add(folder.split('/').pop() ?? '');
  return seedDataset(executor, folder, options);
}

type Yaml = Record<string, any>;

async function editYaml(folder: string, file: string, edit: (content: Yaml) => void): Promise<void> {
  const path = join(folder, file);
  const content = parse(await readFile(path, 'utf8')) as Yaml;
  edit(content);
  await writeFile(path, stringify(content));
}

/** The problems a load fails with (it must fail with a DatasetError). */
async function problemsOf(load: Promise<unknown>): Promise<readonly DatasetProblem[]> {
  const error = await load.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return (error as DatasetError).problems;
}

const problem = (file: string, path: string, message: RegExp) => expect.objectContaining({ file, path, message: expect.stringMatching(message) });

/** What the graph must hold for a dataset, counted from its files with a plain YAML parser (not the loader). */
async function countsFromFiles(folder: string): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const lists: Yaml = { sources: [], excerpts: [], entities: [], events: [], relations: [] };
  for (const file of (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name))) {
    const content = parse(await readFile(join(folder, file), 'utf8')) as Yaml;
    for (const key of Object.keys(lists)) lists[key].push(...(content[key] ?? []));
  }
  const sum = (items: any[], count: (item: any) => number) => items.reduce((total, item) => total + count(item), 0);
  const languages = (text: Yaml) => Object.keys(text).length;
  const evidence =
    sum(lists.events, (event) => event.evidence.length + sum(event.participants, (p) => p.evidence.length)) +
    sum(lists.relations, (relation) => relation.evidence.length);
  const names =
    sum(lists.entities, (entity) => languages(entity.names) + (entity.aliases ?? []).length) + sum(lists.events, (event) => languages(event.title));
  const relationships: Record<string, number> = {
    FROM: lists.excerpts.length,
    IN_COUNTRY: lists.entities.filter((entity: Yaml) => entity.country).length,
    MENTIONED_IN: sum(lists.entities, (entity) => (entity.mentions ?? []).length),
    OCCURRED_IN: lists.events.filter((event: Yaml) => event.place).length,
    PARTICIPATED_IN: sum(lists.events, (event) => event.participants.length),
    CITES: evidence,
    NAME_OF: names,
  };
  for (const relation of lists.relations) relationships[relation.type] = (relationships[relation.type] ?? 0) + 1;
  return {
    nodes: {
      Source: lists.sources.length,
      Excerpt: lists.excerpts.length,
      Entity: lists.entities.length,
      Event: lists.events.length,
      Evidence: evidence,
      Name: names,
    },
    relationships,
  };
}

/** What the graph holds of a dataset, by label and by relationship type. */
async function countsInGraph(dataset: string) {
  const nodes = await executor.read(
    cypher`
      UNWIND ['Source', 'Excerpt', 'Entity', 'Event', 'Evidence', 'Name'] AS label
      CALL (label) { MATCH (n) WHERE n.dataset = $dataset AND label IN labels(n) RETURN count(n) AS count }
      RETURN label, count`,
    { dataset },
  );
  const relationships = await executor.read(cypher`MATCH ()-[r]->() WHERE r.dataset = $dataset RETURN type(r) AS type, count(r) AS count`, {
    dataset,
  });
  return {
    nodes: Object.fromEntries(nodes.records.map((record) => [record.get('label') as string, Number(record.get('count'))])),
    relationships: Object.fromEntries(relationships.records.map((record) => [record.get('type') as string, Number(record.get('count'))])),
  };
}

describe('seeding a dataset', () => {
  it('writes exactly the nodes and relationships its files describe, and a second run changes nothing', async () => {
    const folder = await copyFixture('mini', 'fx-counts');
    const first = await seed(folder);
    expect(first.dataset).toBe('fx-counts');
    expect(first.created).toBe(first.rows);

    const expected = await countsFromFiles(folder);
    expect(await countsInGraph('fx-counts')).toEqual(expected);
    const nodeTotal = Object.values(expected.nodes).reduce((a, b) => a + b, 0);
    const relationshipTotal = Object.values(expected.relationships).reduce((a, b) => a + b, 0);
    expect(first.nodesCreated).toBe(nodeTotal);
    expect(first.relationshipsCreated).toBe(relationshipTotal);

    const before = await exportGraph(executor);
    const second = await seed(folder);
    expect(second).toMatchObject({
      created: 0,
      updated: 0,
      shared: 0,
      deleted: 0,
      handedOver: 0,
      unchanged: first.rows,
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      propertiesSet: 0,
      labelsAdded: 0,
      labelsRemoved: 0,
    });
    const after = await exportGraph(executor);
    expect(after.checksum).toBe(before.checksum);
    expect(await countsInGraph('fx-counts')).toEqual(expected);
    // The first load on a fresh server plans every loader statement: slow on a busy machine.
  }, 120_000);

  it('writes the graph model: labels, code-point offsets, dates, derived properties and search keys', async () => {
    const folder = await copyFixture('mini', 'fx-model');
    await seed(folder);

    // Offsets count code points: the excerpt after "🛡️" (two code points, three UTF-16 units) slices right.
    const excerpts = await executor.read(cypher`
      MATCH (x:Excerpt {dataset: 'fx-model'})-[:FROM]->(s:Source)
      RETURN x.id AS id, x.start AS start, x.end AS end, x.quote AS quote, s.text AS text, s.length AS length`);
    expect(excerpts.records).toHaveLength(9);
    for (const record of excerpts.records) {
      const text = new CodePointText(record.get('text') as string);
      expect(text.slice(record.get('start') as number, record.get('end') as number)).toBe(record.get('quote'));
      expect(record.get('length')).toBe(text.length);
    }

    const police = await executor.read(cypher`
      MATCH (n:Entity {id: 'org:fx-police'})
      RETURN labels(n) AS labels, n {.kind, .name_en, .name_fr, .aliases, .aliasLanguages, .countryId, .cameoActor, .sortName} AS props,
             COUNT { (n)-[:IN_COUNTRY]->(:Country {id: 'country:fx-fixturia'}) } AS inCountry`);
    expect([...(police.records[0]?.get('labels') as string[])].sort()).toEqual(['Entity', 'Organization']);
    expect(police.records[0]?.get('props')).toEqual({
      kind: 'ORGANIZATION',
      name_en: 'Fixturia National Police',
      name_fr: null,
      aliases: ['FNP', 'Police nationale de Fixturie'],
      aliasLanguages: ['en', 'fr'],
      countryId: 'country:fx-fixturia',
      cameoActor: 'FXTCOP',
      sortName: 'fixturia national police|org:fx-police',
    });
    expect(police.records[0]?.get('inCountry')).toBe(1);

    const medal = await executor.read(cypher`
      MATCH (e:Event {id: 'event:fx-medal-2022'})
      RETURN e {.type, .cameo, .plover, .datePhrase, .datePrecision, .dateEarliest, .dateLatest, .dateEdtf, .year, .sortKey, .status,
                .statementKinds, .sourceIds} AS event,
             [(e)<-[p:PARTICIPATED_IN]-(a) | [a.id, p.role, p.sortKey = e.sortKey, p.status, p.statementKinds]] AS participants`);
    expect(medal.records[0]?.get('event')).toEqual({
      type: 'HONOUR_AWARDED',
      cameo: '051',
      plover: 'SUPPORT',
      datePhrase: 'at the end of 2022',
      datePrecision: 'HALF_YEAR',
      dateEarliest: '2022-07-01',
      dateLatest: '2022-12-31',
      dateEdtf: '2022-41',
      year: 2022,
      sortKey: '2022-07-01|2022-12-31|event:fx-medal-2022',
      status: 'REPORTED',
      statementKinds: ['REPORTED_FACT', 'ATTRIBUTED_CLAIM'],
      sourceIds: ['src:fx-gazette'],
    });
    expect(new Set(medal.records[0]?.get('participants') as unknown[])).toEqual(
      new Set([
        ['person:fx-ada-example', 'HONOREE', true, 'REPORTED', ['ATTRIBUTED_CLAIM']],
        ['award:fx-medal', 'AWARD', true, 'REPORTED', ['ATTRIBUTED_CLAIM']],
      ]),
    );

    // An open interval has no single year; the relation keeps its own date fields and derived properties.
    const cooperation = await executor.read(cypher`
      MATCH (:Entity {id: 'org:fx-police'})-[r:COOPERATES_WITH {id: 'rel:fx-police-cooperates-regional'}]->(:Entity {id: 'org:fx-regional-police'})
      RETURN r {.sincePhrase, .sincePrecision, .sinceEarliest, .sinceLatest, .untilPhrase, .description_en, .status, .statementKinds} AS relation`);
    expect(cooperation.records[0]?.get('relation')).toEqual({
      sincePhrase: 'خلال سنة 2023',
      sincePrecision: 'INTERVAL',
      sinceEarliest: '2023-01-01',
      sinceLatest: null,
      untilPhrase: null,
      description_en: 'Joint operations since 2023.',
      status: 'REPORTED',
      statementKinds: ['REPORTED_FACT', 'EVALUATION'],
    });

    // Every fact has evidence, and each evidence node cites its excerpt.
    const unsupported = await executor.read(cypher`
      CALL () {
        MATCH (f:Event {dataset: 'fx-model'}) RETURN f.id AS id
        UNION ALL MATCH ()-[f:PARTICIPATED_IN {dataset: 'fx-model'}]->() RETURN f.id AS id
        UNION ALL MATCH ()-[f:HEADS|LOCATED_IN|COOPERATES_WITH {dataset: 'fx-model'}]->() RETURN f.id AS id
      }
      WITH id WHERE NOT EXISTS { MATCH (ev:Evidence {factId: id})-[:CITES]->(:Excerpt) }
      RETURN collect(id) AS ids`);
    expect(unsupported.records[0]?.get('ids')).toEqual([]);

    // Names carry the search keys of their text, for names, aliases and event titles alike.
    const names = await executor.read(cypher`
      MATCH (n:Name {dataset: 'fx-model'})-[:NAME_OF]->(owner)
      RETURN n.text AS text, n.keys AS keys, n.lang AS lang, n.primary AS primary, owner.id AS owner`);
    expect(names.records.length).toBe((await countsFromFiles(folder)).nodes.Name);
    for (const record of names.records) expect(record.get('keys')).toBe(searchKeys(record.get('text') as string).join(' '));
    expect(names.records.map((record) => record.toObject())).toContainEqual({
      text: 'FNP',
      keys: 'fnp',
      lang: 'en',
      primary: false,
      owner: 'org:fx-police',
    });
  });
});

describe('a dataset with a mistake', () => {
  const mistakes: Array<{
    name: string;
    edit: (folder: string) => Promise<void>;
    expected: ReturnType<typeof problem>;
  }> = [
    {
      name: 'a dangling reference',
      edit: (folder) => editYaml(folder, 'facts.yaml', (c) => void (c.events[0].participants[0].entity = 'org:fx-nobody')),
      expected: problem('facts.yaml', 'events[0].participants[0].entity', /"org:fx-nobody" does not match any id/),
    },
    {
      name: 'a wrong offset',
      edit: (folder) =>
        editYaml(folder, 'source.yaml', (c) => {
          c.excerpts[2].start += 1;
          c.excerpts[2].end += 1;
        }),
      expected: problem('source.yaml', 'excerpts[2].start', /at \[90, 152\) is "osted .*2024\.", not the quote .*; the quote occurs at \[89, 151\)/),
    },
    {
      name: 'a quote differing by one character',
      edit: (folder) => editYaml(folder, 'source.yaml', (c) => void (c.excerpts[1].quote = c.excerpts[1].quote.replace('Ada', 'Ida'))),
      expected: problem(
        'source.yaml',
        'excerpts[1].quote',
        /first difference at offset 76: the quote has "I" where the text has "A".*occurs nowhere/,
      ),
    },
    {
      name: 'an impossible date (2024-02-30)',
      edit: (folder) => editYaml(folder, 'facts.yaml', (c) => void (c.events[0].date.value = '2024-02-30')),
      expected: problem('facts.yaml', 'events[0].date.value', /"2024-02-30" is not a calendar date: 2024-02 has 29 days/),
    },
    {
      name: 'an excerpt past the end of its source',
      edit: (folder) => editYaml(folder, 'source.yaml', (c) => void (c.excerpts[3].end = 4000)),
      expected: problem('source.yaml', 'excerpts[3].end', /end 4000 is past the end of the source text \(392 code points\)/),
    },
    {
      name: 'a duplicate id',
      edit: (folder) =>
        writeFile(join(folder, 'more.yaml'), stringify({ entities: [{ id: 'org:fx-police', kind: 'ORGANIZATION', names: { en: 'Police again' } }] })),
      expected: problem('more.yaml', 'entities[0].id', /duplicate id "org:fx-police": already declared at facts\.yaml: entities\[2\]\.id/),
    },
  ];

  it.each(mistakes)('is refused for $name, naming file and path, and leaves the database exactly as it was', async ({ edit, expected }) => {
    const folder = await copyFixture('mini', 'fx-mistake');
    await seed(folder);
    const before = await exportGraph(executor);

    await edit(folder);
    const problems = await problemsOf(seed(folder));
    expect(problems).toContainEqual(expected);
    expect(problems).toHaveLength(1);

    const after = await exportGraph(executor);
    expect(after.checksum).toBe(before.checksum);
  });

  it('reports every problem of every file at once: schema, syntax, then cross-file checks', async () => {
    const folder = await copyFixture('mini', 'fx-many');
    const before = await exportGraph(executor);
    await editYaml(folder, 'facts.yaml', (c) => {
      c.entities[0].kind = 'PLANET';
      c.entities[1].colour = 'blue';
      delete c.events[1].title;
    });
    await writeFile(join(folder, 'broken.yaml'), 'entities: []\nevents: []\nentities: []\n');
    const schemaProblems = await problemsOf(seed(folder));
    expect(schemaProblems).toEqual(
      expect.arrayContaining([
        problem('facts.yaml', 'entities[0].kind', /PERSON/),
        problem('facts.yaml', 'entities[1].colour', /unknown field "colour"/),
        problem('facts.yaml', 'events[1].title', /./),
        problem('broken.yaml', 'line 3, column 1', /invalid YAML: Map keys must be unique/),
      ]),
    );
    expect(schemaProblems).toHaveLength(4);

    // Once every file parses, the checks across files report everything they find, too.
    const cross = await copyFixture('mini', 'fx-many');
    await editYaml(cross, 'facts.yaml', (c) => {
      c.events[0].participants[0].entity = 'org:fx-nobody';
      c.events[0].participants.push({ ...c.events[0].participants[1] });
      c.events[1].date.value = '2023-13';
      c.events[2].date.phrase = 'in December 2022';
      c.events[2].evidence.push({ excerpt: 'ex:fx-ministry', kind: 'EVALUATION' });
      c.entities[1].country = 'city:fx-fixtown';
      c.relations[0].evidence[0].excerpt = 'src:fx-gazette';
    });
    await editYaml(cross, 'source.yaml', (c) => void (c.sources[0].file = 'missing.txt'));
    const crossProblems = await problemsOf(seed(cross));
    expect(crossProblems).toEqual(
      expect.arrayContaining([
        problem('facts.yaml', 'events[0].participants[0].entity', /does not match any id/),
        problem('facts.yaml', 'events[0].participants[2]', /lists "person:fx-ada-example" as PARTICIPANT again \(already at participants\[1\]\)/),
        problem('facts.yaml', 'events[1].date.value', /month 13/),
        problem('facts.yaml', 'events[2].date.phrase', /"in December 2022" does not occur in any of the event's evidence quotes/),
        problem('facts.yaml', 'events[2].evidence[2].excerpt', /cites "ex:fx-ministry" again \(already at evidence\[1\]\)/),
        problem('facts.yaml', 'entities[1].country', /"city:fx-fixtown" is an entity of kind CITY .*not COUNTRY/),
        problem('facts.yaml', 'relations[0].evidence[0].excerpt', /"src:fx-gazette" is a source .*not an excerpt/),
        problem('source.yaml', 'sources[0].file', /cannot read the source text missing\.txt: no such file/),
      ]),
    );
    expect(crossProblems).toHaveLength(8);
    expect((await exportGraph(executor)).checksum).toBe(before.checksum);
  });

  it('is refused when a source id belongs to another dataset, and nothing of that dataset is touched', async () => {
    await seed(await copyFixture('mini', 'fx-owner'));
    const before = await exportGraph(executor);
    const problems = await problemsOf(seed(await copyFixture('mini', 'fx-intruder')));
    expect(problems).toEqual([problem('source.yaml', 'sources[0].id', /Source id "src:fx-gazette" is already used by dataset "fx-owner"/)]);
    expect((await exportGraph(executor)).checksum).toBe(before.checksum);
  });
});

describe('a relation id two datasets use', () => {
  it('is refused when the second names another type for it, naming file and path, and nothing is touched', async () => {
    await seed(await copyFixture('mini', 'fx-rel-owner'));
    const echo = await copyFixture('echo', 'fx-rel-other');
    await editYaml(echo, 'dataset.yaml', (c) => {
      c.relations[0].type = 'PART_OF';
    });
    const before = await exportGraph(executor);
    const problems = await problemsOf(seed(echo));
    expect(problems).toEqual([
      problem(
        'dataset.yaml',
        'relations[0].id',
        /Relation id "rel:fx-fixtown-in-fixturia" is already used by dataset "fx-rel-owner" for city:fx-fixtown LOCATED_IN country:fx-fixturia/,
      ),
    ]);
    expect((await exportGraph(executor)).checksum).toBe(before.checksum);
  });
});

describe('a load that fails', () => {
  it('is undone, whether it fails after some commits or just before its last one', async () => {
    const folder = await copyFixture('mini', 'fx-abort');
    await seed(folder);
    const before = await exportGraph(executor);
    await editYaml(folder, 'facts.yaml', (c) => {
      c.events.pop();
      c.events[0].title.en = 'The first Fixture Security Forum';
      c.entities.find((e: Yaml) => e.id === 'city:fx-fixtown').kind = 'REGION';
      c.entities.push({ id: 'person:fx-new', kind: 'PERSON', names: { en: 'New Person' }, mentions: ['ex:fx-title'] });
    });

    const seen: string[] = [];
    const failing = seed(folder, {
      batchSize: 2,
      commitEvery: 2,
      afterBatch: ({ kind }) => {
        seen.push(kind);
        if (seen.length === 8) throw new Error('injected failure');
      },
    });
    await expect(failing).rejects.toThrow('injected failure');
    expect(seen).toHaveLength(8);
    expect((await exportGraph(executor)).checksum).toBe(before.checksum);

    await expect(seed(folder, { beforeCommit: () => Promise.reject(new Error('injected at commit')) })).rejects.toThrow('injected at commit');
    expect((await exportGraph(executor)).checksum).toBe(before.checksum);

    // Without a failure the same edit goes through.
    const applied = await seed(folder);
    expect(applied.created).toBeGreaterThan(0);
    expect(applied.deleted).toBeGreaterThan(0);
    expect((await exportGraph(executor)).checksum).not.toBe(before.checksum);
  });
});

describe('bulk mode, for first loads too large for one transaction', () => {
  it('writes the same graph as one transaction does, committing as it goes', async () => {
    const folder = await copyFixture('mini', 'fx-bulk');
    const single = await seed(folder, { mode: 'sync' });
    const oneTransaction = await exportGraph(executor);
    await deleteDataset(executor, 'fx-bulk');
    const bulk = await seed(folder, { mode: 'bulk', batchSize: 2, commitEvery: 4 });
    expect(bulk.rows).toBe(single.rows);
    expect(bulk.created).toBe(single.created);
    expect([single.mode, single.commits]).toEqual(['sync', 1]);
    // A commit once at least 4 rows are pending: many commits, none of fewer than 4 rows but the last.
    expect(bulk.mode).toBe('bulk');
    expect(bulk.commits).toBeGreaterThan(5);
    expect(bulk.commits).toBeLessThanOrEqual(Math.floor(bulk.rows / 4) + 1);
    expect((await exportGraph(executor)).checksum).toBe(oneTransaction.checksum);
  });

  it('undoes what it had committed when it fails, leaving the database exactly as before', async () => {
    const folder = await copyFixture('mini', 'fx-bulk-abort');
    const before = await exportGraph(executor);
    let batches = 0;
    const failing = seed(folder, {
      mode: 'bulk',
      batchSize: 2,
      commitEvery: 2,
      afterBatch: () => {
        batches += 1;
        // Several commits have happened by now.
        if (batches === 6) throw new Error('injected failure');
      },
    });
    await expect(failing).rejects.toThrow('injected failure');
    expect((await exportGraph(executor)).checksum).toBe(before.checksum);
  });

  it('is refused for a dataset whose ids the graph already holds, which only sync mode loads', async () => {
    const folder = await copyFixture('mini', 'fx-bulk-again');
    await seed(folder, { mode: 'sync' });
    const problems = await problemsOf(seed(folder, { mode: 'bulk' }));
    expect(problems).toEqual([problem('.', '(dataset)', /bulk mode is for first loads only/)]);
  });
});

describe('re-seeding after the files changed', () => {
  it('deletes exactly an entity removed from the files, with its names and links', async () => {
    const folder = await copyFixture('mini', 'fx-sync');
    await seed(folder);
    const before = await exportGraph(executor);

    await editYaml(folder, 'facts.yaml', (c) => {
      c.entities = c.entities.filter((entity: Yaml) => entity.id !== 'region:fx-unused');
    });
    const summary = await seed(folder);
    const { added, removed } = diffExports(before, await exportGraph(executor));

    expect(added).toEqual([]);
    expect(removed).toHaveLength(8);
    for (const line of removed) expect(line).toContain('region:fx-unused');
    expect(removed.filter((line) => line.startsWith('node "region:fx-unused"'))).toHaveLength(1);
    expect(removed.filter((line) => line.startsWith('node ') && line.includes('"Name"'))).toHaveLength(3);
    expect(removed.filter((line) => line.includes('-[NAME_OF]->'))).toHaveLength(3);
    expect(removed.filter((line) => line.includes('-[MENTIONED_IN]->'))).toHaveLength(1);
    expect(summary).toMatchObject({ created: 0, updated: 0, deleted: 5, nodesDeleted: 4, relationshipsDeleted: 4, propertiesSet: 0 });
    expect(summary.perKind.Entity).toMatchObject({ deleted: 1, unchanged: 7 });
  });

  it('swaps the kind label when an entity changes kind, and clears a property the files no longer give', async () => {
    const folder = await copyFixture('mini', 'fx-kind');
    await seed(folder);
    await editYaml(folder, 'facts.yaml', (c) => {
      c.entities.find((e: Yaml) => e.id === 'city:fx-fixtown').kind = 'REGION';
      delete c.entities.find((e: Yaml) => e.id === 'org:fx-police').description;
    });
    const summary = await seed(folder);
    expect(summary).toMatchObject({ updated: 2, created: 0, deleted: 0, labelsAdded: 1, labelsRemoved: 1 });
    const { records } = await executor.read(cypher`
      MATCH (town:Entity {id: 'city:fx-fixtown'}), (police:Entity {id: 'org:fx-police'})
      RETURN labels(town) AS labels, town.kind AS kind, police.description_en AS description`);
    expect([...(records[0]?.get('labels') as string[])].sort()).toEqual(['Entity', 'Region']);
    expect(records[0]?.get('kind')).toBe('REGION');
    expect(records[0]?.get('description')).toBeNull();
    expect((await seed(folder)).propertiesSet).toBe(0);
  });
});

describe('two datasets naming the same things', () => {
  it('share entities and facts: evidence from both corroborates, and removing one hands shared nodes to the other', async () => {
    const gazette = await copyFixture('mini', 'fx-gazette');
    const echo = await copyFixture('echo', 'fx-echo');
    await seed(gazette);
    const echoLoad = await seed(echo);
    expect(echoLoad.perKind.Entity).toMatchObject({ rows: 3, shared: 3, created: 0 });
    expect(echoLoad.perKind.Event).toMatchObject({ rows: 1, shared: 1 });
    expect(echoLoad.perKind.PARTICIPATED_IN).toMatchObject({ rows: 1, shared: 1 });
    expect(echoLoad.perKind.Relation).toMatchObject({ rows: 1, shared: 1 });
    expect(echoLoad.recomputed).toBe(3);

    const facts = async () =>
      (
        await executor.read(cypher`
          MATCH (town:Entity {id: 'city:fx-fixtown'})
          MATCH (forum:Event {id: 'event:fx-security-forum-2024'})<-[host:PARTICIPATED_IN {role: 'HOST'}]-()
          MATCH (town)-[located:LOCATED_IN]->()
          RETURN forum.dataset AS owner, forum.title_en AS title, forum.status AS status, forum.sourceIds AS sources,
                 host.status AS hostStatus, located.status AS locatedStatus, town.dataset AS townOwner,
                 COUNT { (town)<-[:NAME_OF]-(:Name) } AS townNames`)
      ).records[0]?.toObject();
    // The first dataset's values stay; the second one's evidence and names attach to the same nodes.
    expect(await facts()).toEqual({
      owner: 'fx-gazette',
      title: 'First Fixture Security Forum',
      status: 'CORROBORATED',
      sources: ['src:fx-echo', 'src:fx-gazette'],
      hostStatus: 'CORROBORATED',
      locatedStatus: 'CORROBORATED',
      townOwner: 'fx-gazette',
      townNames: 2,
    });
    expect((await seed(echo)).propertiesSet).toBe(0);

    // Without the gazette, what the echo still names passes to it, with its own evidence only.
    const removal = await deleteDataset(executor, 'fx-gazette');
    loaded.delete('fx-gazette');
    expect(removal.handedOver).toBe(6);
    expect(await facts()).toMatchObject({ owner: 'fx-echo', status: 'REPORTED', sources: ['src:fx-echo'], hostStatus: 'REPORTED', townNames: 1 });
    // Its next load writes its own values over the inherited ones.
    const takeover = await seed(echo);
    expect(takeover.updated).toBe(6);
    expect(await facts()).toMatchObject({ owner: 'fx-echo', title: 'Fixture Security Forum 2024' });
    expect(await countsInGraph('fx-echo')).toEqual(await countsFromFiles(echo));

    await deleteDataset(executor, 'fx-echo');
    loaded.delete('fx-echo');
    expect((await exportGraph(executor)).checksum).toBe(initial.checksum);
  });
});

describe('npm run seed (seed/cli.ts)', () => {
  const exec = promisify(execFile);
  const runCli = async (folder: string, env: Record<string, string>) => {
    try {
      const { stdout, stderr } = await exec(join(ROOT, 'node_modules/.bin/tsx'), ['seed/cli.ts', folder], {
        cwd: ROOT,
        env: { ...process.env, ...env },
        timeout: 60_000,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  const connection = () => {
    const { uri, username, password } = testConnection();
    return { NEO4J_URI: uri, NEO4J_USERNAME: username ?? 'neo4j', NEO4J_PASSWORD: password ?? '' };
  };

  it('loads a dataset and prints a summary', async () => {
    const folder = await copyFixture('mini', 'fx-cli');
    loaded.add('fx-cli');
    const { code, stdout } = await runCli(folder, connection());
    expect(code).toBe(0);
    expect(stdout).toMatch(/Seeded dataset "fx-cli" into bolt:\/\/.* \d+ rows, \d+ rows\/s\./);
    expect(await countsInGraph('fx-cli')).toEqual(await countsFromFiles(folder));
  }, 60_000);

  it('prints every problem as file: path: message and exits 1, without a stack trace', async () => {
    const folder = await copyFixture('mini', 'fx-cli-bad');
    await editYaml(folder, 'facts.yaml', (c) => {
      c.events[0].date.value = '2024-02-30';
      c.relations[0].to = 'org:fx-nobody';
    });
    const { code, stderr } = await runCli(folder, connection());
    expect(code).toBe(1);
    expect(stderr).toContain('facts.yaml: events[0].date.value: "2024-02-30" is not a calendar date: 2024-02 has 29 days');
    expect(stderr).toContain('facts.yaml: relations[0].to: "org:fx-nobody" does not match any id');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('names the server it cannot reach and exits 1, without a stack trace', async () => {
    const folder = await copyFixture('mini', 'fx-cli-down');
    const { code, stderr } = await runCli(folder, { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: 'x' });
    expect(code).toBe(1);
    expect(stderr).toContain('Cannot reach Neo4j at bolt://127.0.0.1:1');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe('this test file', () => {
  it('leaves the database as it found it', async () => {
    expect((await exportGraph(executor)).checksum).toBe(initial.checksum);
  });
});
