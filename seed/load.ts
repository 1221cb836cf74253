import { hash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher, type Cypher } from '../src/db/cypher.js';
import { toNeo4jParams, type Executor, type RollingTransaction } from '../src/db/executor.js';
import { chronologicalSortKey, InvalidDateError, parseDateValue, type DateBounds } from '../src/domain/dates.js';
import {
  ENTITY_KIND_LABEL,
  EVENT_TYPE_CODING,
  RELATION_TYPES,
  STATEMENT_KINDS,
  type RelationType,
} from '../src/domain/vocabulary.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { normalizeText, searchKeys } from '../src/search/normalize.js';
import {
  datasetFileSpec,
  type DateSpec,
  type EntitySpec,
  type EventSpec,
  type EvidenceSpec,
  type ExcerptSpec,
  type LocalizedTextSpec,
  type RelationSpec,
  type SourceSpec,
} from './dataset-schema.js';
import { CodePointText, contentHash, readSourceText } from './source-text.js';

/**
 * The seed loader: reads a dataset folder (YAML/JSON files in the format of seed/dataset-schema.ts), checks it
 * completely before anything is written, then writes it into the graph model of src/db/README.md in one write
 * transaction. Every row carries a content hash, so only new or changed rows are sent and a second run writes
 * nothing; rows of the same dataset that the files no longer hold are deleted in the same transaction.
 *
 * Every node and relationship carries `dataset`, the dataset that owns it. Sources, excerpts, evidence and names
 * belong to one dataset. Entities, events, participations and relations may be declared by several (one
 * real-world thing has one id in every dataset, seed/README.md): the first to write one owns its values, the
 * others attach their own evidence, names and mentions to it (so facts corroborate across sources), and when
 * the owner stops declaring it, a dataset that still does takes it over. No load changes another dataset's rows,
 * except the properties derived from evidence, which are recomputed from every dataset's evidence.
 */

/** The dataset `npm run seed` loads when no folder is given. */
// From the project root, so it resolves the same from seed/ under tsx and from dist/seed/ in the Docker image.
export const DEFAULT_DATASET_FOLDER = join(PROJECT_ROOT, 'seed', 'data', 'article');

// ---------------------------------------------------------------------------------------------------------------
// Problems

/** One thing wrong with a dataset: the file (relative to the dataset folder), where in it, and what. */
export interface DatasetProblem {
  readonly file: string;
  /** A path such as `events[3].participants[0].entity`, or `line 12, column 3` for a syntax error. */
  readonly path: string;
  readonly message: string;
}

export function formatProblem(problem: DatasetProblem): string {
  return `${problem.file}: ${problem.path}: ${problem.message}`;
}

/** A dataset that cannot be loaded, with every problem found (not just the first). Nothing was written. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly folder: string,
    readonly problems: readonly DatasetProblem[],
  ) {
    super(
      `${folder}: ${problems.length} problem${problems.length === 1 ? '' : 's'}, nothing was written:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The validated dataset

/** Where a list item was declared: its file and the path of the item (e.g. `events[3]`). */
export interface Location {
  readonly file: string;
  readonly path: string;
}

export interface Located<T> extends Location {
  readonly spec: T;
}

export interface LoadedSource extends Located<SourceSpec> {
  /** The content text excerpt offsets count in (see seed/source-text.ts). */
  readonly text: string;
  readonly contentHash: string;
  /** Length in code points. */
  readonly length: number;
  readonly published: DateBounds;
}

export interface LoadedEvent extends Located<EventSpec> {
  readonly date: DateBounds;
}

export interface LoadedRelation extends Located<RelationSpec> {
  readonly since: DateBounds | undefined;
  readonly until: DateBounds | undefined;
}

/** A dataset that passed every check, ready for `writeDataset`. */
export interface Dataset {
  /** The dataset id every written node and relationship carries: the folder's basename. */
  readonly id: string;
  readonly folder: string;
  /** The files read, relative to the folder, in load order. */
  readonly files: readonly string[];
  readonly sources: readonly LoadedSource[];
  readonly excerpts: readonly Located<ExcerptSpec>[];
  readonly entities: readonly Located<EntitySpec>[];
  readonly events: readonly LoadedEvent[];
  readonly relations: readonly LoadedRelation[];
}

// ---------------------------------------------------------------------------------------------------------------
// Reading and validating

const DATASET_FILE = /\.(ya?ml|json)$/i;

export interface ReadOptions {
  /** Overrides the dataset id (default: the folder's basename). */
  readonly datasetId?: string;
}

/**
 * Reads every `*.yaml`, `*.yml` and `*.json` file under `folder` (recursively, in sorted order), validates each
 * against `datasetFileSpec`, then checks the dataset as a whole (unique ids, references, source texts, quotes
 * at their offsets, dates, evidence). Throws one DatasetError listing every problem.
 */
export async function readDataset(folder: string, options: ReadOptions = {}): Promise<Dataset> {
  const root = resolve(folder);
  const id = options.datasetId ?? basename(root);
  const problems: DatasetProblem[] = [];
  const files = await listDatasetFiles(root, problems);
  const parsed: Array<{ file: string; content: z.infer<typeof datasetFileSpec> }> = [];
  for (const file of files) {
    const content = await parseDatasetFile(root, file, problems);
    if (content) parsed.push({ file, content });
  }
  if (problems.length > 0) throw new DatasetError(root, problems);
  const dataset = await checkDataset(root, id, files, parsed, problems);
  if (problems.length > 0) throw new DatasetError(root, problems);
  return dataset;
}

async function listDatasetFiles(root: string, problems: DatasetProblem[]): Promise<string[]> {
  try {
    if (!(await stat(root)).isDirectory()) {
      problems.push({ file: '.', path: '(folder)', message: `${root} is not a folder` });
      return [];
    }
  } catch {
    problems.push({ file: '.', path: '(folder)', message: `${root} does not exist` });
    return [];
  }
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && DATASET_FILE.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  if (files.length === 0) problems.push({ file: '.', path: '(folder)', message: `no *.yaml, *.yml or *.json files in ${root}` });
  return files;
}

async function parseDatasetFile(
  root: string,
  file: string,
  problems: DatasetProblem[],
): Promise<z.infer<typeof datasetFileSpec> | undefined> {
  // A byte-order mark is not content (YAML skips it; JSON.parse does not).
  const text = (await readFile(join(root, file), 'utf8')).replace(/^\uFEFF/, '');
  let value: unknown;
  if (/\.json$/i.test(file)) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      // JSON.parse gives no position; JSON is YAML 1.2, so the YAML parser can say where the syntax breaks.
      const yamlErrors = parseDocument(text).errors;
      const where = yamlErrors[0]?.linePos?.[0];
      problems.push({
        file,
        path: where ? `line ${where.line}, column ${where.col}` : '(syntax)',
        message: `invalid JSON: ${(error as Error).message.split('\n')[0]}`,
      });
      return undefined;
    }
  } else {
    const document = parseDocument(text, { uniqueKeys: true });
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const where = error.linePos?.[0];
        problems.push({
          file,
          path: where ? `line ${where.line}, column ${where.col}` : '(syntax)',
          message: `invalid YAML: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
        });
      }
      return undefined;
    }
    value = document.toJS();
  }
  // An empty file holds nothing; that is not an error.
  const result = datasetFileSpec.safeParse(value ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ file, path: formatPath([...path, key]), message: `unknown field "${key}"` });
    } else {
      problems.push({ file, path: formatPath(path), message: issue.message });
    }
  }
  return undefined;
}

/** `['events', 3, 'participants', 0, 'entity']` → `events[3].participants[0].entity`. */
export function formatPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text === '' ? part : `.${part}`;
  return text === '' ? '(root)' : text;
}

type DeclaredKind = 'source' | 'excerpt' | 'entity' | 'event' | 'relation';

interface Declaration extends Location {
  readonly kind: DeclaredKind;
  /** For entities: ENTITY_KINDS value. */
  readonly entityKind?: string;
}

const ARTICLE: Readonly<Record<DeclaredKind, string>> = {
  source: 'a source',
  excerpt: 'an excerpt',
  entity: 'an entity',
  event: 'an event',
  relation: 'a relation',
};

async function checkDataset(
  root: string,
  id: string,
  files: readonly string[],
  parsed: ReadonlyArray<{ file: string; content: z.infer<typeof datasetFileSpec> }>,
  problems: DatasetProblem[],
): Promise<Dataset> {
  const report = (at: Location, field: string, message: string) =>
    problems.push({ file: at.file, path: field === '' ? at.path : `${at.path}.${field}`, message });

  const sources: Located<SourceSpec>[] = [];
  const excerpts: Located<ExcerptSpec>[] = [];
  const entities: Located<EntitySpec>[] = [];
  const events: Located<EventSpec>[] = [];
  const relations: Located<RelationSpec>[] = [];
  for (const { file, content } of parsed) {
    content.sources.forEach((spec, i) => sources.push({ file, path: `sources[${i}]`, spec }));
    content.excerpts.forEach((spec, i) => excerpts.push({ file, path: `excerpts[${i}]`, spec }));
    content.entities.forEach((spec, i) => entities.push({ file, path: `entities[${i}]`, spec }));
    content.events.forEach((spec, i) => events.push({ file, path: `events[${i}]`, spec }));
    content.relations.forEach((spec, i) => relations.push({ file, path: `relations[${i}]`, spec }));
  }

  // Ids are unique across every list of every file.
  const declared = new Map<string, Declaration>();
  const declare = (kind: DeclaredKind, item: Located<{ id: string; kind?: string }>) => {
    const first = declared.get(item.spec.id);
    if (first) {
      report(item, 'id', `duplicate id "${item.spec.id}": already declared at ${first.file}: ${first.path}.id`);
    } else {
      declared.set(item.spec.id, { kind, file: item.file, path: item.path, entityKind: item.spec.kind });
    }
  };
  sources.forEach((item) => declare('source', item));
  excerpts.forEach((item) => declare('excerpt', item));
  entities.forEach((item) => declare('entity', item));
  events.forEach((item) => declare('event', item));
  relations.forEach((item) => declare('relation', item));

  /** True when `ref` names a declaration of that kind (and entity kind); reports the problem otherwise. */
  const resolves = (at: Location, field: string, ref: string, kind: DeclaredKind, entityKind?: string): boolean => {
    const target = declared.get(ref);
    if (!target) {
      report(at, field, `"${ref}" does not match any id in the dataset (expected ${ARTICLE[kind]} id)`);
      return false;
    }
    if (target.kind !== kind) {
      report(at, field, `"${ref}" is ${ARTICLE[target.kind]} (${target.file}: ${target.path}), not ${ARTICLE[kind]}`);
      return false;
    }
    if (entityKind !== undefined && target.entityKind !== entityKind) {
      report(at, field, `"${ref}" is an entity of kind ${target.entityKind} (${target.file}: ${target.path}), not ${entityKind}`);
      return false;
    }
    return true;
  };

  const dateBounds = (at: Location, field: string, date: DateSpec | undefined): DateBounds | undefined => {
    if (date === undefined) return undefined;
    try {
      return parseDateValue(date.value);
    } catch (error) {
      if (!(error instanceof InvalidDateError)) throw error;
      report(at, `${field}.value`, error.message);
      return undefined;
    }
  };

  // Sources: the text file exists and is read the way offsets count.
  const loadedSources: LoadedSource[] = [];
  const sourceTexts = new Map<string, CodePointText>();
  for (const source of sources) {
    const path = resolve(root, dirname(source.file), source.spec.file);
    let text: string;
    try {
      text = await readSourceText(path, source.spec.trailingChromeLines);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      report(source, 'file', `cannot read the source text ${relative(root, path).split(sep).join('/')}: ${reason}`);
      continue;
    }
    const indexed = new CodePointText(text);
    sourceTexts.set(source.spec.id, indexed);
    const published = dateBounds(source, 'published', source.spec.published) ?? parseDateValue(undefined);
    loadedSources.push({ ...source, text, contentHash: contentHash(text), length: indexed.length, published });
  }

  // Excerpts: inside their source, and the quote is the text at the offsets.
  const quotes = new Map<string, string>();
  for (const excerpt of excerpts) {
    const { source, start, end, quote } = excerpt.spec;
    quotes.set(excerpt.spec.id, quote);
    if (!resolves(excerpt, 'source', source, 'source')) continue;
    const text = sourceTexts.get(source);
    if (!text) continue; // the source file problem is reported already
    if (start >= text.length) {
      report(excerpt, 'start', `start ${start} is past the end of the source text (${text.length} code points)`);
      continue;
    }
    if (end > text.length) {
      report(excerpt, 'end', `end ${end} is past the end of the source text (${text.length} code points)`);
      continue;
    }
    const actual = text.slice(start, end);
    if (actual !== quote) {
      // A quote found elsewhere means the offsets are wrong; found nowhere, the quote is.
      const found = text.locate(quote);
      report(excerpt, found.length > 0 ? 'start' : 'quote', quoteMismatch(start, end, quote, actual, found));
    }
  }

  // Evidence lists: excerpts and attributions resolve, no excerpt twice; returns the quotes cited.
  const checkEvidence = (at: Location, field: string, evidence: readonly EvidenceSpec[]): string[] => {
    const cited = new Map<string, number>();
    const citedQuotes: string[] = [];
    evidence.forEach((item, i) => {
      const path = `${field}[${i}]`;
      if (resolves(at, `${path}.excerpt`, item.excerpt, 'excerpt')) citedQuotes.push(quotes.get(item.excerpt) ?? '');
      const earlier = cited.get(item.excerpt);
      if (earlier !== undefined) report(at, `${path}.excerpt`, `cites "${item.excerpt}" again (already at ${field}[${earlier}])`);
      else cited.set(item.excerpt, i);
      if (item.attributedTo !== undefined) resolves(at, `${path}.attributedTo`, item.attributedTo, 'entity');
    });
    return citedQuotes;
  };

  const checkPhrase = (at: Location, field: string, date: DateSpec | undefined, citedQuotes: readonly string[], what: string) => {
    const phrase = date?.phrase;
    if (phrase === undefined || citedQuotes.length === 0) return;
    if (!citedQuotes.some((quote) => quote.includes(phrase))) {
      report(at, `${field}.phrase`, `"${phrase}" does not occur in any of the ${what}'s evidence quotes`);
    }
  };

  for (const entity of entities) {
    const { country, mentions, aliases } = entity.spec;
    if (country !== undefined) resolves(entity, 'country', country, 'entity', 'COUNTRY');
    const mentioned = new Map<string, number>();
    mentions.forEach((ref, i) => {
      resolves(entity, `mentions[${i}]`, ref, 'excerpt');
      const earlier = mentioned.get(ref);
      if (earlier !== undefined) report(entity, `mentions[${i}]`, `lists "${ref}" again (already at mentions[${earlier}])`);
      else mentioned.set(ref, i);
    });
    const aliasSeen = new Map<string, number>();
    aliases.forEach((alias, i) => {
      const key = `${alias.lang}\u0000${alias.text}`;
      const earlier = aliasSeen.get(key);
      if (earlier !== undefined) report(entity, `aliases[${i}]`, `repeats the ${alias.lang} alias "${alias.text}" (already at aliases[${earlier}])`);
      else aliasSeen.set(key, i);
    });
  }

  const loadedEvents: LoadedEvent[] = [];
  for (const event of events) {
    const { place, participants } = event.spec;
    if (place !== undefined) resolves(event, 'place', place, 'entity');
    const roles = new Map<string, number>();
    participants.forEach((participant, i) => {
      resolves(event, `participants[${i}].entity`, participant.entity, 'entity');
      const key = `${participant.role}\u0000${participant.entity}`;
      const earlier = roles.get(key);
      if (earlier !== undefined) {
        report(event, `participants[${i}]`, `lists "${participant.entity}" as ${participant.role} again (already at participants[${earlier}])`);
      } else {
        roles.set(key, i);
      }
      checkEvidence(event, `participants[${i}].evidence`, participant.evidence);
    });
    const citedQuotes = checkEvidence(event, 'evidence', event.spec.evidence);
    const date = dateBounds(event, 'date', event.spec.date);
    checkPhrase(event, 'date', event.spec.date, citedQuotes, 'event');
    if (date) loadedEvents.push({ ...event, date });
  }

  const loadedRelations: LoadedRelation[] = [];
  for (const relation of relations) {
    resolves(relation, 'from', relation.spec.from, 'entity');
    resolves(relation, 'to', relation.spec.to, 'entity');
    const citedQuotes = checkEvidence(relation, 'evidence', relation.spec.evidence);
    const since = dateBounds(relation, 'since', relation.spec.since);
    const until = dateBounds(relation, 'until', relation.spec.until);
    checkPhrase(relation, 'since', relation.spec.since, citedQuotes, 'relation');
    checkPhrase(relation, 'until', relation.spec.until, citedQuotes, 'relation');
    loadedRelations.push({ ...relation, since, until });
  }

  return { id, folder: root, files, sources: loadedSources, excerpts, entities, events: loadedEvents, relations: loadedRelations };
}

// Characters that look like nothing (or like a plain space) in an error message.
const INVISIBLE = /[\u00A0\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const visible = (text: string) =>
  `"${text.replace(INVISIBLE, (c) => `\\u${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`)}"`;

function quoteMismatch(
  start: number,
  end: number,
  quote: string,
  actual: string,
  found: ReadonlyArray<{ start: number; end: number }>,
): string {
  const want = Array.from(quote);
  const have = Array.from(actual);
  let at = 0;
  while (at < want.length && at < have.length && want[at] === have[at]) at++;
  const difference =
    at < want.length && at < have.length
      ? `first difference at offset ${start + at}: the quote has ${visible(want[at] ?? '')} where the text has ${visible(have[at] ?? '')}`
      : `the quote has ${want.length} code points, the range ${end - start}`;
  const where =
    found.length === 0
      ? 'the quote occurs nowhere in the source text (copy it from the text, or fix the difference)'
      : `the quote occurs at ${found
          .slice(0, 5)
          .map((hit) => `[${hit.start}, ${hit.end})`)
          .join(', ')}${found.length > 5 ? ` and ${found.length - 5} more places` : ''}: fix start and end`;
  return `the source text at [${start}, ${end}) is ${visible(actual)}, not the quote (${difference}); ${where}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Rows: one plain object per node or relationship, built lazily batch by batch. The property names of each kind
// are constants (they become the SET clauses of its Cypher); the builders are type-checked against them.

/** Bumped when the shape of written rows changes, so the next run rewrites every row. */
const ROW_FORMAT = 1;

type Value = string | number | boolean | null | readonly string[];
type Lang = 'ar' | 'fr' | 'en';
type DatePart = 'Phrase' | 'Precision' | 'Earliest' | 'Latest' | 'Edtf';

const localizedKeys = <P extends string>(prefix: P) => [`${prefix}_ar`, `${prefix}_fr`, `${prefix}_en`] as `${P}_${Lang}`[];
const dateKeys = <P extends string>(prefix: P) =>
  [`${prefix}Phrase`, `${prefix}Precision`, `${prefix}Earliest`, `${prefix}Latest`, `${prefix}Edtf`] as `${P}${DatePart}`[];

/** What each kind of row writes (its owner's declaration). */
const PROPERTIES = {
  Source: ['language', 'title', 'publisher', 'url', ...dateKeys('published'), 'text', 'contentHash', 'length', 'note'],
  Excerpt: ['sourceId', 'start', 'end', 'quote'],
  Entity: [
    'kind',
    ...localizedKeys('name'),
    'sortName',
    'aliases',
    'aliasLanguages',
    ...localizedKeys('description'),
    'wikidata',
    'cameoActor',
    'countryId',
  ],
  Event: [
    'type',
    'cameo',
    'cameoLabel',
    'plover',
    ...localizedKeys('title'),
    ...localizedKeys('summary'),
    ...dateKeys('date'),
    'year',
    'sortKey',
    'quantityPhrase',
    'quantityMin',
    'quantityMax',
    'placeId',
  ],
  Evidence: ['factId', 'factType', 'excerptId', 'statementKind', 'stance', 'attributedToId', 'note'],
  Name: ['ownerId', 'text', 'lang', 'primary', 'keys'],
  PARTICIPATED_IN: ['role'],
  Relation: [...dateKeys('since'), ...dateKeys('until'), ...localizedKeys('description')],
} as const;

/**
 * Properties derived from a fact's evidence (src/db/README.md). A fact created by this load has no evidence but
 * this dataset's, so they are computed here and written with it; for any other fact whose evidence this load
 * changes they are recomputed in the graph, from every dataset's evidence, at the end of the transaction.
 */
const DERIVED = {
  Event: ['status', 'statementKinds', 'sourceIds'],
  PARTICIPATED_IN: ['status', 'statementKinds'],
  Relation: ['status', 'statementKinds'],
} as const;

type PropsOf<K extends keyof typeof PROPERTIES> = Record<(typeof PROPERTIES)[K][number], Value>;

interface Row {
  readonly id: string;
  /** Content hash of what the row writes; the row is not sent when the graph holds the same hash. */
  readonly hash: string;
}

/** Adds the content hash of `row`; `derived` travels with the row but is not part of its content. */
function withHash<T extends { readonly id: string }>(row: T, derived?: Derived): T & Row & { readonly derived?: Derived } {
  return { ...row, hash: hash('sha1', `${ROW_FORMAT}${JSON.stringify(row)}`, 'base64'), derived };
}

function localized<P extends string>(prefix: P, value: LocalizedTextSpec | undefined): Record<`${P}_${Lang}`, string | null> {
  return { [`${prefix}_ar`]: value?.ar ?? null, [`${prefix}_fr`]: value?.fr ?? null, [`${prefix}_en`]: value?.en ?? null } as Record<
    `${P}_${Lang}`,
    string | null
  >;
}

function dated<P extends string>(prefix: P, date: DateSpec | undefined, bounds: DateBounds | undefined): Record<`${P}${DatePart}`, string | null> {
  return {
    [`${prefix}Phrase`]: date?.phrase ?? null,
    [`${prefix}Precision`]: date === undefined ? null : (bounds?.precision ?? null),
    [`${prefix}Earliest`]: bounds?.earliest ?? null,
    [`${prefix}Latest`]: bounds?.latest ?? null,
    [`${prefix}Edtf`]: bounds?.edtf ?? null,
  } as Record<`${P}${DatePart}`, string | null>;
}

type FactType = 'EVENT' | 'PARTICIPATION' | 'RELATION';

interface Derived {
  readonly status: string;
  readonly statementKinds: readonly string[];
  readonly sourceIds: readonly string[];
}

/** Lookups the rows of facts need: which source each excerpt quotes and who published it. */
interface Provenance {
  readonly sourceOfExcerpt: ReadonlyMap<string, string>;
  readonly publisherOfSource: ReadonlyMap<string, string | undefined>;
}

/** Publishers compare trimmed and lowercased, here and in DERIVED_CYPHER. */
const publisherKey = (publisher: string) => publisher.trim().toLowerCase();

function provenanceOf(dataset: Dataset): Provenance {
  return {
    sourceOfExcerpt: new Map(dataset.excerpts.map((e) => [e.spec.id, e.spec.source])),
    publisherOfSource: new Map(dataset.sources.map((s) => [s.spec.id, s.spec.publisher === undefined ? undefined : publisherKey(s.spec.publisher)])),
  };
}

/**
 * DISPUTED when any evidence disputes the fact, CORROBORATED when supporting evidence comes from two or more
 * independent sources (distinct publishers, or distinct sources when the publisher is unknown), REPORTED
 * otherwise; the distinct statement kinds (in vocabulary order) and the sources cited (sorted).
 */
function derive(evidence: readonly EvidenceSpec[], provenance: Provenance): Derived {
  const kinds = new Set<string>();
  const sources = new Set<string>();
  const origins = new Set<string>();
  let disputed = false;
  for (const item of evidence) {
    kinds.add(item.kind);
    const sourceId = provenance.sourceOfExcerpt.get(item.excerpt) ?? '';
    sources.add(sourceId);
    if (item.stance === 'DISPUTES') {
      disputed = true;
    } else {
      const publisher = provenance.publisherOfSource.get(sourceId);
      origins.add(publisher === undefined ? `source:${sourceId}` : `publisher:${publisher}`);
    }
  }
  return {
    status: disputed ? 'DISPUTED' : origins.size >= 2 ? 'CORROBORATED' : 'REPORTED',
    statementKinds: STATEMENT_KINDS.filter((kind) => kinds.has(kind)),
    sourceIds: [...sources].sort(),
  };
}

/** Ids of the rows the dataset files do not name. */
export const participationId = (eventId: string, role: string, entityId: string) => `${eventId}/${role}/${entityId}`;
export const evidenceId = (factId: string, excerptId: string) => `${factId}#${excerptId}`;
/** Names belong to the dataset that gives them (two datasets may name one shared entity). */
export const nameId = (datasetId: string, ownerId: string, part: string) => `${datasetId}:${ownerId}/${part}`;
const linkId = (from: string, to: string) => `${from}>${to}`;

/** What kind of fact an id names: events `event:x`, participations `event:x/ROLE/entity`, relations `rel:x`. */
function factTypeOf(factId: string): FactType {
  if (factId.startsWith('rel:')) return 'RELATION';
  return factId.includes('/') ? 'PARTICIPATION' : 'EVENT';
}

function* sourceRows(dataset: Dataset) {
  for (const { spec, text, contentHash: sha, length, published } of dataset.sources) {
    yield withHash({
      id: spec.id,
      props: {
        language: spec.language,
        title: spec.title,
        publisher: spec.publisher ?? null,
        url: spec.url ?? null,
        ...dated('published', spec.published, published),
        text,
        contentHash: sha,
        length,
        note: spec.note ?? null,
      } satisfies PropsOf<'Source'>,
    });
  }
}

function* excerptRows(dataset: Dataset) {
  for (const { spec } of dataset.excerpts) {
    yield withHash({
      id: spec.id,
      props: { sourceId: spec.source, start: spec.start, end: spec.end, quote: spec.quote } satisfies PropsOf<'Excerpt'>,
    });
  }
}

function* entityRows(dataset: Dataset) {
  for (const { spec } of dataset.entities) {
    const displayName = spec.names.en ?? spec.names.fr ?? spec.names.ar ?? spec.id;
    yield withHash({
      id: spec.id,
      label: ENTITY_KIND_LABEL[spec.kind],
      props: {
        kind: spec.kind,
        ...localized('name', spec.names),
        sortName: `${normalizeText(displayName)}|${spec.id}`,
        aliases: spec.aliases.map((alias) => alias.text),
        aliasLanguages: spec.aliases.map((alias) => alias.lang),
        ...localized('description', spec.description),
        wikidata: spec.wikidata ?? null,
        cameoActor: spec.cameoActor ?? null,
        countryId: spec.country ?? null,
      } satisfies PropsOf<'Entity'>,
    });
  }
}

/**
 * Relationships without an id of their own are identified by their two ends. An entity's country and an
 * event's place are attributes of the owner's declaration: not written for nodes another dataset owns.
 */
function* inCountryRows(dataset: Dataset, notOwned: ReadonlySet<string>) {
  for (const { spec } of dataset.entities) {
    if (spec.country !== undefined && !notOwned.has(spec.id)) yield { id: linkId(spec.id, spec.country), hash: '', from: spec.id, to: spec.country };
  }
}

function* mentionRows(dataset: Dataset) {
  for (const { spec } of dataset.entities) {
    // A link is written once even if the files name it twice (bulk mode CREATEs it).
    for (const excerptId of new Set(spec.mentions)) yield { id: linkId(spec.id, excerptId), hash: '', from: spec.id, to: excerptId };
  }
}

function* occurredInRows(dataset: Dataset, notOwned: ReadonlySet<string>) {
  for (const { spec } of dataset.events) {
    if (spec.place !== undefined && !notOwned.has(spec.id)) yield { id: linkId(spec.id, spec.place), hash: '', from: spec.id, to: spec.place };
  }
}

function* eventRows(dataset: Dataset, provenance: Provenance) {
  for (const { spec, date } of dataset.events) {
    const coding = EVENT_TYPE_CODING[spec.type];
    const { earliest, latest } = date;
    const year = earliest !== null && latest !== null && earliest.slice(0, 4) === latest.slice(0, 4) ? Number(earliest.slice(0, 4)) : null;
    yield withHash(
      {
        id: spec.id,
        props: {
          type: spec.type,
          cameo: coding.cameo,
          cameoLabel: coding.cameoLabel,
          plover: coding.plover,
          ...localized('title', spec.title),
          ...localized('summary', spec.summary),
          datePhrase: spec.date.phrase ?? null,
          datePrecision: date.precision,
          dateEarliest: earliest,
          dateLatest: latest,
          dateEdtf: date.edtf,
          year,
          sortKey: chronologicalSortKey(date, spec.id),
          quantityPhrase: spec.quantity?.phrase ?? null,
          quantityMin: spec.quantity?.min ?? null,
          quantityMax: spec.quantity?.max ?? null,
          placeId: spec.place ?? null,
        } satisfies PropsOf<'Event'>,
      },
      derive(spec.evidence, provenance),
    );
  }
}

function* participationRows(dataset: Dataset, provenance: Provenance) {
  for (const { spec } of dataset.events) {
    for (const participant of spec.participants) {
      yield withHash(
        {
          id: participationId(spec.id, participant.role, participant.entity),
          from: participant.entity,
          to: spec.id,
          props: { role: participant.role } satisfies PropsOf<'PARTICIPATED_IN'>,
        },
        derive(participant.evidence, provenance),
      );
    }
  }
}

function* relationRows(dataset: Dataset, provenance: Provenance) {
  for (const { spec, since, until } of dataset.relations) {
    yield withHash(
      {
        id: spec.id,
        type: spec.type,
        from: spec.from,
        to: spec.to,
        props: {
          ...dated('since', spec.since, since),
          ...dated('until', spec.until, until),
          ...localized('description', spec.description),
        } satisfies PropsOf<'Relation'>,
      },
      derive(spec.evidence, provenance),
    );
  }
}

function* evidenceRows(dataset: Dataset) {
  const rows = function* (factId: string, factType: FactType, evidence: readonly EvidenceSpec[]) {
    for (const item of evidence) {
      yield withHash({
        id: evidenceId(factId, item.excerpt),
        props: {
          factId,
          factType,
          excerptId: item.excerpt,
          statementKind: item.kind,
          stance: item.stance,
          attributedToId: item.attributedTo ?? null,
          note: item.note ?? null,
        } satisfies PropsOf<'Evidence'>,
      });
    }
  };
  for (const { spec } of dataset.events) {
    yield* rows(spec.id, 'EVENT', spec.evidence);
    for (const participant of spec.participants) {
      yield* rows(participationId(spec.id, participant.role, participant.entity), 'PARTICIPATION', participant.evidence);
    }
  }
  for (const { spec } of dataset.relations) yield* rows(spec.id, 'RELATION', spec.evidence);
}

const LANGUAGE_ORDER = ['ar', 'fr', 'en'] as const;

/** The Name rows, each id once: an alias listed twice is one Name (bulk mode CREATEs each id once). */
function* nameRows(dataset: Dataset) {
  const seen = new Set<string>();
  for (const name of allNameRows(dataset)) {
    if (seen.has(name.id)) continue;
    seen.add(name.id);
    yield name;
  }
}

function* allNameRows(dataset: Dataset) {
  const row = (part: string, ownerId: string, ownerIsEvent: boolean, text: string, lang: string, primary: boolean) =>
    withHash({
      id: nameId(dataset.id, ownerId, part),
      ownerIsEvent,
      props: { ownerId, text, lang, primary, keys: searchKeys(text).join(' ') } satisfies PropsOf<'Name'>,
    });
  for (const { spec } of dataset.entities) {
    for (const lang of LANGUAGE_ORDER) {
      const name = spec.names[lang];
      if (name !== undefined) yield row(`name/${lang}`, spec.id, false, name, lang, true);
    }
    for (const alias of spec.aliases) yield row(`alias/${alias.lang}/${alias.text}`, spec.id, false, alias.text, alias.lang, false);
  }
  for (const { spec } of dataset.events) {
    for (const lang of LANGUAGE_ORDER) {
      const title = spec.title[lang];
      if (title !== undefined) yield row(`title/${lang}`, spec.id, true, title, lang, true);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Cypher. Labels, relationship types and property names are literals from this file or the closed vocabularies;
// every value is a parameter. Each statement takes one batch ($rows), finds nodes through the id indexes (the
// uniqueness constraints) and writes; no statement scans a label or relationship type. Rows new to the dataset
// and rows that changed go through separate statements, because only a changed row can leave something stale.

const KIND_LABELS = Object.values(ENTITY_KIND_LABEL);

const assignments = (variable: string, properties: readonly string[], from = 'props') =>
  properties.map((property) => `${variable}.${property} = row.${from}.${property}`).join(',\n    ');

/** The SET of a row's properties, derived properties and hash on `variable`; `extra` are more assignments. */
const setRow = (variable: string, properties: readonly string[], derived: readonly string[], extra = '') =>
  `SET ${assignments(variable, properties)},${derived.length > 0 ? `\n    ${assignments(variable, derived, 'derived')},` : ''}${extra}
    ${variable}.hash = row.hash`;

/**
 * MERGE on the id, then write only a node this dataset owns: a node another dataset owns is not written, and
 * `written` falls short of the batch, so the loader asks which nodes those were. `reads` come before the MERGE
 * (reads before writes keep the plan free of Eager barriers), `links` after the SET.
 */
const nodeWrite = (label: keyof typeof PROPERTIES, { reads = '', carry = '', derived = [] as readonly string[], links = '' } = {}) =>
  `
UNWIND $rows AS row${reads}
MERGE (n:${label} {id: row.id})
  ON CREATE SET n.dataset = $dataset
WITH n, row${carry}
WHERE n.dataset = $dataset
${setRow('n', PROPERTIES[label], derived)}${links}
RETURN count(*) AS written` as Cypher;

/**
 * The bulk-mode twin of `nodeWrite`: a first load's ids are new (checked before it starts), so each row is a
 * CREATE, with no index seek merged with the transaction state and no lock per MERGE. The uniqueness
 * constraints still reject a duplicate id, at commit.
 */
const nodeCreate = (label: keyof typeof PROPERTIES, { reads = '', derived = [] as readonly string[], links = '' } = {}) =>
  `
UNWIND $rows AS row${reads}
CREATE (n:${label} {id: row.id, dataset: $dataset})
${setRow('n', PROPERTIES[label], derived)}${links}
RETURN count(*) AS written` as Cypher;

interface NodeStatements {
  readonly label: keyof typeof PROPERTIES;
  /** The CREATE of new rows in bulk mode. */
  readonly bulk: Cypher;
  /** Whether another dataset may declare the same id (entities and events are shared; the rest is not). */
  readonly shared: boolean;
  readonly create: Cypher;
  readonly update: Cypher;
  readonly existing: Cypher;
  /** Which rows of a batch name a node of another dataset. */
  readonly others: Cypher;
  /** For a shared node this dataset no longer declares: another dataset that still does takes it over. */
  readonly handOver?: Cypher;
  readonly remove: Cypher;
}

/** The nodes of this label a dataset owns, found through the label's `dataset` index. */
const byDatasetIndex = (label: string) => `(n:${label})\nUSING INDEX n:${label}(dataset)`;

// Excerpts and evidence belong to one dataset and hang off its sources, so they are found from the sources
// (a handful of nodes) instead of through a `dataset` index that every load would have to maintain.
const FROM_SOURCES = '(s:Source {dataset: $dataset})<-[:FROM]-';
const USING_SOURCES = '\nUSING INDEX s:Source(dataset)';

const nodeStatements = (
  label: keyof typeof PROPERTIES,
  shared: boolean,
  bulk: Cypher,
  create: Cypher,
  update: Cypher = create,
  owned = byDatasetIndex(label),
): NodeStatements => ({
  label,
  bulk,
  shared,
  create,
  update,
  existing: `
MATCH ${owned}
WHERE n.dataset = $dataset
RETURN n.id AS id, n.hash AS hash` as Cypher,
  others: `
UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
WHERE coalesce(n.dataset, '') <> $dataset
RETURN n.id AS id, coalesce(n.dataset, '(none)') AS dataset` as Cypher,
  // Every dataset that declares an entity or event gives it at least one Name: those tell who else declares it.
  // The heir's own values replace these on its next load (the hash is cleared).
  handOver: shared
    ? (`
UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
WHERE n.dataset = $dataset
WITH n, COLLECT { MATCH (n)<-[:NAME_OF]-(name:Name) WHERE name.dataset <> $dataset RETURN name.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET n.dataset = heirs[0], n.hash = null
RETURN count(*) AS handedOver` as Cypher)
    : undefined,
  remove: `
UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
WHERE n.dataset = $dataset
DETACH DELETE n` as Cypher,
});

/** The link from the node written (`n`) to `target`: created in bulk mode, merged otherwise. */
const createLink = (type: string, target: string) => `\nCREATE (n)-[:${type} {dataset: $dataset}]->(${target})`;
const mergeLink = (type: string, target: string) => `\nMERGE (n)-[r:${type}]->(${target})\n  ON CREATE SET r.dataset = $dataset`;

const SOURCE = nodeStatements('Source', false, nodeCreate('Source'), nodeWrite('Source'));

const sourceOfExcerpt = { reads: '\nMATCH (s:Source {id: row.props.sourceId})', carry: ', s' };
const EXCERPT = nodeStatements(
  'Excerpt',
  false,
  nodeCreate('Excerpt', { ...sourceOfExcerpt, links: createLink('FROM', 's') }),
  nodeWrite('Excerpt', { ...sourceOfExcerpt, links: mergeLink('FROM', 's') }),
  // A changed excerpt may quote another source now.
  nodeWrite('Excerpt', {
    ...sourceOfExcerpt,
    links: `
WITH n, s
CALL (n, s) {
  MATCH (n)-[old:FROM]->(other:Source)
  WHERE other <> s
  DELETE old
}${mergeLink('FROM', 's')}`,
  }),
  `${FROM_SOURCES}(n:Excerpt)${USING_SOURCES}`,
);

// The kind label comes from the closed vocabulary; a changed entity loses any other kind label.
const ENTITY = nodeStatements(
  'Entity',
  true,
  nodeCreate('Entity', { links: '\nSET n:$(row.label)' }),
  nodeWrite('Entity', { links: '\nSET n:$(row.label)' }),
  nodeWrite('Entity', {
    links: `
WITH n, row, [label IN labels(n) WHERE label IN $kindLabels AND label <> row.label] AS staleLabels
SET n:$(row.label)
REMOVE n:$(staleLabels)`,
  }),
);

// Participations copy their event's sortKey (timelines page on it): a changed event passes it on.
const EVENT = nodeStatements(
  'Event',
  true,
  nodeCreate('Event', { derived: DERIVED.Event }),
  nodeWrite('Event', { derived: DERIVED.Event }),
  nodeWrite('Event', {
    links: `
WITH n
CALL (n) {
  MATCH (n)<-[p:PARTICIPATED_IN]-()
  WHERE p.sortKey <> n.sortKey
  SET p.sortKey = n.sortKey
}`,
  }),
);

// An evidence id includes the excerpt it cites, so CITES never moves.
const excerptOfEvidence = '\nMATCH (x:Excerpt {id: row.props.excerptId})';
const EVIDENCE = nodeStatements(
  'Evidence',
  false,
  nodeCreate('Evidence', { reads: excerptOfEvidence, links: createLink('CITES', 'x') }),
  nodeWrite('Evidence', {
    reads: excerptOfEvidence,
    carry: ', x',
    links: mergeLink('CITES', 'x'),
  }),
  undefined,
  `${FROM_SOURCES}(:Excerpt)<-[:CITES]-(n:Evidence)${USING_SOURCES}`,
);

// A name id includes its owner, so NAME_OF never moves. Two optional seeks keep both lookups index-backed.
const ownerOfName = `
OPTIONAL MATCH (entity:Entity {id: row.props.ownerId})
WHERE NOT row.ownerIsEvent
OPTIONAL MATCH (event:Event {id: row.props.ownerId})
WHERE row.ownerIsEvent
WITH row, coalesce(entity, event) AS owner
WHERE owner IS NOT NULL`;
const NAME = nodeStatements(
  'Name',
  false,
  nodeCreate('Name', { reads: ownerOfName, links: createLink('NAME_OF', 'owner') }),
  nodeWrite('Name', {
    reads: ownerOfName,
    carry: ', owner',
    links: mergeLink('NAME_OF', 'owner'),
  }),
);

/** A relationship without an id or properties of its own, identified by its two ends. */
interface LinkStatements {
  readonly kind: string;
  readonly existing: Cypher;
  readonly write: Cypher;
  /** The CREATE of new links in bulk mode (their ends are new nodes of this load). */
  readonly bulk: Cypher;
  readonly remove: Cypher;
}

const linkStatements = (from: string, type: string, to: string, existingPattern: string): LinkStatements => ({
  kind: type,
  existing: `
MATCH ${existingPattern}
WHERE r.dataset = $dataset
RETURN a.id + '>' + b.id AS id, '' AS hash, a.id AS from, b.id AS to` as Cypher,
  write: `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
MERGE (a)-[r:${type}]->(b)
  ON CREATE SET r.dataset = $dataset
RETURN count(*) AS written` as Cypher,
  bulk: `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
CREATE (a)-[:${type} {dataset: $dataset}]->(b)
RETURN count(*) AS written` as Cypher,
  remove: `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})-[r:${type}]->(b:${to} {id: row.to})
WHERE r.dataset = $dataset
DELETE r` as Cypher,
});

// Each link is found from the node of this dataset at one of its ends.
const IN_COUNTRY = linkStatements('Entity', 'IN_COUNTRY', 'Entity', '(a:Entity {dataset: $dataset})-[r:IN_COUNTRY]->(b:Entity)\nUSING INDEX a:Entity(dataset)');
const MENTIONED_IN = linkStatements('Entity', 'MENTIONED_IN', 'Excerpt', `${FROM_SOURCES}(b:Excerpt)<-[r:MENTIONED_IN]-(a:Entity)${USING_SOURCES}`);
const OCCURRED_IN = linkStatements('Event', 'OCCURRED_IN', 'Entity', '(a:Event {dataset: $dataset})-[r:OCCURRED_IN]->(b:Entity)\nUSING INDEX a:Event(dataset)');

/** Participations and relations: relationships with an id, shared like the facts they are. */
const factWrite = (from: string, type: string, to: string, properties: readonly string[], derived: readonly string[], extra = '') =>
  `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
${setRow('r', properties, derived, extra)}
RETURN count(*) AS written` as Cypher;

/** The bulk-mode twin of `factWrite`: the fact is new (its event is, or no other dataset holds its id). */
const factCreate = (from: string, type: string, to: string, properties: readonly string[], derived: readonly string[], extra = '') =>
  `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
CREATE (a)-[r:${type} {id: row.id, dataset: $dataset}]->(b)
${setRow('r', properties, derived, extra)}
RETURN count(*) AS written` as Cypher;

// One transaction writes the whole dataset, and the planner sees only committed statistics: on a first load a
// plan is made for an empty graph and used for every batch. Lookups that are not a unique-index seek by rule
// therefore name their index, so a plan made on an empty graph stays right on a full one.

/** `MATCH` of the relationship(s) `r` of one type with the id `idExpr`, between `a` and `b`. */
const relationshipById = (type: string, idExpr: string) => `MATCH (a)-[r:${type} {id: ${idExpr}}]->(b) USING INDEX r:${type}(id)`;

/** The relation with that id, whatever its type: the union of one index seek per type. */
const relationById = (imports: string, idExpr: string) => `CALL (${imports}) {
  ${RELATION_TYPES.map((type) => `${relationshipById(type, idExpr)} RETURN r, a, b`).join('\n  UNION ALL\n  ')}
}`;

const evidenceOf = (factExpr: string) => `MATCH (ev:Evidence {factId: ${factExpr}}) USING INDEX ev:Evidence(factId)`;

// Who else declares a fact: the datasets of its other evidence (this dataset's evidence of a fact it no longer
// declares is deleted before this runs).
const factHandOver = (find: string) =>
  `
UNWIND $rows AS row
${find}
WITH r
WHERE r.dataset = $dataset
WITH r, COLLECT { ${evidenceOf('r.id')} WHERE ev.dataset <> $dataset RETURN ev.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET r.dataset = heirs[0], r.hash = null
RETURN count(*) AS handedOver` as Cypher;

const factRemove = (find: string) =>
  `
UNWIND $rows AS row
${find}
WITH r
WHERE r.dataset = $dataset
DELETE r` as Cypher;

/**
 * The facts this dataset owns are among those its evidence supports (declaring a fact takes evidence). Read in
 * two steps, the ids of those facts and then the facts by id in UNWIND batches, rather than as one join: a join
 * planned on an empty graph (the first load's plan is cached) can go quadratic on a full one.
 */
const factExisting = (factType: FactType, find: (imports: string, idExpr: string) => string, extra = ''): TwoStepRead => ({
  ids: `
MATCH ${FROM_SOURCES}(:Excerpt)<-[:CITES]-(ev:Evidence)${USING_SOURCES}
WHERE ev.dataset = $dataset AND ev.factType = '${factType}'
RETURN DISTINCT ev.factId AS id` as Cypher,
  byId: `
UNWIND $rows AS row
${find('row', 'row.id')}
WITH r, a, b
WHERE r.dataset = $dataset
RETURN r.id AS id, r.hash AS hash${extra}` as Cypher,
});

const participationById = (_imports: string, idExpr: string) => relationshipById('PARTICIPATED_IN', idExpr);
const PARTICIPATED_IN = {
  bulk: factCreate('Entity', 'PARTICIPATED_IN', 'Event', PROPERTIES.PARTICIPATED_IN, DERIVED.PARTICIPATED_IN, '\n    r.sortKey = b.sortKey,'),
  // The sortKey is the event's, whoever declared the event.
  create: factWrite('Entity', 'PARTICIPATED_IN', 'Event', PROPERTIES.PARTICIPATED_IN, DERIVED.PARTICIPATED_IN, '\n    r.sortKey = b.sortKey,'),
  update: factWrite('Entity', 'PARTICIPATED_IN', 'Event', PROPERTIES.PARTICIPATED_IN, [], '\n    r.sortKey = b.sortKey,'),
  others: `
UNWIND $rows AS row
${participationById('row', 'row.id')}
WITH r
WHERE coalesce(r.dataset, '') <> $dataset
RETURN r.id AS id, coalesce(r.dataset, '(none)') AS dataset` as Cypher,
  existing: factExisting('PARTICIPATION', participationById),
  handOver: factHandOver(participationById('row', 'row.id')),
  remove: factRemove(participationById('row', 'row.id')),
};

// A dynamic type in MERGE or MATCH cannot use the id index in Neo4j 5.26 (it scans every relationship), so
// writes and deletes are one statement per type of the closed vocabulary.
const perRelationType = (statement: (type: RelationType) => Cypher) =>
  Object.fromEntries(RELATION_TYPES.map((type) => [type, statement(type)])) as Record<RelationType, Cypher>;
const RELATION = {
  bulk: perRelationType((type) => factCreate('Entity', type, 'Entity', PROPERTIES.Relation, DERIVED.Relation)),
  create: perRelationType((type) => factWrite('Entity', type, 'Entity', PROPERTIES.Relation, DERIVED.Relation)),
  update: perRelationType((type) => factWrite('Entity', type, 'Entity', PROPERTIES.Relation, [])),
  remove: perRelationType((type) => factRemove(relationshipById(type, 'row.id'))),
  handOver: perRelationType((type) => factHandOver(relationshipById(type, 'row.id'))),
  /** Relations with these ids that another dataset owns, with their type and ends. */
  others: `
UNWIND $rows AS row
${relationById('row', 'row.id')}
WITH r, a, b
WHERE coalesce(r.dataset, '') <> $dataset
RETURN r.id AS id, coalesce(r.dataset, '(none)') AS dataset, type(r) AS type, a.id AS from, b.id AS to` as Cypher,
  existing: factExisting('RELATION', relationById, ', type(r) AS type, a.id AS from, b.id AS to'),
};

/** Recomputes a fact's derived properties from every dataset's evidence; sets them only when they differ. */
const recomputeDerived = (find: string, withSources: boolean) =>
  `
UNWIND $rows AS row
${find}
WITH r AS f
WITH f,
  COLLECT { ${evidenceOf('f.id')} RETURN DISTINCT ev.statementKind AS kind } AS kinds,
  COLLECT { ${evidenceOf('f.id')} MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source) RETURN DISTINCT s.id AS id ORDER BY id } AS sourceIds,
  EXISTS { ${evidenceOf('f.id')} WHERE ev.stance = 'DISPUTES' } AS disputed,
  COUNT {
    ${evidenceOf('f.id')}
    WHERE ev.stance = 'SUPPORTS'
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    RETURN DISTINCT CASE WHEN s.publisher IS NULL THEN 'source:' + s.id ELSE 'publisher:' + toLower(trim(s.publisher)) END AS origin
  } AS origins
WITH f, sourceIds, [kind IN $statementKinds WHERE kind IN kinds] AS statementKinds,
  CASE WHEN disputed THEN 'DISPUTED' WHEN origins >= 2 THEN 'CORROBORATED' ELSE 'REPORTED' END AS status
CALL (f, status, statementKinds, sourceIds) {
  WITH *
  WHERE f.status IS NULL OR f.status <> status OR f.statementKinds IS NULL OR f.statementKinds <> statementKinds${
    withSources ? ' OR f.sourceIds IS NULL OR f.sourceIds <> sourceIds' : ''
  }
  SET f.status = status, f.statementKinds = statementKinds${withSources ? ', f.sourceIds = sourceIds' : ''}
}
RETURN count(*) AS facts` as Cypher;

const RECOMPUTE: Record<FactType, Cypher> = {
  EVENT: recomputeDerived('MATCH (r:Event {id: row.id})', true),
  PARTICIPATION: recomputeDerived(participationById('row', 'row.id'), false),
  RELATION: recomputeDerived(relationById('row', 'row.id'), false),
};

// ---------------------------------------------------------------------------------------------------------------
// Writing

/** What one kind of row did in a load. */
export interface KindSummary {
  /** Rows of this kind in the dataset. */
  rows: number;
  /** Rows new to the graph, written by this dataset. */
  created: number;
  /** Rows whose content changed, rewritten. */
  updated: number;
  /** Rows another dataset owns (same id): that dataset's values are kept; this one's evidence and names attach. */
  shared: number;
  /** Rows whose stored hash already matched: not sent. */
  unchanged: number;
  /** Rows of this dataset that its files no longer hold: deleted. */
  deleted: number;
  /** Rows of this dataset that its files no longer hold but another dataset still declares: handed over to it. */
  handedOver: number;
  /** Time spent on this kind (reading what the graph holds, writing, removing), in milliseconds. */
  ms: number;
}

export interface WriteSummary {
  readonly dataset: string;
  /** Every row of the dataset: nodes, relationships with ids, and the links between them. */
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  readonly shared: number;
  readonly unchanged: number;
  readonly deleted: number;
  readonly handedOver: number;
  /** Facts (still in the graph) whose derived properties were recomputed from every dataset's evidence. */
  readonly recomputed: number;
  /** Neo4j's counters, summed over every statement of the transaction. */
  readonly nodesCreated: number;
  readonly nodesDeleted: number;
  readonly relationshipsCreated: number;
  readonly relationshipsDeleted: number;
  readonly propertiesSet: number;
  readonly labelsAdded: number;
  readonly labelsRemoved: number;
  /** Cypher statements run, reads included. */
  readonly statements: number;
  readonly perKind: Readonly<Record<string, KindSummary>>;
  /** How it was written: one transaction, or bulk mode (a first load committed as it goes). */
  readonly mode: 'single' | 'bulk';
  /** From the start of the write to its last commit. */
  readonly elapsedMs: number;
  /** Of which commits: the one commit, or all of bulk mode's. */
  readonly commitMs: number;
  /** Transactions committed. */
  readonly commits: number;
  /** Dataset rows per second of `elapsedMs` (unchanged rows included). */
  readonly rowsPerSecond: number;
}

export interface WriteOptions {
  /** Rows per UNWIND statement (default 5,000). */
  readonly batchSize?: number;
  /** Timeout of the one write transaction (default 10 minutes). */
  readonly timeoutMs?: number;
  readonly log?: (line: string) => void;
  /** Test hook: called after each batch statement, inside the transaction; throwing aborts the load. */
  readonly afterBatch?: (batch: { readonly kind: string; readonly rows: number; readonly index: number }) => void | Promise<void>;
  /** Test hook: called once everything is written, just before commit; throwing aborts the load. */
  readonly beforeCommit?: () => void | Promise<void>;
  /**
   * `single` writes in one transaction. `bulk` (a first load only: no id of the dataset may exist in the graph)
   * commits every `commitEvery` rows so the server's memory stays bounded, and on failure deletes what it had
   * committed, leaving the graph as it was. `auto` (the default) uses bulk for a first load of at least
   * BULK_THRESHOLD rows and one transaction otherwise.
   */
  readonly mode?: 'auto' | 'single' | 'bulk';
  /** Rows per commit in bulk mode (default 50,000). */
  readonly commitEvery?: number;
}

/** Rows from which a first load goes in bulk mode: one transaction needs about 3.5 KB of server heap per row. */
export const BULK_THRESHOLD = 100_000;
export const DEFAULT_COMMIT_EVERY = 50_000;

/** What the write needs of a transaction: run, and a checkpoint after each batch (a commit point in bulk mode). */
interface WriteTx {
  run: ManagedTransaction['run'];
  checkpoint(rows: number): Promise<void>;
}

export const DEFAULT_BATCH_SIZE = 5_000;
export const DEFAULT_WRITE_TIMEOUT_MS = 10 * 60_000;

/** A row of this dataset as the graph holds it. */
interface Stored {
  readonly id: string;
  readonly hash: string;
  readonly type?: RelationType;
  readonly from?: string;
  readonly to?: string;
}

interface Owned {
  readonly id: string;
  readonly dataset: string;
  readonly type?: RelationType;
  readonly from?: string;
  readonly to?: string;
}

const COUNTERS = [
  'nodesCreated',
  'nodesDeleted',
  'relationshipsCreated',
  'relationshipsDeleted',
  'propertiesSet',
  'labelsAdded',
  'labelsRemoved',
] as const;
type Counters = Record<(typeof COUNTERS)[number], number>;

type RowOf<G> = G extends Iterable<infer R> ? R : never;

/** A read of stored rows in two steps: their ids, then the rows by id (`$rows` of `{id}`). */
interface TwoStepRead {
  readonly ids: Cypher;
  readonly byId: Cypher;
}

/** How one kind of row is synchronised. */
interface Sync<R extends Row> {
  readonly kind: string;
  readonly rows: Iterable<R>;
  readonly existing: Cypher | TwoStepRead;
  /** Writes a batch of new (`isNew`) or changed rows; returns the ids of new rows another dataset owns. */
  readonly send: (batch: readonly R[], isNew: boolean, stored: ReadonlyMap<string, Stored>) => Promise<readonly string[]>;
  /** Hands over or deletes rows this dataset no longer declares; returns how many were handed over. */
  readonly remove: (stale: readonly Stored[]) => Promise<number>;
}

/** Rows of one kind that the files no longer hold, removed after every kind is written. */
interface Pending {
  readonly summary: KindSummary;
  readonly stale: readonly Stored[];
  readonly remove: (stale: readonly Stored[]) => Promise<number>;
  readonly kind: string;
}

/**
 * Writes a validated dataset in one write transaction. For each kind of row, in dependency order (sources,
 * excerpts, entities and their links, events and their places, participations, relations, evidence, names),
 * it reads what the graph holds of this dataset (ids and hashes), sends only new or changed rows in UNWIND
 * batches, and remembers what the files no longer hold; then it removes those in reverse order, handing shared
 * entities, events and facts over to another dataset that still declares them; last it recomputes the derived
 * properties of the facts whose evidence changed. All or nothing: any failure (a source or excerpt id another
 * dataset holds, a relation id another dataset uses between other entities) rolls everything back.
 *
 * Memory: Neo4j holds the whole transaction in its heap until commit, about 3.3 KB per row written (measured on
 * 5.26; a bare node with one indexed property already takes 1.7 KB), so a first load of N rows needs a server
 * heap of roughly N × 3.5 KB plus working room. Re-runs write only what changed.
 */
export async function writeDataset(executor: Executor, dataset: Dataset, options: WriteOptions = {}): Promise<WriteSummary> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const log = options.log ?? (() => {});
  const started = performance.now();
  const provenance = provenanceOf(dataset);
  const locate = locationIndex(dataset);
  // In bulk mode every row is new, and new rows are written with CREATE instead of MERGE.
  const bulk = await useBulkMode(executor, dataset, options.mode ?? 'auto');

  // The driver may retry the work on a transient error, so every piece of state lives inside it.
  const work = async (tx: WriteTx) => {
    const counters = Object.fromEntries(COUNTERS.map((name) => [name, 0])) as Counters;
    const perKind: Record<string, KindSummary> = {};
    const pending: Pending[] = [];
    let statements = 0;
    let batchIndex = 0;
    const params = { dataset: dataset.id, kindLabels: KIND_LABELS, statementKinds: [...STATEMENT_KINDS] };

    const run = async (cypher: Cypher, rows: readonly unknown[]) => {
      const { records, summary } = await tx.run(cypher, toNeo4jParams({ ...params, rows }));
      statements++;
      const updates = summary.counters.updates();
      for (const name of COUNTERS) counters[name] += updates[name];
      return records.map((record) => record.toObject());
    };
    const count = async (cypher: Cypher, rows: readonly unknown[], field: string) => Number((await run(cypher, rows))[0]?.[field] ?? 0);
    const afterBatch = async (kind: string, rows: number) => {
      await options.afterBatch?.({ kind, rows, index: batchIndex++ });
      await tx.checkpoint(rows);
    };

    const readStored = async (read: Cypher | TwoStepRead): Promise<Map<string, Stored>> => {
      const stored = new Map<string, Stored>();
      const keep = (record: Record<string, unknown>) => {
        const row = record as { id: string; hash: string | null; type?: RelationType; from?: string; to?: string };
        stored.set(row.id, { ...row, hash: row.hash ?? '' });
      };
      if (typeof read === 'string') {
        for await (const record of tx.run(read, params)) keep(record.toObject());
        statements++;
        return stored;
      }
      const ids: Array<{ id: string }> = [];
      for await (const record of tx.run(read.ids, params)) ids.push({ id: record.get('id') as string });
      statements++;
      for (let i = 0; i < ids.length; i += batchSize) {
        for (const record of await run(read.byId, ids.slice(i, i + batchSize))) keep(record);
      }
      return stored;
    };

    const sync = async <R extends Row>({ kind, rows, existing, send, remove }: Sync<R>): Promise<Set<string>> => {
      const kindStarted = performance.now();
      const summary: KindSummary = { rows: 0, created: 0, updated: 0, shared: 0, unchanged: 0, deleted: 0, handedOver: 0, ms: 0 };
      perKind[kind] = summary;
      // Rows found in the files leave `stored`; what remains at the end is stale.
      const stored = await readStored(existing);
      const changedStored = new Map<string, Stored>();
      const notOwned = new Set<string>();
      const fresh: R[] = [];
      const changed: R[] = [];
      const flush = async (batch: R[], isNew: boolean) => {
        if (batch.length === 0) return;
        const others = await send(batch, isNew, changedStored);
        for (const id of others) notOwned.add(id);
        if (isNew) {
          summary.created += batch.length - others.length;
          summary.shared += others.length;
        } else {
          summary.updated += batch.length;
          changedStored.clear();
        }
        await afterBatch(kind, batch.length);
        batch.length = 0;
      };
      for (const row of rows) {
        summary.rows++;
        const old = stored.get(row.id);
        if (old === undefined) {
          fresh.push(row);
          if (fresh.length >= batchSize) await flush(fresh, true);
          continue;
        }
        stored.delete(row.id);
        if (old.hash === row.hash) {
          summary.unchanged++;
        } else {
          changed.push(row);
          changedStored.set(row.id, old);
          if (changed.length >= batchSize) await flush(changed, false);
        }
      }
      await flush(changed, false);
      await flush(fresh, true);
      pending.push({ summary, stale: [...stored.values()], remove, kind });
      summary.ms += performance.now() - kindStarted;
      return notOwned;
    };

    /** Runs a write whose rows must all be written unless another dataset owns them; returns those. */
    const writeOwned = async (kind: string, cypher: Cypher, others: Cypher, batch: readonly Row[], shareable: boolean) => {
      const written = await count(cypher, batch, 'written');
      if (written === batch.length) return [];
      const owned = (await run(others, batch)) as unknown as Owned[];
      if (!shareable && owned.length > 0) throw conflictError(dataset, kind, owned, locate);
      if (written + owned.length !== batch.length) {
        throw new Error(`${kind}: wrote ${written} of ${batch.length} rows and ${owned.length} belong to other datasets: a node they need is missing`);
      }
      return owned.map((row) => row.id);
    };

    const nodes = async <R extends Row>(
      statements: NodeStatements,
      rows: Iterable<R>,
      onCreated?: (batch: readonly R[], others: readonly string[]) => void,
    ) =>
      sync({
        kind: statements.label,
        rows,
        existing: statements.existing,
        send: async (batch, isNew) => {
          if (!isNew) return writeOwned(statements.label, statements.update, statements.others, batch, false);
          const others = await writeOwned(statements.label, bulk ? statements.bulk : statements.create, statements.others, batch, statements.shared);
          onCreated?.(batch, others);
          return others;
        },
        remove: async (stale) => {
          const handedOver = statements.handOver ? await count(statements.handOver, stale, 'handedOver') : 0;
          await run(statements.remove, stale);
          return handedOver;
        },
      });

    const links = async (statements: LinkStatements, rows: Iterable<Row>) =>
      sync({
        kind: statements.kind,
        rows,
        existing: statements.existing,
        send: async (batch, isNew) => {
          const written = await count(bulk && isNew ? statements.bulk : statements.write, batch, 'written');
          if (written !== batch.length) throw new Error(`${statements.kind}: wrote ${written} of ${batch.length} relationships: an end node is missing`);
          return [];
        },
        remove: async (stale) => {
          await run(statements.remove, stale);
          return 0;
        },
      });

    // Facts created by this load have only this dataset's evidence: their derived properties are written with
    // them. Every other fact whose evidence changes is recomputed at the end.
    const createdFacts = new Set<string>();
    const recomputeAlso = new Set<string>();
    const noteCreated = (batch: readonly Row[], others: readonly string[]) => {
      const shared = new Set(others);
      for (const row of batch) if (!shared.has(row.id)) createdFacts.add(row.id);
    };

    await nodes(SOURCE, sourceRows(dataset));
    await nodes(EXCERPT, excerptRows(dataset));
    const sharedEntities = await nodes(ENTITY, entityRows(dataset));
    await links(IN_COUNTRY, inCountryRows(dataset, sharedEntities));
    await links(MENTIONED_IN, mentionRows(dataset));
    const sharedEvents = await nodes(EVENT, eventRows(dataset, provenance), noteCreated);
    await links(OCCURRED_IN, occurredInRows(dataset, sharedEvents));
    await sync({
      kind: 'PARTICIPATED_IN',
      rows: participationRows(dataset, provenance),
      existing: PARTICIPATED_IN.existing,
      send: async (batch, isNew) => {
        // A participation id names its event, its role and its entity: one with the same id is the same fact.
        if (!isNew) return writeOwned('PARTICIPATED_IN', PARTICIPATED_IN.update, PARTICIPATED_IN.others, batch, false);
        const others = await writeOwned('PARTICIPATED_IN', bulk ? PARTICIPATED_IN.bulk : PARTICIPATED_IN.create, PARTICIPATED_IN.others, batch, true);
        noteCreated(batch, others);
        return others;
      },
      remove: async (stale) => {
        const handedOver = await count(PARTICIPATED_IN.handOver, stale, 'handedOver');
        await run(PARTICIPATED_IN.remove, stale);
        return handedOver;
      },
    });
    type RelationRow = RowOf<ReturnType<typeof relationRows>>;
    await sync<RelationRow>({
      kind: 'Relation',
      rows: relationRows(dataset, provenance),
      existing: RELATION.existing,
      send: async (batch, isNew, stored) => {
        let rows: readonly RelationRow[] = batch;
        let shared: string[] = [];
        const moved = new Set<string>();
        if (isNew) {
          // The same id held by another dataset is the same fact only with the same type and ends.
          const owned = (await run(RELATION.others, batch)) as unknown as Owned[];
          const byId = new Map(owned.map((row) => [row.id, row]));
          const inBatch = new Map(batch.map((row) => [row.id, row]));
          const conflicts = owned.filter((other) => {
            const row = inBatch.get(other.id);
            return row !== undefined && (row.type !== other.type || row.from !== other.from || row.to !== other.to);
          });
          if (conflicts.length > 0) throw conflictError(dataset, 'Relation', conflicts, locate);
          shared = batch.filter((row) => byId.has(row.id)).map((row) => row.id);
          rows = batch.filter((row) => !byId.has(row.id));
          noteCreated(rows, []);
        } else {
          // A relation whose type or ends changed is another relationship: the old one goes, a new one is
          // created, and its derived properties are recomputed from every dataset's evidence.
          const gone = batch.flatMap((row) => {
            const old = stored.get(row.id);
            return old && (old.type !== row.type || old.from !== row.from || old.to !== row.to) ? [old] : [];
          });
          for (const type of RELATION_TYPES) {
            const ofType = gone.filter((old) => old.type === type);
            if (ofType.length > 0) await run(RELATION.remove[type], ofType);
          }
          for (const old of gone) {
            moved.add(old.id);
            recomputeAlso.add(old.id);
          }
        }
        for (const type of RELATION_TYPES) {
          for (const create of [true, false]) {
            const ofType = rows.filter((row) => row.type === type && (isNew || moved.has(row.id)) === create);
            if (ofType.length === 0) continue;
            const statement = !create ? RELATION.update[type] : bulk ? RELATION.bulk[type] : RELATION.create[type];
            const written = await count(statement, ofType, 'written');
            if (written !== ofType.length) throw new Error(`Relation: wrote ${written} of ${ofType.length} ${type} relations: an entity is missing`);
          }
        }
        return shared;
      },
      remove: async (stale) => {
        let handedOver = 0;
        for (const type of RELATION_TYPES) {
          const ofType = stale.filter((old) => old.type === type);
          if (ofType.length === 0) continue;
          handedOver += await count(RELATION.handOver[type], ofType, 'handedOver');
          await run(RELATION.remove[type], ofType);
        }
        return handedOver;
      },
    });

    // Facts whose evidence this load adds, changes or removes (evidence ids start with their fact's id).
    const touchedFacts = new Set<string>();
    const touch = (ids: Iterable<string>) => {
      for (const id of ids) touchedFacts.add(id.slice(0, id.lastIndexOf('#')));
    };
    await sync({
      kind: 'Evidence',
      rows: evidenceRows(dataset),
      existing: EVIDENCE.existing,
      send: async (batch, isNew) => {
        touch(batch.map((row) => row.id));
        return writeOwned('Evidence', !isNew ? EVIDENCE.update : bulk ? EVIDENCE.bulk : EVIDENCE.create, EVIDENCE.others, batch, false);
      },
      remove: async (stale) => {
        touch(stale.map((row) => row.id));
        await run(EVIDENCE.remove, stale);
        return 0;
      },
    });
    await nodes(NAME, nameRows(dataset));

    // Remove what the files no longer hold, dependants first: names and evidence before the facts and nodes
    // they point at, so a shared node's heir is found among the datasets that still name or cite it.
    for (const { summary, stale, remove, kind } of pending.reverse()) {
      const removeStarted = performance.now();
      for (let i = 0; i < stale.length; i += batchSize) {
        const chunk = stale.slice(i, i + batchSize);
        const handedOver = await remove(chunk);
        summary.handedOver += handedOver;
        summary.deleted += chunk.length - handedOver;
        await afterBatch(`${kind} (stale)`, chunk.length);
      }
      summary.ms += performance.now() - removeStarted;
    }
    for (const [kind, summary] of Object.entries(perKind)) {
      log(
        `${kind}: ${summary.rows} rows: ${summary.created} created, ${summary.updated} updated, ${summary.shared} shared, ` +
          `${summary.unchanged} unchanged, ${summary.deleted} deleted, ${summary.handedOver} handed over (${Math.round(summary.ms)} ms)`,
      );
    }

    // A change to a source or an excerpt can change which sources and publishers every fact cites.
    const provenanceChanged = ['Source', 'Excerpt'].some((kind) => {
      const summary = perKind[kind];
      return summary !== undefined && summary.updated + summary.deleted + summary.handedOver > 0;
    });
    if (provenanceChanged) {
      for (const row of evidenceRows(dataset)) touch([row.id]);
    }
    let recomputed = 0;
    const facts = [...touchedFacts].filter((id) => !createdFacts.has(id)).concat([...recomputeAlso].filter((id) => !touchedFacts.has(id)));
    for (const factType of ['EVENT', 'PARTICIPATION', 'RELATION'] as const) {
      const ofType = facts.filter((id) => factTypeOf(id) === factType).map((id) => ({ id }));
      for (let i = 0; i < ofType.length; i += batchSize) {
        // Facts deleted by this load are looked up and not found: only the ones still there count.
        recomputed += await count(RECOMPUTE[factType], ofType.slice(i, i + batchSize), 'facts');
        await afterBatch(`${factType} (derived)`, Math.min(batchSize, ofType.length - i));
      }
    }

    await options.beforeCommit?.();
    return { counters, perKind, statements, recomputed, workedAt: performance.now() };
  };

  const timeoutMs = options.timeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS;
  let result: Awaited<ReturnType<typeof work>>;
  const used: { tx?: RollingTransaction } = {};
  if (!bulk) {
    result = await executor.writeTransaction((tx) => work({ run: tx.run.bind(tx), checkpoint: async () => {} }), timeoutMs);
  } else {
    const commitEvery = Math.max(1, options.commitEvery ?? DEFAULT_COMMIT_EVERY);
    log(`First load of "${dataset.id}": bulk mode, committing every ${commitEvery} rows.`);
    try {
      result = await executor.rollingWrite((tx) => work((used.tx = tx)), commitEvery, timeoutMs);
    } catch (error) {
      log(`The load failed; removing what it had committed of "${dataset.id}"...`);
      try {
        await removeFirstLoad(executor, dataset.id);
      } catch (undoError) {
        throw new Error(
          `The bulk load of "${dataset.id}" failed (${(error as Error).message}) and undoing its commits failed too ` +
            `(${(undoError as Error).message}): the graph holds part of the dataset. Run the same load again once Neo4j ` +
            'answers: it completes the dataset in one transaction.',
          { cause: error },
        );
      }
      throw error;
    }
  }

  const committedAt = performance.now();
  const elapsedMs = committedAt - started;
  const kinds = Object.values(result.perKind);
  const total = (field: Exclude<keyof KindSummary, 'ms'>) => kinds.reduce((sum, kind) => sum + kind[field], 0);
  const rows = total('rows');
  return {
    dataset: dataset.id,
    rows,
    created: total('created'),
    updated: total('updated'),
    shared: total('shared'),
    unchanged: total('unchanged'),
    deleted: total('deleted'),
    handedOver: total('handedOver'),
    recomputed: result.recomputed,
    ...result.counters,
    statements: result.statements,
    perKind: result.perKind,
    elapsedMs,
    mode: bulk ? 'bulk' : 'single',
    commitMs: used.tx ? used.tx.commitMs : committedAt - result.workedAt,
    commits: used.tx ? used.tx.commits : 1,
    rowsPerSecond: elapsedMs > 0 ? Math.round((rows / elapsedMs) * 1000) : rows,
  };
}

/**
 * Whether to write in bulk mode. Bulk is only safe for a dataset none of whose ids the graph holds yet: then
 * deleting everything marked with its dataset id undoes a failed load exactly.
 */
async function useBulkMode(executor: Executor, dataset: Dataset, mode: 'auto' | 'single' | 'bulk'): Promise<boolean> {
  if (mode === 'single') return false;
  const rows =
    dataset.sources.length + dataset.excerpts.length + dataset.entities.length + dataset.relations.length +
    dataset.events.reduce((sum, event) => sum + 1 + event.spec.participants.length, 0);
  if (mode === 'auto' && rows < BULK_THRESHOLD) return false;
  const overlap = await firstExistingId(executor, dataset);
  if (overlap === undefined) return true;
  if (mode === 'auto') return false;
  throw new DatasetError(dataset.folder, [
    { file: '.', path: '(dataset)', message: `bulk mode is for first loads only, but the graph already holds "${overlap}": load it in one transaction (mode single)` },
  ]);
}

const EXISTING_IDS = cypher`
  UNWIND $ids AS id
  CALL (id) {
    OPTIONAL MATCH (a:Entity {id: id}) OPTIONAL MATCH (b:Event {id: id}) OPTIONAL MATCH (c:Source {id: id}) OPTIONAL MATCH (d:Excerpt {id: id})
    RETURN coalesce(a, b, c, d) IS NOT NULL AS found
  }
  WITH id WHERE found
  RETURN id LIMIT 1`;
const DATASET_PRESENT = cypher`
  OPTIONAL MATCH (s:Source {dataset: $dataset}) WITH s LIMIT 1
  OPTIONAL MATCH (n:Name {dataset: $dataset}) WITH s, n LIMIT 1
  RETURN CASE WHEN s IS NOT NULL OR n IS NOT NULL THEN 'dataset ' + $dataset END AS id`;

/** The first id of the dataset that the graph already holds (or the dataset itself), or undefined. */
async function firstExistingId(executor: Executor, dataset: Dataset): Promise<string | undefined> {
  const present = (await executor.read(DATASET_PRESENT, { dataset: dataset.id })).records[0]?.get('id') as string | null | undefined;
  if (present) return present;
  const ids = [dataset.sources, dataset.excerpts, dataset.entities, dataset.events].flatMap((list) => list.map((item) => item.spec.id));
  for (let i = 0; i < ids.length; i += 10_000) {
    const { records } = await executor.read(EXISTING_IDS, { ids: ids.slice(i, i + 10_000) });
    const found = records[0]?.get('id') as string | undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

// Undoing a failed bulk load: every node it wrote carries its dataset id and, the dataset being new, no other
// dataset's node or relationship refers to them, so deleting them (with their relationships) restores the graph.
const REMOVE_FIRST_LOAD: readonly Cypher[] = ['Name', 'Evidence', 'Excerpt', 'Event', 'Entity', 'Source'].map(
  (label) => `MATCH (n:${label}) WHERE n.dataset = $dataset CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS` as Cypher,
);

async function removeFirstLoad(executor: Executor, datasetId: string): Promise<void> {
  for (const statement of REMOVE_FIRST_LOAD) await executor.autoCommit(statement, { dataset: datasetId });
}

/** An empty dataset of that id: writing it removes (or hands over) everything the dataset holds. */
export function emptyDataset(id: string): Dataset {
  return { id, folder: `(dataset ${id})`, files: [], sources: [], excerpts: [], entities: [], events: [], relations: [] };
}

/** Removes a dataset from the graph in one transaction; shared nodes another dataset declares are handed over. */
export function deleteDataset(executor: Executor, id: string, options: WriteOptions = {}): Promise<WriteSummary> {
  return writeDataset(executor, emptyDataset(id), options);
}

/** Where each id was declared, to name the file and path of a row the graph refuses. */
function locationIndex(dataset: Dataset): (id: string) => Location {
  let index: Map<string, Location> | undefined;
  return (id) => {
    if (!index) {
      index = new Map();
      for (const list of [dataset.sources, dataset.excerpts, dataset.entities, dataset.events, dataset.relations]) {
        for (const item of list) index.set(item.spec.id, { file: item.file, path: `${item.path}.id` });
      }
    }
    return index.get(id) ?? { file: '.', path: '(dataset)' };
  };
}

function conflictError(dataset: Dataset, kind: string, conflicts: readonly Owned[], locate: (id: string) => Location): DatasetError {
  return new DatasetError(
    dataset.folder,
    conflicts.map((other) => ({
      ...locate(other.id),
      message:
        other.type === undefined
          ? `${kind} id "${other.id}" is already used by dataset "${other.dataset}": ids of sources and excerpts belong to one dataset`
          : `${kind} id "${other.id}" is already used by dataset "${other.dataset}" for ${other.from} ${other.type} ${other.to}: ` +
            'a relation id shared by two datasets must name the same type and entities',
    })),
  );
}

// ---------------------------------------------------------------------------------------------------------------

export interface SeedOptions extends WriteOptions, ReadOptions {}

export interface SeedSummary extends WriteSummary {
  /** Files read. */
  readonly files: number;
  /** Time to read and validate the files. */
  readonly validationMs: number;
}

/** Reads and validates the folder (throwing DatasetError before anything is written), then writes it. */
export async function seedDataset(executor: Executor, folder: string, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const dataset = await readDataset(folder, options);
  const validationMs = performance.now() - started;
  options.log?.(`Validated ${dataset.files.length} files of dataset "${dataset.id}" in ${Math.round(validationMs)} ms.`);
  const summary = await writeDataset(executor, dataset, options);
  return { ...summary, files: dataset.files.length, validationMs };
}
