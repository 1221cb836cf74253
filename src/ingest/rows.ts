import { hash } from 'node:crypto';
import type { FactType, PropsOf } from '../db/ingest/index.js';
import { calendarYear, chronologicalSortKey, type DateBounds } from '../domain/dates.js';
import { independenceKeys } from '../domain/status.js';
import { ENTITY_KIND_LABEL, EVENT_TYPE_CODING } from '../domain/vocabulary.js';
import { nameKey, normalizeText, searchKeys } from '../search/normalize.js';
import { wordCount } from '../search/stopwords.js';
import type { DateSpec, EvidenceSpec, LocalizedTextSpec, QuantitySpec } from './dataset-schema.js';
import type { Dataset } from './dataset.js';
import { deriveFromSpecs as derive, type Derived, type Provenance } from './derived.js';

export { provenanceOf, type Provenance } from './derived.js';

// Rows: one plain object per node or relationship, built lazily batch by batch. The property names of each kind
// are the graph model's (src/db/ingest/properties.ts: they become the SET clauses of its statements); the
// builders are type-checked against them.

/** Bumped when the shape of written rows changes, so the next run rewrites every row. */
const ROW_FORMAT = 2;

type Lang = 'ar' | 'fr' | 'en';
type DatePart = 'Phrase' | 'Precision' | 'Earliest' | 'Latest' | 'Edtf';

export interface Row {
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

/** Ids of the rows the dataset files do not name. */
export const participationId = (eventId: string, role: string, entityId: string) => `${eventId}/${role}/${entityId}`;
export const evidenceId = (factId: string, excerptId: string) => `${factId}#${excerptId}`;
/** Names belong to the dataset that gives them (two datasets may name one shared entity). */
export const nameId = (datasetId: string, ownerId: string, part: string) => `${datasetId}:${ownerId}/${part}`;
const linkId = (from: string, to: string) => `${from}>${to}`;

/** What kind of fact an id names: events `event:x`, participations `event:x/ROLE/entity`, relations `rel:x`. */
export function factTypeOf(factId: string): FactType {
  if (factId.startsWith('rel:')) return 'RELATION';
  return factId.includes('/') ? 'PARTICIPATION' : 'EVENT';
}

export function* sourceRows(dataset: Dataset) {
  const declarations = new Map(dataset.sources.map(({ spec }) => [spec.id, spec]));
  for (const { spec, text, contentHash: sha, length, published, retrieved } of dataset.sources) {
    yield withHash({
      id: spec.id,
      props: {
        language: spec.language,
        title: spec.title,
        publisher: spec.publisher ?? null,
        url: spec.url ?? null,
        relays: spec.relays ?? null,
        independenceKeys: independenceKeys(spec, declarations),
        ...dated('published', spec.published, published),
        ...dated('retrieved', spec.retrieved, retrieved),
        text,
        contentHash: sha,
        length,
        note: spec.note ?? null,
      } satisfies PropsOf<'Source'>,
    });
  }
}

export function* excerptRows(dataset: Dataset) {
  for (const { spec } of dataset.excerpts) {
    yield withHash({
      id: spec.id,
      props: { sourceId: spec.source, start: spec.start ?? null, end: spec.end ?? null, quote: spec.quote } satisfies PropsOf<'Excerpt'>,
    });
  }
}

export function* entityRows(dataset: Dataset) {
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
export function* inCountryRows(dataset: Dataset, notOwned: ReadonlySet<string>) {
  for (const { spec } of dataset.entities) {
    if (spec.country !== undefined && !notOwned.has(spec.id)) yield { id: linkId(spec.id, spec.country), hash: '', from: spec.id, to: spec.country };
  }
}

export function* mentionRows(dataset: Dataset) {
  for (const { spec } of dataset.entities) {
    // A link is written once even if the files name it twice (bulk mode CREATEs it).
    for (const excerptId of new Set(spec.mentions)) yield { id: linkId(spec.id, excerptId), hash: '', from: spec.id, to: excerptId };
  }
}

export function* occurredInRows(dataset: Dataset, notOwned: ReadonlySet<string>) {
  for (const { spec } of dataset.events) {
    if (spec.place !== undefined && !notOwned.has(spec.id)) yield { id: linkId(spec.id, spec.place), hash: '', from: spec.id, to: spec.place };
  }
}

export function* eventRows(dataset: Dataset, provenance: Provenance) {
  for (const { spec, date } of dataset.events) {
    const coding = EVENT_TYPE_CODING[spec.type];
    const { earliest, latest } = date;
    const year = calendarYear(earliest, latest);
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
          placeId: spec.place ?? null,
        } satisfies PropsOf<'Event'>,
      },
      derive(spec.evidence, provenance),
    );
  }
}

export function* participationRows(dataset: Dataset, provenance: Provenance) {
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

export function* relationRows(dataset: Dataset, provenance: Provenance) {
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

/** A count's range as evidence keeps it: "min..max", max empty when the source gives no upper bound. */
export const quantityRange = (quantity: QuantitySpec): string => `${quantity.min ?? 0}..${quantity.max ?? ''}`;

/** What an event's dataset claims of it besides its date: its counts and its place. */
interface EventClaims {
  readonly quantities: readonly QuantitySpec[];
  readonly place: string | undefined;
}

/** A date a dataset gives (an event's, a relation's start or end), with its bounds; absent when it gives none. */
interface ClaimedDate {
  readonly spec: DateSpec;
  readonly bounds: DateBounds;
}

const claimedDate = (spec: DateSpec | undefined, bounds: DateBounds | undefined): ClaimedDate | undefined =>
  spec !== undefined && bounds !== undefined && (spec.phrase !== undefined || spec.value !== undefined) ? { spec, bounds } : undefined;

/** Whether a supporting quote carries the date: its phrase occurs in it (every supporting quote when there is no phrase). */
const carries = (date: ClaimedDate | undefined, quote: string, supports: boolean): date is ClaimedDate =>
  date !== undefined && supports && (date.spec.phrase === undefined || quote.includes(date.spec.phrase));

/**
 * The evidence rows. An event's supporting evidence also carries what its dataset gives the event, whichever
 * dataset owns the event: the date (`claimedDate*`) on each supporting quote the date's phrase occurs in (on every
 * supporting quote when the date has no phrase); each count (`claimedQuantity*`) on each supporting quote its phrase
 * occurs in; the place (`claimedPlaceId`) on every supporting quote. A relation's supporting evidence carries its
 * dataset's start and end (`claimedSince*`, `claimedUntil*`) as an event's carries its date. That is the source's
 * version of each detail, kept with its quotes.
 */
export function* evidenceRows(dataset: Dataset) {
  const quotes = new Map(dataset.excerpts.map((e) => [e.spec.id, e.spec.quote]));
  const noClaim = dated('claimedDate', undefined, undefined);
  const noSince = dated('claimedSince', undefined, undefined);
  const noUntil = dated('claimedUntil', undefined, undefined);
  const rows = function* (
    factId: string,
    factType: FactType,
    evidence: readonly EvidenceSpec[],
    date?: ClaimedDate,
    claimed?: EventClaims,
    period?: { readonly since: ClaimedDate | undefined; readonly until: ClaimedDate | undefined },
  ) {
    for (const item of evidence) {
      const quote = quotes.get(item.excerpt) ?? '';
      const supports = item.stance === 'SUPPORTS';
      const claims = carries(date, quote, supports);
      const since = period?.since;
      const until = period?.until;
      const counts = supports ? (claimed?.quantities ?? []).filter((q) => quote.includes(q.phrase)) : [];
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
          ...(claims ? dated('claimedDate', date.spec, date.bounds) : noClaim),
          // No property without a count (null, not an empty list: the import tool writes an empty list as none).
          claimedQuantityUnits: counts.length > 0 ? counts.map((q) => q.unit) : null,
          claimedQuantityPhrases: counts.length > 0 ? counts.map((q) => q.phrase) : null,
          claimedQuantityRanges: counts.length > 0 ? counts.map(quantityRange) : null,
          claimedPlaceId: supports ? (claimed?.place ?? null) : null,
          ...(carries(since, quote, supports) ? dated('claimedSince', since.spec, since.bounds) : noSince),
          ...(carries(until, quote, supports) ? dated('claimedUntil', until.spec, until.bounds) : noUntil),
        } satisfies PropsOf<'Evidence'>,
      });
    }
  };
  for (const { spec, date } of dataset.events) {
    yield* rows(spec.id, 'EVENT', spec.evidence, claimedDate(spec.date, date), { quantities: spec.quantities, place: spec.place });
    for (const participant of spec.participants) {
      yield* rows(participationId(spec.id, participant.role, participant.entity), 'PARTICIPATION', participant.evidence);
    }
  }
  for (const { spec, since, until } of dataset.relations) {
    yield* rows(spec.id, 'RELATION', spec.evidence, undefined, undefined, {
      since: claimedDate(spec.since, since),
      until: claimedDate(spec.until, until),
    });
  }
}

const LANGUAGE_ORDER = ['ar', 'fr', 'en'] as const;

/** The Name rows, each id once: an alias listed twice is one Name (bulk mode CREATEs each id once). */
export function* nameRows(dataset: Dataset) {
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
      props: {
        ownerId,
        text,
        lang,
        primary,
        keys: searchKeys(text).join(' '),
        wordCount: wordCount(text),
        matchKey: ownerIsEvent ? null : nameKey(text) || null,
      } satisfies PropsOf<'Name'>,
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
    for (const alias of spec.aliases ?? []) yield row(`alias/${alias.lang}/${alias.text}`, spec.id, true, alias.text, alias.lang, false);
  }
}
