import { Link } from 'wouter';
import type { SearchHit } from '../api/shapes.js';
import { directionOf } from '../i18n/language.js';
import { pickText, uiLanguageOf } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { nodePath, useHref } from '../routing.js';
import { DateView } from './DateView.js';
import { Interpolated } from './Interpolated.js';
import { LocalizedTextView } from './LocalizedTextView.js';

/** The kind a hit is grouped under: its entity kind, or EVENT (the API's SearchKind). */
function groupOf(hit: SearchHit): string {
  return hit.node.__typename === 'Event' ? 'EVENT' : hit.node.kind;
}

/** Search hits grouped by kind; groups in the order of their best hit, hits in the API's order. */
export function SearchResults({ hits, query }: { readonly hits: readonly SearchHit[]; readonly query: string }) {
  const { t, label, language } = useMessages();
  const href = useHref();
  if (hits.length === 0) {
    return (
      <p className="empty" role="status">
        {t('search.none', { query })}
      </p>
    );
  }
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) groups.set(groupOf(hit), [...(groups.get(groupOf(hit)) ?? []), hit]);
  return (
    <div className="search-results">
      <p className="visually-hidden" role="status">
        {t('search.count', { count: hits.length })}
      </p>
      {[...groups].map(([kind, members]) => (
        <section key={kind} className="search-group" data-testid="search-group" data-kind={kind} aria-labelledby={`group-${kind}`}>
          <h2 id={`group-${kind}`}>{label('SearchKind', kind)}</h2>
          <ul>
            {members.map((hit) => {
              const node = hit.node;
              const isEvent = node.__typename === 'Event';
              const names = isEvent ? node.titles : node.names;
              const shown = pickText(names, language)?.text;
              const matchedLanguage = uiLanguageOf(hit.matchedLanguage);
              return (
                <li key={node.id}>
                  <Link href={href(nodePath(node.id, isEvent))} data-testid="search-result" className="result-link">
                    <LocalizedTextView text={names} />
                  </Link>
                  {isEvent && (
                    <span className="muted result-meta">
                      {' · '}
                      {label('EventType', node.type)} · <DateView date={node.date} withPhrase={false} />
                    </span>
                  )}
                  {hit.matchedText !== shown && (
                    <span className="muted result-meta">
                      {' · '}
                      <Interpolated
                        template={t('search.matched')}
                        values={{
                          text: (
                            <q lang={matchedLanguage} dir={directionOf(matchedLanguage)}>
                              {hit.matchedText}
                            </q>
                          ),
                        }}
                      />
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
