import { useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { PathsPageDocument, PickedEntityDocument, type PathsPageQuery } from '../__generated__/graphql.js';
import type { EntityRef } from '../api/shapes.js';
import { useQuery } from '../api/useQuery.js';
import { EntityPicker } from '../components/EntityPicker.js';
import { PathBlock } from '../components/PathBlock.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { apiLanguage } from '../i18n/language.js';
import { pickText } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { graphElements } from '../mapping/graph.js';
import { nodePath, useHref, useUrlState } from '../routing.js';
import { usePageTitle } from '../usePageTitle.js';
import { GraphView } from '../views/GraphView.js';

const MAX_HOPS = 4;

/** `/paths?from=&to=&path=`: the shortest chains of facts between two entities, each step with its quotes. */
export function PathsPage() {
  const { t, language } = useMessages();
  const { params, update } = useUrlState();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  // Entities chosen in a picker are known already: no request just to show their names.
  const [known, setKnown] = useState<Readonly<Record<string, EntityRef>>>({});
  const both = from !== '' && to !== '';
  const paths = useQuery(PathsPageDocument, both ? { from, to, maxHops: MAX_HOPS, language: apiLanguage(language) } : null);
  const lone = !both && (from || to) && !known[from || to] ? from || to : null;
  const picked = useQuery(PickedEntityDocument, lone ? { id: lone } : null);

  const entityOf = (id: string, fromPaths: EntityRef | null | undefined) =>
    id === '' ? null : (known[id] ?? fromPaths ?? (picked.data?.entity?.id === id ? picked.data.entity : null));
  const fromEntity = entityOf(from, paths.data?.fromEntity);
  const toEntity = entityOf(to, paths.data?.toEntity);
  usePageTitle(
    fromEntity && toEntity
      ? t('embed.pathTitle', { from: pickText(fromEntity.names, language)?.text ?? from, to: pickText(toEntity.names, language)?.text ?? to })
      : t('paths.heading'),
  );

  const choose = (side: 'from' | 'to') => (entity: EntityRef | null) => {
    if (entity) setKnown((current) => ({ ...current, [entity.id]: entity }));
    update({ [side]: entity?.id ?? null, path: null });
  };

  return (
    <div className="page paths-page">
      <h1>{t('paths.heading')}</h1>
      <p className="lede">{t('paths.intro')}</p>
      <div className="pickers">
        <EntityPicker label={t('paths.from')} value={fromEntity} onChange={choose('from')} testId="picker-from" />
        <button type="button" className="swap" onClick={() => update({ from: to || null, to: from || null, path: null })} disabled={!from && !to}>
          {t('paths.swap')}
        </button>
        <EntityPicker label={t('paths.to')} value={toEntity} onChange={choose('to')} testId="picker-to" />
      </div>
      {!both ? (
        <p className="muted">{t('paths.choose')}</p>
      ) : paths.data && !paths.stale ? (
        <PathResults result={paths.data.paths} />
      ) : (
        <QueryStatus state={paths} />
      )}
    </div>
  );
}

function PathResults({ result }: { readonly result: PathsPageQuery['paths'] }) {
  const { t, language } = useMessages();
  const href = useHref();
  const [, navigate] = useLocation();
  const { params, update } = useUrlState();
  const selected = Math.min(Math.max(Number(params.get('path') ?? 0) || 0, 0), Math.max(result.paths.length - 1, 0));
  const chosen = result.paths[selected];
  const elements = useMemo(
    () =>
      chosen
        ? graphElements(
            [chosen.start, ...chosen.hops.map((hop) => hop.node)],
            chosen.hops.map((hop) => hop.edge),
            language,
          )
        : null,
    [chosen, language],
  );
  if (result.paths.length === 0) return <p className="empty">{t('paths.none', { hops: MAX_HOPS })}</p>;
  const open = (id: string) => {
    const node = elements?.nodes.find(({ data }) => data.id === id);
    if (node) navigate(href(nodePath(id, node.data.nodeType === 'EVENT')));
  };
  return (
    <div className="path-results">
      {elements && (
        <section className="view-section" aria-labelledby="paths-graph-heading">
          <h2 id="paths-graph-heading">{t('paths.graph')}</h2>
          <GraphView elements={elements} language={language} centreId={chosen?.start.id} onOpenNode={open} height={360} headingLevel={3} />
        </section>
      )}
      {result.paths.map((path, index) => (
        <PathBlock
          key={index}
          path={path}
          index={index}
          selected={index === selected}
          onSelect={() => update({ path: index === 0 ? null : index }, { replace: true })}
        />
      ))}
    </div>
  );
}
