import { useCallback, useEffect, useRef, useState } from 'react';
import { ExpandEventDocument, ExpandNodeDocument } from '../__generated__/graphql.js';
import { request } from '../api/client.js';
import { apiLanguage, type UiLanguage } from '../i18n/language.js';
import { eventElements, graphElements, mergeElements } from '../mapping/graph.js';
import type { GraphElements } from '../views/types.js';

export interface GraphExpansion {
  /** The base graph with every expansion merged in. */
  readonly elements: GraphElements;
  /** Adds the neighbours of a node (one request; a node already expanded is not asked again). */
  readonly expand: (nodeId: string) => void;
  /** The node whose neighbours are loading, if any. */
  readonly expanding: string | null;
}

/**
 * A graph that grows as the reader expands nodes: an entity's neighbourhood at depth 1, or an event's participants
 * and place. A new base graph (another entity, another depth) starts over.
 */
export function useGraphExpansion(base: GraphElements, language: UiLanguage): GraphExpansion {
  const [elements, setElements] = useState(base);
  const [expanding, setExpanding] = useState<string | null>(null);
  const done = useRef(new Set<string>());
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    controller.current?.abort();
    done.current = new Set();
    setElements(base);
    setExpanding(null);
  }, [base]);

  useEffect(() => () => controller.current?.abort(), []);

  const expand = useCallback(
    (nodeId: string) => {
      if (done.current.has(nodeId)) return;
      const node = elements.nodes.find(({ data }) => data.id === nodeId);
      if (!node) return;
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setExpanding(nodeId);
      const added: Promise<GraphElements | null> =
        node.data.nodeType === 'EVENT'
          ? request(ExpandEventDocument, { id: nodeId }, abort.signal).then(({ event }) => (event ? eventElements(event, language) : null))
          : request(ExpandNodeDocument, { id: nodeId, language: apiLanguage(language) }, abort.signal).then(({ neighborhood }) =>
              neighborhood ? graphElements(neighborhood.nodes, neighborhood.edges, language) : null,
            );
      added.then(
        (more) => {
          done.current.add(nodeId);
          if (more) setElements((current) => mergeElements(current, more));
          setExpanding(null);
        },
        () => {
          if (!abort.signal.aborted) setExpanding(null);
        },
      );
    },
    [elements, language],
  );

  return { elements, expand, expanding };
}
