import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { activeTokens } from '../../src/ingest/journal.js';
import { LoadInProgressError, whyDead, type UnfinishedLoad } from '../../src/ingest/recover.js';

/** When an unfinished load's loader counts as gone (its load is undone) or as possibly running (a new load is refused). */
const load = (changes: Partial<UnfinishedLoad>): UnfinishedLoad => ({
  dataset: 'fx',
  mode: 'sync',
  token: 'other-token',
  host: hostname(),
  pid: process.ppid,
  startedAt: '2026-01-01T00:00:00Z',
  commits: 3,
  age: 1_000,
  staleAfterMs: 60_000,
  ...changes,
});

/** The pid of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid;

describe('an unfinished load', () => {
  it('is taken for dead when its process on this host is gone', () => {
    const pid = deadPid();
    expect(whyDead(load({ pid }))).toBe(`its process (pid ${pid} on this host) no longer exists`);
  });

  it('may still run while its process on this host lives and its heartbeat is recent', () => {
    expect(whyDead(load({}))).toBeUndefined();
  });

  it('on another host may still run until its heartbeat is older than its transactions may last', () => {
    expect(whyDead(load({ host: 'elsewhere', pid: 1 }))).toBeUndefined();
    expect(whyDead(load({ host: 'elsewhere', age: 61_000 }))).toMatch(/last heartbeat was 61 s ago/);
  });

  it('of this very process is dead once the load that wrote it has failed, alive while it runs', () => {
    activeTokens.add('running');
    try {
      expect(whyDead(load({ pid: process.pid, token: 'running' }))).toBeUndefined();
      expect(whyDead(load({ pid: process.pid, token: 'failed' }))).toBe('it was this process, whose load failed');
    } finally {
      activeTokens.delete('running');
    }
  });

  it('refuses a new load with a message naming who runs it', () => {
    expect(new LoadInProgressError(load({ host: 'h1', pid: 42, age: 5_000 })).message).toMatch(
      /^A sync load of dataset "fx" is in progress: started at 2026-01-01T00:00:00Z by pid 42 on host h1, 3 commits, the last 5 s ago\./,
    );
  });
});
