import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from './dataset.js';
import {
  entityRows,
  eventRows,
  evidenceRows,
  excerptRows,
  inCountryRows,
  mentionRows,
  nameRows,
  occurredInRows,
  participationRows,
  provenanceOf,
  relationRows,
  sourceRows,
} from './rows.js';

/**
 * The files of a first load through Neo4j's offline import tool (`neo4j-admin database import full`): one CSV
 * file per label and relationship type, written from the same rows as the transactional loader's, so that the
 * imported graph is the one the loader would write (same properties, derived properties and hashes; the export
 * checksum is compared in test/integration/import-tool.test.ts).
 *
 * Format (Neo4j's import header format): `id:ID(<Label>)` names each node in the id space of its label (the
 * uniqueness constraints are per label too) and stores it as the `id` property; `:START_ID(<Label>)` and
 * `:END_ID(<Label>)` find the ends; every other column is `name:type`. A null is an empty unquoted field (no
 * property, as `SET n.p = null` leaves none); every string is quoted, so an empty string stays one. Arrays are
 * joined with ARRAY_DELIMITER, a character no value may hold (checked), and fields may span lines (source texts).
 */

/** Joins array values in a field (passed to the import tool as `--array-delimiter`). */
export const ARRAY_DELIMITER = '\u001f';

type ColumnType = 'string' | 'long' | 'boolean' | 'string[]';
type Columns = Readonly<Record<string, ColumnType>>;

const DATE = (prefix: string): Columns => ({
  [`${prefix}Phrase`]: 'string',
  [`${prefix}Precision`]: 'string',
  [`${prefix}Earliest`]: 'string',
  [`${prefix}Latest`]: 'string',
  [`${prefix}Edtf`]: 'string',
});
const LOCALIZED = (prefix: string): Columns => ({ [`${prefix}_ar`]: 'string', [`${prefix}_fr`]: 'string', [`${prefix}_en`]: 'string' });
const DERIVED_FACT: Columns = {
  status: 'string',
  statementKinds: 'string[]',
  sourceIds: 'string[]',
  statusReason: 'string',
  sourceVerdicts: 'string[]',
};

/** The columns of each kind of row besides its id (the graph model of src/db/README.md). */
const NODE_COLUMNS = {
  Source: {
    language: 'string',
    title: 'string',
    publisher: 'string',
    url: 'string',
    relays: 'string',
    independenceKeys: 'string[]',
    ...DATE('published'),
    ...DATE('retrieved'),
    text: 'string',
    contentHash: 'string',
    length: 'long',
    note: 'string',
  },
  Excerpt: { sourceId: 'string', start: 'long', end: 'long', quote: 'string' },
  Entity: {
    kind: 'string',
    ...LOCALIZED('name'),
    sortName: 'string',
    aliases: 'string[]',
    aliasLanguages: 'string[]',
    ...LOCALIZED('description'),
    wikidata: 'string',
    cameoActor: 'string',
    countryId: 'string',
  },
  Event: {
    type: 'string',
    cameo: 'string',
    cameoLabel: 'string',
    plover: 'string',
    ...LOCALIZED('title'),
    ...LOCALIZED('summary'),
    ...DATE('date'),
    year: 'long',
    sortKey: 'string',
    placeId: 'string',
    ...DERIVED_FACT,
  },
  Evidence: {
    factId: 'string',
    factType: 'string',
    excerptId: 'string',
    statementKind: 'string',
    stance: 'string',
    attributedToId: 'string',
    note: 'string',
    ...DATE('claimedDate'),
    claimedQuantityUnits: 'string[]',
    claimedQuantityPhrases: 'string[]',
    claimedQuantityRanges: 'string[]',
    claimedPlaceId: 'string',
    ...DATE('claimedSince'),
    ...DATE('claimedUntil'),
  },
  Name: { ownerId: 'string', text: 'string', lang: 'string', primary: 'boolean', keys: 'string', wordCount: 'long', matchKey: 'string' },
} as const satisfies Record<string, Columns>;

const RELATION_COLUMNS: Columns = { ...DATE('since'), ...DATE('until'), ...LOCALIZED('description'), ...DERIVED_FACT };
const PARTICIPATION_COLUMNS: Columns = { role: 'string', ...DERIVED_FACT, sortKey: 'string', timelineKey: 'string' };

export interface ImportFile {
  /** The import tool's argument value: `<Label>=<file>` or `<TYPE>=<file>`. */
  readonly argument: string;
  readonly rows: number;
}

export interface ImportFiles {
  readonly nodes: readonly ImportFile[];
  readonly relationships: readonly ImportFile[];
  readonly rows: number;
}

/** A field of the CSV file: null empty, everything else quoted (strings) or bare (numbers, booleans). */
function field(value: unknown, type: ColumnType, where: () => string): string {
  if (value === null || value === undefined) return '';
  switch (type) {
    case 'long':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Error(`${where()}: ${JSON.stringify(value)} is not an integer`);
      return String(value);
    case 'boolean':
      return value === true ? 'true' : 'false';
    case 'string[]': {
      const items = value as readonly string[];
      // An empty list is written after the import (EMPTY_ALIAS_LISTS): the import tool reads an empty field as none.
      if (items.length === 0) return '';
      for (const item of items) if (item.includes(ARRAY_DELIMITER)) throw new Error(`${where()}: a value holds the array delimiter U+001F`);
      return quote(items.join(ARRAY_DELIMITER));
    }
    case 'string':
      if (typeof value !== 'string') throw new Error(`${where()}: ${JSON.stringify(value)} is not a string`);
      return quote(value);
  }
}

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * Lines are joined into chunks of about this size before they reach the stream, and a file waits for the disk only
 * when 4 MiB are buffered: the rows are computed while earlier ones are written (with a write per line and the
 * stream's default 16 KiB, building the files of S spent a fifth of its time waiting for the disk).
 */
const CHUNK_CHARS = 256 * 1024;
const WRITE_BUFFER_BYTES = 4 * 1024 * 1024;

/** One CSV file: a header, then a line per row; resolves the row count once everything is flushed. */
class CsvFile {
  private readonly stream: WriteStream;
  private chunk = '';
  rows = 0;
  constructor(
    readonly path: string,
    header: readonly string[],
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8', highWaterMark: WRITE_BUFFER_BYTES });
    this.chunk = `${header.join(',')}\n`;
  }
  /** Adds a line; returns a promise to await only when the file must wait for the disk. */
  line(fields: readonly string[]): Promise<unknown> | undefined {
    this.rows += 1;
    this.chunk += `${fields.join(',')}\n`;
    return this.chunk.length >= CHUNK_CHARS ? this.flush() : undefined;
  }
  private flush(): Promise<unknown> | undefined {
    const written = this.stream.write(this.chunk);
    this.chunk = '';
    return written ? undefined : once(this.stream, 'drain');
  }
  async close(): Promise<number> {
    if (this.chunk.length > 0) await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    return this.rows;
  }
}

const header = (columns: Columns) => Object.entries(columns).map(([name, type]) => `${name}:${type}`);

/**
 * Writes the import tool's files for a first load of `dataset` into `folder` (created if missing). Only for a
 * dataset none of whose ids the graph holds, into an empty database: the rows' derived properties are then what
 * the transactional loader would write.
 *
 * Longer than a function should be, on purpose: one short block per kind of row, in the loader's dependency
 * order, so that every file, its id space and its columns read in one place against src/db/ingest/nodes.ts.
 */
export async function writeImportFiles(dataset: Dataset, folder: string): Promise<ImportFiles> {
  await mkdir(folder, { recursive: true });
  const provenance = provenanceOf(dataset);
  const files: { node: boolean; name: string; csv: CsvFile }[] = [];
  const open = (node: boolean, name: string, fileName: string, head: readonly string[]) => {
    const csv = new CsvFile(join(folder, fileName), head);
    files.push({ node, name, csv });
    return csv;
  };
  const datasetField = quote(dataset.id);
  const nodeFile = <L extends keyof typeof NODE_COLUMNS>(label: L, extraHead: readonly string[] = []) =>
    open(true, label, `nodes-${label}.csv`, [`id:ID(${label})`, ...extraHead, ...header(NODE_COLUMNS[label]), 'dataset:string', 'hash:string']);
  const props = (label: keyof typeof NODE_COLUMNS, id: string, values: Readonly<Record<string, unknown>>) =>
    Object.entries(NODE_COLUMNS[label] as Columns).map(([name, type]) => field(values[name], type, () => `${label} ${id}, ${name}`));

  const sources = nodeFile('Source');
  for (const row of sourceRows(dataset)) await sources.line([quote(row.id), ...props('Source', row.id, row.props), datasetField, quote(row.hash)]);

  const excerpts = nodeFile('Excerpt');
  const from = open(false, 'FROM', 'rels-FROM.csv', [':START_ID(Excerpt)', ':END_ID(Source)', 'dataset:string']);
  for (const row of excerptRows(dataset)) {
    await excerpts.line([quote(row.id), ...props('Excerpt', row.id, row.props), datasetField, quote(row.hash)]);
    await from.line([quote(row.id), quote(row.props.sourceId), datasetField]);
  }

  const entities = nodeFile('Entity', [':LABEL']);
  for (const row of entityRows(dataset)) {
    await entities.line([
      quote(row.id),
      quote(`Entity${ARRAY_DELIMITER}${row.label}`),
      ...props('Entity', row.id, row.props),
      datasetField,
      quote(row.hash),
    ]);
  }
  await links(
    open(false, 'IN_COUNTRY', 'rels-IN_COUNTRY.csv', [':START_ID(Entity)', ':END_ID(Entity)', 'dataset:string']),
    inCountryRows(dataset, new Set()),
  );
  await links(
    open(false, 'MENTIONED_IN', 'rels-MENTIONED_IN.csv', [':START_ID(Entity)', ':END_ID(Excerpt)', 'dataset:string']),
    mentionRows(dataset),
  );

  const events = nodeFile('Event');
  const sortKeyOf = new Map<string, string>();
  for (const row of eventRows(dataset, provenance)) {
    sortKeyOf.set(row.id, row.props.sortKey);
    await events.line([quote(row.id), ...props('Event', row.id, { ...row.props, ...row.derived }), datasetField, quote(row.hash)]);
  }
  await links(
    open(false, 'OCCURRED_IN', 'rels-OCCURRED_IN.csv', [':START_ID(Event)', ':END_ID(Entity)', 'dataset:string']),
    occurredInRows(dataset, new Set()),
  );

  const participations = open(false, 'PARTICIPATED_IN', 'rels-PARTICIPATED_IN.csv', [
    ':START_ID(Entity)',
    ':END_ID(Event)',
    'id:string',
    ...header(PARTICIPATION_COLUMNS),
    'dataset:string',
    'hash:string',
  ]);
  for (const row of participationRows(dataset, provenance)) {
    const sortKey = sortKeyOf.get(row.to);
    // As the transactional loader writes it (src/db/ingest/timeline.ts).
    const timelineKey = sortKey === undefined ? undefined : `${row.from}|${sortKey}`;
    const values: Record<string, unknown> = { ...row.props, ...row.derived, sortKey, timelineKey };
    await participations.line([
      quote(row.from),
      quote(row.to),
      quote(row.id),
      ...Object.entries(PARTICIPATION_COLUMNS).map(([name, type]) => field(values[name], type, () => `participation ${row.id}, ${name}`)),
      datasetField,
      quote(row.hash),
    ]);
  }

  const relationFiles = new Map<string, CsvFile>();
  for (const row of relationRows(dataset, provenance)) {
    let csv = relationFiles.get(row.type);
    if (!csv) {
      csv = open(false, row.type, `rels-${row.type}.csv`, [
        ':START_ID(Entity)',
        ':END_ID(Entity)',
        'id:string',
        ...header(RELATION_COLUMNS),
        'dataset:string',
        'hash:string',
      ]);
      relationFiles.set(row.type, csv);
    }
    const values: Record<string, unknown> = { ...row.props, ...row.derived };
    await csv.line([
      quote(row.from),
      quote(row.to),
      quote(row.id),
      ...Object.entries(RELATION_COLUMNS).map(([name, type]) => field(values[name], type, () => `relation ${row.id}, ${name}`)),
      datasetField,
      quote(row.hash),
    ]);
  }

  const evidence = nodeFile('Evidence');
  const cites = open(false, 'CITES', 'rels-CITES.csv', [':START_ID(Evidence)', ':END_ID(Excerpt)', 'dataset:string']);
  for (const row of evidenceRows(dataset)) {
    await evidence.line([quote(row.id), ...props('Evidence', row.id, row.props), datasetField, quote(row.hash)]);
    await cites.line([quote(row.id), quote(row.props.excerptId), datasetField]);
  }

  const names = nodeFile('Name');
  const nameOfEntity = open(false, 'NAME_OF', 'rels-NAME_OF-Entity.csv', [':START_ID(Name)', ':END_ID(Entity)', 'dataset:string']);
  const nameOfEvent = open(false, 'NAME_OF', 'rels-NAME_OF-Event.csv', [':START_ID(Name)', ':END_ID(Event)', 'dataset:string']);
  for (const row of nameRows(dataset)) {
    await names.line([quote(row.id), ...props('Name', row.id, row.props), datasetField, quote(row.hash)]);
    await (row.ownerIsEvent ? nameOfEvent : nameOfEntity).line([quote(row.id), quote(row.props.ownerId), datasetField]);
  }

  const nodes: ImportFile[] = [];
  const relationships: ImportFile[] = [];
  for (const { node, name, csv } of files) {
    const rows = await csv.close();
    (node ? nodes : relationships).push({ argument: `${name}=${csv.path}`, rows });
  }
  return { nodes, relationships, rows: [...nodes, ...relationships].reduce((sum, file) => sum + file.rows, 0) };

  async function links(csv: CsvFile, rows: Iterable<{ from: string; to: string }>): Promise<void> {
    for (const row of rows) await csv.line([quote(row.from), quote(row.to), datasetField]);
  }
}
