import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../src/config.js';

/** The benchmark in quick mode, so its code cannot rot: it must run and fill every table (timings are not judged). */
describe('npm run bench -- --quick', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pentahelix-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds a 1,000-stakeholder graph and measures every section', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'bench', 'run.ts'), '--quick'], {
      cwd: ROOT_DIR,
      env: { ...process.env, BENCH_CACHE: path.join(dir, 'cache'), BENCH_RESULTS: path.join(dir, 'results'), LOG_LEVEL: 'error' },
      encoding: 'utf8',
      timeout: 600_000,
    });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const results = JSON.parse(readFileSync(path.join(dir, 'results', 'quick.json'), 'utf8'));
    const size = results.sizes['1000'];
    expect(size.graph.ties).toBeGreaterThan(5000);
    expect(size.floor).toHaveLength(5);
    expect(size.versus).toHaveLength(4);
    expect(size.load.rows.every((row: Record<string, number>) => row.errors === 0)).toBe(true);
    expect(size.load.profile.map((row: Record<string, string>) => row.step)).toEqual(expect.arrayContaining(['parse', 'validate', 'context', 'execute']));
    const trips = size.roundTrips.map((row: Record<string, number>) => row['database queries per request']);
    expect(trips.at(-1)).toBe(trips[1]);
    expect(size.analytics.rows.length).toBeGreaterThan(5);
  }, 600_000);
});
