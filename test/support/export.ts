import { createHash } from 'node:crypto';
import { cypher } from '../../src/db/cypher.js';
import type { Executor } from '../../src/db/executor.js';

/**
 * The whole graph as sorted text lines (every node with its labels and properties, every relationship with its
 * type, ends and properties) and their SHA-256. Nodes are named by their `id` property (element ids change when
 * a node is deleted and created again), so two exports are equal exactly when the graphs hold the same data.
 */
export interface GraphExport {
  readonly nodes: number;
  readonly relationships: number;
  readonly lines: readonly string[];
  readonly checksum: string;
}

/** Keys sorted at every level, so equal values always print the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function exportGraph(executor: Executor): Promise<GraphExport> {
  const nodes = await executor.read(cypher`
    MATCH (n)
    RETURN coalesce(n.id, elementId(n)) AS key, labels(n) AS labels, properties(n) AS properties`);
  const relationships = await executor.read(cypher`
    MATCH (a)-[r]->(b)
    RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS start, coalesce(b.id, elementId(b)) AS end, properties(r) AS properties`);
  const lines = [
    ...nodes.records.map(
      (record) =>
        `node ${canonical(record.get('key'))} ${canonical([...(record.get('labels') as string[])].sort(byText))} ${canonical(record.get('properties'))}`,
    ),
    ...relationships.records.map(
      (record) =>
        `rel ${canonical(record.get('start'))} -[${record.get('type') as string}]-> ${canonical(record.get('end'))} ${canonical(record.get('properties'))}`,
    ),
  ].sort(byText);
  const checksum = createHash('sha256').update(lines.join('\n'), 'utf8').digest('hex');
  return { nodes: nodes.records.length, relationships: relationships.records.length, lines, checksum };
}

/** Lines of `after` not in `before` and lines of `before` not in `after`. */
export function diffExports(before: GraphExport, after: GraphExport): { added: string[]; removed: string[] } {
  const was = new Set(before.lines);
  const is = new Set(after.lines);
  return { added: after.lines.filter((line) => !was.has(line)), removed: before.lines.filter((line) => !is.has(line)) };
}
