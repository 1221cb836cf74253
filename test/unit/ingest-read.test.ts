import { copyFileSync, mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetError, type DatasetProblem } from '../../src/ingest/index.js';
import { DEFAULT_FILE_SIZE_LIMITS, readDataset } from '../../src/ingest/read.js';

/**
 * Reading hostile dataset folders (issue 11): a file over its size limit is refused unread, an alias bomb is refused
 * as soon as it passes the alias limit, each with the file named, fast, and without the memory a parse would take.
 * Each test works in its own temporary folder holding the fixture dataset (test/fixtures/seed/mini).
 */

const FIXTURE = new URL('../fixtures/seed/mini/', import.meta.url);
let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'ingest-read-'));
  for (const name of ['facts.yaml', 'source.yaml', 'source.txt']) copyFileSync(new URL(name, FIXTURE), join(folder, name));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A file of `bytes` bytes that takes no disk space: sparse, all zero bytes. */
function sparseFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  try {
    ftruncateSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

/** The DatasetError's problems and message, and how long the refusal took. */
async function refusal(options?: Parameters<typeof readDataset>[1]): Promise<{ problems: readonly DatasetProblem[]; message: string; ms: number }> {
  const started = performance.now();
  const error = await readDataset(folder, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  const ms = performance.now() - started;
  expect(error).toBeInstanceOf(DatasetError);
  return { problems: (error as DatasetError).problems, message: (error as DatasetError).message, ms };
}

/** "Billion laughs": nine levels, each a list of nine aliases of the level above (9^9 strings if expanded). */
function aliasBomb(): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level <= 9; level++) lines.push(`a${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

describe('reading a dataset folder', () => {
  it('reads the fixture within the default limits', async () => {
    const dataset = await readDataset(folder);
    expect(dataset.files).toEqual(['facts.yaml', 'source.yaml']);
  });

  it('refuses a YAML file over the limit unread, naming the file, in milliseconds', async () => {
    sparseFile(join(folder, 'huge.yaml'), 50 * 1024 * 1024);
    const { problems, message, ms } = await refusal();
    expect(problems).toEqual([
      {
        file: 'huge.yaml',
        path: '(file)',
        message: 'the file is 50.0 MiB (52428800 bytes), more than the 16.0 MiB (16777216 bytes) allowed for a YAML dataset file',
      },
    ]);
    expect(message).toContain(folder);
    expect(message).toContain('huge.yaml: (file): the file is 50.0 MiB');
    // Reading and parsing 50 MB of YAML took 59 s; the refusal reads nothing.
    expect(ms).toBeLessThan(1000);
  });

  it('applies the JSON and source text limits, each configurable', async () => {
    expect(DEFAULT_FILE_SIZE_LIMITS.jsonBytes).toBeGreaterThan(DEFAULT_FILE_SIZE_LIMITS.yamlBytes);
    sparseFile(join(folder, 'big.json'), 2048);
    const json = await refusal({ fileSizeLimits: { jsonBytes: 1024 } });
    expect(json.problems).toEqual([
      { file: 'big.json', path: '(file)', message: 'the file is 2048 bytes, more than the 1024 bytes allowed for a JSON dataset file' },
    ]);
    rmSync(join(folder, 'big.json'));
    const text = await refusal({ fileSizeLimits: { sourceTextBytes: 100 } });
    expect(text.problems).toEqual([
      expect.objectContaining({ file: 'source.yaml', message: expect.stringMatching(/more than the 100 bytes allowed/) }),
    ]);
  });

  it('refuses a YAML alias bomb with the file named, before it expands', async () => {
    writeFileSync(join(folder, 'bomb.yaml'), aliasBomb());
    const { problems, message, ms } = await refusal();
    expect(problems).toEqual([
      { file: 'bomb.yaml', path: '(aliases)', message: 'invalid YAML: aliases expand to more than 100 nodes (an alias bomb?)' },
    ]);
    expect(message).toContain('bomb.yaml: (aliases): invalid YAML');
    expect(ms).toBeLessThan(1000);
  });

  it('still accepts a few hand-written anchors and aliases', async () => {
    writeFileSync(join(folder, 'anchors.yaml'), 'entities: &none []\nrelations: *none\n');
    const dataset = await readDataset(folder);
    expect(dataset.files).toContain('anchors.yaml');
  });
});
