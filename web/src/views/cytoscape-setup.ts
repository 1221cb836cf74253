/**
 * Cytoscape with the fCoSE layout registered once for the whole app (imported from node_modules so Vite bundles
 * it: no CDN, the CSP allows scripts from 'self' only).
 */
import cytoscape, { type BaseLayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

// Registering twice (hot reload) would make Cytoscape warn; the registry says whether it is done.
if (!cytoscape('layout', 'fcose')) cytoscape.use(fcose);

export { cytoscape };

/** The fCoSE options the graph uses (a subset; see the cytoscape-fcose README). */
export interface FcoseLayoutOptions extends BaseLayoutOptions {
  readonly name: 'fcose';
  readonly quality?: 'draft' | 'default' | 'proof';
  readonly randomize?: boolean;
  readonly animate?: boolean;
  readonly fit?: boolean;
  readonly padding?: number;
  readonly nodeDimensionsIncludeLabels?: boolean;
  readonly idealEdgeLength?: number;
  readonly nodeRepulsion?: number;
  readonly packComponents?: boolean;
}

export function fcoseLayout(randomize: boolean): FcoseLayoutOptions {
  return {
    name: 'fcose',
    quality: 'default',
    randomize,
    animate: false,
    fit: false,
    padding: 20,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: 80,
    nodeRepulsion: 5000,
    packComponents: true,
  };
}
