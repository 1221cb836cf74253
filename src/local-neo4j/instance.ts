import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAuthFailure, isTransient, isUnavailable, openDriver, probeServer, replaceDefaultPassword } from '../db/driver.js';
import { ensureJars } from './jars.js';

/** Between logins with a password just set (Neo4j locks a user for 5 s after 3 failed logins). */
const FRESH_PASSWORD_RETRY_MS = 2_000;

/**
 * A Neo4j Community server run from the Maven jars, without Docker: one folder per named instance
 * (`dev` behind `npm start`, `test` for the test suite), bound to 127.0.0.1, with a password generated on
 * first start and kept next to the data it protects.
 */
export interface LocalNeo4jOptions {
  readonly name: string;
  /** Folder holding the jars and every instance (the project's git-ignored `.neo4j`). */
  readonly root: string;
  readonly version: string;
  readonly boltPort: number;
  readonly heap: string;
  readonly pageCache: string;
  readonly startTimeoutSeconds: number;
  readonly javaHome: string | undefined;
  readonly pomPath: string;
  readonly log: (line: string) => void;
}

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

export interface RunningServer {
  readonly pid: number;
  readonly uri: string;
  readonly credentials: Credentials;
  readonly version: string;
  /** False when the server was already running before this call. */
  readonly startedNow: boolean;
}

export type InstanceStatus =
  | { readonly state: 'running'; readonly pid: number; readonly uri: string; readonly version: string; readonly startedAt: string }
  | { readonly state: 'stopped'; readonly staleRecordRemoved: boolean };

interface InstanceRecord {
  readonly pid: number;
  readonly boltPort: number;
  readonly version: string;
  readonly startedAt: string;
}

export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
}

const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_CLASS = 'org.neo4j.cli.AdminTool';
const SUPPORTED_JAVA = [17, 21];

export class LocalNeo4j {
  readonly home: string;
  private readonly recordPath: string;
  private readonly credentialsPath: string;

  constructor(private readonly options: LocalNeo4jOptions) {
    this.home = resolve(options.root, options.name);
    this.recordPath = join(this.home, 'run', 'instance.json');
    this.credentialsPath = join(this.home, 'credentials.json');
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.options.boltPort}`;
  }

  async status(): Promise<InstanceStatus> {
    const record = this.readRecord();
    if (!record) return { state: 'stopped', staleRecordRemoved: false };
    if (!this.isOurProcess(record.pid)) {
      await rm(this.recordPath, { force: true });
      return { state: 'stopped', staleRecordRemoved: true };
    }
    return {
      state: 'running',
      pid: record.pid,
      uri: `bolt://127.0.0.1:${record.boltPort}`,
      version: record.version,
      startedAt: record.startedAt,
    };
  }

  /** Fetches the jars when they are not cached yet (Java itself is checked at start); returns their folder. */
  install(): Promise<string> {
    return ensureJars({ root: this.options.root, version: this.options.version, pomPath: this.options.pomPath, log: this.options.log });
  }

  /** Starts the server unless it already runs; resolves once it answers a Cypher query. */
  async start(): Promise<RunningServer> {
    const current = await this.status();
    if (current.state === 'running') {
      const credentials = await this.readCredentials();
      if (!credentials) throw new LocalNeo4jError(`${this.options.name} Neo4j runs (pid ${current.pid}) but ${this.credentialsPath} is missing`);
      return { pid: current.pid, uri: current.uri, credentials, version: current.version, startedNow: false };
    }
    if (await isPortOpen(this.options.boltPort)) {
      throw new LocalNeo4jError(
        `Port ${this.options.boltPort} is already in use by a process this project did not start. ` +
          `Stop it, choose another port (NEO4J_LOCAL_BOLT_PORT), or point NEO4J_URI at that server.`,
      );
    }
    const java = this.findJava();
    const libDir = await this.install();
    const credentials = await this.prepareFolders();
    await this.writeConfig();

    const consolePath = join(this.home, 'logs', 'console.log');
    const consoleFd = openSync(consolePath, 'a');
    const child = spawn(
      java,
      [
        `-Xms${this.options.heap}`,
        `-Xmx${this.options.heap}`,
        '-XX:+UseG1GC',
        '-XX:+ExitOnOutOfMemoryError',
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/java.io=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '-Dio.netty.tryReflectionSetAccessible=true',
        '-Dfile.encoding=UTF-8',
        '-cp',
        `${libDir}/*`,
        MAIN_CLASS,
        `--home-dir=${this.home}`,
        `--config-dir=${join(this.home, 'conf')}`,
      ],
      { detached: true, stdio: ['ignore', consoleFd, consoleFd], cwd: this.home },
    );
    closeSync(consoleFd);
    let exitCode: number | null | undefined;
    child.on('exit', (code, signal) => {
      exitCode = code ?? (signal ? -1 : null);
    });
    child.unref();
    const pid = child.pid;
    if (pid === undefined) throw new LocalNeo4jError(`could not start ${java}`);
    const record: InstanceRecord = {
      pid,
      boltPort: this.options.boltPort,
      version: this.options.version,
      startedAt: new Date().toISOString(),
    };
    await writeFile(this.recordPath, `${JSON.stringify(record, null, 2)}\n`);
    this.options.log(`Starting Neo4j ${this.options.version} (${this.options.name}) on ${this.uri}, pid ${pid}...`);

    try {
      const ready = await this.waitUntilReady(credentials, () => exitCode);
      return { pid, uri: this.uri, credentials: ready, version: this.options.version, startedNow: true };
    } catch (error) {
      if (exitCode === undefined) await this.terminate(pid);
      await rm(this.recordPath, { force: true });
      throw new LocalNeo4jError(`${(error as Error).message}\n${await this.logTail()}`);
    }
  }

  /** Stops the server this project started (and nothing else). Resolves false when it was not running. */
  async stop(): Promise<boolean> {
    const current = await this.status();
    if (current.state !== 'running') return false;
    this.options.log(`Stopping Neo4j (${this.options.name}), pid ${current.pid}...`);
    await this.terminate(current.pid);
    await rm(this.recordPath, { force: true });
    return true;
  }

  /** Deletes the instance's data and password. Refuses while the server runs. */
  async reset(): Promise<void> {
    if ((await this.status()).state === 'running') {
      throw new LocalNeo4jError(`${this.options.name} Neo4j is running: stop it first`);
    }
    await rm(join(this.home, 'data'), { recursive: true, force: true });
    await rm(this.credentialsPath, { force: true });
  }

  /**
   * Writes the `neo4j` database to `file` with Neo4j's own `neo4j-admin database dump`. Community dumps offline:
   * a running server is stopped for the dump and started again afterwards.
   */
  async dump(file: string): Promise<void> {
    await this.offline(async () => {
      if (!existsSync(join(this.home, 'data', 'databases', 'neo4j'))) {
        throw new LocalNeo4jError(`${this.options.name} Neo4j has no database to dump yet (start it once first)`);
      }
      const folder = await mkdtemp(join(dirname(resolve(file)), '.dump-'));
      try {
        await this.admin(['database', 'dump', 'neo4j', `--to-path=${folder}`, '--overwrite-destination=true']);
        await rename(join(folder, 'neo4j.dump'), file);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    });
  }

  /**
   * Replaces the `neo4j` database with a dump made by `dump` (Neo4j's `neo4j-admin database load`). A running
   * server is stopped for the load and started again afterwards; the instance's password is unchanged.
   */
  async restore(file: string): Promise<void> {
    if (!existsSync(file)) throw new LocalNeo4jError(`no dump at ${file}`);
    await this.offline(async () => {
      await this.prepareFolders();
      await this.writeConfig();
      await this.admin(['database', 'load', 'neo4j', `--from-path=${await this.dumpFolder(file)}`, '--overwrite-destination=true']);
    });
  }

  /**
   * Replaces the `neo4j` database with a new one built by Neo4j's offline import tool (`neo4j-admin database
   * import full`) from `args` (its `--nodes`, `--relationships` and format options). The import writes its store
   * into a staging folder; only once it has succeeded is that store moved in place of the old one (server
   * stopped), so a failed import leaves the database as it was. A running server is stopped for it and started
   * again; the instance's password is unchanged. Schema (constraints, indexes) is the caller's to create.
   */
  async importDatabase(args: readonly string[]): Promise<void> {
    await this.offline(async () => {
      await this.prepareFolders();
      await this.writeConfig();
      const staging = join(this.home, 'run', 'import');
      await rm(staging, { recursive: true, force: true });
      await mkdir(join(staging, 'conf'), { recursive: true });
      const config = await readFile(join(this.home, 'conf', 'neo4j.conf'), 'utf8');
      await writeFile(join(staging, 'conf', 'neo4j.conf'), `${config}server.directories.data=${join(staging, 'data')}\n`);
      try {
        // The tool writes its report of bad entries beside the store it builds, not into the working directory.
        const report = `--report-file=${join(staging, 'import.report')}`;
        await this.admin(['database', 'import', 'full', 'neo4j', ...args, report, '--overwrite-destination=true'], join(staging, 'conf'));
        await this.swapStore(join(staging, 'data'));
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    });
  }

  /** Moves the `neo4j` store (and its transaction logs) of `from` in place of this instance's (server stopped). */
  private async swapStore(from: string): Promise<void> {
    const data = join(this.home, 'data');
    const previous = join(this.home, 'run', 'import-previous');
    await rm(previous, { recursive: true, force: true });
    await mkdir(previous, { recursive: true });
    const parts = ['databases', 'transactions'];
    for (const part of parts) {
      if (existsSync(join(data, part, 'neo4j'))) await rename(join(data, part, 'neo4j'), join(previous, part));
    }
    for (const part of parts) {
      await mkdir(join(data, part), { recursive: true });
      await rename(join(from, part, 'neo4j'), join(data, part, 'neo4j'));
    }
    await rm(previous, { recursive: true, force: true });
  }

  async readCredentials(): Promise<Credentials | undefined> {
    if (!existsSync(this.credentialsPath)) return undefined;
    return JSON.parse(await readFile(this.credentialsPath, 'utf8')) as Credentials;
  }

  private readRecord(): InstanceRecord | undefined {
    if (!existsSync(this.recordPath)) return undefined;
    try {
      return JSON.parse(readFileSync(this.recordPath, 'utf8')) as InstanceRecord;
    } catch {
      return undefined;
    }
  }

  /** The pid is alive and is a Neo4j server on this instance's home (pids get reused). */
  private isOurProcess(pid: number): boolean {
    try {
      process.kill(pid, 0);
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
    const cmdlinePath = `/proc/${pid}/cmdline`;
    if (!existsSync(cmdlinePath)) return true;
    const cmdline = readFileSync(cmdlinePath, 'utf8');
    return cmdline.includes(MAIN_CLASS) && cmdline.includes(`--home-dir=${this.home}`);
  }

  private async terminate(pid: number): Promise<void> {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      return;
    }
    // Neo4j flushes and checkpoints on SIGTERM; give it time before forcing.
    for (let waited = 0; waited < 60_000; waited += 200) {
      if (!isAlive(pid)) return;
      await sleep(200);
    }
    this.options.log(`Neo4j pid ${pid} did not stop within 60 s; killing it`);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }

  private findJava(): string {
    const java = this.options.javaHome ? join(this.options.javaHome, 'bin', 'java') : 'java';
    const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
    if (probe.error) {
      throw new LocalNeo4jError(
        `Java not found (${java}): the local Neo4j needs Java ${SUPPORTED_JAVA.join(' or ')}. ` +
          'Install it (apt-get install openjdk-17-jre-headless), set JAVA_HOME, or set NEO4J_URI to use an existing Neo4j.',
      );
    }
    const match = /version "(\d+)(?:\.(\d+))?/.exec(`${probe.stderr}${probe.stdout}`);
    const major = match ? (Number(match[1]) === 1 ? Number(match[2]) : Number(match[1])) : NaN;
    if (!SUPPORTED_JAVA.includes(major)) {
      throw new LocalNeo4jError(
        `Neo4j ${this.options.version} runs on Java ${SUPPORTED_JAVA.join(' or ')}, but ${java} is Java ${Number.isNaN(major) ? '?' : major}. ` +
          'Set JAVA_HOME to a Java 17 or 21 installation.',
      );
    }
    return java;
  }

  /** Creates the folders; returns the password to use, generating one for a fresh data folder. */
  private async prepareFolders(): Promise<Credentials & { fresh: boolean }> {
    for (const dir of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) {
      await mkdir(join(this.home, dir), { recursive: true });
    }
    const hasData = existsSync(join(this.home, 'data', 'databases', 'system'));
    const stored = await this.readCredentials();
    if (hasData && stored) return { ...stored, fresh: false };
    if (hasData && !stored) {
      throw new LocalNeo4jError(
        `${this.credentialsPath} is missing but ${join(this.home, 'data')} holds a database whose password it was. ` +
          `Run "npm run db:reset -- ${this.options.name}" to start over with empty data.`,
      );
    }
    return { username: 'neo4j', password: randomBytes(18).toString('base64url'), fresh: true };
  }

  private async writeConfig(): Promise<void> {
    const settings = {
      'server.default_listen_address': '127.0.0.1',
      'server.bolt.listen_address': `127.0.0.1:${this.options.boltPort}`,
      'server.bolt.advertised_address': `127.0.0.1:${this.options.boltPort}`,
      'server.http.enabled': 'false',
      'server.https.enabled': 'false',
      'dbms.routing.enabled': 'false',
      'dbms.usage_report.enabled': 'false',
      'dbms.security.auth_enabled': 'true',
      'server.memory.pagecache.size': this.options.pageCache,
      // Large seed loads run in one transaction by design; let it use most of the heap.
      'dbms.memory.transaction.total.max': '0',
      'db.tx_log.rotation.retention_policy': '2 files',
      // Bolt waits 5 s twice on shutdown for connections that, on a local dev server, are already gone.
      'internal.server.bolt.connection_shutdown_wait_time': '1s',
      'internal.server.bolt.thread_pool_shutdown_wait_time': '1s',
    };
    const body = Object.entries(settings)
      .map(([key, value]) => `${key}=${value}`)
      .join('\n');
    await writeFile(join(this.home, 'conf', 'neo4j.conf'), `# Written by src/local-neo4j on every start; edit the script, not this file.\n${body}\n`);
  }

  private async waitUntilReady(credentials: Credentials & { fresh: boolean }, exitCode: () => number | null | undefined): Promise<Credentials> {
    const deadline = Date.now() + this.options.startTimeoutSeconds * 1000;
    let passwordSet = !credentials.fresh;
    let recoveryTried = false;
    // Once in several fresh starts the first login with a password set a moment ago was refused, and a later one
    // would not have been: a fresh password gets a few more tries, spaced beyond Neo4j's lock after failed logins.
    let freshPasswordRetries = credentials.fresh ? 3 : 0;
    let lastError: unknown;
    while (Date.now() < deadline) {
      const code = exitCode();
      if (code !== undefined) throw new LocalNeo4jError(`Neo4j exited during startup (exit code ${code})`);
      try {
        if (!passwordSet) {
          // Saved before it is set: a crash between the two leaves a password on disk that the next start can
          // still set (see the recovery below), never a server locked with a password nobody kept.
          await writeFile(this.credentialsPath, `${JSON.stringify({ username: credentials.username, password: credentials.password }, null, 2)}\n`, {
            mode: 0o600,
          });
          await chmod(this.credentialsPath, 0o600);
          await replaceDefaultPassword(this.uri, credentials.password);
          passwordSet = true;
        }
        const driver = openDriver(
          { uri: this.uri, username: credentials.username, password: credentials.password, database: undefined },
          { connectionTimeoutMs: 2_000, maxPoolSize: 1 },
        );
        try {
          await probeServer(driver);
        } finally {
          await driver.close();
        }
        return { username: credentials.username, password: credentials.password };
      } catch (error) {
        if (isAuthFailure(error) && passwordSet && freshPasswordRetries > 0) {
          freshPasswordRetries -= 1;
          lastError = error;
          await sleep(FRESH_PASSWORD_RETRY_MS);
          continue;
        }
        if (isAuthFailure(error) && !recoveryTried) {
          // The stored password may never have reached the server (stopped between saving and setting it).
          recoveryTried = true;
          const recovered = await replaceDefaultPassword(this.uri, credentials.password).then(
            () => true,
            () => false,
          );
          if (recovered) continue;
        }
        if (isAuthFailure(error)) {
          throw new LocalNeo4jError(
            passwordSet
              ? `Neo4j refused the password stored in ${this.credentialsPath}: ${(error as Error).message}`
              : `Neo4j refused its default password on a fresh data folder: ${(error as Error).message}`,
          );
        }
        if (!isUnavailable(error) && !isTransient(error)) throw error;
        lastError = error;
        await sleep(250);
      }
    }
    throw new LocalNeo4jError(
      `Neo4j did not answer within ${this.options.startTimeoutSeconds} s (last error: ${(lastError as Error | undefined)?.message ?? 'none'})`,
    );
  }

  /** Runs `work` with the server stopped, restarting it afterwards if it was running. */
  private async offline(work: () => Promise<void>): Promise<void> {
    const wasRunning = (await this.stop()) === true;
    try {
      await work();
    } finally {
      if (wasRunning) await this.start();
    }
  }

  /** `neo4j-admin` from the same jars as the server, on this instance's home and config. */
  private async admin(args: readonly string[], confDir = join(this.home, 'conf')): Promise<void> {
    const java = this.findJava();
    const libDir = await this.install();
    const result = spawnSync(java, ['-cp', `${libDir}/*`, ADMIN_CLASS, ...args], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_HOME: this.home, NEO4J_CONF: confDir },
      maxBuffer: 16 * 1024 * 1024,
    });
    if (result.status !== 0) {
      const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
      throw new LocalNeo4jError(`neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit ${result.status ?? result.signal}):\n${output}`);
    }
  }

  /** neo4j-admin loads `<database>.dump` from a folder: link the file there under that name. */
  private async dumpFolder(file: string): Promise<string> {
    const folder = join(this.home, 'run', 'restore');
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    await symlink(resolve(file), join(folder, 'neo4j.dump'));
    return folder;
  }

  private async logTail(): Promise<string> {
    const parts: string[] = [];
    for (const file of ['neo4j.log', 'console.log']) {
      const path = join(this.home, 'logs', file);
      if (!existsSync(path)) continue;
      const lines = (await readFile(path, 'utf8')).trimEnd().split('\n').slice(-25);
      parts.push(`--- last lines of ${path} ---\n${lines.join('\n')}`);
    }
    return parts.join('\n') || '(no log written)';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolvePort(true);
    });
    socket.once('error', () => resolvePort(false));
    socket.setTimeout(1_000, () => {
      socket.destroy();
      resolvePort(false);
    });
  });
}
