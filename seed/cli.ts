// npm run seed [-- [--dry-run] [--mode auto|sync|bulk|import] [--commit-every N] [--batch-size N] <dataset folder>]: validates a
// dataset folder (default: every folder under seed/data, the article first) and loads each into Neo4j all or nothing, committing as it goes (see
// seed/README.md: the load journal). A large first load into the empty database of the local Neo4j goes through
// Neo4j's offline import tool (mode import; auto picks it). An unfinished load whose loader is gone is undone first; one that may still
// run refuses this one. NEO4J_URI picks the server; without it the project's local `dev` Neo4j is started when
// needed and left running. With --dry-run it matches each dataset's entities against the graph, judges each detail of
// its events and relations (date, place, counts, roles, period) with every source's claim, and prints what a load
// would create, merge, refine and contest, and writes nothing (no schema, no journal, no recovery).
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config.js';
import { ConnectionError, connectGraph, type Graph } from '../src/connect.js';
import { applySchema } from '../src/db/schema.js';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../src/errors.js';
import { LocalNeo4jError } from '../src/local-neo4j/index.js';
import {
  DatasetError,
  defaultDatasetFolders,
  formatProblem,
  LoadInProgressError,
  LoadNotUndoneError,
  BULK_THRESHOLD,
  databaseIsEmpty,
  datasetRows,
  describePlan,
  importDataset,
  planDataset,
  readDataset,
  writeDataset,
  type Dataset,
  type WriteSummary,
} from '../src/ingest/index.js';

const say = (line: string) => console.log(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function describe(summary: WriteSummary, uri: string): string[] {
  return [
    `Seeded dataset "${summary.dataset}" into ${uri} in ${seconds(summary.elapsedMs)} ` +
      `(${summary.mode} mode, ${summary.commits} commits taking ${seconds(summary.commitMs)}): ` +
      `${summary.rows} rows, ${summary.rowsPerSecond} rows/s.`,
    `  rows: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.shared} shared with ` +
      `other datasets, ${summary.deleted} deleted, ${summary.handedOver} handed over; ${summary.recomputed} facts re-derived`,
    `  Neo4j: ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created, ${summary.nodesDeleted} nodes and ` +
      `${summary.relationshipsDeleted} relationships deleted, ${summary.propertiesSet} properties set, ` +
      `${summary.labelsAdded} labels added, ${summary.labelsRemoved} removed (${summary.statements} statements)`,
  ];
}

/** What loading each dataset would do to the graph as it is now; nothing is written. */
async function dryRun(graph: Graph, datasets: readonly Dataset[]): Promise<void> {
  if (datasets.length > 1) {
    say('Dry run: each dataset is planned against the graph as it is now, not as the datasets before it would leave it.');
  }
  for (const dataset of datasets) {
    const plan = await planDataset(graph.executor, dataset);
    say(`Dry run of dataset "${plan.dataset}" into ${graph.connection.uri}: nothing was written. A load would:`);
    for (const line of describePlan(plan)) say(line);
  }
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        mode: { type: 'string', default: 'auto' },
        'commit-every': { type: 'string' },
        'batch-size': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch {
    parsed = undefined;
  }
  const mode = parsed?.values.mode;
  const count = (value: string | undefined) => (value === undefined ? undefined : /^[1-9]\d*$/.test(value) ? Number(value) : NaN);
  const commitEvery = count(parsed?.values['commit-every']);
  const batchSize = count(parsed?.values['batch-size']);
  if (
    !parsed ||
    parsed.positionals.length > 1 ||
    (mode !== 'auto' && mode !== 'sync' && mode !== 'bulk' && mode !== 'import') ||
    Number.isNaN(commitEvery) ||
    Number.isNaN(batchSize)
  ) {
    console.error(
      'usage: npm run seed [-- [--dry-run] [--mode auto|sync|bulk|import] [--commit-every <rows>] [--batch-size <rows>] <dataset folder>]   ' +
        '(default: every folder of seed/data, the article first; --dry-run prints what the load would do and writes nothing)',
    );
    process.exitCode = 2;
    return;
  }
  const given = parsed.positionals[0];
  const folders = given === undefined ? await defaultDatasetFolders() : [resolve(given)];
  const config = loadConfig();

  // Validate every dataset before touching the database: a broken dataset needs no server to be reported.
  const datasets = [];
  for (const folder of folders) {
    const started = performance.now();
    const dataset = await readDataset(folder);
    say(
      `Dataset "${dataset.id}" (${relative(process.cwd(), folder) || '.'}): ${dataset.files.length} files valid in ${seconds(performance.now() - started)}.`,
    );
    datasets.push(dataset);
  }

  let graph: Graph | undefined;
  try {
    graph = await connectGraph(config, say);
    say(`Connected to Neo4j ${graph.server.version} ${graph.server.edition} at ${graph.connection.uri}.`);
    if (parsed.values['dry-run']) {
      await dryRun(graph, datasets);
      return;
    }
    await applySchema(graph.executor);
    const local = graph.local;
    if (mode === 'import' && !local) {
      throw new ConnectionError('The import tool runs only on the local Neo4j this project manages (NEO4J_URI is set): use --mode bulk.');
    }
    for (const dataset of datasets) {
      const viaImport =
        local !== undefined &&
        // The import tool fills an empty database: with several datasets, the first only.
        ((mode === 'import' && dataset === datasets[0]) ||
          (mode === 'auto' && datasetRows(dataset) >= BULK_THRESHOLD && (await databaseIsEmpty(graph.executor))));
      if (local && viaImport) {
        const summary = await importDataset(graph.executor, local.instance, dataset, { log: (line) => say(`  ${line}`) });
        say(
          `Seeded dataset "${summary.dataset}" into ${graph.connection.uri} in ${seconds(summary.elapsedMs)} through the import tool: ` +
            `${summary.rows} rows, ${summary.rowsPerSecond} rows/s (files ${seconds(summary.filesMs)}, import and restart ` +
            `${seconds(summary.importMs)}, schema ${seconds(summary.schemaMs)}).`,
        );
      } else {
        const writeMode = mode === 'import' ? 'auto' : mode;
        const summary = await writeDataset(graph.executor, dataset, { mode: writeMode, commitEvery, batchSize, log: (line) => say(`  ${line}`) });
        for (const line of describe(summary, graph.connection.uri)) say(line);
      }
    }
    if (graph.local) {
      say(
        `The local Neo4j (dev) ${graph.local.startedNow ? 'was started and ' : ''}keeps running at ${graph.connection.uri}; npm run db:stop stops it.`,
      );
    }
  } catch (error) {
    if (graph && (error instanceof DatabaseUnavailableError || error instanceof DatabaseTimeoutError)) {
      throw new ConnectionError(
        `Seeding Neo4j at ${graph.connection.uri} failed: ${error.message} The load is all or nothing: what it had committed is undone ` +
          'by the next load, or by the API when it starts, once Neo4j answers.',
      );
    }
    throw error;
  } finally {
    await graph?.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof DatasetError) {
    console.error(`${error.folder}: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; nothing was written.`);
    for (const problem of error.problems) console.error(formatProblem(problem));
  } else if (
    error instanceof ConfigError ||
    error instanceof ConnectionError ||
    error instanceof LocalNeo4jError ||
    error instanceof LoadInProgressError ||
    error instanceof LoadNotUndoneError
  ) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
