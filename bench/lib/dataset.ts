import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATOR_VERSION, generateDataset, type Manifest } from '../generate/generate.js';

/** Generated datasets live here, one folder per scale and seed (git-ignored). */
export const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

export function datasetFolder(scale: string, seed: number, parts = false): string {
  return join(DATA_DIR, `${scale}-${seed}${parts ? '-parts' : ''}`);
}

export function readManifest(folder: string): Manifest | undefined {
  const path = join(folder, 'MANIFEST');
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** The dataset of that scale and seed, generated unless a complete one by this generator version is on disk. */
export function ensureDataset(
  scale: string,
  seed: number,
  log: (line: string) => void,
  parts = false,
): { folder: string; manifest: Manifest; generatedNow: boolean; ms: number } {
  const folder = datasetFolder(scale, seed, parts);
  const existing = readManifest(folder);
  const same = existing?.generator === GENERATOR_VERSION && existing.scale === scale && existing.seed === seed;
  if (existing && same && (existing.parts !== undefined) === parts) {
    return { folder, manifest: existing, generatedNow: false, ms: 0 };
  }
  const started = performance.now();
  log(`Generating dataset ${scale} (seed ${seed}) into ${folder}...`);
  const manifest = generateDataset({ scale, seed, out: folder, inParts: parts, log });
  const ms = performance.now() - started;
  log(
    `Generated ${manifest.files} files, ${(manifest.bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s; fingerprint ${manifest.fingerprint.slice(0, 19)}…`,
  );
  return { folder, manifest, generatedNow: true, ms };
}
