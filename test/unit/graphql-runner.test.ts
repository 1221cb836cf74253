import { describe, expect, it } from 'vitest';
import { workerExecArgv } from '../../src/http/graphql-runner.js';

describe('workerExecArgv', () => {
  it('keeps the main thread’s profiling flags and drops the rest (process-wide flags, module preloads)', () => {
    expect(
      workerExecArgv([
        '--max-old-space-size=4096',
        '--import',
        'tsx',
        '--import=/x/lag-probe.ts',
        '--cpu-prof',
        '--cpu-prof-dir=/tmp/p',
        '--heap-prof',
      ]),
    ).toEqual(['--cpu-prof', '--cpu-prof-dir=/tmp/p', '--heap-prof']);
  });
});
