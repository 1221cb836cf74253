import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';

const require = createRequire(import.meta.url);

function packageVersion(name: string): string {
  try {
    // Some packages do not export their package.json: find it next to their main entry instead.
    let dir = dirname(require.resolve(name));
    while (
      !existsSync(join(dir, 'package.json')) ||
      (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name !== name
    ) {
      const parent = dirname(dir);
      if (parent === dir) return 'unknown';
      dir = parent;
    }
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export interface Versions {
  readonly node: string;
  readonly neo4j: string;
  readonly ours: string;
  readonly neo4jGraphql: string;
  readonly neo4jDriver: string;
  readonly apolloServer: string;
  readonly graphql: string;
}

export function versions(neo4j: string): Versions {
  const ours = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return {
    node: process.version,
    neo4j,
    ours,
    neo4jGraphql: packageVersion('@neo4j/graphql'),
    neo4jDriver: packageVersion('neo4j-driver'),
    apolloServer: packageVersion('@apollo/server'),
    graphql: packageVersion('graphql'),
  };
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly loadAverage: readonly number[];
  /** Other busy processes when the run started: a shared machine skews every number, and this says by how much. */
  readonly busyProcesses: readonly string[];
}

export function machine(): Machine {
  let busy: string[];
  try {
    busy = execFileSync('ps', ['-eo', 'pid,pcpu,rss,comm', '--sort=-pcpu'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(1, 6)
      .map((line) => line.trim().replace(/\s+/g, ' '));
  } catch {
    busy = [];
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
    busyProcesses: busy,
  };
}
