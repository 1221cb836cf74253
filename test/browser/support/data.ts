import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CodePointText, contentText } from '../../../src/ingest/index.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

/**
 * What the seeded article says, read from its dataset files: the tests compare the pages against the data, not
 * against strings copied into them.
 */

export type Lang = 'ar' | 'fr' | 'en';
export const LANGS: readonly Lang[] = ['en', 'fr', 'ar'];

interface Localized {
  readonly ar?: string;
  readonly fr?: string;
  readonly en?: string;
}
interface EvidenceSpec {
  readonly excerpt: string;
  readonly kind: string;
}
interface DateSpec {
  readonly phrase?: string;
  readonly value?: string;
}
interface Excerpt {
  readonly id: string;
  readonly source: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}
interface EntitySpec {
  readonly id: string;
  readonly kind: string;
  readonly names: Localized;
}
interface EventSpec {
  readonly id: string;
  readonly title: Localized;
  readonly summary?: Localized;
  readonly date?: DateSpec;
  readonly participants: readonly { entity: string; role: string; evidence: readonly EvidenceSpec[] }[];
  readonly evidence: readonly EvidenceSpec[];
}
interface RelationSpec {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly evidence: readonly EvidenceSpec[];
}
interface SourceSpec {
  readonly id: string;
  readonly file: string;
  readonly trailingChromeLines?: number;
}

export interface Dataset {
  readonly folder: string;
  readonly sources: readonly SourceSpec[];
  readonly excerpts: readonly Excerpt[];
  readonly entities: readonly EntitySpec[];
  readonly events: readonly EventSpec[];
  readonly relations: readonly RelationSpec[];
  /** Every string of the dataset's files (names, titles, summaries, quotes...): what a page may show as data. */
  readonly texts: readonly string[];
}

function readFolder(folder: string, files: readonly string[]): Dataset {
  const lists: Record<string, unknown[]> = { sources: [], excerpts: [], entities: [], events: [], relations: [] };
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const file of files) {
    const doc = parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown[]>;
    collect(doc);
    for (const key of Object.keys(lists)) lists[key]!.push(...(doc[key] ?? []));
  }
  return { folder, texts, ...(lists as unknown as Omit<Dataset, 'folder' | 'texts'>) };
}

const ARTICLE_FOLDER = join(PROJECT_ROOT, 'seed', 'data', 'article');
export const article = readFolder(ARTICLE_FOLDER, ['source.yaml', 'excerpts.yaml', 'entities.yaml', 'events.yaml', 'relations.yaml']);
export const hostile = readFolder(join(PROJECT_ROOT, 'test', 'fixtures', 'seed', 'xss'), ['facts.yaml']);
export const ARTICLE_SOURCE_ID = 'src:article-ma-security';

/** The content text of a source, indexed by code point (the unit of excerpt offsets). */
export function sourceText(dataset: Dataset, sourceId: string): CodePointText {
  const source = dataset.sources.find((s) => s.id === sourceId);
  if (!source) throw new Error(`no source ${sourceId} in ${dataset.folder}`);
  return new CodePointText(contentText(readFileSync(join(dataset.folder, source.file), 'utf8'), source.trailingChromeLines ?? 0));
}

export function excerpt(dataset: Dataset, id: string): Excerpt {
  const found = dataset.excerpts.find((e) => e.id === id);
  if (!found) throw new Error(`no excerpt ${id}`);
  return found;
}

/** The excerpt of a source at exactly these offsets, if any. */
export function excerptAt(dataset: Dataset, sourceId: string, start: number, end: number): Excerpt | undefined {
  return dataset.excerpts.find((e) => e.source === sourceId && e.start === start && e.end === end);
}

/** Every statement kind with which some fact cites the excerpt. */
export function statementKindsOf(dataset: Dataset, excerptId: string): Set<string> {
  const kinds = new Set<string>();
  const add = (evidence: readonly EvidenceSpec[]) => evidence.filter((e) => e.excerpt === excerptId).forEach((e) => kinds.add(e.kind));
  for (const event of dataset.events) {
    add(event.evidence);
    for (const participant of event.participants) add(participant.evidence);
  }
  for (const relation of dataset.relations) add(relation.evidence);
  return kinds;
}

export function entityName(dataset: Dataset, id: string, lang: Lang): string {
  const entity = dataset.entities.find((e) => e.id === id);
  if (!entity) throw new Error(`no entity ${id}`);
  const name = entity.names[lang] ?? entity.names.en ?? entity.names.fr ?? entity.names.ar;
  if (!name) throw new Error(`entity ${id} has no name`);
  return name;
}

export function relation(dataset: Dataset, id: string): RelationSpec {
  const found = dataset.relations.find((r) => r.id === id);
  if (!found) throw new Error(`no relation ${id}`);
  return found;
}

/** The events an entity takes part in. */
export function eventsOf(dataset: Dataset, entityId: string): EventSpec[] {
  return dataset.events.filter((event) => event.participants.some((p) => p.entity === entityId));
}

/** Every text of the events (titles, summaries, date phrases): what a timeline may legitimately repeat. */
export function eventTexts(events: readonly EventSpec[]): string[] {
  return events.flatMap((event) => [
    ...Object.values(event.title),
    ...Object.values(event.summary ?? {}),
    ...(event.date?.phrase ? [event.date.phrase] : []),
  ]);
}
