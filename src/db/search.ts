import { buildFulltextQuery, keyNeedles, MAX_QUERY_WORDS, searchKeyGroups } from '../search/normalize.js';
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

// Names found by one tier's Lucene query, with what they name, after the filters.
const candidates = (lucene: Cypher) => cypher`
      CALL db.index.fulltext.queryNodes('name_search', ${lucene}, {limit: $candidates}) YIELD node, score
      WHERE $languages IS NULL OR node.lang IN $languages
      MATCH (node)-[:NAME_OF]->(t)
      WITH node, score, t, CASE WHEN t:Event THEN 'EVENT' ELSE t.kind END AS kind
      WHERE $kinds IS NULL OR kind IN $kinds`;

// The exact tier's names, or when they name fewer than `first` results, every tier's (the exact terms included).
const TIERS = cypher`
    CALL () {${candidates(cypher`$exact`)}
      RETURN collect({node: node, score: score, t: t, kind: kind}) AS exactHits, count(DISTINCT t) >= $first AS exactFills
    }
    CALL (exactHits, exactFills) {
      UNWIND CASE WHEN exactFills THEN exactHits ELSE [] END AS hit
      RETURN hit.node AS node, hit.score AS score, hit.t AS t, hit.kind AS kind
      UNION ALL
      WITH exactFills WHERE NOT exactFills${candidates(cypher`$query`)}
      RETURN node, score, t, kind
    }`;

// A query word matches a name word when a key of it is the word or, from 3 characters, starts it (still typing):
// keys written ' k1 k2 … ' contain one of the word's needles (keyNeedles).
const matches = (padded: Cypher) => cypher`[i IN range(0, size($needles) - 1) WHERE any(n IN $needles[i] WHERE ${padded} CONTAINS n)]`;

// A name's words besides stop words, counted when it was written; names written before wordCount existed are counted here.
const WORD_COUNT = cypher`coalesce(node.wordCount, size([w IN split(node.text, ' ') WHERE w <> '' AND $stopWords[toLower(w)] IS NULL]))`;

// Rules 2 and 3 (rule 1 is worth 10000 a word, more than all of them together).
const BY_NAME = cypher`named * 100 + CASE WHEN best.coverage = 1.0 THEN 50 ELSE 0 END + best.coverage * 5 + CASE WHEN kind IN $places THEN 0 ELSE 2 END + best.score / (best.score + 1)`;

// The results that could reach the page: a name-only rank (byName with every word named counted) no lower than
// the page's last such rank, counting for an event every query word as matched by its context. Only a query of
// several words needs it: for one word, the candidates a name does not match are typos, and few.
const ONTO_THE_PAGE = cypher`
    WITH collect({t: t, kind: kind, best: best, nameHits: nameHits, named: named, byName: ${BY_NAME}}) AS rows
    WITH rows, COLLECT { UNWIND rows AS row WITH row.named * 10000 + row.byName AS lowest ORDER BY lowest DESC LIMIT $first RETURN lowest } AS lowest
    WITH rows, CASE WHEN size(lowest) < $first THEN -1.0 ELSE lowest[$first - 1] END AS last
    UNWIND rows AS row
    WITH row.t AS t, row.kind AS kind, row.best AS best, row.nameHits AS nameHits, row.named AS named, row.byName AS byName
    WHERE CASE WHEN kind = 'EVENT' THEN size($needles) ELSE named END * 10000 + byName >= last`;

/**
 * The ranking (see `search`) of the candidates `TIERS` finds for a query of `words` words, best first, `first` of
 * them, each with its best name (`text`, `language`), `rank`, `kind` and the `node` projection for its type.
 */
function rankedCypher(words: number, entity: Cypher, event: Cypher): Cypher {
  return cypher`${TIERS}
    WITH t, kind, node, score, ${matches(cypher`(' ' + node.keys + ' ')`)} AS hits,
         ${WORD_COUNT} AS length
    WITH t, kind, node, score, hits, CASE WHEN length = 0 OR size(hits) >= length THEN 1.0 ELSE toFloat(size(hits)) / length END AS coverage
    ORDER BY size(hits) DESC, coverage DESC, score DESC, node.primary DESC, node.id
    WITH t, kind, collect({name: node, score: score, coverage: coverage}) AS names,
         reduce(found = [], n IN collect(hits) | found + n) AS nameHits
    WITH t, kind, names[0] AS best, nameHits, size([i IN range(0, size($needles) - 1) WHERE i IN nameHits]) AS named${
      words > 1
        ? ONTO_THE_PAGE
        : cypher`
    WITH t, kind, best, nameHits, named, ${BY_NAME} AS byName`
    }
    WITH t, kind, best, nameHits, named, byName,
         CASE WHEN kind = 'EVENT' AND named < size($needles) THEN
           reduce(words = ' ' + coalesce(substring(t.dateEarliest, 0, 4), '') + ' ' + coalesce(substring(t.dateLatest, 0, 4), '') + ' ',
                  keys IN COLLECT { MATCH (t)-[:OCCURRED_IN|PARTICIPATED_IN]-(:Entity)<-[:NAME_OF]-(other:Name) RETURN other.keys } | words + keys + ' ')
         ELSE '' END AS context
    WITH t, kind, best, byName,
         CASE WHEN named = size($needles) THEN named
              ELSE size([i IN range(0, size($needles) - 1) WHERE i IN nameHits OR i IN ${matches(cypher`context`)}]) END AS matched
    WITH t, kind, best, matched * 10000 + byName AS rank
    ORDER BY rank DESC, t.id
    LIMIT $first
    RETURN best.name.text AS text, toUpper(best.name.lang) AS language, rank, kind, CASE kind WHEN 'EVENT' THEN ${event} ELSE ${entity} END AS node`;
}

/**
 * Ranked search over names, aliases and event titles in every language. The text goes through the same
 * normalisation as the names did when they were indexed (src/search/normalize.ts), without its stop words
 * (text made only of them finds nothing, without a query). Lucene finds the candidates, in two tiers: names with
 * a key equal to a query word's key (term lookups in the index); only when those do not fill the page (fewer than
 * `first` entities and events, after the language and kind filters) are typos and prefixes (someone still typing)
 * searched as well, and the page is ranked from both. Each entity or event appears once, with the name that
 * matched best, ranked by (see SearchHit.score):
 *
 * 1. how many of the query's words it matches, by any of its names or, for an event, by its year, place or
 *    participants' names ("Maroc Interpol 2025" finds the General Assembly Morocco hosts in 2025);
 * 2. how many of them its names alone match (the thing named before the events about it);
 * 3. whether the query covers the whole of its best name ("Morocco" is Morocco's name, one word of "Morocco's
 *    security services"), how much of it, then whether it is something other than a place (the Olympics before
 *    Paris), then Lucene's score.
 *
 * An event's context (its years, place and participants' names) is read only for query words its names miss,
 * and only when matching them could lift it onto the page: rule 1 outweighs the others, so an event whose rank
 * with every word matched stays below the page's last rank by names alone cannot get there.
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
  const exact = buildFulltextQuery(groups, { exactOnly: true });
  if (query === null || exact === null) return [];

  const p = new Projector();
  const t = variable('t');
  const nodeTree = child(tree, 'node');
  const cypherQuery = statement(
    'search.ranked',
    rankedCypher(groups.length, p.entity(t, forType(nodeTree, 'Entity')), p.event(t, forType(nodeTree, 'Event'))),
  );
  const { records } = await executor.read(cypherQuery, {
    query,
    exact,
    needles: keyNeedles(groups),
    stopWords: STOP_WORD_SET,
    places: PLACE_KINDS,
    languages,
    kinds,
    first,
    candidates: Math.min(first * 20, 1_000),
  });
  return records.map((record) => {
    const node = { ...(record.get('node') as object), __typename: record.get('kind') === 'EVENT' ? 'Event' : 'Entity' } as SearchHitRecord['node'];
    return {
      score: record.get('rank') as number,
      matchedText: record.get('text') as string,
      matchedLanguage: record.get('language') as LanguageCode,
      node,
    };
  });
}
