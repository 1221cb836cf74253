import { z } from 'zod';
import {
  ENTITY_KINDS,
  EVENT_TYPES,
  LANGUAGES,
  PARTICIPANT_ROLES,
  QUANTITY_UNITS,
  RELATION_TYPES,
  STANCES,
  STATEMENT_KINDS,
} from '../domain/vocabulary.js';

/**
 * The dataset format a researcher edits (documented in seed/README.md). A dataset is a folder of YAML or JSON
 * files; each file holds any of the top-level lists below, so one article's facts can live in one file or be
 * split by kind. Cross-file rules (unique ids, resolvable references, quotes matching their source) are checked
 * by validate.ts after every file has passed this schema.
 */

const idPattern = /^[a-z][a-z0-9-]*:[a-z0-9][a-z0-9._-]*$/;
const id = (prefixes: readonly string[]) =>
  z
    .string()
    .regex(idPattern, 'ids look like "kind:readable-name" (lowercase letters, digits, ".", "_", "-")')
    .refine((value) => prefixes.includes(value.slice(0, value.indexOf(':'))), {
      message: `id must start with one of: ${prefixes.map((p) => `${p}:`).join(', ')}`,
    });

export const ENTITY_ID_PREFIXES = [
  'person',
  'org',
  'group',
  'people',
  'country',
  'city',
  'region',
  'award',
  'threat',
  'major-event',
  'affair',
] as const;
const entityRef = z.string().regex(idPattern, 'an entity id such as "org:dgsn"');
const excerptRef = z.string().regex(idPattern, 'an excerpt id such as "ex:hammouchi-heads-dgsn"');

const nonBlank = z.string().trim().min(1, 'must not be blank');

export const localizedText = z
  .strictObject({ ar: nonBlank.optional(), fr: nonBlank.optional(), en: nonBlank.optional() })
  .refine((t) => t.ar !== undefined || t.fr !== undefined || t.en !== undefined, {
    message: 'give the text in at least one of ar, fr, en',
  });

export const dateSpec = z.strictObject({
  /** The words the source uses, verbatim; must occur in one of the fact's evidence quotes. */
  phrase: nonBlank.optional(),
  /** EDTF subset (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-33..36, YYYY-40/41, A/B with ".."); absent means unknown. */
  value: z.string().trim().optional(),
});

export const evidenceSpec = z.strictObject({
  excerpt: excerptRef,
  kind: z.enum(STATEMENT_KINDS),
  stance: z.enum(STANCES).default('SUPPORTS'),
  /** For an attributed claim: the entity the source says is making it. */
  attributedTo: entityRef.optional(),
  note: nonBlank.optional(),
});

const evidenceList = z.array(evidenceSpec).min(1, 'every fact needs at least one piece of evidence');

/**
 * The longest quote of a source whose text is not stored (a cited-only source), in Unicode code points: short
 * verbatim excerpts, as a citation may quote, never the article (documented in seed/README.md).
 */
export const MAX_CITED_QUOTE_LENGTH = 600;

export const sourceSpec = z.strictObject({
  id: id(['src']),
  /**
   * Path of the source text, relative to the file that declares it. Absent: the source is cited, not stored; its
   * excerpts are short verbatim quotes without offsets, and it needs a `url` and a `retrieved` date.
   */
  file: nonBlank.optional(),
  language: z.enum(LANGUAGES),
  title: nonBlank,
  publisher: nonBlank.optional(),
  /**
   * What the source relays, when it is not its own reporting: the id of another source of the dataset
   * (`src:…`), or the name of an origin the dataset does not hold, written as its publisher would be ("AFP", "Ministry
   * of the Interior press release"). It shares its independence with what it relays (src/domain/status.ts).
   */
  relays: nonBlank.optional(),
  url: z.url().optional(),
  published: dateSpec.optional(),
  /** When the text was retrieved (read) from `url`: required for a cited-only source. */
  retrieved: dateSpec.optional(),
  /** Non-blank lines at the end of the file that are page chrome, not content (dropped before offsets count). */
  trailingChromeLines: z.int().min(0).default(0),
  note: nonBlank.optional(),
});

export const excerptSpec = z
  .strictObject({
    id: id(['ex']),
    source: z.string().regex(idPattern),
    /**
     * Offsets in Unicode code points into the source text: start inclusive, end exclusive. Required for a source
     * whose text is stored, absent for a cited-only one (validate.ts checks which).
     */
    start: z.int().min(0).optional(),
    end: z.int().min(1).optional(),
    quote: z.string().min(1),
  })
  .refine((e) => e.end === undefined || e.start === undefined || e.end > e.start, { message: 'end must be greater than start', path: ['end'] });

const aliasSpec = z.strictObject({ text: nonBlank, lang: z.enum(LANGUAGES) });

export const entitySpec = z.strictObject({
  id: id(ENTITY_ID_PREFIXES),
  kind: z.enum(ENTITY_KINDS),
  names: localizedText,
  aliases: z.array(aliasSpec).default([]),
  description: localizedText.optional(),
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, 'a Wikidata item id such as Q8475')
    .optional(),
  /** CAMEO-style actor code, e.g. MARCOP for the Moroccan police. */
  cameoActor: z
    .string()
    .regex(/^[A-Z]{3,15}$/)
    .optional(),
  /** The country the entity belongs to (an entity of kind COUNTRY). */
  country: entityRef.optional(),
  /** Excerpts where the source names the entity. */
  mentions: z.array(excerptRef).default([]),
  /**
   * The id of an entity the graph already holds (from an earlier dataset) that this entity is: the dataset's
   * references to it are written to that entity (src/ingest/match.ts).
   */
  sameAs: entityRef.optional(),
  /** Ids of entities the graph holds that this entity is not, although a name matches (a new entity all the same). */
  distinct: z.array(entityRef).optional(),
});

/** A count the source gives: what it counts, its words (verbatim, in one of the event's quotes) and the bounds they imply. */
export const quantitySpec = z
  .strictObject({
    unit: z.enum(QUANTITY_UNITS),
    phrase: nonBlank,
    min: z.int().min(0).optional(),
    max: z.int().min(0).optional(),
  })
  .refine((q) => q.min === undefined || q.max === undefined || q.min <= q.max, { message: 'min must not exceed max' });

export const participantSpec = z.strictObject({
  entity: entityRef,
  role: z.enum(PARTICIPANT_ROLES),
  evidence: evidenceList,
});

export const eventSpec = z.strictObject({
  id: id(['event']),
  type: z.enum(EVENT_TYPES),
  title: localizedText,
  /** Other names people give the event ("تأمين مونديال قطر", "sécurité des JO de Paris"): searched like its titles. */
  aliases: z.array(aliasSpec).optional(),
  summary: localizedText.optional(),
  date: dateSpec.default({}),
  place: entityRef.optional(),
  /** The source's counts, at most one per unit. */
  quantities: z.array(quantitySpec).default([]),
  /** The single unitless count of earlier datasets: refused with a pointer to `quantities` (a count needs its unit). */
  quantity: z
    .unknown()
    .optional()
    .refine((value) => value === undefined, {
      message: 'a count needs its unit: write quantities: [{ unit, phrase, min, max }] (units: ' + QUANTITY_UNITS.join(', ') + ')',
    }),
  participants: z.array(participantSpec).min(1, 'an event has at least one participant'),
  evidence: evidenceList,
});

export const relationSpec = z.strictObject({
  id: id(['rel']),
  type: z.enum(RELATION_TYPES),
  from: entityRef,
  to: entityRef,
  since: dateSpec.optional(),
  until: dateSpec.optional(),
  description: localizedText.optional(),
  evidence: evidenceList,
});

export const datasetFileSpec = z.strictObject({
  sources: z.array(sourceSpec).default([]),
  excerpts: z.array(excerptSpec).default([]),
  entities: z.array(entitySpec).default([]),
  events: z.array(eventSpec).default([]),
  relations: z.array(relationSpec).default([]),
});

export type SourceSpec = z.infer<typeof sourceSpec>;
export type ExcerptSpec = z.infer<typeof excerptSpec>;
export type EntitySpec = z.infer<typeof entitySpec>;
export type EventSpec = z.infer<typeof eventSpec>;
export type ParticipantSpec = z.infer<typeof participantSpec>;
export type RelationSpec = z.infer<typeof relationSpec>;
export type EvidenceSpec = z.infer<typeof evidenceSpec>;
export type DateSpec = z.infer<typeof dateSpec>;
export type QuantitySpec = z.infer<typeof quantitySpec>;
export type LocalizedTextSpec = z.infer<typeof localizedText>;
export type DatasetFile = z.infer<typeof datasetFileSpec>;
