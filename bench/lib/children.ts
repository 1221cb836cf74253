import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Neo4jConnection } from '../../src/config.js';

/** A server running in its own Node process, so it never shares an event loop with the load generator. */
export interface ServerChild {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** The Node flags both servers run with (the same for ours and the peer). */
export const SERVER_NODE_FLAGS = ['--max-old-space-size=2048', '--import', 'tsx'];

export async function startServer(
  name: 'ours' | 'peer',
  port: number,
  connection: Neo4jConnection,
  queryTimeoutMs: number,
  log: (line: string) => void,
  profileDir?: string,
): Promise<ServerChild> {
  const entry = fileURLToPath(new URL(`../servers/${name}.ts`, import.meta.url));
  // One profile per thread (tsx runs a loader thread), named CPU.<date>.<pid>.<thread>.cpuprofile.
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}/${name}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...profiling, entry], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BENCH_NEO4J_URI: connection.uri,
      BENCH_NEO4J_USERNAME: connection.username ?? '',
      BENCH_NEO4J_PASSWORD: connection.password ?? '',
      BENCH_NEO4J_DATABASE: connection.database ?? '',
      BENCH_PORT: String(port),
      BENCH_QUERY_TIMEOUT_MS: String(queryTimeoutMs),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start the ${name} server`);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.length > 20_000) stderr = stderr.slice(-10_000);
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} server did not start within 60 s:\n${stderr}`)), 60_000);
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (/^ready /m.test(stdout)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} server exited with code ${code}:\n${stderr}`));
    });
  });
  log(`${name} server ready at http://127.0.0.1:${port}/graphql (pid ${pid})`);
  return {
    name,
    url: name === 'ours' ? `http://127.0.0.1:${port}/graphql` : `http://127.0.0.1:${port}/`,
    pid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
