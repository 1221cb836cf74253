import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { cypher } from '../../src/db/cypher.js';
import { applySchema } from '../../src/db/schema.js';
import { DatasetError, deleteDataset, seedDataset } from '../../src/ingest/index.js';
import { exportGraph } from '../support/export.js';
import { openTestGraph, testConnection } from '../support/graph.js';
import { prepareTestDatabase } from '../support/prepare.js';

// Entity resolution across datasets, end to end (test/fixtures/seed/match): this file uses its own database state
// (the graph emptied, then its fixtures), and puts the article graph the other files read back when it is done.

const FIXTURES = fileURLToPath(new URL('../fixtures/seed/match/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HAMMOUCHI = 'person:abdellatif-hammouchi';

const { driver, executor } = openTestGraph(60_000);
let scratch: string;

/** A copy of a fixture under a folder named as the dataset id, edited by `edit`. */
async function fixture(name: string, datasetId: string, edit?: (content: Record<string, any>) => void): Promise<string> {
  const folder = join(scratch, datasetId);
  await cp(join(FIXTURES, name), folder, { recursive: true });
  if (edit) {
    const file = join(folder, 'dataset.yaml');
    const content = parse(await readFile(file, 'utf8')) as Record<string, any>;
    edit(content);
    await writeFile(file, stringify(content));
  }
  return folder;
}

const seed = async (folder: string) => seedDataset(executor, folder, { log: () => undefined });

async function refusal(folder: string): Promise<DatasetError> {
  try {
    await seed(folder);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error('the load was not refused');
}

const persons = async () =>
  (await executor.read(cypher`MATCH (p:Person) RETURN p.id AS id ORDER BY id`)).records.map((record) => record.get('id') as string);

const exec = promisify(execFile);
async function runCli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { uri, username, password } = testConnection();
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username ?? 'neo4j', NEO4J_PASSWORD: password ?? '' };
  try {
    const { stdout, stderr } = await exec(join(ROOT, 'node_modules/.bin/tsx'), ['seed/cli.ts', ...args], { cwd: ROOT, env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'entity-matching-'));
  await executor.autoCommit(cypher`MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`);
  await applySchema(executor);
  await seed(await fixture('base', 'fx-match-base'));
}, 120_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
  await prepareTestDatabase(driver, testConnection().database);
  await driver.close();
}, 180_000);

describe('matching a dataset to the entities of the graph', () => {
  it('refuses a new entity named like one of the graph, with no Wikidata id: candidates listed, nothing written', async () => {
    const before = await exportGraph(executor);
    const error = await refusal(await fixture('ambiguous', 'fx-match-ambiguous'));
    expect(error.problems).toEqual([
      {
        file: 'dataset.yaml',
        path: 'entities[0]',
        message:
          'person:fx-abdellatif-hammouchi-2 ("Abdellatif Hammouchi") is new to the graph, but the graph holds an entity with the same name, ' +
          'and nothing says whether it is that entity: person:abdellatif-hammouchi ("Abdellatif Hammouchi", "عبد اللطيف حموشي"; ' +
          'Wikidata Q999999901; declared by fx-match-base), by the name "Abdellatif Hammouchi". If it is, add ' +
          '"sameAs: person:abdellatif-hammouchi" to it (or use that id); if it is not, add "distinct: [person:abdellatif-hammouchi]".',
      },
    ]);
    expect(error.message).toContain('fx-match-ambiguous: 1 problem, nothing was written');
    expect((await exportGraph(executor)).checksum).toBe(before.checksum);
  });

  it('prints the refusal from npm run seed and exits 1, naming the dataset file', async () => {
    const folder = await fixture('ambiguous', 'fx-match-ambiguous-cli');
    const { code, stderr } = await runCli([folder]);
    expect(code).toBe(1);
    expect(stderr).toContain('fx-match-ambiguous-cli: 1 problem; nothing was written.');
    expect(stderr).toContain('dataset.yaml: entities[0]: person:fx-abdellatif-hammouchi-2 ("Abdellatif Hammouchi") is new to the graph');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('--dry-run prints what would be created, merged and refined, and writes nothing', async () => {
    const before = await exportGraph(executor);
    const { code, stdout } = await runCli([await fixture('hamouchi', 'fx-match-hamouchi'), '--dry-run']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(/^Dry run of dataset "fx-match-hamouchi" into bolt:\/\/.*: nothing was written\. A load would:$/),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        "  Entities: 0 to create, 2 to merge into entities of the graph, 0 already this dataset's.",
        '    merge person:hamouchi into person:abdellatif-hammouchi ("Abdellatif Hammouchi", "عبد اللطيف حموشي"; Wikidata Q999999901; ' +
          'declared by fx-match-base) by wikidata Q999999901',
        '    merge country:fx-matchland into country:fx-matchland ("Matchland"; no Wikidata id; declared by fx-match-base) by id',
        "  Events: 1 to create, 1 declared by another dataset (this one adds its evidence), 0 already this dataset's.",
        '    create event:fx-match-visit',
        '    join event:fx-match-meeting: date refined: "2025" (2025) → "from 24 to 27 November 2025" (2025-11-24/2025-11-27)',
        '    join event:fx-match-meeting: shown role of country:fx-matchland: none → HOST',
        "  Relations: 0 to create, 0 declared by another dataset (this one adds its evidence), 0 already this dataset's.",
        '  Also: 1 sources, 2 excerpts.',
      ]),
    );
    expect((await exportGraph(executor)).checksum).toBe(before.checksum);
  }, 60_000);

  it('merges "Hamouchi" with Hammouchi\'s Wikidata id into his entity: one person, the new name and mention, the events attached', async () => {
    await seed(await fixture('hamouchi', 'fx-match-hamouchi'));
    expect(await persons()).toEqual([HAMMOUCHI]);
    const { records } = await executor.read(cypher`
      MATCH (p:Entity {id: 'person:abdellatif-hammouchi'})
      RETURN p.wikidata AS wikidata, p.dataset AS owner,
        COLLECT { MATCH (p)<-[:NAME_OF]-(n:Name {dataset: 'fx-match-hamouchi'}) RETURN n.text } AS names,
        COLLECT { MATCH (p)-[:MENTIONED_IN]->(x:Excerpt) RETURN x.id ORDER BY x.id } AS mentions,
        COLLECT { MATCH (p)-[r:PARTICIPATED_IN]->(e:Event) RETURN e.id + '/' + r.role ORDER BY e.id } AS events,
        COLLECT { MATCH (e:Event {id: 'event:fx-match-meeting'}) RETURN e.datePhrase }[0] AS meetingDate`);
    expect(records[0]?.toObject()).toEqual({
      wikidata: 'Q999999901',
      owner: 'fx-match-base',
      names: ['Hamouchi'],
      mentions: ['ex:fx-match-base-meeting', 'ex:fx-match-hamouchi-visit'],
      events: ['event:fx-match-meeting/ORGANISER', 'event:fx-match-visit/VISITOR'],
      meetingDate: 'from 24 to 27 November 2025',
    });
    // A second run of the same files changes nothing: the merge is found again.
    const again = await seed(await fixture('hamouchi', 'fx-match-hamouchi'));
    expect([again.created, again.updated, again.deleted]).toEqual([0, 0, 0]);
  });

  it('merges an entity that says sameAs', async () => {
    await seed(await fixture('ambiguous', 'fx-match-same-as', (c) => (c['entities'][0].sameAs = HAMMOUCHI)));
    expect(await persons()).toEqual([HAMMOUCHI]);
    const { records } = await executor.read(cypher`
      MATCH (:Entity {id: 'person:abdellatif-hammouchi'})-[r:PARTICIPATED_IN]->(:Event {id: 'event:fx-match-speech'}) RETURN r.role AS role`);
    expect(records.map((record) => record.get('role'))).toEqual(['VISITOR']);
  });

  it('lets an entity that says distinct through as a new entity', async () => {
    await deleteDataset(executor, 'fx-match-same-as'); // the same source, said another way
    await seed(await fixture('ambiguous', 'fx-match-distinct', (c) => (c['entities'][0].distinct = [HAMMOUCHI])));
    expect(await persons()).toEqual(['person:abdellatif-hammouchi', 'person:fx-abdellatif-hammouchi-2']);
  });

  it('refuses conflicting evidence: sameAs one entity with another Wikidata id', async () => {
    const before = await exportGraph(executor);
    const folder = await fixture('ambiguous', 'fx-match-conflict', (c) => {
      c['entities'][0].id = 'person:fx-conflicted';
      c['entities'][0].sameAs = HAMMOUCHI;
      c['entities'][0].wikidata = 'Q999999902';
      c['events'][0].participants[0].entity = 'person:fx-conflicted';
    });
    const error = await refusal(folder);
    expect(error.problems).toEqual([
      expect.objectContaining({
        path: 'entities[0].wikidata',
        message: expect.stringMatching(
          /^person:fx-conflicted has Wikidata Q999999902, but person:abdellatif-hammouchi \(.*\) has Q999999901: one entity has one Wikidata id/,
        ),
      }),
    ]);
    expect((await exportGraph(executor)).checksum).toBe(before.checksum);
  });
});
