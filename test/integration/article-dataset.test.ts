import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodePointText, DEFAULT_DATASET_FOLDER, deleteDataset, seedDataset, type SeedSummary } from '../../src/ingest/index.js';
import { cypher } from '../../src/db/cypher.js';
import { RELATION_TYPES } from '../../src/domain/vocabulary.js';
import { openTestGraph } from '../support/graph.js';

/**
 * The curated article (seed/data/article, dataset id `article`) as the graph holds it after `npm run seed`.
 * Global setup may have seeded it already; loading it again must then change nothing.
 */
const { driver, executor } = openTestGraph(60_000);
let seededHere = false;
let first: SeedSummary;
let second: SeedSummary;

beforeAll(async () => {
  const { records } = await executor.read(cypher`MATCH (s:Source) WHERE s.dataset = 'article' RETURN count(s) AS sources`);
  seededHere = Number(records[0]?.get('sources')) === 0;
  first = await seedDataset(executor, DEFAULT_DATASET_FOLDER);
  second = await seedDataset(executor, DEFAULT_DATASET_FOLDER);
  const line = (label: string, s: SeedSummary) =>
    `${label}: ${s.rows} rows in ${s.elapsedMs.toFixed(0)} ms (${s.rowsPerSecond} rows/s; validation ${s.validationMs.toFixed(0)} ms, ` +
    `commit ${s.commitMs.toFixed(0)} ms): ${s.created} created, ${s.unchanged} unchanged`;
  console.log(`Article dataset ${seededHere ? 'seeded by this test' : 'already seeded by global setup'}.`);
  console.log(line('  first load ', first));
  console.log(line('  second load', second));
}, 120_000);

afterAll(async () => {
  // Leave the database as this file found it.
  if (seededHere) await deleteDataset(executor, 'article');
  await driver.close();
});

describe('the article dataset', () => {
  it('loads, and loading it again changes nothing', () => {
    expect(first.dataset).toBe('article');
    if (!seededHere) expect(first).toMatchObject({ created: 0, updated: 0, deleted: 0, propertiesSet: 0, nodesCreated: 0, relationshipsCreated: 0 });
    expect(second).toMatchObject({
      created: 0,
      updated: 0,
      deleted: 0,
      handedOver: 0,
      unchanged: second.rows,
      propertiesSet: 0,
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      labelsAdded: 0,
      labelsRemoved: 0,
    });
  });

  it('keeps every excerpt verbatim: its quote is the source text at its code-point offsets', async () => {
    const { records } = await executor.read(cypher`
      MATCH (x:Excerpt {dataset: 'article'})-[:FROM]->(s:Source)
      RETURN x.id AS id, x.start AS start, x.end AS end, x.quote AS quote, s.text AS text`);
    expect(records.length).toBeGreaterThan(0);
    const texts = new Map<string, CodePointText>();
    const wrong = records.flatMap((record) => {
      const raw = record.get('text') as string;
      const text = texts.get(raw) ?? new CodePointText(raw);
      texts.set(raw, text);
      const actual = text.slice(record.get('start') as number, record.get('end') as number);
      return actual === record.get('quote') ? [] : [record.get('id') as string];
    });
    expect(wrong).toEqual([]);
  });

  it('has evidence for every event, every participation and every relation', async () => {
    const { records } = await executor.read(
      cypher`
        CALL () {
          MATCH (f:Event {dataset: 'article'}) RETURN 'event' AS kind, f.id AS id
          UNION ALL
          MATCH (:Event {dataset: 'article'})<-[f:PARTICIPATED_IN]-() RETURN 'participation' AS kind, f.id AS id
          UNION ALL
          MATCH (:Entity {dataset: 'article'})-[f]->(:Entity) WHERE type(f) IN $relationTypes RETURN 'relation' AS kind, f.id AS id
        }
        RETURN kind, count(*) AS facts,
               [fact IN collect(id) WHERE NOT EXISTS { MATCH (ev:Evidence {factId: fact})-[:CITES]->(:Excerpt)-[:FROM]->(:Source) }] AS unsupported`,
      { relationTypes: [...RELATION_TYPES] },
    );
    const byKind = Object.fromEntries(records.map((record) => [record.get('kind') as string, record.toObject()]));
    for (const kind of ['event', 'participation', 'relation']) {
      expect(Number(byKind[kind]?.facts), kind).toBeGreaterThan(0);
      expect(byKind[kind]?.unsupported, kind).toEqual([]);
    }
  });

  it('gives no event a day or month the article does not give', async () => {
    const { records } = await executor.read(cypher`
      MATCH (e:Event {dataset: 'article'})
      RETURN e.id AS id, e.datePhrase AS phrase, e.datePrecision AS precision, e.dateEarliest AS earliest, e.dateLatest AS latest`);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const { id, phrase, precision, earliest, latest } = record.toObject() as Record<string, string | null>;
      // The article dates nothing finer than a year or "the end of" a year.
      expect(['YEAR', 'HALF_YEAR', 'UNKNOWN'], `${id} ${precision}`).toContain(precision);
      if (precision === 'UNKNOWN') {
        expect([earliest, latest], String(id)).toEqual([null, null]);
        continue;
      }
      // Every year the bounds span is one the phrase names.
      expect(earliest, String(id)).not.toBeNull();
      expect(latest, String(id)).not.toBeNull();
      for (let year = Number(earliest?.slice(0, 4)); year <= Number(latest?.slice(0, 4)); year++) {
        expect(phrase ?? '', `${id}: bounds ${earliest}..${latest}`).toContain(String(year));
      }
    }
  });
});
