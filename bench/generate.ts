// npm run bench:generate -- [--scale S|M|XS] [--seed 42] [--out folder] [--parts] [--verify]
// Writes a deterministic benchmark dataset in the seed loader's format; --verify generates it twice into
// temporary folders and checks the two are byte-identical.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset } from './generate/generate.js';
import { datasetFolder } from './lib/dataset.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'S' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string' },
    verify: { type: 'boolean', default: false },
    parts: { type: 'boolean', default: false },
  },
});
const scale = values.scale.toUpperCase();
const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a whole number, got ${values.seed}`);
const log = (line: string) => console.log(line);

if (values.verify) {
  const fingerprints: string[] = [];
  for (const run of [1, 2]) {
    const dir = mkdtempSync(join(tmpdir(), `bench-${scale}-`));
    try {
      const started = performance.now();
      const manifest = generateDataset({ scale, seed, out: dir });
      console.log(
        `run ${run}: ${manifest.files} files, ${manifest.bytes} bytes, ${manifest.fingerprint} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
      fingerprints.push(manifest.fingerprint);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (fingerprints[0] !== fingerprints[1]) {
    console.error('FAIL: the same scale and seed gave different files');
    process.exit(1);
  }
  console.log('PASS: byte-identical');
} else {
  const out = values.out ?? datasetFolder(scale, seed, values.parts);
  const started = performance.now();
  const manifest = generateDataset({ scale, seed, out, inParts: values.parts, log });
  console.log(
    `Wrote ${out}: ${manifest.files} files, ${(manifest.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(JSON.stringify({ fingerprint: manifest.fingerprint, counts: manifest.counts, hubs: manifest.hubs.slice(0, 5) }, null, 2));
}
