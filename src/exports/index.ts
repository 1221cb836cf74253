/**
 * The exports apps embed, in one place for the GraphQL fields (Neighborhood.cytoscape, PathsResult.cytoscape,
 * TimelineConnection.timelineJs) and the HTTP routes (/export/neighborhood, /export/paths, /export/timeline), so
 * both answer the same JSON. Every export takes a language ('AR' or 'ar', ...) and shows codes as their labels
 * from src/domain/labels.ts.
 */
import { treeOf, type FieldTree } from '../selection.js';

export {
  CYTOSCAPE_CODE_FIELDS,
  neighborhoodToCytoscape,
  pathsToCytoscape,
  toCytoscape,
  type CytoscapeElement,
  type CytoscapeElements,
} from './cytoscape.js';
export {
  timelineDates,
  timelineToTimelineJs,
  toTimelineJs,
  type TimelineJsDate,
  type TimelineJsDocument,
  type TimelineJsEvent,
} from './timelinejs.js';
export { pick, pickText, type ExportLanguage, type PickedText } from './labels.js';

/**
 * What the data layer must fetch for each export when a route calls it directly (GraphQL fields get the same
 * through the data layer's own handling of `cytoscape` and `timelineJs` selections).
 */
export const EXPORT_SELECTIONS: Readonly<Record<'neighborhood' | 'paths' | 'timeline', FieldTree>> = {
  neighborhood: treeOf('nodes', 'edges.evidence.source', 'cytoscape'),
  paths: treeOf('paths.hops.edge.evidence.source', 'cytoscape'),
  timeline: treeOf('entity', 'timelineJs'),
};
