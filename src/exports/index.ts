/**
 * The exports apps embed, in one place for the GraphQL fields (Neighborhood.cytoscape, PathsResult.cytoscape,
 * TimelineConnection.timelineJs) and the HTTP routes (/export/neighborhood, /export/paths, /export/timeline), so
 * both answer the same JSON. Every export takes a language ('AR' or 'ar', ...) and shows codes as their labels
 * from src/domain/labels.ts.
 */
import type { GraphViewOptions, TimelineOptions } from '../db/index.js';
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

/** What the Cytoscape export shows beyond a graph view's selection: every edge's evidence and its sources. */
export const CYTOSCAPE_NEEDS: GraphViewOptions = { edgeEvidence: true };

/** What the TimelineJS export shows beyond a timeline's selection: names, places and the evidence's sources. */
export const TIMELINEJS_NEEDS: TimelineOptions = { eventContext: true };

/**
 * What the data layer fetches for each export when an HTTP route asks for it (a GraphQL field passes its own
 * selection with the same options when the export field is selected).
 */
export const EXPORT_QUERIES = {
  neighborhood: { tree: treeOf('nodes', 'edges.evidence.source'), options: CYTOSCAPE_NEEDS },
  paths: { tree: treeOf('paths.hops.edge.evidence.source'), options: CYTOSCAPE_NEEDS },
  timeline: { tree: treeOf('entity'), options: TIMELINEJS_NEEDS },
} as const satisfies Record<string, { tree: FieldTree; options: GraphViewOptions | TimelineOptions }>;
