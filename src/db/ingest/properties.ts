import { ENTITY_KIND_LABEL } from '../../domain/vocabulary.js';

/**
 * The properties the loader writes on each kind of node and relationship (the graph model of src/db/README.md).
 * They become the SET clauses of the write statements; the loader's row builders are type-checked against them.
 */

type Lang = 'ar' | 'fr' | 'en';
type DatePart = 'Phrase' | 'Precision' | 'Earliest' | 'Latest' | 'Edtf';

export const localizedKeys = <P extends string>(prefix: P) => [`${prefix}_ar`, `${prefix}_fr`, `${prefix}_en`] as `${P}_${Lang}`[];
export const dateKeys = <P extends string>(prefix: P) =>
  [`${prefix}Phrase`, `${prefix}Precision`, `${prefix}Earliest`, `${prefix}Latest`, `${prefix}Edtf`] as `${P}${DatePart}`[];

/** What each kind of row writes (its owner's declaration). */
export const PROPERTIES = {
  Source: [
    'language',
    'title',
    'publisher',
    'url',
    'relays',
    'independenceKeys',
    ...dateKeys('published'),
    ...dateKeys('retrieved'),
    'text',
    'contentHash',
    'length',
    'note',
  ],
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
    // The place shown, chosen from every source's claim (src/domain/place-claims.ts; the loader's place step).
    'placeId',
  ],
  // claimed*: what the evidence's source gives of its event (see evidenceRows), null or empty on other evidence: the
  // date; the counts, one per unit, as three aligned lists (unit, phrase, range "min..max" with max empty when open);
  // the place; on a relation's supporting evidence, its source's start and end (`claimedSince*`, `claimedUntil*`).
  Evidence: [
    'factId',
    'factType',
    'excerptId',
    'statementKind',
    'stance',
    'attributedToId',
    'note',
    ...dateKeys('claimedDate'),
    'claimedQuantityUnits',
    'claimedQuantityPhrases',
    'claimedQuantityRanges',
    'claimedPlaceId',
    ...dateKeys('claimedSince'),
    ...dateKeys('claimedUntil'),
  ],
  // matchKey: the name's key for matching entities across datasets (src/ingest/match.ts); null on event titles.
  Name: ['ownerId', 'text', 'lang', 'primary', 'keys', 'wordCount', 'matchKey'],
  PARTICIPATED_IN: ['role'],
  Relation: [...dateKeys('since'), ...dateKeys('until'), ...localizedKeys('description')],
} as const;

/** The node labels the loader writes (with their own id and `dataset`). */
export type NodeLabel = Exclude<keyof typeof PROPERTIES, 'PARTICIPATED_IN' | 'Relation'>;

/** A property value as the loader writes it. */
export type Value = string | number | boolean | null | readonly string[];

/** The properties of one kind of row, by name. */
export type PropsOf<K extends keyof typeof PROPERTIES> = Record<(typeof PROPERTIES)[K][number], Value>;

/**
 * Properties derived from a fact's evidence (src/db/README.md), all by the one rule of src/domain/status.ts: the
 * status, why (`statusReason`), the sources cited (sorted) and each one's verdict at the same index. A fact created
 * by a load has no evidence but that dataset's, so the loader computes them and writes them with it; for any other
 * fact whose evidence a load changes they are recomputed from every dataset's evidence (RECOMPUTE reads it, the
 * same rule decides, RECOMPUTE writes what changed) at the end of the load.
 */
const DERIVED_FACT = ['status', 'statementKinds', 'sourceIds', 'statusReason', 'sourceVerdicts'] as const;
export const DERIVED = {
  Event: DERIVED_FACT,
  PARTICIPATED_IN: DERIVED_FACT,
  Relation: DERIVED_FACT,
} as const;

/** `Evidence.factType`: what kind of fact an evidence node supports. */
export type FactType = 'EVENT' | 'PARTICIPATION' | 'RELATION';
export const FACT_TYPES: readonly FactType[] = ['EVENT', 'PARTICIPATION', 'RELATION'];

/** The kind labels an entity may carry besides `Entity` (`$kindLabels` of the statements that swap them). */
export const KIND_LABELS: readonly string[] = Object.values(ENTITY_KIND_LABEL);
