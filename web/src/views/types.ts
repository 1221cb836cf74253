/**
 * The views' props as plain types: the pages map their query results onto these, so the views know nothing of
 * GraphQL. Codes are the API's enum values; every word shown comes from src/domain/labels.ts or ./messages.ts.
 */
import type { UiLanguage } from '../../../src/domain/labels.js';
import type { DatePrecision, EntityKind, EventType, ParticipantRole, RelationType, Stance, StatementKind } from '../../../src/domain/vocabulary.js';

export type { DatePrecision, EntityKind, EventType, ParticipantRole, RelationType, Stance, StatementKind, UiLanguage };

/** How well a fact is attested (the API's EvidenceStatus). */
export type EvidenceStatus = 'REPORTED' | 'CORROBORATED' | 'DISPUTED';

/** A text and the language it is actually in (a title may fall back to another language than the reader's). */
export interface TextInLanguage {
  readonly text: string;
  /** BCP 47 tag of the text ('ar', 'fr', 'en'); omitted when unknown. */
  readonly language?: string;
}

/** The API's FuzzyDate: bounds contain the true date; the phrase is the source's own words. */
export interface TimelineDate {
  readonly precision: DatePrecision;
  /** ISO YYYY-MM-DD, or null when unbounded on that side. */
  readonly earliest: string | null;
  readonly latest: string | null;
  /** The source's words for the date, verbatim, or null. */
  readonly phrase: string | null;
  /** The language of the phrase (the source's language, e.g. 'ar'); without it the quote gets dir="auto" only. */
  readonly phraseLanguage?: string;
}

export interface TimelineParticipant {
  readonly id: string;
  readonly name: string;
  readonly nameLanguage?: string;
  readonly role: ParticipantRole;
}

/** An event as a list shows it (search results, a place's events). */
export interface EventSummary {
  readonly eventId: string;
  /** The title already in the reader's language, or the fallback the API gave. */
  readonly title: string;
  /** The language the title is in when it is not the reader's (a fallback); defaults to the reader's. */
  readonly titleLanguage?: string;
  readonly type: EventType;
  readonly status: EvidenceStatus;
  readonly statementKinds: readonly StatementKind[];
  readonly participants?: readonly TimelineParticipant[];
  readonly date: TimelineDate;
}

/** One event of an entity's timeline. */
export interface TimelineItem extends EventSummary {
  /** The roles the timeline's entity plays in the event. */
  readonly roles: readonly ParticipantRole[];
}

/** The timeline's filters; an empty list means "no restriction" (like a URL without that parameter). */
export interface TimelineFilters {
  readonly types: readonly EventType[];
  readonly statementKinds: readonly StatementKind[];
  readonly statuses: readonly EvidenceStatus[];
  /** First year shown (inclusive), or null. An event is kept when it may have happened in the range. */
  readonly fromYear: number | null;
  /** Last year shown (inclusive), or null. */
  readonly toYear: number | null;
}

export type TimelineSort = 'asc' | 'desc';

/** How the views link to an event or entity page: an href for real links, and an optional client-side handler. */
export interface LinkProps {
  /** The page of an event, e.g. id => `/event/${encodeURIComponent(id)}?lang=ar`. */
  readonly eventHref: (eventId: string) => string;
  /**
   * Called instead of following the link on a plain left click (client-side routing); modified clicks
   * (ctrl, meta, shift, middle) still open the href.
   */
  readonly onOpenEvent?: (eventId: string) => void;
  /** Where links open: '_top' or '_blank' in embeds; the same frame by default. */
  readonly linkTarget?: '_top' | '_blank';
}

/** The edge types of a graph view (the API's GraphEdgeType). */
export type GraphEdgeType = 'PARTICIPATED_IN' | 'OCCURRED_IN' | RelationType;

/** One quote behind an edge, as in our Cytoscape export (src/exports/cytoscape.ts). */
export interface GraphEvidence {
  readonly quote: string;
  /** Offsets in the source's text; null when the source is cited, not stored. */
  readonly start: number | null;
  readonly end: number | null;
  readonly statementKind: StatementKind;
  readonly stance: Stance;
  readonly sourceId: string | null;
  readonly sourceTitle: string | null;
}

/** A node's data as in our Cytoscape export. */
export interface GraphNodeData {
  readonly id: string;
  /** The label in the requested language (or its fallback). */
  readonly label: string;
  readonly label_ar?: string | null;
  readonly label_fr?: string | null;
  readonly label_en?: string | null;
  readonly nodeType: 'ENTITY' | 'EVENT';
  /** The entity kind of an entity, the event type of an event. */
  readonly kind: EntityKind | EventType | null;
  /** Hops from the centre (0 for the centre); absent in paths. */
  readonly distance?: number | null;
  /** The date phrase of an event node. */
  readonly date?: string | null;
  readonly dateEarliest?: string | null;
  readonly dateLatest?: string | null;
  readonly datePrecision?: DatePrecision | null;
}

/** An edge's data as in our Cytoscape export, with its evidence so a click can show the quotes. */
export interface GraphEdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: GraphEdgeType;
  /** The role code (participations) or the type code; the view translates it. */
  readonly label?: string;
  readonly role?: ParticipantRole | null;
  readonly status: EvidenceStatus;
  readonly evidence: readonly GraphEvidence[];
}

/** Cytoscape.js elements JSON, as the API's `cytoscape(language)` fields and /export/* return it. */
export interface GraphElements {
  readonly nodes: readonly { readonly data: GraphNodeData }[];
  readonly edges: readonly { readonly data: GraphEdgeData }[];
}

/** What a GraphView exposes through its ref. */
export interface GraphViewHandle {
  /** The whole graph as a PNG (white background, 2× scale), or null before Cytoscape is ready. */
  exportPng(): Blob | null;
  /** Fits the graph into the view. */
  fit(): void;
}
