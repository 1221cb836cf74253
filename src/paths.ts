import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding package.json), whether running from src/ with tsx or from dist/. */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot();
export const SCHEMA_DIR = join(PROJECT_ROOT, 'schema');
/** The dataset folders (resolved from the root, so the same under tsx and from dist/ in the Docker image). */
export const SEED_DATA_DIR = join(PROJECT_ROOT, 'seed', 'data');
export const LOCAL_NEO4J_DIR = join(PROJECT_ROOT, '.neo4j');
