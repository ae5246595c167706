import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../src/config.js';

/**
 * The service as a process, the way `npm start` runs it: its own embedded Neo4j in a temporary
 * store, then a signal or a crash of the database.
 */
const started: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function javaChildren(pid: number): number[] {
  const out = spawnSync('pgrep', ['-P', String(pid), '-f', 'EmbeddedNeo4j'], { encoding: 'utf8' }).stdout;
  return out.split('\n').filter(Boolean).map(Number);
}

const alive = (pid: number) => spawnSync('kill', ['-0', String(pid)]).status === 0;

async function startService(): Promise<{ child: ChildProcess; exit: Promise<number | null> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pentahelix-process-'));
  dirs.push(dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'src/main.ts')], {
    cwd: ROOT_DIR,
    env: { ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, NEO4J_EMBEDDED_PORT: '0', PORT: '0', SEED_ON_START: 'false', LOG_LEVEL: 'info', NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.includes('GraphQL and GraphiQL on')) resolve();
    });
    void exit.then((code) => reject(new Error(`service exited with ${code} before it was ready`)));
  });
  return { child, exit };
}

describe('the service process', () => {
  it('leaves no Java process behind after SIGTERM', async () => {
    const { child, exit } = await startService();
    const java = javaChildren(child.pid!);
    expect(java).toHaveLength(1);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(alive(java[0]!)).toBe(false);
  });

  it('reports a crash of the embedded Neo4j and exits non-zero instead of hanging', async () => {
    const { child, exit } = await startService();
    const stdout: string[] = [];
    createInterface({ input: child.stdout! }).on('line', (line) => stdout.push(line));
    const [java] = javaChildren(child.pid!);
    process.kill(java!, 'SIGKILL');
    const code = await Promise.race([exit, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 20_000))]);
    expect(code).not.toBe('hung');
    expect(code).not.toBe(0);
    expect(stdout.join('\n')).toMatch(/embedded Neo4j stopped unexpectedly/);
  });
});
