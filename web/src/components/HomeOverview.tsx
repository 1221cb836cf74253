import { HomeDocument } from '../__generated__/graphql.js';
import { useQuery } from '../api/useQuery.js';
import { useMessages } from '../i18n/useMessages.js';
import { EntityLink } from './EntityLink.js';
import { QueryStatus } from './QueryStatus.js';

/** The start page below the search box: how big the graph is and entities to start from, by kind. */
export function HomeOverview() {
  const { t, label } = useMessages();
  const home = useQuery(HomeDocument, {});
  if (!home.data) return <QueryStatus state={home} />;
  const { stats, entities } = home.data;
  const byKind = new Map<string, (typeof entities.edges)[number]['node'][]>();
  for (const { node } of entities.edges) byKind.set(node.kind, [...(byKind.get(node.kind) ?? []), node]);
  return (
    <section className="home-overview" aria-labelledby="home-browse">
      <p className="muted">
        {t('home.counts', {
          entities: stats.entityCount,
          events: stats.eventCount,
          relations: stats.relationCount,
          sources: stats.sourceCount,
        })}
      </p>
      <h2 id="home-browse">{t('home.browse')}</h2>
      <div className="kind-columns">
        {[...byKind].map(([kind, members]) => (
          <section key={kind} aria-labelledby={`browse-${kind}`}>
            <h3 id={`browse-${kind}`}>{label('EntityKind', kind)}</h3>
            <ul className="plain-list">
              {members.map((entity) => (
                <li key={entity.id}>
                  <EntityLink entity={entity} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
