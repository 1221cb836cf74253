import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteDataset, describePlan, planDataset, readDataset, seedDataset } from '../../src/ingest/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { exportGraph } from '../support/export.js';
import { openTestGraph } from '../support/graph.js';

// What `npm run seed -- <folder> --dry-run` prints of each detail a second and third source refine or contest: the
// datasets of test/fixtures/seed/details (a summit's place and count of countries) and roles (an envoy's part in a
// visit, the period of the envoy's headship), loaded in turn on top of the article graph; before each load, its dry
// run, which writes nothing.

const { driver, executor } = openTestGraph(60_000);
const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'seed');
type Fixture = readonly ['details' | 'roles', 'first' | 'refine' | 'conflict'];
const datasetId = ([set, name]: Fixture) => `fx-${set}-${name}`;

const load = (fixture: Fixture) => seedDataset(executor, join(FIXTURES, ...fixture), { datasetId: datasetId(fixture), log: () => undefined });

/** The dry run's lines (what the CLI prints under its heading), checking that the graph is unchanged. */
async function dryRun(fixture: Fixture): Promise<string[]> {
  const before = await exportGraph(executor);
  const dataset = await readDataset(join(FIXTURES, ...fixture), { datasetId: datasetId(fixture) });
  const lines = describePlan(await planDataset(executor, dataset));
  expect((await exportGraph(executor)).checksum).toBe(before.checksum);
  return lines;
}

afterAll(async () => {
  for (const set of ['details', 'roles'] as const) {
    for (const name of ['conflict', 'refine', 'first'] as const) await deleteDataset(executor, datasetId([set, name]));
  }
  await driver.close();
});

describe('the dry run of a source that refines or contests a detail', () => {
  it("prints the place and count a second source refines, and a new participant's role", async () => {
    await load(['details', 'first']);
    expect(await dryRun(['details', 'refine'])).toEqual([
      "  Entities: 1 to create, 1 to merge into entities of the graph, 0 already this dataset's.",
      '    merge country:fx-detailand into country:fx-detailand ("Detailand"; no Wikidata id; declared by fx-details-first) by id',
      '    create city:fx-northport',
      "  Events: 0 to create, 1 declared by another dataset (this one adds its evidence), 0 already this dataset's.",
      '    join event:fx-details-summit: place refined: country:fx-detailand → city:fx-northport',
      '    join event:fx-details-summit: quantity COUNTRIES refined: "more than 150 countries" (151..) → "179 countries" (179)',
      '    join event:fx-details-summit: shown role of city:fx-northport: none → HOST',
      "  Relations: 0 to create, 0 declared by another dataset (this one adds its evidence), 0 already this dataset's.",
      '  Also: 1 sources, 1 excerpts.',
    ]);
  });

  it('prints a place and a count a third source contests, with every value in conflict and what would be shown', async () => {
    await load(['details', 'refine']);
    expect(await dryRun(['details', 'conflict'])).toEqual([
      "  Entities: 1 to create, 1 to merge into entities of the graph, 0 already this dataset's.",
      '    merge country:fx-detailand into country:fx-detailand ("Detailand"; no Wikidata id; declared by fx-details-first, fx-details-refine) by id',
      '    create city:fx-southport',
      "  Events: 0 to create, 1 declared by another dataset (this one adds its evidence), 0 already this dataset's.",
      '    join event:fx-details-summit: place contested: src:fx-details-conflict says city:fx-southport, src:fx-details-refine says city:fx-northport; ' +
        'the shown place would become country:fx-detailand, was city:fx-northport',
      '    join event:fx-details-summit: quantity COUNTRIES contested: src:fx-details-conflict says "196 pays" (196), ' +
        'src:fx-details-refine says "179 countries" (179); the shown quantity COUNTRIES would become 179..196, was "179 countries" (179)',
      '    join event:fx-details-summit: shown role of city:fx-southport: none → HOST',
      "  Relations: 0 to create, 0 declared by another dataset (this one adds its evidence), 0 already this dataset's.",
      '  Also: 1 sources, 1 excerpts.',
    ]);
  });

  it("prints a participant's role and a relation's start a second source refines, and the end it adds", async () => {
    await load(['roles', 'first']);
    expect(await dryRun(['roles', 'refine'])).toEqual([
      "  Entities: 0 to create, 3 to merge into entities of the graph, 0 already this dataset's.",
      '    merge person:fx-roles-envoy into person:fx-roles-envoy ("Fixture Envoy"; no Wikidata id; declared by fx-roles-first) by id',
      '    merge country:fx-roles-hostland into country:fx-roles-hostland ("Hostland"; no Wikidata id; declared by fx-roles-first) by id',
      '    merge org:fx-roles-agency into org:fx-roles-agency ("Fixture Agency"; no Wikidata id; declared by fx-roles-first) by id',
      "  Events: 0 to create, 1 declared by another dataset (this one adds its evidence), 0 already this dataset's.",
      '    join event:fx-roles-visit: role of person:fx-roles-envoy refined: PARTICIPANT → VISITOR',
      "  Relations: 0 to create, 1 declared by another dataset (this one adds its evidence), 0 already this dataset's.",
      '    join rel:fx-roles-envoy-heads-agency: period start refined: "since 2019" (2019) → "since March 2019" (2019-03)',
      '    join rel:fx-roles-envoy-heads-agency: shown period end: none → "until 2023" (2023)',
      '  Also: 1 sources, 2 excerpts.',
    ]);
  });

  it("prints a participant's roles and a relation's start a third source contests, never one side as shown", async () => {
    await load(['roles', 'refine']);
    expect(await dryRun(['roles', 'conflict'])).toEqual([
      "  Entities: 0 to create, 2 to merge into entities of the graph, 0 already this dataset's.",
      '    merge person:fx-roles-envoy into person:fx-roles-envoy ("Fixture Envoy"; no Wikidata id; declared by fx-roles-first, fx-roles-refine) by id',
      '    merge org:fx-roles-agency into org:fx-roles-agency ("Fixture Agency"; no Wikidata id; declared by fx-roles-first, fx-roles-refine) by id',
      "  Events: 0 to create, 1 declared by another dataset (this one adds its evidence), 0 already this dataset's.",
      '    join event:fx-roles-visit: roles of person:fx-roles-envoy contested: src:fx-roles-conflict says HOST, src:fx-roles-refine says VISITOR; ' +
        'the shown roles of person:fx-roles-envoy would become PARTICIPANT, were VISITOR',
      "  Relations: 0 to create, 1 declared by another dataset (this one adds its evidence), 0 already this dataset's.",
      '    join rel:fx-roles-envoy-heads-agency: period start contested: src:fx-roles-first says "since 2019" (2019), ' +
        'src:fx-roles-conflict says "depuis 2017" (2017), src:fx-roles-refine says "since March 2019" (2019-03); ' +
        'the shown period start would become 2017-01-01/2019-12-31, was "since March 2019" (2019-03)',
      '  Also: 1 sources, 2 excerpts.',
    ]);
  });

  it('prints no change when a dataset is loaded again as it is, and the conflicts that stay', async () => {
    await load(['roles', 'conflict']);
    const lines = await dryRun(['roles', 'conflict']);
    // Refined and other changed values are the lines with an arrow.
    expect(lines.filter((line) => line.includes(' → '))).toEqual([]);
    expect(lines.filter((line) => line.includes('contested'))).toEqual([
      '    join event:fx-roles-visit: roles of person:fx-roles-envoy contested: src:fx-roles-conflict says HOST, src:fx-roles-refine says VISITOR; ' +
        'the shown roles of person:fx-roles-envoy would become PARTICIPANT, were PARTICIPANT',
      '    join rel:fx-roles-envoy-heads-agency: period start contested: src:fx-roles-first says "since 2019" (2019), ' +
        'src:fx-roles-conflict says "depuis 2017" (2017), src:fx-roles-refine says "since March 2019" (2019-03); ' +
        'the shown period start would become 2017-01-01/2019-12-31, was 2017-01-01/2019-12-31',
    ]);
  });
});
