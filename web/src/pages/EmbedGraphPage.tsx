import { useMemo } from 'react';
import { useParams } from 'wouter';
import { EmbedGraphDocument } from '../__generated__/graphql.js';
import { useQuery } from '../api/useQuery.js';
import { EmbedFrame } from '../components/EmbedFrame.js';
import { NotFound } from '../components/NotFound.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { apiLanguage } from '../i18n/language.js';
import { pickText } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { graphElements, keepEventTypes } from '../mapping/graph.js';
import { idFromSegment, nodePath, useHref, useUrlState } from '../routing.js';
import { usePageTitle } from '../usePageTitle.js';
import { GraphView } from '../views/GraphView.js';

/** `/embed/graph/:id?lang=&depth=&types=`: an entity's relationship graph alone; a click opens the explorer. */
export function EmbedGraphPage() {
  const params = useParams<{ id: string }>();
  const id = idFromSegment(params.id);
  const { t, language } = useMessages();
  const href = useHref();
  const { params: search, list } = useUrlState();
  const depth = [2, 3].includes(Number(search.get('depth'))) ? Number(search.get('depth')) : 1;
  const types = list('types');
  const state = useQuery(EmbedGraphDocument, { id, depth, language: apiLanguage(language) });
  const data = state.stale ? undefined : state.data;
  const typesKey = types.join(',');
  const elements = useMemo(
    () =>
      data?.neighborhood
        ? keepEventTypes(graphElements(data.neighborhood.nodes, data.neighborhood.edges, language), typesKey ? typesKey.split(',') : [])
        : null,
    [data, language, typesKey],
  );
  const name = pickText(data?.entity?.names, language)?.text ?? null;
  const title = name ? t('embed.graphTitle', { name }) : null;
  usePageTitle(title);
  const absolute = (path: string) => new URL(path, window.location.origin).toString();
  const open = (nodeId: string) => {
    const node = elements?.nodes.find(({ data: node }) => node.id === nodeId);
    if (node) window.open(absolute(href(nodePath(nodeId, node.data.nodeType === 'EVENT'))), '_blank', 'noopener');
  };
  return (
    <EmbedFrame title={title} explorerHref={absolute(href(nodePath(id, false), { depth: depth === 1 ? null : depth, types }))}>
      {!data ? (
        <QueryStatus state={state} />
      ) : !data.entity || !elements ? (
        <NotFound message={t('entity.notFound')} />
      ) : (
        <GraphView elements={elements} language={language} centreId={id} onOpenNode={open} height={520} headingLevel={2} title={title ?? undefined} />
      )}
    </EmbedFrame>
  );
}
