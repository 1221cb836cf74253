import { buildFulltextQuery, searchKeyGroups } from '../search/normalize.js';
import { child, forType, type FieldTree } from '../selection.js';
import { intInRange, LIMITS, optionalList, searchText } from './arguments.js';
import { cypher } from './cypher.js';
import type { Executor } from './executor.js';
import { Projector, variable } from './projections.js';
import type { LanguageCode, SearchHitRecord } from './records.js';

export type SearchKind = 'EVENT' | import('../domain/vocabulary.js').EntityKind;

/**
 * Ranked search over names, aliases and event titles in every language. The text goes through the same
 * normalisation as the names did when they were indexed (src/search/normalize.ts); each entity or event appears
 * once, with the name that matched best.
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
  const query = buildFulltextQuery(searchKeyGroups(text));
  if (query === null) return [];

  const p = new Projector();
  const t = variable('t');
  const nodeTree = child(tree, 'node');
  const entity = p.entity(t, forType(nodeTree, 'Entity'));
  const event = p.event(t, forType(nodeTree, 'Event'));
  const cypherQuery = cypher`
    CALL db.index.fulltext.queryNodes('name_search', $query, {limit: $candidates}) YIELD node, score
    WHERE $languages IS NULL OR node.lang IN $languages
    MATCH (node)-[:NAME_OF]->(t)
    WITH t, node, score, CASE WHEN t:Event THEN 'EVENT' ELSE t.kind END AS kind
    WHERE $kinds IS NULL OR kind IN $kinds
    WITH t, kind, node, score ORDER BY score DESC, node.primary DESC, node.id
    WITH t, kind, collect({text: node.text, language: toUpper(node.lang), score: score})[0] AS best
    ORDER BY best.score DESC, t.id
    LIMIT $first
    RETURN best, kind, CASE kind WHEN 'EVENT' THEN ${event} ELSE ${entity} END AS node`;
  const { records } = await executor.read(cypherQuery, { query, languages, kinds, first, candidates: Math.min(first * 20, 1_000) });
  return records.map((record) => {
    const best = record.get('best') as { text: string; language: LanguageCode; score: number };
    const node = { ...(record.get('node') as object), __typename: record.get('kind') === 'EVENT' ? 'Event' : 'Entity' } as SearchHitRecord['node'];
    return { score: best.score, matchedText: best.text, matchedLanguage: best.language, node };
  });
}
