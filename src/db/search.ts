import { buildFulltextQuery, MAX_QUERY_WORDS, searchKeyGroups } from '../search/normalize.js';
import { STOP_WORDS_LOWER, withoutStopWords } from '../search/stopwords.js';
import { child, forType, type FieldTree } from '../selection.js';
import { intInRange, LIMITS, optionalList, searchText } from './arguments.js';
import { cypher, statement, type Cypher } from './cypher.js';
import type { Executor } from './executor.js';
import { Projector, variable } from './projections.js';
import type { LanguageCode, SearchHitRecord } from './records.js';

/** The stop words as a map, so the query looks a word up instead of scanning a list. */
const STOP_WORD_SET: Readonly<Record<string, true>> = Object.fromEntries(STOP_WORDS_LOWER.map((word) => [word, true]));

export type SearchKind = 'EVENT' | import('../domain/vocabulary.js').EntityKind;

/** Kinds that are places: a name that matches as well but is not a place is what was meant (the Olympics, not Paris). */
export const PLACE_KINDS: readonly SearchKind[] = ['COUNTRY', 'CITY', 'REGION'];

/**
 * Ranked search over names, aliases and event titles in every language. The text goes through the same
 * normalisation as the names did when they were indexed (src/search/normalize.ts), without its stop words
 * (text made only of them finds nothing, without a query). Lucene finds the candidates; each entity or event
 * appears once, with the name that matched best, ranked by (see SearchHit.score):
 *
 * 1. how many of the query's words it matches, by any of its names or, for an event, by its year, place or
 *    participants' names ("Maroc Interpol 2025" finds the General Assembly Morocco hosts in 2025);
 * 2. how many of them its names alone match (the thing named before the events about it);
 * 3. whether the query covers the whole of its best name ("Morocco" is Morocco's name, one word of "Morocco's
 *    security services"), how much of it, then whether it is something other than a place (the Olympics before
 *    Paris), then Lucene's score.
 */
export async function search(
  executor: Executor,
  args: { text: string; languages?: readonly LanguageCode[] | null; kinds?: readonly SearchKind[] | null; first?: number | null },
  tree: FieldTree,
): Promise<SearchHitRecord[]> {
  const text = searchText('text', args.text);
  const first = intInRange('first', args.first ?? 10, 1, LIMITS.searchResults);
  const languages = optionalList('languages', args.languages)?.map((language) => language.toLowerCase()) ?? null;
  const kinds = optionalList('kinds', args.kinds);
  const groups = withoutStopWords(searchKeyGroups(text)).slice(0, MAX_QUERY_WORDS);
  const query = buildFulltextQuery(groups);
  if (query === null) return [];

  const p = new Projector();
  const t = variable('t');
  const nodeTree = child(tree, 'node');
  const entity = p.entity(t, forType(nodeTree, 'Entity'));
  const event = p.event(t, forType(nodeTree, 'Event'));
  // A query word matches a name word when a key of it is the word or, from 3 characters, starts it (still typing).
  const matches = (words: Cypher) =>
    cypher`[i IN range(0, size($groups) - 1) WHERE any(k IN $groups[i] WHERE any(w IN ${words} WHERE w = k OR (size(k) >= 3 AND w STARTS WITH k)))]`;
  // An event's context (its years, place and participants' names) is read only for query words its names miss.
  const cypherQuery = statement(
    'search.ranked',
    cypher`
    CALL db.index.fulltext.queryNodes('name_search', $query, {limit: $candidates}) YIELD node, score
    WHERE $languages IS NULL OR node.lang IN $languages
    MATCH (node)-[:NAME_OF]->(t)
    WITH t, node, score, CASE WHEN t:Event THEN 'EVENT' ELSE t.kind END AS kind
    WHERE $kinds IS NULL OR kind IN $kinds
    WITH t, kind, node, score, ${matches(cypher`split(node.keys, ' ')`)} AS hits,
         size([w IN split(node.text, ' ') WHERE w <> '' AND $stopWords[toLower(w)] IS NULL]) AS length
    WITH t, kind, node, score, hits, CASE WHEN length = 0 OR size(hits) >= length THEN 1.0 ELSE toFloat(size(hits)) / length END AS coverage
    ORDER BY size(hits) DESC, coverage DESC, score DESC, node.primary DESC, node.id
    WITH t, kind, collect({text: node.text, language: toUpper(node.lang), score: score, coverage: coverage}) AS names,
         reduce(found = [], n IN collect(hits) | found + n) AS nameHits
    WITH t, kind, names[0] AS best, nameHits, size([i IN range(0, size($groups) - 1) WHERE i IN nameHits]) AS named
    WITH t, kind, best, nameHits, named,
         CASE WHEN kind = 'EVENT' AND named < size($groups) THEN
           [y IN [substring(t.dateEarliest, 0, 4), substring(t.dateLatest, 0, 4)] WHERE y IS NOT NULL]
           + reduce(ws = [], keys IN COLLECT { MATCH (t)-[:OCCURRED_IN|PARTICIPATED_IN]-(:Entity)<-[:NAME_OF]-(other:Name) RETURN other.keys } | ws + split(keys, ' '))
         ELSE [] END AS contextWords
    WITH t, kind, best, named,
         CASE WHEN named = size($groups) THEN named
              ELSE size([i IN range(0, size($groups) - 1) WHERE i IN nameHits OR i IN ${matches(cypher`contextWords`)}]) END AS matched
    WITH t, kind, best, matched * 10000 + named * 100 + CASE WHEN best.coverage = 1.0 THEN 50 ELSE 0 END + best.coverage * 5
         + CASE WHEN kind IN $places THEN 0 ELSE 2 END + best.score / (best.score + 1) AS rank
    ORDER BY rank DESC, t.id
    LIMIT $first
    RETURN best, rank, kind, CASE kind WHEN 'EVENT' THEN ${event} ELSE ${entity} END AS node`,
  );
  const { records } = await executor.read(cypherQuery, {
    query,
    groups,
    stopWords: STOP_WORD_SET,
    places: PLACE_KINDS,
    languages,
    kinds,
    first,
    candidates: Math.min(first * 20, 1_000),
  });
  return records.map((record) => {
    const best = record.get('best') as { text: string; language: LanguageCode };
    const node = { ...(record.get('node') as object), __typename: record.get('kind') === 'EVENT' ? 'Event' : 'Entity' } as SearchHitRecord['node'];
    return { score: record.get('rank') as number, matchedText: best.text, matchedLanguage: best.language, node };
  });
}
