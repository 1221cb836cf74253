import { REMOVE_FIRST_LOAD } from './bulk.js';
import { EVENT_DATE_CLAIMS, SET_EVENT_DATES } from './dates.js';
import { EVENT_PLACE_CLAIMS, SET_EVENT_PLACES } from './places.js';
import { EVENT_DETAIL_CLAIMS, PLACE_CONTAINERS, RELATION_PERIOD_CLAIMS } from './plan.js';
import { RECOMPUTE } from './derived.js';
import { DATASET_PRESENT, EXISTING_IDS, SOURCE_COUNT } from './existing.js';
import { PARTICIPATED_IN, RELATION } from './facts.js';
import { IN_COUNTRY, MENTIONED_IN, OCCURRED_IN } from './links.js';
import { ANY_ENTITY, ENTITIES_BY_ID_OR_WIKIDATA, ENTITIES_BY_NAME_KEY } from './match.js';
import { ENTITY, EVENT, EVIDENCE, EXCERPT, NAME, SOURCE } from './nodes.js';
import * as JOURNAL from './journal.js';
import { RECOUNT_TIMELINES, TIMELINE_COUNTS_ALL, TIMELINE_KEYS_ALL } from './timeline.js';
import { COPY_SORT_KEYS, LINK_UNDO, NODE_UNDO, PARTICIPATION_UNDO, RELATION_UNDO } from './undo.js';

export { removeFirstLoad } from './bulk.js';
export { RECOMPUTE } from './derived.js';
export { EVENT_DATE_CLAIMS, SET_EVENT_DATES } from './dates.js';
export { EVENT_PLACE_CLAIMS, placesContaining, SET_EVENT_PLACES } from './places.js';
export { EVENT_DETAIL_CLAIMS, PLACE_CONTAINERS, RELATION_PERIOD_CLAIMS } from './plan.js';
export { countSources, firstExistingId } from './existing.js';
export { PARTICIPATED_IN, RELATION } from './facts.js';
export type { TwoStepRead } from './fragments.js';
export { IN_COUNTRY, MENTIONED_IN, OCCURRED_IN, type LinkStatements } from './links.js';
export { ENTITY, EVENT, EVIDENCE, EXCERPT, NAME, SOURCE, type NodeStatements } from './nodes.js';
export * from './journal.js';
export { COPY_SORT_KEYS, LINK_ENDS, LINK_UNDO, NODE_UNDO, PARTICIPATION_UNDO, RELATION_UNDO, type LinkType, type NodeUndo } from './undo.js';
export { entityOfParticipation, RECOUNT_TIMELINES, TIMELINE_COUNTS_ALL, TIMELINE_KEYS_ALL } from './timeline.js';
export { DERIVED, FACT_TYPES, KIND_LABELS, PROPERTIES, type FactType, type NodeLabel, type PropsOf, type Value } from './properties.js';

/** Fields of the statement groups that name something rather than hold a statement. */
const NOT_STATEMENTS = new Set(['label', 'kind', 'shared']);

function flatten(prefix: string, group: unknown, into: Record<string, string>): void {
  if (typeof group === 'string') {
    into[prefix] = group;
    return;
  }
  for (const [key, value] of Object.entries(group as Record<string, unknown>)) {
    if (value !== undefined && !NOT_STATEMENTS.has(key)) flatten(`${prefix}.${key}`, value, into);
  }
}

/**
 * Every statement the loader runs, by name (`SOURCE.create`, `RELATION.update.HEADS`, …): the snapshot test
 * writes their full text to a committed file, so a change to any of them shows in review.
 */
export function ingestStatements(): Readonly<Record<string, string>> {
  const groups = { SOURCE, EXCERPT, ENTITY, EVENT, EVIDENCE, NAME, IN_COUNTRY, MENTIONED_IN, OCCURRED_IN, PARTICIPATED_IN, RELATION, RECOMPUTE };
  const statements: Record<string, string> = {
    DATASET_PRESENT,
    EXISTING_IDS,
    SOURCE_COUNT,
    ANY_ENTITY,
    ENTITIES_BY_ID_OR_WIKIDATA,
    ENTITIES_BY_NAME_KEY,
    EVENT_DATE_CLAIMS,
    SET_EVENT_DATES,
    EVENT_PLACE_CLAIMS,
    SET_EVENT_PLACES,
    EVENT_DETAIL_CLAIMS,
    RELATION_PERIOD_CLAIMS,
    PLACE_CONTAINERS,
    RECOUNT_TIMELINES,
    TIMELINE_KEYS_ALL: TIMELINE_KEYS_ALL.text,
    TIMELINE_COUNTS_ALL: TIMELINE_COUNTS_ALL.text,
  };
  for (const [name, group] of Object.entries(groups)) flatten(name, group, statements);
  flatten('REMOVE_FIRST_LOAD', REMOVE_FIRST_LOAD, statements);
  for (const [name, statement] of Object.entries(JOURNAL)) statements[name] = statement;
  const undo = { NODE_UNDO, LINK_UNDO, PARTICIPATION_UNDO, RELATION_UNDO, COPY_SORT_KEYS };
  for (const [name, group] of Object.entries(undo)) flatten(name, group, statements);
  return statements;
}
