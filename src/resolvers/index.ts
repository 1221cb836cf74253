import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { dateText, label, uiLanguage, vocabularyEntries } from '../domain/labels.js';
import { CYTOSCAPE_NEEDS, neighborhoodToCytoscape, pathsToCytoscape, pick, TIMELINEJS_NEEDS, timelineToTimelineJs } from '../exports/index.js';
import { dateClaimsOf, dateResolutionOf } from '../db/date-claims.js';
import { conflictsOf, firstQuantityOf, placeClaimsOf, placeResolutionOf, quantitiesOf } from '../db/detail-claims.js';
import { periodClaimsOf, periodConflictsOf, periodResolutionOf, shownPeriodEnd } from '../db/period-claims.js';
import { participantRolesOf } from '../db/role-claims.js';
import { fieldTree, selects, type FieldTree } from '../selection.js';
import { DateScalar, JsonScalar } from './scalars.js';

/** A nested part the data layer always projects when it is selected; absent means a projection bug. */
function projected<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw new Error(`the data layer did not project ${field}`);
  return value;
}

/**
 * The field's selection, and what the export field among its fields (`cytoscape`, `timelineJs`) needs fetched
 * beyond it when that field is selected: the data layer takes the need as a plain option.
 */
function selectionWithExport<Needs>(info: GraphQLResolveInfo, exportField: string, needs: Needs): [FieldTree, Needs | undefined] {
  const tree = fieldTree(info);
  return [tree, selects(tree, exportField) ? needs : undefined];
}

export const resolvers: Resolvers = {
  Date: DateScalar,
  JSON: JsonScalar,
  Query: {
    entity: (_parent, { id }, { db }, info) => db.entities.byId(id, fieldTree(info)),
    entities: (_parent, args, { db }, info) => db.entities.list(args, fieldTree(info)),
    event: (_parent, { id }, { db }, info) => db.events.byId(id, fieldTree(info)),
    events: (_parent, args, { db }, info) => db.events.list(args, fieldTree(info)),
    relation: (_parent, { id }, { db }, info) => db.relations.byId(id, fieldTree(info)),
    source: (_parent, { id }, { db }, info) => db.sources.byId(id, fieldTree(info)),
    sources: (_parent, args, { db }, info) => db.sources.list(args, fieldTree(info)),
    timeline: (_parent, args, { db }, info) => db.events.timeline(args, ...selectionWithExport(info, 'timelineJs', TIMELINEJS_NEEDS)),
    neighborhood: (_parent, args, { db }, info) => db.graph.neighborhood(args, ...selectionWithExport(info, 'cytoscape', CYTOSCAPE_NEEDS)),
    paths: (_parent, args, { db }, info) => db.graph.paths(args, ...selectionWithExport(info, 'cytoscape', CYTOSCAPE_NEEDS)),
    search: (_parent, args, { db }, info) => db.search(args, fieldTree(info)),
    stats: (_parent, _args, { db }) => db.stats(),
    vocabulary: (_parent, { groups }) => vocabularyEntries(groups),
  },
  VocabularyEntry: {
    label: (entry, { language }) => label(entry.group, entry.code, uiLanguage(language)),
  },
  FuzzyDate: {
    text: (date, { language }) => dateText(date, uiLanguage(language)),
  },
  Entity: {
    name: (entity, { language }) => pick(entity.names, language) || entity.id,
    wikidataUrl: (entity) => (entity.wikidataId ? `https://www.wikidata.org/wiki/${entity.wikidataId}` : null),
    country: (entity) => projected(entity.country, 'Entity.country'),
    mentions: (entity) => projected(entity.mentions, 'Entity.mentions'),
    relations: (entity) => projected(entity.relations, 'Entity.relations'),
  },
  Relation: {
    statusReason: (relation) => projected(relation.statusReason, 'Relation.statusReason'),
    from: (relation) => projected(relation.from, 'Relation.from'),
    to: (relation) => projected(relation.to, 'Relation.to'),
    evidence: (relation) => projected(relation.evidence, 'Relation.evidence'),
    since: (relation) => shownPeriodEnd(relation, 'since'),
    sinceClaims: (relation) => periodClaimsOf(relation, 'since'),
    sinceResolution: (relation) => periodResolutionOf(relation, 'since'),
    until: (relation) => shownPeriodEnd(relation, 'until'),
    untilClaims: (relation) => periodClaimsOf(relation, 'until'),
    untilResolution: (relation) => periodResolutionOf(relation, 'until'),
    conflicts: (relation) => periodConflictsOf(relation),
  },
  Event: {
    title: (event, { language }) => pick(event.titles, language) || event.id,
    statusReason: (event) => projected(event.statusReason, 'Event.statusReason'),
    place: (event) => projected(event.place, 'Event.place'),
    participants: (event) => projected(event.participants, 'Event.participants'),
    evidence: (event) => projected(event.evidence, 'Event.evidence'),
    dateClaims: (event) => dateClaimsOf(event),
    dateResolution: (event) => dateResolutionOf(event),
    conflicts: (event) => conflictsOf(event),
    placeClaims: (event) => placeClaimsOf(event),
    placeResolution: (event) => placeResolutionOf(event),
    quantities: (event) => quantitiesOf(event),
    quantity: (event) => firstQuantityOf(event),
    participantRoles: (event) => participantRolesOf(event),
  },
  Participation: {
    statusReason: (participation) => projected(participation.statusReason, 'Participation.statusReason'),
    entity: (participation) => projected(participation.entity, 'Participation.entity'),
    event: (participation) => projected(participation.event, 'Participation.event'),
    evidence: (participation) => projected(participation.evidence, 'Participation.evidence'),
  },
  Evidence: {
    source: (evidence) => projected(evidence.source, 'Evidence.source'),
    attributedTo: (evidence) => projected(evidence.attributedTo, 'Evidence.attributedTo'),
  },
  Mention: {
    source: (mention) => projected(mention.source, 'Mention.source'),
  },
  Source: {
    text: (source) => projected(source.text, 'Source.text'),
    excerpts: (source) => projected(source.excerpts, 'Source.excerpts'),
  },
  Excerpt: {
    supports: (excerpt) => projected(excerpt.supports, 'Excerpt.supports'),
  },
  EntityConnection: {
    totalCount: (connection) => projected(connection.totalCount, 'EntityConnection.totalCount'),
  },
  SourceConnection: {
    totalCount: (connection) => projected(connection.totalCount, 'SourceConnection.totalCount'),
  },
  EventConnection: {
    totalCount: (connection) => projected(connection.totalCount, 'EventConnection.totalCount'),
  },
  TimelineEntry: {
    participants: (entry) => projected(entry.participants, 'TimelineEntry.participants'),
  },
  TimelineConnection: {
    totalCount: (timeline) => projected(timeline.totalCount, 'TimelineConnection.totalCount'),
    timelineJs: (timeline, { language }) => timelineToTimelineJs(timeline, language),
  },
  GraphNode: {
    label: (node, { language }) => pick(node.labels, language) || node.id,
  },
  GraphEdge: {
    statusReason: (edge) => projected(edge.statusReason, 'GraphEdge.statusReason'),
    evidence: (edge) => projected(edge.evidence, 'GraphEdge.evidence'),
  },
  StatusReason: {
    label: (reason, { language }) => label('StatusReasonCode', reason.code, uiLanguage(language)),
    sources: (reason) => projected(reason.sources, 'StatusReason.sources'),
  },
  SourceStanding: {
    label: (standing, { language }) => label('SourceVerdict', standing.verdict, uiLanguage(language)),
  },
  Neighborhood: {
    cytoscape: (view, { language }) => neighborhoodToCytoscape(view, language),
  },
  PathsResult: {
    cytoscape: (result, { language }) => pathsToCytoscape(result, language),
  },
  SearchResult: {
    __resolveType: (node) => ('titles' in node ? 'Event' : 'Entity'),
  },
};
