import { fileURLToPath } from 'node:url';
import type { LocalNeo4jSettings } from '../config.js';
import { LocalNeo4j } from './instance.js';
import { NEO4J_VERSION } from './version.js';

export { LocalNeo4j, LocalNeo4jError, type RunningServer, type InstanceStatus } from './instance.js';
export { NEO4J_VERSION } from './version.js';

/** The repository root: jars and instances live in its git-ignored `.neo4j` folder. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The project's local Neo4j instance of that name (`dev` for npm start, `test` for npm test). */
export function localNeo4j(
  name: string,
  settings: LocalNeo4jSettings,
  log: (line: string) => void = (line) => console.log(line),
): LocalNeo4j {
  return new LocalNeo4j({
    name,
    root: `${PROJECT_ROOT}.neo4j`,
    version: NEO4J_VERSION,
    pomPath: `${PROJECT_ROOT}neo4j/pom.xml`,
    ...settings,
    log,
  });
}
