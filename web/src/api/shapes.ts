/**
 * Names for the shapes the operations share, derived from the generated result types (the operations write each
 * shape out the same way, so one operation's type fits them all). Components take these, not whole query results.
 */
import type { AboutQuery, EntityPageQuery, EventPageQuery, ExpandEventQuery, SearchQuery } from '../__generated__/graphql.js';

type EventResult = NonNullable<EventPageQuery['event']>;
type NeighborhoodResult = NonNullable<EntityPageQuery['neighborhood']>;

/** An entity as linked to: id, kind and names. */
export type EntityRef = NonNullable<EventResult['place']>;
/** A date as the source gives it, with its wording in the reader's language. */
export type DateResult = EventResult['date'];
/** A quote with its offsets, statement kind, stance, source and claimant. */
export type EvidenceResult = EventResult['evidence'][number];
/** A participation in an event, with its evidence. */
export type ParticipationResult = EventResult['participants'][number];
/** A relation of an entity, with its evidence. */
export type RelationResult = NonNullable<EntityPageQuery['entity']>['relations'][number];
export type GraphNodeResult = NeighborhoodResult['nodes'][number];
export type GraphEdgeResult = NeighborhoodResult['edges'][number];
/** An event expanded in the graph: its participants and place. */
export type ExpandedEvent = NonNullable<ExpandEventQuery['event']>;
export type SearchHit = SearchQuery['search'][number];
export type SourceSummary = AboutQuery['sources']['edges'][number]['node'];
