import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cypher, statement, Statement, type Cypher } from '../../src/db/cypher.js';
import type { Executor } from '../../src/db/executor.js';
import { createDataLayer } from '../../src/db/index.js';
import { deleteDataset, seedDataset } from '../../src/ingest/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { treeOf } from '../../src/selection.js';
import { useTestApi } from '../support/api.js';
import { diffExports, exportGraph } from '../support/export.js';

// Timelines read their pages from the range index on the participations' timeline keys and their totalCount from
// each entity's stored count (src/db/ingest/timeline.ts): what the loader keeps of both must always be what a walk
// of the graph gives, through first loads, updates that move an event's date, and deletions.

const api = useTestApi();
const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'seed', 'claims');
const load = (name: string) => seedDataset(api.executor, join(FIXTURES, name), { datasetId: `fx-timeline-${name}`, log: () => undefined });

/** Participations whose key is not their entity's id and event's sort key, and entities whose count is not their events'. */
async function drift(): Promise<{ keys: number; counts: number }> {
  const keys = await api.executor.read(cypher`
    MATCH (x:Entity)-[p:PARTICIPATED_IN]->(e:Event)
    WHERE p.timelineKey IS NULL OR p.timelineKey <> x.id + '|' + e.sortKey OR p.sortKey <> e.sortKey
    RETURN count(p) AS n`);
  const counts = await api.executor.read(cypher`
    MATCH (x:Entity)
    WITH x, COUNT { MATCH (x)-[:PARTICIPATED_IN]->(e:Event) RETURN DISTINCT e } AS events
    WHERE coalesce(x.timelineCount, 0) <> events OR x.timelineCount = 0
    RETURN count(x) AS n`);
  return { keys: Number(keys.records[0]?.get('n')), counts: Number(counts.records[0]?.get('n')) };
}

const TIMELINE = `query($id: ID!, $after: String) {
  timeline(entityId: $id, first: 2, after: $after) {
    totalCount
    edges { node { event { id } roles } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Every entry of an entity's timeline, page after page. */
async function allPages(id: string): Promise<{ totalCount: number; ids: string[]; roles: string[][] }> {
  const ids: string[] = [];
  const roles: string[][] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let page = 0; page < 100; page++) {
    const { data, errors }: { data: any; errors: unknown } = await api.run(TIMELINE, { id, after });
    expect(errors).toBeUndefined();
    totalCount = data?.timeline.totalCount;
    for (const edge of data?.timeline.edges ?? []) {
      ids.push(edge.node.event.id);
      roles.push(edge.node.roles);
    }
    if (!data?.timeline.pageInfo.hasNextPage) break;
    after = data.timeline.pageInfo.endCursor;
  }
  return { totalCount, ids, roles };
}

/** The same timeline from a walk of the entity's participations, in sort-key order. */
async function walked(id: string): Promise<{ ids: string[]; roles: string[][] }> {
  const { records } = await api.executor.read(
    cypher`
    MATCH (:Entity {id: $id})-[p:PARTICIPATED_IN]->(e:Event)
    WITH e, collect(p.role) AS roles
    RETURN e.id AS id, roles ORDER BY e.sortKey`,
    { id },
  );
  return { ids: records.map((r) => r.get('id') as string), roles: records.map((r) => [...(r.get('roles') as string[])].sort()) };
}

afterAll(async () => {
  for (const name of ['conflict', 'refine', 'first']) await deleteDataset(api.executor, `fx-timeline-${name}`);
});

describe('timelines from the index', () => {
  it('has a key for every participation and a count for every entity of the seeded graph', async () => {
    expect(await drift()).toEqual({ keys: 0, counts: 0 });
  });

  it('pages through every timeline in the order and with the roles a walk of the graph gives, totalCount included', async () => {
    // Every entity of the seeded graph with events: its timeline page by page (two entries a page) is the walk's.
    const { records } = await api.executor.read(cypher`MATCH (x:Entity) WHERE EXISTS { (x)-[:PARTICIPATED_IN]->() } RETURN x.id AS id`);
    const ids = records.map((record) => record.get('id') as string);
    expect(ids.length).toBeGreaterThan(10);
    let multiRole = 0;
    for (const id of ids) {
      const timeline = await allPages(id);
      const walk = await walked(id);
      expect({ id, ...timeline }).toEqual({ id, totalCount: walk.ids.length, ...walk });
      multiRole += walk.roles.filter((roles) => roles.length > 1).length;
    }
    // Some entity takes part in one event in two roles: one entry, counted once.
    expect(multiRole).toBeGreaterThan(0);
  });

  it('keeps keys and counts right through loads that add, re-date and remove, and leaves the graph as it was', async () => {
    const before = await exportGraph(api.executor);
    const claimland = 'country:fx-claimland';
    await load('first');
    expect(await drift()).toEqual({ keys: 0, counts: 0 });
    expect((await allPages(claimland)).totalCount).toBe(1);
    // The second source refines the date: the event's sort key, so every participation's key, changes.
    await load('refine');
    expect(await drift()).toEqual({ keys: 0, counts: 0 });
    await load('conflict');
    expect(await drift()).toEqual({ keys: 0, counts: 0 });
    const timeline = await allPages(claimland);
    expect(timeline.ids).toEqual((await walked(claimland)).ids);
    expect(timeline.totalCount).toBe(timeline.ids.length);
    for (const name of ['conflict', 'refine', 'first']) await deleteDataset(api.executor, `fx-timeline-${name}`);
    expect(await drift()).toEqual({ keys: 0, counts: 0 });
    expect(diffExports(before, await exportGraph(api.executor))).toEqual({ added: [], removed: [] });
  });

  it("plans a page as an index seek on the timeline keys, and a plain timeline's count without touching its events", async () => {
    const plans: string[] = [];
    // The data layer's own statement, planned (EXPLAIN) instead of run.
    const explaining = {
      read: async (query: Statement | Cypher, params?: Record<string, unknown>) => {
        const named = typeof query === 'string' ? statement('test.explain', query) : query;
        const result = await api.executor.read(statement(named.name, cypher`EXPLAIN ${named.text}`), params);
        plans.push(operators(result.summary.plan));
        return result;
      },
    } as unknown as Executor;
    await createDataLayer(explaining).events.timeline({ entityId: 'org:dgsn', first: 20 }, treeOf('totalCount', 'edges.node.event.id'));
    expect(plans).toHaveLength(1);
    expect(plans[0]).toContain('DirectedRelationshipIndexSeekByRange');
    // No walk of the entity's relationships: neither for the page nor for the count.
    expect(plans[0]).not.toMatch(/Expand\(All\)|RelationshipTypeScan|AllRelationshipsScan/);
  });
});

/** The plan's operators, depth first, as one line. */
function operators(plan: unknown): string {
  const names: string[] = [];
  const walk = (node: { operatorType: string; children: unknown[] }) => {
    names.push(node.operatorType.replace(/@neo4j$/, ''));
    node.children.forEach((child) => walk(child as typeof node));
  };
  if (plan && typeof plan === 'object') walk(plan as { operatorType: string; children: unknown[] });
  return names.join(' < ');
}
