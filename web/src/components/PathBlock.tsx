import type { PathsPageQuery } from '../__generated__/graphql.js';
import { useMessages } from '../i18n/useMessages.js';
import { EdgeLabel } from './EdgeLabel.js';
import { EvidenceList } from './EvidenceList.js';
import { GraphNodeLink } from './GraphNodeLink.js';
import { LocalizedTextView } from './LocalizedTextView.js';
import { StatusBadge } from './StatusBadge.js';

type Path = PathsPageQuery['paths']['paths'][number];

interface Props {
  readonly path: Path;
  readonly index: number;
  readonly selected: boolean;
  readonly onSelect: () => void;
}

/**
 * One shortest path, step by step: each hop says what links the two nodes (in the fact's own direction, whichever
 * way the path walks it) and quotes its evidence; the two ends are marked.
 */
export function PathBlock({ path, index, selected, onSelect }: Props) {
  const { t } = useMessages();
  const nodes = new Map([path.start, ...path.hops.map((hop) => hop.node)].map((node) => [node.id, node]));
  const name = (id: string) => {
    const node = nodes.get(id);
    return node ? <LocalizedTextView text={node.labels} /> : <bdi>{id}</bdi>;
  };
  const headingId = `path-${index}-heading`;
  return (
    <section className={`path${selected ? ' selected' : ''}`} data-testid="path" data-path-index={index} aria-labelledby={headingId}>
      <div className="path-head">
        <h2 id={headingId}>
          {t('paths.path', { number: index + 1 })} <span className="muted">· {t('paths.steps', { count: path.length })}</span>
        </h2>
        <button type="button" aria-pressed={selected} onClick={onSelect}>
          {t('paths.show')}
        </button>
      </div>
      <ol className="path-steps">
        <li className="path-node" data-endpoint="start">
          <span className="endpoint">{t('paths.start')}</span> <GraphNodeLink node={path.start} />
        </li>
        {path.hops.map((hop, hopIndex) => {
          const last = hopIndex === path.hops.length - 1;
          return (
            <li key={hop.edge.id} className="hop" data-testid="hop" data-edge-type={hop.edge.type}>
              <p className="relation-sentence">
                {name(hop.edge.source)} <EdgeLabel type={hop.edge.type} role={hop.edge.role} /> {name(hop.edge.target)}{' '}
                <StatusBadge status={hop.edge.status} />
              </p>
              <EvidenceList evidence={hop.edge.evidence} />
              <p className="path-node" data-endpoint={last ? 'end' : undefined}>
                {last && <span className="endpoint">{t('paths.end')}</span>} <GraphNodeLink node={hop.node} />
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
