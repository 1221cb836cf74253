import { open, readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { SEED_DATA_DIR } from '../paths.js';
import type { Dataset } from './dataset.js';
import { DatasetError, type DatasetProblem } from './problems.js';
import { checkDataset, parseDatasetFile, sourceTextPath, type ParsedFile, type SourceFile } from './validate.js';

/** The article dataset (seed/data/article): the first of the default datasets, and the one the tests load. */
export const DEFAULT_DATASET_FOLDER = join(SEED_DATA_DIR, 'article');

/**
 * The datasets `npm run seed` and SEED_ON_START load when no folder is given: every folder under seed/data, the
 * article first (the first dataset to declare a shared entity or event owns its declaration), then by name.
 */
export async function defaultDatasetFolders(): Promise<string[]> {
  const entries = await readdir(SEED_DATA_DIR, { withFileTypes: true });
  const others = entries
    .filter((entry) => entry.isDirectory() && join(SEED_DATA_DIR, entry.name) !== DEFAULT_DATASET_FOLDER)
    .map((entry) => join(SEED_DATA_DIR, entry.name))
    .sort();
  return [DEFAULT_DATASET_FOLDER, ...others];
}

const DATASET_FILE = /\.(ya?ml|json)$/i;

const MIB = 1024 * 1024;

/**
 * The largest files readDataset reads, in bytes; a larger file is refused, named, before any of it is read.
 * Parsing YAML holds a syntax tree of about 60 times the text (a 50 MB file took 3.2 GB and 59 s), JSON about 5
 * times, so YAML, which people write by hand, gets the smaller limit; the benchmark generator's JSON files stay
 * under 64 MiB even at scale M.
 */
export interface FileSizeLimits {
  /** A `.yaml` or `.yml` dataset file (default 16 MiB). */
  readonly yamlBytes: number;
  /** A `.json` dataset file (default 128 MiB). */
  readonly jsonBytes: number;
  /** A source text file that a source names (default 16 MiB). */
  readonly sourceTextBytes: number;
}

export const DEFAULT_FILE_SIZE_LIMITS: FileSizeLimits = { yamlBytes: 16 * MIB, jsonBytes: 128 * MIB, sourceTextBytes: 16 * MIB };

export interface ReadOptions {
  /** Overrides the dataset id (default: the folder's basename). */
  readonly datasetId?: string;
  /** Overrides some of DEFAULT_FILE_SIZE_LIMITS. */
  readonly fileSizeLimits?: Partial<FileSizeLimits>;
}

/**
 * Reads every `*.yaml`, `*.yml` and `*.json` file under `folder` (recursively, in sorted order) and the source
 * texts they name, and validates them (validate.ts): each file against the schema, then the dataset as a whole.
 * A file over its size limit is refused unread. Throws one DatasetError listing every problem.
 */
export async function readDataset(folder: string, options: ReadOptions = {}): Promise<Dataset> {
  const root = resolve(folder);
  const id = options.datasetId ?? basename(root);
  const limits = { ...DEFAULT_FILE_SIZE_LIMITS, ...options.fileSizeLimits };
  const problems: DatasetProblem[] = [];
  const files = await listDatasetFiles(root, problems);
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const yaml = !/\.json$/i.test(file);
    const read = await readBounded(join(root, file), yaml ? limits.yamlBytes : limits.jsonBytes);
    if ('error' in read) {
      problems.push({ file, path: '(file)', message: `${read.error}${read.tooLarge ? ` for a ${yaml ? 'YAML' : 'JSON'} dataset file` : ''}` });
      continue;
    }
    const content = parseDatasetFile(file, read.text, problems);
    if (content) parsed.push({ file, content });
  }
  if (problems.length > 0) throw new DatasetError(root, problems);
  return checkDataset({ id, folder: root, parsed, sourceFiles: await readSourceFiles(root, parsed, limits.sourceTextBytes) });
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

/** The text files the sources name, each read once; a file that cannot be read (or is too large) keeps the reason. */
async function readSourceFiles(root: string, parsed: readonly ParsedFile[], maxBytes: number): Promise<Map<string, SourceFile>> {
  const sourceFiles = new Map<string, SourceFile>();
  for (const { file, content } of parsed) {
    for (const source of content.sources) {
      if (source.file === undefined) continue; // cited, not stored
      const path = sourceTextPath(root, file, source.file);
      if (sourceFiles.has(path)) continue;
      const read = await readBounded(resolve(root, path), maxBytes);
      sourceFiles.set(path, 'error' in read ? { error: read.error } : { text: read.text });
    }
  }
  return sourceFiles;
}

type BoundedRead = { readonly text: string } | { readonly error: string; readonly tooLarge: boolean };

/** A file's UTF-8 text, or why it was not read: its size is checked on the open file before a byte is read. */
async function readBounded(path: string, maxBytes: number): Promise<BoundedRead> {
  let handle;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    if (size > maxBytes) return { error: `the file is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} allowed`, tooLarge: true };
    return { text: await handle.readFile('utf8') };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message, tooLarge: false };
  } finally {
    await handle?.close();
  }
}

function formatBytes(bytes: number): string {
  return bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB (${bytes} bytes)` : `${bytes} bytes`;
}
