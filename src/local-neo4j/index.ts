import { join } from 'node:path';
import type { LocalNeo4jSettings } from '../config.js';
import { LOCAL_NEO4J_DIR, PROJECT_ROOT } from '../paths.js';
import { LocalNeo4j } from './instance.js';
import { NEO4J_VERSION } from './version.js';

export { LocalNeo4j, LocalNeo4jError, type RunningServer, type InstanceStatus } from './instance.js';
export { NEO4J_VERSION } from './version.js';

/** The project's local Neo4j instance of that name (`dev` for npm start, `test` for npm test). */
export function localNeo4j(name: string, settings: LocalNeo4jSettings, log: (line: string) => void = (line) => console.log(line)): LocalNeo4j {
  return new LocalNeo4j({
    name,
    root: LOCAL_NEO4J_DIR,
    version: NEO4J_VERSION,
    pomPath: join(PROJECT_ROOT, 'neo4j', 'pom.xml'),
    ...settings,
    log,
  });
}
