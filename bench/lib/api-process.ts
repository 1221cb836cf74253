import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Neo4jConnection } from '../../src/config.js';
import { SERVER_NODE_FLAGS, type ServerChild } from './children.js';

/**
 * The API exactly as `npm start` serves it (src/index.ts, its configuration from the environment, overload
 * protection included), in its own Node process on loopback, pointed at the benchmark's Neo4j. `env` adds
 * variables (e.g. MAX_CONCURRENT_REQUESTS); the parent's environment is passed on too.
 */
export async function startApi(
  connection: Neo4jConnection,
  port: number,
  env: Readonly<Record<string, string>>,
  log: (line: string) => void,
  profileDir?: string,
  lagFile?: string,
): Promise<ServerChild> {
  const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
  // A V8 CPU profile of the API's threads when asked (bench/cpuprofile.ts summarises it).
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  // The event-loop delay of the API's main thread, on SIGUSR2 (bench/lib/lag-probe.ts).
  const probe = lagFile ? ['--import', fileURLToPath(new URL('./lag-probe.ts', import.meta.url))] : [];
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...probe, ...profiling, entry], {
    env: {
      ...process.env,
      ...(lagFile ? { BENCH_LAG_FILE: lagFile } : {}),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SEED_ON_START: 'false',
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_URI: connection.uri,
      NEO4J_USERNAME: connection.username ?? '',
      NEO4J_PASSWORD: connection.password ?? '',
      ...(connection.database ? { NEO4J_DATABASE: connection.database } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the API');
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 20_000) output = output.slice(-10_000);
  };
  child.stderr.on('data', keep);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start within 60 s:\n${output}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      keep(chunk);
      if (/^API ready: /m.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with code ${code}:\n${output}`));
    });
  });
  log(`API ready at http://127.0.0.1:${port}/graphql (pid ${pid})`);
  return {
    name: 'api',
    url: `http://127.0.0.1:${port}/graphql`,
    pid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process in MiB (from /proc), or undefined where there is no /proc or no such process. */
export function residentMiB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
    return kib === undefined ? undefined : Math.round(Number(kib) / 1024);
  } catch {
    return undefined;
  }
}
