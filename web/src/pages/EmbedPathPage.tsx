import { useMemo } from 'react';
import { PathsPageDocument } from '../__generated__/graphql.js';
import { useQuery } from '../api/useQuery.js';
import { EmbedFrame } from '../components/EmbedFrame.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { apiLanguage } from '../i18n/language.js';
import { pickText } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { graphElements, mergeElements } from '../mapping/graph.js';
import { nodePath, useHref, useUrlState } from '../routing.js';
import { usePageTitle } from '../usePageTitle.js';
import { GraphView } from '../views/GraphView.js';

/** `/embed/path?from=&to=&lang=`: the shortest paths between two entities as one graph. */
export function EmbedPathPage() {
  const { t, language } = useMessages();
  const href = useHref();
  const { params } = useUrlState();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const state = useQuery(PathsPageDocument, from && to ? { from, to, language: apiLanguage(language) } : null);
  const data = state.stale ? undefined : state.data;
  const elements = useMemo(
    () =>
      data
        ? data.paths.paths.reduce(
            (all, path) =>
              mergeElements(
                all,
                graphElements(
                  [path.start, ...path.hops.map((hop) => hop.node)],
                  path.hops.map((hop) => hop.edge),
                  language,
                ),
              ),
            graphElements([], [], language),
          )
        : null,
    [data, language],
  );
  const names = data && { from: pickText(data.fromEntity?.names, language)?.text ?? from, to: pickText(data.toEntity?.names, language)?.text ?? to };
  const title = names ? t('embed.pathTitle', names) : null;
  usePageTitle(title);
  const absolute = (path: string) => new URL(path, window.location.origin).toString();
  const open = (nodeId: string) => {
    const node = elements?.nodes.find(({ data: node }) => node.id === nodeId);
    if (node) window.open(absolute(href(nodePath(nodeId, node.data.nodeType === 'EVENT'))), '_blank', 'noopener');
  };
  return (
    <EmbedFrame title={title} explorerHref={absolute(href('/paths', { from, to }))}>
      {!from || !to ? (
        <p className="muted">{t('paths.choose')}</p>
      ) : !elements ? (
        <QueryStatus state={state} />
      ) : elements.nodes.length === 0 ? (
        <p className="empty">{t('paths.none', { hops: 4 })}</p>
      ) : (
        <GraphView
          elements={elements}
          language={language}
          centreId={from}
          onOpenNode={open}
          height={480}
          headingLevel={2}
          title={title ?? undefined}
        />
      )}
    </EmbedFrame>
  );
}
