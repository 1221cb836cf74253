import { nodeText } from '../views/graph-elements.js';
import type { GraphEdgeData, GraphElements } from '../views/types.js';
import { directionOf, isLanguage } from '../i18n/language.js';
import { useMessages } from '../i18n/useMessages.js';
import { EdgeLabel } from '../components/EdgeLabel.js';
import { QuoteLink } from '../components/QuoteLink.js';
import { StatementKindBadge } from '../components/StatementKindBadge.js';
import { StatusBadge } from '../components/StatusBadge.js';

interface Props {
  readonly edge: GraphEdgeData | null;
  readonly elements: GraphElements;
  readonly onClose: () => void;
}

/** The quotes behind the graph link the reader clicked, with what the link says and how well it is attested. */
export function EdgeEvidencePanel({ edge, elements, onClose }: Props) {
  const { t, language } = useMessages();
  const name = (id: string) => {
    const node = elements.nodes.find(({ data }) => data.id === id);
    if (!node) return <bdi>{id}</bdi>;
    const text = nodeText(node.data, language);
    const lang = isLanguage(text.language) ? text.language : undefined;
    return (
      <bdi lang={lang} dir={lang ? directionOf(lang) : 'auto'}>
        {text.text}
      </bdi>
    );
  };
  return (
    <section className="edge-panel" aria-labelledby="edge-panel-heading" data-testid="edge-evidence" aria-live="polite">
      <h3 id="edge-panel-heading">{t('graph.edgePanel')}</h3>
      {!edge ? (
        <p className="muted">{t('graph.noEdge')}</p>
      ) : (
        <>
          <p className="relation-sentence">
            {name(edge.source)} <EdgeLabel type={edge.type} role={edge.role} /> {name(edge.target)} <StatusBadge status={edge.status} />
          </p>
          <ul className="evidence-list">
            {edge.evidence.map((evidence) => (
              <li key={`${evidence.sourceId}/${evidence.start}/${evidence.end}/${evidence.statementKind}`}>
                <QuoteLink evidence={{ ...evidence, source: evidence.sourceId ? { id: evidence.sourceId } : null }} />
                <div className="evidence-meta">
                  <StatementKindBadge kind={evidence.statementKind} />
                  {evidence.stance === 'DISPUTES' && <span className="badge disputes">{t('evidence.disputes')}</span>}
                </div>
              </li>
            ))}
          </ul>
          <button type="button" onClick={onClose}>
            {t('graph.close')}
          </button>
        </>
      )}
    </section>
  );
}
