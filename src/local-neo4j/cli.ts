// npm run db:install | db:start | db:stop | db:status | db:reset [-- <instance>]   (instance: dev, the default, or test)
// npm run db:dump [-- <instance>] [--to <file>]      npm run db:restore -- <file> [<instance>]
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { LOCAL_NEO4J_DIR } from '../paths.js';
import { localNeo4j, LocalNeo4jError, NEO4J_VERSION } from './index.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { to: { type: 'string' } } });
const [command, ...rest] = positionals;
// db:restore takes the dump file first; every other command takes the instance name first.
const dumpFile = command === 'restore' ? rest[0] : undefined;
const name = (command === 'restore' ? rest[1] : rest[0]) ?? 'dev';
const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

try {
  const config = loadConfig();
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new LocalNeo4jError(`instance names are lowercase words, got "${name}"`);
  const settings = name === 'test' ? { ...config.local, boltPort: config.test.localBoltPort } : config.local;
  const instance = localNeo4j(name, settings);
  if (config.neo4j && name === 'dev') {
    console.log(`Note: NEO4J_URI is set (${config.neo4j.uri}); npm start uses that server, not this local one.`);
  }
  switch (command) {
    case 'start': {
      const server = await instance.start();
      console.log(
        server.startedNow
          ? `Neo4j ${server.version} (${name}) is running at ${server.uri}, pid ${server.pid}.`
          : `Neo4j (${name}) was already running at ${server.uri}, pid ${server.pid}; nothing to do.`,
      );
      console.log(`User ${server.credentials.username}; password in ${instance.home}/credentials.json`);
      break;
    }
    case 'stop': {
      const stopped = await instance.stop();
      console.log(stopped ? `Neo4j (${name}) stopped.` : `Neo4j (${name}) was not running; nothing to do.`);
      break;
    }
    case 'status': {
      const status = await instance.status();
      if (status.state === 'running') {
        console.log(`Neo4j ${status.version} (${name}) is running at ${status.uri}, pid ${status.pid}, since ${status.startedAt}.`);
      } else {
        console.log(`Neo4j (${name}) is stopped${status.staleRecordRemoved ? ' (its stale pid record was removed)' : ''}.`);
        process.exitCode = 3;
      }
      break;
    }
    case 'install': {
      const libDir = await instance.install();
      console.log(`Neo4j ${NEO4J_VERSION} jars are in ${libDir}.`);
      break;
    }
    case 'reset': {
      await instance.reset();
      console.log(`Neo4j (${name}) data and password deleted; the next start begins empty.`);
      break;
    }
    case 'dump': {
      const file = resolve(values.to ?? join(LOCAL_NEO4J_DIR, 'backups', `${name}-${stamp()}.dump`));
      if (existsSync(file)) throw new LocalNeo4jError(`${file} already exists; choose another --to`);
      await mkdir(dirname(file), { recursive: true });
      await instance.dump(file);
      console.log(`Neo4j (${name}) database dumped to ${file}.`);
      break;
    }
    case 'restore': {
      if (!dumpFile) throw new LocalNeo4jError('usage: npm run db:restore -- <file.dump> [instance]');
      const file = resolve(dumpFile);
      if (!existsSync(file)) throw new LocalNeo4jError(`no dump at ${file}`);
      // Nothing lost: the database being replaced is dumped first, when there is one.
      if ((await instance.status()).state === 'running' || existsSync(join(instance.home, 'data', 'databases', 'neo4j'))) {
        const previous = join(LOCAL_NEO4J_DIR, 'backups', `${name}-before-restore-${stamp()}.dump`);
        await mkdir(dirname(previous), { recursive: true });
        await instance.dump(previous);
        console.log(`The database being replaced was dumped to ${previous}.`);
      }
      await instance.restore(file);
      console.log(`Neo4j (${name}) database restored from ${file}.`);
      break;
    }
    default:
      console.error('usage: tsx src/local-neo4j/cli.ts install|start|stop|status|reset|dump [dev|test] [--to file] | restore <file> [dev|test]');
      process.exitCode = 2;
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
