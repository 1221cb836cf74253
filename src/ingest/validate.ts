import { dirname, relative, resolve, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { InvalidDateError, parseDateValue, type DateBounds } from '../domain/dates.js';
import { rolesCompatible } from '../domain/role-claims.js';
import {
  MAX_CITED_QUOTE_LENGTH,
  datasetFileSpec,
  type DatasetFile,
  type DateSpec,
  type EntitySpec,
  type EventSpec,
  type EvidenceSpec,
  type ExcerptSpec,
  type RelationSpec,
  type SourceSpec,
} from './dataset-schema.js';
import type { Dataset, LoadedEvent, LoadedRelation, LoadedSource, Located, Location } from './dataset.js';
import { DatasetError, formatPath, type DatasetProblem } from './problems.js';
import { CodePointText, contentHash, contentText } from './source-text.js';

/**
 * Validation, pure: from the text of every dataset file and of every source file it names to a Dataset, or a
 * DatasetError with every problem found, each with its file and path. No file system, no database: read.ts does
 * the reading, and unit tests call `validateDataset` with texts in memory.
 */

/** A dataset file's path relative to the dataset folder, and its text. */
export interface DatasetFileText {
  readonly file: string;
  readonly text: string;
}

export interface ParsedFile {
  readonly file: string;
  readonly content: DatasetFile;
}

/** A source text file as read: its raw text, or why it could not be read. */
export type SourceFile = { readonly text: string } | { readonly error: string };

export interface ParsedDataset {
  /** The dataset id every written row carries. */
  readonly id: string;
  /** The absolute dataset folder (source file paths resolve against it). */
  readonly folder: string;
  readonly parsed: readonly ParsedFile[];
  /** Source text files by `sourceTextPath`; a path not in the map is a file that does not exist. */
  readonly sourceFiles: ReadonlyMap<string, SourceFile>;
}

export interface DatasetInput extends Omit<ParsedDataset, 'parsed'> {
  /** Every dataset file, in load order. */
  readonly files: readonly DatasetFileText[];
}

/** Parses and checks a whole dataset given as texts; throws one DatasetError listing every problem. */
export function validateDataset(input: DatasetInput): Dataset {
  const problems: DatasetProblem[] = [];
  const parsed: ParsedFile[] = [];
  for (const { file, text } of input.files) {
    const content = parseDatasetFile(file, text, problems);
    if (content) parsed.push({ file, content });
  }
  if (problems.length > 0) throw new DatasetError(input.folder, problems);
  return checkDataset({ ...input, parsed });
}

/** Where a source's text file is, relative to the dataset folder: its `file` is relative to the declaring file. */
export function sourceTextPath(folder: string, declaredIn: string, file: string): string {
  return relative(folder, resolve(folder, dirname(declaredIn), file))
    .split(sep)
    .join('/');
}

/** Parses one YAML or JSON dataset file against the schema; reports its problems and returns undefined if any. */
export function parseDatasetFile(file: string, raw: string, problems: DatasetProblem[]): DatasetFile | undefined {
  // A byte-order mark is not content (YAML skips it; JSON.parse does not).
  const text = raw.replace(/^\uFEFF/, '');
  const value = /\.json$/i.test(file) ? parseJson(file, text, problems) : parseYaml(file, text, problems);
  if (value === INVALID) return undefined;
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

const INVALID = Symbol('invalid');

function parseJson(file: string, text: string, problems: DatasetProblem[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // JSON.parse gives no position; JSON is YAML 1.2, so the YAML parser can say where the syntax breaks.
    const where = parseDocument(text).errors[0]?.linePos?.[0];
    problems.push({
      file,
      path: where ? `line ${where.line}, column ${where.col}` : '(syntax)',
      message: `invalid JSON: ${(error as Error).message.split('\n')[0]}`,
    });
    return INVALID;
  }
}

/**
 * How many alias nodes (`*anchor`) a YAML dataset file may expand into, counting each alias by the size of what it
 * repeats (the `yaml` package's `maxAliasCount`): enough for hand-written anchors, and an alias bomb ("billion
 * laughs") is refused as soon as it passes it instead of expanding in memory.
 */
export const MAX_YAML_ALIAS_COUNT = 100;

function parseYaml(file: string, text: string, problems: DatasetProblem[]): unknown {
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length === 0) {
    try {
      return document.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
    } catch (error) {
      // toJS throws on an alias it cannot resolve and past the alias limit; say the latter in words.
      const message = /excessive alias count/i.test((error as Error).message)
        ? `aliases expand to more than ${MAX_YAML_ALIAS_COUNT} nodes (an alias bomb?)`
        : (error as Error).message;
      problems.push({ file, path: '(aliases)', message: `invalid YAML: ${message}` });
      return INVALID;
    }
  }
  for (const error of document.errors) {
    const where = error.linePos?.[0];
    problems.push({
      file,
      path: where ? `line ${where.line}, column ${where.col}` : '(syntax)',
      message: `invalid YAML: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
    });
  }
  return INVALID;
}

/**
 * Checks parsed files as a whole: ids are unique, references resolve, source texts exist, quotes are the text
 * at their offsets, dates parse and date phrases occur in the fact's evidence. Throws one DatasetError.
 */
export function checkDataset(input: ParsedDataset): Dataset {
  const problems: DatasetProblem[] = [];
  const lists = {
    sources: [] as Located<SourceSpec>[],
    excerpts: [] as Located<ExcerptSpec>[],
    entities: [] as Located<EntitySpec>[],
    events: [] as Located<EventSpec>[],
    relations: [] as Located<RelationSpec>[],
  };
  for (const { file, content } of input.parsed) {
    content.sources.forEach((spec, i) => lists.sources.push({ file, path: `sources[${i}]`, spec }));
    content.excerpts.forEach((spec, i) => lists.excerpts.push({ file, path: `excerpts[${i}]`, spec }));
    content.entities.forEach((spec, i) => lists.entities.push({ file, path: `entities[${i}]`, spec }));
    content.events.forEach((spec, i) => lists.events.push({ file, path: `events[${i}]`, spec }));
    content.relations.forEach((spec, i) => lists.relations.push({ file, path: `relations[${i}]`, spec }));
  }
  const checker = new DatasetChecker(input, problems);
  lists.sources.forEach((item) => checker.declare('source', item));
  lists.excerpts.forEach((item) => checker.declare('excerpt', item));
  lists.entities.forEach((item) => checker.declare('entity', item));
  lists.events.forEach((item) => checker.declare('event', item));
  lists.relations.forEach((item) => checker.declare('relation', item));
  const sources = checker.sources(lists.sources);
  checker.relays(lists.sources);
  checker.excerpts(lists.excerpts);
  checker.entities(lists.entities);
  const events = checker.events(lists.events);
  const relations = checker.relations(lists.relations);
  if (problems.length > 0) throw new DatasetError(input.folder, problems);
  const files = input.parsed.map((parsed) => parsed.file);
  return { id: input.id, folder: input.folder, files, sources, excerpts: lists.excerpts, entities: lists.entities, events, relations };
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

/** The checks across files, one method per list; every problem is reported, none stops the others. */
class DatasetChecker {
  private readonly declared = new Map<string, Declaration>();
  private readonly sourceTexts = new Map<string, CodePointText>();
  private readonly quotes = new Map<string, string>();
  /** Sources without a stored text (cited only). */
  private readonly citedOnly = new Set<string>();

  constructor(
    private readonly input: ParsedDataset,
    private readonly problems: DatasetProblem[],
  ) {}

  private report(at: Location, field: string, message: string): void {
    this.problems.push({ file: at.file, path: field === '' ? at.path : `${at.path}.${field}`, message });
  }

  /** Ids are unique across every list of every file. */
  declare(kind: DeclaredKind, item: Located<{ id: string; kind?: string }>): void {
    const first = this.declared.get(item.spec.id);
    if (first) {
      this.report(item, 'id', `duplicate id "${item.spec.id}": already declared at ${first.file}: ${first.path}.id`);
    } else {
      this.declared.set(item.spec.id, { kind, file: item.file, path: item.path, entityKind: item.spec.kind });
    }
  }

  /** True when `ref` names a declaration of that kind (and entity kind); reports the problem otherwise. */
  private resolves(at: Location, field: string, ref: string, kind: DeclaredKind, entityKind?: string): boolean {
    const target = this.declared.get(ref);
    if (!target) {
      this.report(at, field, `"${ref}" does not match any id in the dataset (expected ${ARTICLE[kind]} id)`);
      return false;
    }
    if (target.kind !== kind) {
      this.report(at, field, `"${ref}" is ${ARTICLE[target.kind]} (${target.file}: ${target.path}), not ${ARTICLE[kind]}`);
      return false;
    }
    if (entityKind !== undefined && target.entityKind !== entityKind) {
      this.report(at, field, `"${ref}" is an entity of kind ${target.entityKind} (${target.file}: ${target.path}), not ${entityKind}`);
      return false;
    }
    return true;
  }

  private dateBounds(at: Location, field: string, date: DateSpec | undefined): DateBounds | undefined {
    if (date === undefined) return undefined;
    try {
      return parseDateValue(date.value);
    } catch (error) {
      if (!(error instanceof InvalidDateError)) throw error;
      this.report(at, `${field}.value`, error.message);
      return undefined;
    }
  }

  /** Evidence lists: excerpts and attributions resolve, no excerpt twice; returns the quotes cited. */
  private evidence(at: Location, field: string, evidence: readonly EvidenceSpec[]): string[] {
    const cited = new Map<string, number>();
    const citedQuotes: string[] = [];
    evidence.forEach((item, i) => {
      const path = `${field}[${i}]`;
      if (this.resolves(at, `${path}.excerpt`, item.excerpt, 'excerpt')) citedQuotes.push(this.quotes.get(item.excerpt) ?? '');
      const earlier = cited.get(item.excerpt);
      if (earlier !== undefined) this.report(at, `${path}.excerpt`, `cites "${item.excerpt}" again (already at ${field}[${earlier}])`);
      else cited.set(item.excerpt, i);
      if (item.attributedTo !== undefined) this.resolves(at, `${path}.attributedTo`, item.attributedTo, 'entity');
      // An inference is the curator's, not the source's: the reader is owed how it follows from the quote.
      if (item.kind === 'INFERENCE' && item.note === undefined)
        this.report(at, `${path}.note`, 'an INFERENCE needs a note saying how the fact follows from the quote (the source does not state it)');
    });
    return citedQuotes;
  }

  private phrase(at: Location, field: string, date: DateSpec | undefined, citedQuotes: readonly string[], what: string): void {
    const phrase = date?.phrase;
    if (phrase === undefined || citedQuotes.length === 0) return;
    if (!citedQuotes.some((quote) => quote.includes(phrase))) {
      this.report(at, `${field}.phrase`, `"${phrase}" does not occur in any of the ${what}'s evidence quotes`);
    }
  }

  /**
   * Sources: the text file was read, and is taken the way offsets count. A source without a file is cited, not
   * stored: it needs the URL it was read at and the date it was retrieved.
   */
  sources(sources: readonly Located<SourceSpec>[]): LoadedSource[] {
    const loaded: LoadedSource[] = [];
    for (const source of sources) {
      const published = this.dateBounds(source, 'published', source.spec.published) ?? parseDateValue(undefined);
      const retrieved = this.dateBounds(source, 'retrieved', source.spec.retrieved);
      if (source.spec.file === undefined) {
        this.citedOnly.add(source.spec.id);
        if (source.spec.url === undefined) this.report(source, 'url', 'a source without a text file is cited: give the url it was read at');
        if (source.spec.retrieved?.value === undefined)
          this.report(source, 'retrieved', 'a source without a text file is cited: give the date it was retrieved (retrieved.value)');
        loaded.push({ ...source, text: null, contentHash: null, length: null, published, retrieved });
        continue;
      }
      const path = sourceTextPath(this.input.folder, source.file, source.spec.file);
      const read = this.input.sourceFiles.get(path) ?? { error: 'no such file' };
      if ('error' in read) {
        this.report(source, 'file', `cannot read the source text ${path}: ${read.error}`);
        continue;
      }
      const text = contentText(read.text, source.spec.trailingChromeLines);
      const indexed = new CodePointText(text);
      this.sourceTexts.set(source.spec.id, indexed);
      loaded.push({ ...source, text, contentHash: contentHash(text), length: indexed.length, published, retrieved });
    }
    return loaded;
  }

  /**
   * What sources relay: a `src:` id names another source of this dataset, and following relays never comes back
   * to where it started; anything else is an origin's name.
   */
  relays(sources: readonly Located<SourceSpec>[]): void {
    const relayed = new Map(sources.map(({ spec }) => [spec.id, spec.relays]));
    for (const source of sources) {
      const { id, relays } = source.spec;
      if (relays === undefined || !/^src:/.test(relays)) continue;
      if (relays === id) {
        this.report(source, 'relays', 'a source cannot relay itself');
        continue;
      }
      if (!this.resolves(source, 'relays', relays, 'source')) continue;
      const seen = new Set([id]);
      for (let next: string | undefined = relays; next !== undefined && /^src:/.test(next); next = relayed.get(next)) {
        if (seen.has(next)) {
          this.report(source, 'relays', `relaying "${relays}" comes back to "${next}": relays must not form a cycle`);
          break;
        }
        seen.add(next);
      }
    }
  }

  /**
   * Excerpts: inside their source, and the quote is the text at the offsets. The quote of a cited-only source has
   * no offsets (there is no text to count in) and is non-blank and at most MAX_CITED_QUOTE_LENGTH code points.
   */
  excerpts(excerpts: readonly Located<ExcerptSpec>[]): void {
    for (const excerpt of excerpts) {
      const { source, start, end, quote } = excerpt.spec;
      this.quotes.set(excerpt.spec.id, quote);
      if (!this.resolves(excerpt, 'source', source, 'source')) continue;
      if (this.citedOnly.has(source)) {
        this.citedQuote(excerpt);
        continue;
      }
      const text = this.sourceTexts.get(source);
      if (!text) continue; // the source file problem is reported already
      if (start === undefined || end === undefined) {
        this.report(excerpt, start === undefined ? 'start' : 'end', `the source "${source}" has a text: give the quote's start and end offsets`);
        continue;
      }
      if (start >= text.length) {
        this.report(excerpt, 'start', `start ${start} is past the end of the source text (${text.length} code points)`);
        continue;
      }
      if (end > text.length) {
        this.report(excerpt, 'end', `end ${end} is past the end of the source text (${text.length} code points)`);
        continue;
      }
      const actual = text.slice(start, end);
      if (actual !== quote) {
        // A quote found elsewhere means the offsets are wrong; found nowhere, the quote is.
        const found = text.locate(quote);
        this.report(excerpt, found.length > 0 ? 'start' : 'quote', quoteMismatch(start, end, quote, actual, found));
      }
    }
  }

  private citedQuote(excerpt: Located<ExcerptSpec>): void {
    const { source, start, end, quote } = excerpt.spec;
    if (start !== undefined || end !== undefined) {
      this.report(excerpt, start !== undefined ? 'start' : 'end', `the source "${source}" is cited, not stored: its quotes have no offsets`);
    }
    const length = Array.from(quote).length;
    if (quote.trim() === '') this.report(excerpt, 'quote', 'must not be blank');
    else if (quote !== quote.trim()) this.report(excerpt, 'quote', 'starts or ends with white space: quote the words only');
    if (length > MAX_CITED_QUOTE_LENGTH) {
      this.report(
        excerpt,
        'quote',
        `is ${length} code points long: a quote of a cited-only source is at most ${MAX_CITED_QUOTE_LENGTH} (quote the clause that states the fact)`,
      );
    }
  }

  entities(entities: readonly Located<EntitySpec>[]): void {
    for (const entity of entities) {
      const { country, mentions, aliases } = entity.spec;
      if (country !== undefined) this.resolves(entity, 'country', country, 'entity', 'COUNTRY');
      else if (entity.spec.kind === 'GROUP') this.report(entity, 'country', 'a GROUP is a group of people within a country: give its country');
      const mentioned = new Map<string, number>();
      mentions.forEach((ref, i) => {
        this.resolves(entity, `mentions[${i}]`, ref, 'excerpt');
        const earlier = mentioned.get(ref);
        if (earlier !== undefined) this.report(entity, `mentions[${i}]`, `lists "${ref}" again (already at mentions[${earlier}])`);
        else mentioned.set(ref, i);
      });
      this.aliases(entity, aliases);
      this.identity(entity);
    }
  }

  /**
   * `sameAs` and `distinct` name entities of the graph, not of this dataset: an entity of the dataset is the same
   * as itself under one id. Whether the graph holds them is checked when the dataset is matched (match.ts).
   */
  private identity(entity: Located<EntitySpec>): void {
    const { id, sameAs, distinct = [] } = entity.spec;
    if (sameAs === id) this.report(entity, 'sameAs', 'names the entity itself: give the id of the entity of the graph it is');
    else if (sameAs !== undefined && this.declared.has(sameAs)) {
      const other = this.declared.get(sameAs)!;
      this.report(
        entity,
        'sameAs',
        `"${sameAs}" is declared in this dataset too (${other.file}: ${other.path}): declare one entity, under one id, instead of two the same`,
      );
    }
    const listed = new Map<string, number>();
    distinct.forEach((ref, i) => {
      if (ref === id) this.report(entity, `distinct[${i}]`, 'names the entity itself');
      else if (ref === sameAs) this.report(entity, `distinct[${i}]`, `"${ref}" is also its sameAs: the entity cannot be both`);
      const earlier = listed.get(ref);
      if (earlier !== undefined) this.report(entity, `distinct[${i}]`, `lists "${ref}" again (already at distinct[${earlier}])`);
      else listed.set(ref, i);
    });
  }

  /** An alias listed twice in one language is a slip (it would be one name). */
  private aliases(record: Located<EntitySpec | EventSpec>, aliases: readonly { text: string; lang: string }[]): void {
    const aliasSeen = new Map<string, number>();
    aliases.forEach((alias, i) => {
      const key = `${alias.lang}\u0000${alias.text}`;
      const earlier = aliasSeen.get(key);
      if (earlier !== undefined)
        this.report(record, `aliases[${i}]`, `repeats the ${alias.lang} alias "${alias.text}" (already at aliases[${earlier}])`);
      else aliasSeen.set(key, i);
    });
  }

  events(events: readonly Located<EventSpec>[]): LoadedEvent[] {
    const loaded: LoadedEvent[] = [];
    for (const event of events) {
      const { place, participants, aliases } = event.spec;
      if (place !== undefined) this.resolves(event, 'place', place, 'entity');
      this.aliases(event, aliases ?? []);
      const roles = new Map<string, number>();
      participants.forEach((participant, i) => {
        this.resolves(event, `participants[${i}].entity`, participant.entity, 'entity');
        const key = `${participant.role}\u0000${participant.entity}`;
        const earlier = roles.get(key);
        if (earlier !== undefined) {
          this.report(
            event,
            `participants[${i}]`,
            `lists "${participant.entity}" as ${participant.role} again (already at participants[${earlier}])`,
          );
        } else {
          roles.set(key, i);
        }
        this.evidence(event, `participants[${i}].evidence`, participant.evidence);
        // Credit is the source's reading or someone's claim, never a thing that happened.
        participant.evidence.forEach((item, j) => {
          if (participant.role === 'CREDITED' && item.kind === 'REPORTED_FACT')
            this.report(
              event,
              `participants[${i}].evidence[${j}].kind`,
              'a CREDITED participant rests on an EVALUATION or ATTRIBUTED_CLAIM, not a REPORTED_FACT',
            );
        });
      });
      this.compatibleRoles(event);
      const citedQuotes = this.evidence(event, 'evidence', event.spec.evidence);
      const date = this.dateBounds(event, 'date', event.spec.date);
      this.phrase(event, 'date', event.spec.date, citedQuotes, 'event');
      this.quantities(event, citedQuotes);
      if (date) loaded.push({ ...event, date });
    }
    return loaded;
  }

  /**
   * One source does not give an entity two roles that cannot both hold (src/domain/role-claims.ts): a dataset that
   * does contradicts itself. Sources that disagree are datasets of their own, and the API shows their conflict.
   */
  private compatibleRoles(event: Located<EventSpec>): void {
    const { participants } = event.spec;
    participants.forEach((participant, i) => {
      const earlier = participants.findIndex(
        (other, j) => j < i && other.entity === participant.entity && !rolesCompatible(other.role, participant.role),
      );
      if (earlier === -1) return;
      const other = participants[earlier]!;
      this.report(
        event,
        `participants[${i}].role`,
        `"${participant.entity}" cannot be both ${other.role} (participants[${earlier}]) and ${participant.role} of one event: ` +
          'the two sides of one exchange (see seed/README.md, roles); a source that says otherwise belongs in a dataset of its own',
      );
    });
  }

  /** One count per unit, each phrase in one of the event's quotes (its claim is kept on the quotes that hold it). */
  private quantities(event: Located<EventSpec>, citedQuotes: readonly string[]): void {
    const units = new Map<string, number>();
    event.spec.quantities.forEach((quantity, i) => {
      const earlier = units.get(quantity.unit);
      if (earlier !== undefined) this.report(event, `quantities[${i}].unit`, `counts ${quantity.unit} again (already at quantities[${earlier}])`);
      else units.set(quantity.unit, i);
      if (citedQuotes.length > 0 && !citedQuotes.some((quote) => quote.includes(quantity.phrase)))
        this.report(event, `quantities[${i}].phrase`, `"${quantity.phrase}" does not occur in any of the event's evidence quotes`);
    });
  }

  relations(relations: readonly Located<RelationSpec>[]): LoadedRelation[] {
    return relations.map((relation) => {
      this.resolves(relation, 'from', relation.spec.from, 'entity');
      this.resolves(relation, 'to', relation.spec.to, 'entity');
      const citedQuotes = this.evidence(relation, 'evidence', relation.spec.evidence);
      const since = this.dateBounds(relation, 'since', relation.spec.since);
      const until = this.dateBounds(relation, 'until', relation.spec.until);
      this.phrase(relation, 'since', relation.spec.since, citedQuotes, 'relation');
      this.phrase(relation, 'until', relation.spec.until, citedQuotes, 'relation');
      return { ...relation, since, until };
    });
  }
}

// Characters that look like nothing (or like a plain space) in an error message.
const INVISIBLE = /[\u00A0\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const visible = (text: string) => `"${text.replace(INVISIBLE, (c) => `\\u${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`)}"`;

function quoteMismatch(start: number, end: number, quote: string, actual: string, found: ReadonlyArray<{ start: number; end: number }>): string {
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
