import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { SEED_DATA_DIR } from '../paths.js';
import type { Dataset } from './dataset.js';
import { DatasetError, type DatasetProblem } from './problems.js';
import { checkDataset, parseDatasetFile, sourceTextPath, type ParsedFile, type SourceFile } from './validate.js';

/** The dataset `npm run seed` loads when no folder is given (seed/data/article). */
export const DEFAULT_DATASET_FOLDER = join(SEED_DATA_DIR, 'article');

const DATASET_FILE = /\.(ya?ml|json)$/i;

export interface ReadOptions {
  /** Overrides the dataset id (default: the folder's basename). */
  readonly datasetId?: string;
}

/**
 * Reads every `*.yaml`, `*.yml` and `*.json` file under `folder` (recursively, in sorted order) and the source
 * texts they name, and validates them (validate.ts): each file against the schema, then the dataset as a whole.
 * Throws one DatasetError listing every problem.
 */
export async function readDataset(folder: string, options: ReadOptions = {}): Promise<Dataset> {
  const root = resolve(folder);
  const id = options.datasetId ?? basename(root);
  const problems: DatasetProblem[] = [];
  const files = await listDatasetFiles(root, problems);
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const content = parseDatasetFile(file, await readFile(join(root, file), 'utf8'), problems);
    if (content) parsed.push({ file, content });
  }
  if (problems.length > 0) throw new DatasetError(root, problems);
  return checkDataset({ id, folder: root, parsed, sourceFiles: await readSourceFiles(root, parsed) });
}

async function listDatasetFiles(root: string, problems: DatasetProblem[]): Promise<string[]> {
  try {
    if (!(await stat(root)).isDirectory()) {
      problems.push({ file: '.', path: '(folder)', message: `${root} is not a folder` });
      return [];
    }
  } catch {
    problems.push({ file: '.', path: '(folder)', message: `${root} does not exist` });
    return [];
  }
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && DATASET_FILE.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  if (files.length === 0) problems.push({ file: '.', path: '(folder)', message: `no *.yaml, *.yml or *.json files in ${root}` });
  return files;
}

/** The text files the sources name, each read once; a file that cannot be read keeps the reason. */
async function readSourceFiles(root: string, parsed: readonly ParsedFile[]): Promise<Map<string, SourceFile>> {
  const sourceFiles = new Map<string, SourceFile>();
  for (const { file, content } of parsed) {
    for (const source of content.sources) {
      const path = sourceTextPath(root, file, source.file);
      if (sourceFiles.has(path)) continue;
      try {
        sourceFiles.set(path, { text: await readFile(resolve(root, path), 'utf8') });
      } catch (error) {
        sourceFiles.set(path, { error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message });
      }
    }
  }
  return sourceFiles;
}
