/**
 * What the data layer returns: plain objects shaped like the GraphQL types (codegen mappers bind them), built by
 * the Cypher map projections in projections.ts. Nested parts a query did not select are absent (undefined).
 * Enum values are already in their GraphQL spelling (e.g. language 'AR').
 */
import type { EvidenceStatus, SourceVerdict, StatusReason } from '../domain/status.js';
import type {
  DatePrecision,
  EntityKind,
  EventType,
  ParticipantRole,
  QuantityUnit,
  RelationType,
  Stance,
  StatementKind,
} from '../domain/vocabulary.js';

export type { EvidenceStatus } from '../domain/status.js';
export type LanguageCode = 'AR' | 'FR' | 'EN';

export interface LocalizedTextRecord {
  readonly ar: string | null;
  readonly fr: string | null;
  readonly en: string | null;
}

export interface FuzzyDateRecord {
  readonly phrase: string | null;
  readonly precision: DatePrecision;
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly edtf: string | null;
  readonly year: number | null;
}

export interface SourceRecord {
  readonly id: string;
  readonly title: string;
  readonly language: LanguageCode;
  readonly publisher: string | null;
  readonly relays?: string | null;
  readonly url: string | null;
  readonly published: FuzzyDateRecord | null;
  readonly retrieved: FuzzyDateRecord | null;
  /** False for a source cited, not stored (no text, hash, length or offsets). */
  readonly stored: boolean;
  readonly contentHash: string | null;
  readonly length: number | null;
  readonly text?: string | null;
  readonly note: string | null;
  /** In text order; projected when selected. */
  readonly excerpts?: readonly ExcerptRecord[];
}

export interface ExcerptRecord {
  readonly id: string;
  readonly quote: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly supports?: readonly ExcerptUseRecord[];
}

/** One piece of evidence citing an excerpt; exactly one of event, relation, participation is set (when selected). */
export interface ExcerptUseRecord {
  readonly statementKind: StatementKind;
  readonly stance: Stance;
  readonly event?: EventRecord | null;
  readonly relation?: RelationRecord | null;
  readonly participation?: ParticipationRecord | null;
}

export interface EvidenceRecord {
  readonly excerptId: string;
  readonly quote: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly statementKind: StatementKind;
  readonly stance: Stance;
  readonly note: string | null;
  readonly source?: SourceRecord;
  readonly attributedTo?: EntityRecord | null;
}

export interface MentionRecord {
  readonly excerptId: string;
  readonly quote: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly source?: SourceRecord;
}

export interface AliasRecord {
  readonly text: string;
  readonly language: LanguageCode;
}

export interface EntityRecord {
  readonly id: string;
  readonly kind: EntityKind;
  readonly names: LocalizedTextRecord;
  readonly aliases: readonly AliasRecord[];
  readonly description: LocalizedTextRecord | null;
  readonly wikidataId: string | null;
  readonly cameoActorCode: string | null;
  readonly country?: EntityRecord | null;
  readonly mentions?: readonly MentionRecord[];
  readonly relations?: readonly RelationRecord[];
}

/** One source a fact cites and how it weighs in the fact's status (the rule: src/domain/status.ts). */
export interface SourceStandingRecord {
  readonly source: SourceRecord;
  readonly verdict: SourceVerdict;
}

/** Why a fact has its status; `sources` is projected when selected. */
export interface StatusReasonRecord {
  readonly code: StatusReason;
  readonly sources?: readonly SourceStandingRecord[];
}

export interface RelationRecord {
  readonly id: string;
  readonly type: RelationType;
  readonly since: FuzzyDateRecord | null;
  readonly until: FuzzyDateRecord | null;
  readonly description: LocalizedTextRecord | null;
  readonly status: EvidenceStatus;
  readonly statusReason?: StatusReasonRecord | null;
  readonly statementKinds: readonly StatementKind[];
  readonly from?: EntityRecord;
  readonly to?: EntityRecord;
  readonly evidence?: readonly EvidenceRecord[];
  /** Projected when since, sinceClaims, sinceResolution or conflicts is selected (src/db/period-claims.ts). */
  readonly sinceClaimRows?: readonly DateClaimRow[];
  /** Projected when until, untilClaims, untilResolution or conflicts is selected. */
  readonly untilClaimRows?: readonly DateClaimRow[];
}

export interface QuantityRecord {
  readonly unit: QuantityUnit;
  readonly phrase: string | null;
  readonly min: number | null;
  readonly max: number | null;
}

/** One supporting quote that carries its source's counts for an event (grouped by src/db/detail-claims.ts). */
export interface QuantityClaimRow {
  readonly sourceId: string;
  readonly owner: boolean;
  /** Aligned: each count's unit, phrase and range ("min..max", max empty when open). */
  readonly units: readonly QuantityUnit[];
  readonly phrases: readonly string[];
  readonly ranges: readonly string[];
  readonly source?: SourceRecord;
  readonly evidence?: EvidenceRecord;
}

/** One supporting quote that carries its source's place for an event, with the places that contain it. */
export interface PlaceClaimRow {
  readonly sourceId: string;
  readonly owner: boolean;
  readonly placeId: string;
  /** The places that contain it, nearest first. */
  readonly within: readonly string[];
  readonly place?: EntityRecord | null;
  readonly source?: SourceRecord;
  readonly evidence?: EvidenceRecord;
}

/** One participation of an event, with a row per supporting quote (grouped by participant in src/db/role-claims.ts). */
export interface RoleClaimRow {
  readonly entityId: string;
  readonly role: ParticipantRole;
  /** Projected when the participant is selected. */
  readonly entity?: EntityRecord;
  readonly quotes: ReadonlyArray<{ readonly sourceId: string; readonly source?: SourceRecord; readonly evidence?: EvidenceRecord }>;
}

/**
 * One supporting quote that carries its source's date for an event, or its start or end for a relation (grouped by
 * src/db/date-claims.ts and src/db/period-claims.ts). `owner`: whether the quote's dataset owns the fact.
 */
export interface DateClaimRow {
  readonly sourceId: string;
  /** Whether the quote's dataset owns the event (its claims come first among equals). */
  readonly owner: boolean;
  readonly date: FuzzyDateRecord;
  readonly source?: SourceRecord;
  readonly evidence?: EvidenceRecord;
}

export interface EventRecord {
  readonly id: string;
  readonly type: EventType;
  readonly cameoCode: string | null;
  readonly cameoLabel: string | null;
  readonly ploverType: string;
  readonly titles: LocalizedTextRecord;
  readonly summary: LocalizedTextRecord | null;
  readonly date: FuzzyDateRecord;
  readonly status: EvidenceStatus;
  readonly statusReason?: StatusReasonRecord | null;
  readonly statementKinds: readonly StatementKind[];
  /** Projected when dateClaims, dateResolution or conflicts is selected. */
  readonly dateClaimRows?: readonly DateClaimRow[];
  /** Projected when quantities, quantity or conflicts is selected. */
  readonly quantityClaimRows?: readonly QuantityClaimRow[];
  /** Projected when placeClaims, placeResolution or conflicts is selected. */
  readonly placeClaimRows?: readonly PlaceClaimRow[];
  /** Projected when participantRoles or conflicts is selected. */
  readonly roleClaimRows?: readonly RoleClaimRow[];
  readonly place?: EntityRecord | null;
  readonly participants?: readonly ParticipationRecord[];
  readonly evidence?: readonly EvidenceRecord[];
}

export interface ParticipationRecord {
  readonly id: string;
  readonly role: ParticipantRole;
  readonly status: EvidenceStatus;
  readonly statusReason?: StatusReasonRecord | null;
  readonly entity?: EntityRecord;
  readonly event?: EventRecord;
  readonly evidence?: readonly EvidenceRecord[];
}

export interface PageInfoRecord {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

export interface Edge<T> {
  readonly cursor: string;
  readonly node: T;
}

/** A page; totalCount is present only when the query selected it. */
export interface ConnectionRecord<T> {
  readonly edges: readonly Edge<T>[];
  readonly pageInfo: PageInfoRecord;
  readonly totalCount?: number;
}

export type TimelineMembership = 'SELF' | 'PART' | 'COUNTRY_ORGANIZATION';

export interface TimelineParticipantRecord {
  readonly entity: EntityRecord;
  readonly roles: readonly ParticipantRole[];
  readonly via: TimelineMembership;
}

export interface TimelineEntryRecord {
  readonly event: EventRecord;
  readonly roles: readonly ParticipantRole[];
  /** Projected when selected (and always by the timeline query). */
  readonly participants?: readonly TimelineParticipantRecord[];
  readonly date: FuzzyDateRecord;
}

export interface TimelineRecord extends ConnectionRecord<TimelineEntryRecord> {
  readonly entity: EntityRecord | null;
}

export type GraphNodeType = 'ENTITY' | 'EVENT';

export interface GraphNodeRecord {
  readonly id: string;
  readonly nodeType: GraphNodeType;
  readonly entityKind: EntityKind | null;
  readonly eventType: EventType | null;
  readonly labels: LocalizedTextRecord;
  readonly date: FuzzyDateRecord | null;
  readonly distance: number | null;
}

export interface GraphEdgeRecord {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: 'PARTICIPATED_IN' | 'OCCURRED_IN' | RelationType;
  readonly role: ParticipantRole | null;
  readonly status: EvidenceStatus;
  readonly statusReason?: StatusReasonRecord | null;
  readonly evidence?: readonly EvidenceRecord[];
}

export interface NeighborhoodRecord {
  readonly center: GraphNodeRecord;
  readonly nodes: readonly GraphNodeRecord[];
  readonly edges: readonly GraphEdgeRecord[];
  readonly truncated: boolean;
}

export interface PathHopRecord {
  readonly edge: GraphEdgeRecord;
  readonly node: GraphNodeRecord;
}

export interface PathRecord {
  readonly length: number;
  readonly start: GraphNodeRecord;
  readonly hops: readonly PathHopRecord[];
}

export interface PathsRecord {
  readonly paths: readonly PathRecord[];
}

export type SearchNodeRecord = (EntityRecord & { readonly __typename: 'Entity' }) | (EventRecord & { readonly __typename: 'Event' });

export interface SearchHitRecord {
  readonly score: number;
  readonly matchedText: string;
  readonly matchedLanguage: LanguageCode;
  readonly node: SearchNodeRecord;
}

export interface StatsRecord {
  readonly entityCount: number;
  readonly eventCount: number;
  readonly relationCount: number;
  readonly sourceCount: number;
  readonly entitiesByKind: readonly { kind: EntityKind; count: number }[];
  readonly eventsByType: readonly { type: EventType; count: number }[];
  readonly eventsByYear: readonly { year: number; count: number }[];
  readonly eventsWithoutYear: number;
}

export type EntityConnectionRecord = ConnectionRecord<EntityRecord>;
export type SourceConnectionRecord = ConnectionRecord<SourceRecord>;
export type EventConnectionRecord = ConnectionRecord<EventRecord>;
