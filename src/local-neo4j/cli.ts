// npm run db:install | db:start | db:stop | db:status | db:reset [-- <instance>]   (instance: dev, the default, or test)
import { ConfigError, loadConfig } from '../config.js';
import { localNeo4j, LocalNeo4jError, NEO4J_VERSION } from './index.js';

const [command, name = 'dev'] = process.argv.slice(2);

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
    default:
      console.error('usage: tsx src/local-neo4j/cli.ts install|start|stop|status|reset [dev|test]');
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
