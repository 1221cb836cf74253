import type { FieldTree } from '../selection.js';
import { entityById, listEntities, relationById, sourceById, type EntityFilterArgs } from './entities.js';
import { eventById, listEvents, type EventFilterArgs } from './events.js';
import type { Executor } from './executor.js';
import { neighborhood, shortestPaths, type GraphViewOptions } from './graph.js';
import { search, type SearchKind } from './search.js';
import { listSources } from './sources.js';
import { timelineForEntity, type TimelineOptions } from './timeline.js';
import { graphStats } from './stats.js';
import type { LanguageCode } from './records.js';
import { cypher, statement } from './cypher.js';

export { Executor, type QueryObserver, type QueryReport } from './executor.js';

const PING = statement('health.ping', cypher`RETURN 1 AS ok`);

/** Every read the API makes, each one Cypher query; bound to one executor (and so to one request's observer). */
export function createDataLayer(executor: Executor) {
  return {
    entities: {
      byId: (id: string, tree: FieldTree) => entityById(executor, id, tree),
      list: (args: { filter?: EntityFilterArgs | null; first?: number | null; after?: string | null }, tree: FieldTree) =>
        listEntities(executor, args, tree),
    },
    events: {
      byId: (id: string, tree: FieldTree) => eventById(executor, id, tree),
      list: (args: Parameters<typeof listEvents>[1], tree: FieldTree) => listEvents(executor, args, tree),
      timeline: (args: Parameters<typeof timelineForEntity>[1], tree: FieldTree, options?: TimelineOptions) =>
        timelineForEntity(executor, args, tree, options),
    },
    relations: { byId: (id: string, tree: FieldTree) => relationById(executor, id, tree) },
    sources: {
      byId: (id: string, tree: FieldTree) => sourceById(executor, id, tree),
      list: (args: { first?: number | null; after?: string | null }, tree: FieldTree) => listSources(executor, args, tree),
    },
    graph: {
      neighborhood: (args: Parameters<typeof neighborhood>[1], tree: FieldTree, options?: GraphViewOptions) =>
        neighborhood(executor, args, tree, options),
      paths: (args: Parameters<typeof shortestPaths>[1], tree: FieldTree, options?: GraphViewOptions) => shortestPaths(executor, args, tree, options),
    },
    search: (
      args: { text: string; languages?: readonly LanguageCode[] | null; kinds?: readonly SearchKind[] | null; first?: number | null },
      tree: FieldTree,
    ) => search(executor, args, tree),
    stats: () => graphStats(executor),
    /** True when the database answers a trivial query (for /health). */
    ping: async () => {
      await executor.read(PING);
      return true;
    },
  };
}

export type DataLayer = ReturnType<typeof createDataLayer>;
export type { EventFilterArgs, EntityFilterArgs, GraphViewOptions, SearchKind, TimelineOptions };
