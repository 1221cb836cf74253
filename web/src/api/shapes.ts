/**
 * Names for the shapes the operations share: the fragments of `../queries/fragments.graphql`, as codegen types
 * them. Components take these, not whole query results.
 */
import type {
  DatePartsFragment,
  EntityPageQuery,
  EntityRefFragment,
  EventPageQuery,
  EvidencePartsFragment,
  ExpandEventQuery,
  GraphEdgePartsFragment,
  GraphNodePartsFragment,
  ParticipationPartsFragment,
  SearchQuery,
  SourceSummaryFragment,
} from '../__generated__/graphql.js';

/** An entity as linked to: id, kind and names. */
export type EntityRef = EntityRefFragment;
/** A date as the source gives it, with its wording in the reader's language. */
export type DateResult = DatePartsFragment;
/** A quote with its offsets, statement kind, stance, source and claimant. */
export type EvidenceResult = EvidencePartsFragment;
/** A participation in an event, with its evidence. */
export type ParticipationResult = ParticipationPartsFragment;
/** A participant of an event with the roles shown and how they follow from the sources' roles. */
export type ParticipantRolesResult = NonNullable<EventPageQuery['event']>['participantRoles'][number];
/** A relation of an entity, with its evidence. */
export type RelationResult = NonNullable<EntityPageQuery['entity']>['relations'][number];
export type GraphNodeResult = GraphNodePartsFragment;
export type GraphEdgeResult = GraphEdgePartsFragment;
/** An event expanded in the graph: its participants and place. */
export type ExpandedEvent = NonNullable<ExpandEventQuery['event']>;
export type SearchHit = SearchQuery['search'][number];
export type SourceSummary = SourceSummaryFragment;
