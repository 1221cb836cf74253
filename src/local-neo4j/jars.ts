import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Fetches the Neo4j Community server jars (org.neo4j:neo4j and its runtime dependencies) from Maven Central
 * into `<root>/lib/<version>`, through Maven so ~/.m2 caches them. A marker file is written last: a folder
 * without it is an interrupted download and is fetched again.
 */
export async function ensureJars(options: { root: string; version: string; pomPath: string; log: (line: string) => void }): Promise<string> {
  const libDir = join(options.root, 'lib', options.version);
  const marker = join(libDir, '.complete');
  if (existsSync(marker)) return libDir;

  const staging = `${libDir}.partial`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  options.log(`Fetching Neo4j Community ${options.version} jars from Maven Central (first start only)...`);
  const started = Date.now();
  await runMaven([
    '-B',
    '-q',
    '-f',
    options.pomPath,
    `-Dneo4j.version=${options.version}`,
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${staging}`,
  ]);
  const jars = (await readdir(staging)).filter((name) => name.endsWith('.jar'));
  if (!jars.includes(`neo4j-${options.version}.jar`)) {
    throw new Error(`Maven finished but neo4j-${options.version}.jar is not in ${staging}`);
  }
  await rm(libDir, { recursive: true, force: true });
  await rename(staging, libDir);
  await writeFile(marker, `${new Date().toISOString()} ${jars.length} jars\n`);
  options.log(`Fetched ${jars.length} jars in ${((Date.now() - started) / 1000).toFixed(1)} s into ${libDir}`);
  return libDir;
}

function runMaven(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new Error(
              'Maven (mvn) is not installed or not on PATH: the local Neo4j needs it to fetch its jars once. ' +
                'Install Maven (apt-get install maven), or set NEO4J_URI to use an existing Neo4j.',
            )
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`Maven failed (exit ${code}) fetching the Neo4j jars:\n${output.join('').trim().split('\n').slice(-15).join('\n')}`));
    });
  });
}
