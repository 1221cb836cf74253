import { useEffect, useState } from 'react';
import { SearchDocument } from '../__generated__/graphql.js';
import type { EntityRef } from '../api/shapes.js';
import { useQuery } from '../api/useQuery.js';
import { ENTITY_KINDS } from '../../../src/domain/vocabulary.js';
import { apiLanguage, type UiLanguage } from '../i18n/language.js';

/** Entities whose names match what is typed, once typing pauses; none while `enabled` is false. */
export function useEntitySearch(typed: string, enabled: boolean, language: UiLanguage): readonly EntityRef[] {
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const searching = enabled && query !== '';
  const search = useQuery(SearchDocument, searching ? { text: query, kinds: [...ENTITY_KINDS], first: 10, language: apiLanguage(language) } : null);
  if (!searching) return [];
  return (search.data?.search ?? []).flatMap(({ node }) => (node.__typename === 'Entity' ? [node] : []));
}
