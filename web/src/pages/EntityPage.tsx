import { useMemo } from 'react';
import { useParams } from 'wouter';
import { EntityPageDocument, type EntityPageQuery } from '../__generated__/graphql.js';
import { useQuery } from '../api/useQuery.js';
import { EntityGraph } from '../sections/EntityGraph.js';
import { EntitySummary } from '../components/EntitySummary.js';
import { EntityTimeline } from '../sections/EntityTimeline.js';
import { LocalizedTextView } from '../components/LocalizedTextView.js';
import { NotFound } from '../components/NotFound.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { RelationList } from '../components/RelationList.js';
import { apiLanguage } from '../i18n/language.js';
import { pickText } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { graphElements } from '../mapping/graph.js';
import { timelineItems } from '../mapping/timeline.js';
import { idFromSegment, useUrlState } from '../routing.js';
import { usePageTitle } from '../usePageTitle.js';

/** The graph's depth from the URL: 1 to 3, 1 by default. */
function depthFromUrl(value: string | null): number {
  const depth = Number(value);
  return depth === 2 || depth === 3 ? depth : 1;
}

/** `/entity/:id`: who or what it is, its relations with their quotes, its timeline and its graph, in one request. */
export function EntityPage() {
  const params = useParams<{ id: string }>();
  const id = idFromSegment(params.id);
  const { language, t } = useMessages();
  const { params: search } = useUrlState();
  const depth = depthFromUrl(search.get('depth'));
  const state = useQuery(EntityPageDocument, { id, depth, language: apiLanguage(language) });
  // A new depth or language reloads the same entity: keep showing it meanwhile.
  const data = !state.stale || state.data?.entity?.id === id ? state.data : undefined;
  usePageTitle(pickText(data?.entity?.names, language)?.text);
  if (!data) return <QueryStatus state={state} />;
  if (!data.entity) return <NotFound message={t('entity.notFound')} />;
  return <EntityDetails data={data} entity={data.entity} depth={depth} />;
}

interface DetailsProps {
  readonly data: EntityPageQuery;
  readonly entity: NonNullable<EntityPageQuery['entity']>;
  readonly depth: number;
}

function EntityDetails({ data, entity, depth }: DetailsProps) {
  const { t, label, language } = useMessages();
  const name = pickText(entity.names, language)?.text ?? entity.id;
  const items = useMemo(
    () =>
      timelineItems(
        data.timeline.edges.map(({ node }) => node),
        language,
      ),
    [data.timeline, language],
  );
  const graph = useMemo(
    () => (data.neighborhood ? graphElements(data.neighborhood.nodes, data.neighborhood.edges, language) : { nodes: [], edges: [] }),
    [data.neighborhood, language],
  );
  return (
    <article className="page entity-page">
      <p className="eyebrow" data-testid="entity-kind">
        {label('EntityKind', entity.kind)}
      </p>
      <h1 data-testid="entity-name">
        <LocalizedTextView text={entity.names} />
      </h1>
      <EntitySummary entity={entity} />
      <section aria-labelledby="relations-heading">
        <h2 id="relations-heading">{t('entity.relations')}</h2>
        <RelationList entityId={entity.id} relations={entity.relations} />
      </section>
      <EntityTimeline entityId={entity.id} entityName={name} items={items} total={data.timeline.totalCount} />
      <EntityGraph entityId={entity.id} entityName={name} base={graph} depth={depth} truncated={data.neighborhood?.truncated ?? false} />
    </article>
  );
}
