import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../src/config.js';

/**
 * The service as a process, the way `npm start` runs it: its own embedded Neo4j in a temporary
 * store, then a signal, a crash of the database, or a first start on a slow machine.
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

interface Service {
  child: ChildProcess;
  exit: Promise<number | null>;
  /** Base address, e.g. http://127.0.0.1:4312. */
  base: string;
  /** Every line the service has written to stdout so far. */
  lines: string[];
}

/** Starts the service on a fresh temporary store, or again on one a previous start left. */
async function startService(env: Record<string, string> = {}, dataDir = mkdtempSync(path.join(tmpdir(), 'pentahelix-process-'))): Promise<Service & { dataDir: string }> {
  if (!dirs.includes(dataDir)) dirs.push(dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'src/main.ts')], {
    cwd: ROOT_DIR,
    env: {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_DATA_DIR: dataDir,
      ANALYTICS_CACHE_DIR: path.join(dataDir, 'analytics'),
      NEO4J_EMBEDDED_PORT: '0',
      PORT: '0',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'info',
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines: string[] = [];
  const base = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      const address = /GraphQL and GraphiQL on (http:\/\/\S+)\/graphql/.exec(line);
      if (address) resolve(address[1]!);
    });
    void exit.then((code) => reject(new Error(`service exited with ${code} before it was ready:\n${lines.join('\n')}`)));
  });
  return { child, exit, base, lines, dataDir };
}

type Answer = { data?: any; errors?: Array<{ message: string; extensions?: { code?: string; retryable?: boolean } }> };

async function graphql(base: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as Answer;
}

const ready = async (base: string) => (await fetch(`${base}/ready`)).status === 200;

const until = async (predicate: () => boolean | Promise<boolean>, timeoutMs: number, what: string, state: () => unknown = () => '') => {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} ${JSON.stringify(state())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const UPSERT = 'mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { stakeholder { id } } }';

describe('the service process', () => {
  it('leaves no Java process behind after SIGTERM, and starts again from the analytics image it kept', async () => {
    // A generous query limit: a cold store's first writes on a busy machine are not the subject.
    const env = { ANONYMOUS_ROLE: 'EDITOR', RATE_LIMIT_PER_MINUTE: '0', QUERY_TIMEOUT_MS: '60000' };
    const { child, exit, base, dataDir } = await startService(env);
    const java = javaChildren(child.pid!);
    expect(java).toHaveLength(1);
    for (const id of ['proc-a', 'proc-b']) expect((await graphql(base, UPSERT, { input: { id, name: id, helix: 'COMMUNITY', kind: 'NGO' } })).errors).toBeUndefined();
    const INFLUENCE = '{ influence(metric: DEGREE, first: 5) { stakeholderCount } }';
    expect((await graphql(base, INFLUENCE)).data.influence.stakeholderCount).toBe(2);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(alive(java[0]!)).toBe(false);

    // The image written at shutdown stands for the load at the next start.
    const again = await startService(env, dataDir);
    expect((await graphql(again.base, INFLUENCE)).data.influence.stakeholderCount).toBe(2);
    const log = again.lines.join('\n');
    expect(log).toMatch(/analytics projection taken from its image/);
    expect(log).not.toMatch(/analytics projection loaded/);
    again.child.kill('SIGTERM');
    expect(await again.exit).toBe(0);
  }, 300_000);

  it('outlives a SIGKILL of the embedded Neo4j under load: unavailable while it restarts, then every acknowledged write is there', async () => {
    // A generous query limit: the test is about the crash, not about a slow machine's first writes.
    const service = await startService({ ANONYMOUS_ROLE: 'EDITOR', RATE_LIMIT_PER_MINUTE: '0', QUERY_TIMEOUT_MS: '60000' });
    const { base, child } = service;
    expect((await graphql(base, 'mutation { upsertRegion(input: { id: "crash-city", name: "Kota Uji", level: CITY }) { id } }')).errors).toBeUndefined();

    type Phase = 'before' | 'down' | 'after';
    const outcomes: Array<{ kind: 'read' | 'write'; id?: string; code: string | null; retryable?: boolean; phase: Phase }> = [];
    let phase: Phase = 'before';
    let running = true;
    let n = 0;
    const worker = async (kind: 'read' | 'write') => {
      while (running) {
        const current = phase;
        const id = `crash-org-${n++}`;
        let answer: Answer;
        try {
          answer =
            kind === 'write'
              ? await graphql(base, UPSERT, { input: { id, name: `Organisasi ${id}`, helix: 'COMMUNITY', kind: 'NGO', regionId: 'crash-city' } })
              : await graphql(base, '{ stakeholders(first: 5, where: { region: "crash-city" }) { totalCount } }');
        } catch {
          // A reset connection: the process or its HTTP server went away.
          answer = { errors: [{ message: 'connection failed', extensions: { code: 'CONNECTION_FAILED' } }] };
        }
        const error = answer.errors?.[0];
        outcomes.push({ kind, id: kind === 'write' ? id : undefined, code: error?.extensions?.code ?? null, retryable: error?.extensions?.retryable, phase: current });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const load = Promise.all([worker('write'), worker('write'), worker('read'), worker('read')]);
    // What the load saw so far, by phase, kind and code: the message of a failed wait.
    const counts = () => {
      const byKey: Record<string, number> = {};
      for (const o of outcomes) byKey[`${o.phase} ${o.kind} ${o.code}`] = (byKey[`${o.phase} ${o.kind} ${o.code}`] ?? 0) + 1;
      return byKey;
    };
    await until(() => outcomes.filter((o) => o.phase === 'before' && o.code === null).length >= 20, 60_000, 'writes before the crash', counts);

    const [java] = javaChildren(child.pid!);
    process.kill(java!, 'SIGKILL');
    phase = 'down';
    await until(async () => !(await ready(base)), 10_000, '/ready to turn false', counts);
    await until(() => outcomes.some((o) => o.phase === 'down' && o.code === 'SERVICE_UNAVAILABLE'), 30_000, 'a request refused while down', counts);
    await until(() => ready(base), 400_000, 'the database to come back', counts);
    phase = 'after';
    await until(() => outcomes.filter((o) => o.phase === 'after' && o.kind === 'write' && o.code === null).length >= 5, 180_000, 'writes after the restart', counts);
    running = false;
    await load;

    expect(child.exitCode).toBeNull();
    const [restarted] = javaChildren(child.pid!);
    expect(restarted).toBeDefined();
    expect(restarted).not.toBe(java);
    // Nothing but "unavailable, retry" reached a client: no reset connection, no internal error.
    const failures = outcomes.filter((o) => o.code !== null);
    expect([...new Set(failures.map((o) => o.code))]).toEqual(['SERVICE_UNAVAILABLE']);
    expect(failures.every((o) => o.retryable === true)).toBe(true);
    expect(service.lines.join('\n')).toMatch(/embedded Neo4j stopped unexpectedly; restarting it/);

    const acknowledged = outcomes.filter((o) => o.kind === 'write' && o.code === null).map((o) => o.id!);
    const found: string[] = [];
    for (let i = 0; i < acknowledged.length; i += 50) {
      const answer = await graphql(base, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: acknowledged.slice(i, i + 50) });
      expect(answer.errors).toBeUndefined();
      found.push(...(answer.data.nodes as Array<{ id: string } | null>).flatMap((node) => (node ? [node.id] : [])));
    }
    expect(found.sort()).toEqual([...acknowledged].sort());
    console.info(
      `crash test: ${outcomes.length} requests, ${failures.length} answered SERVICE_UNAVAILABLE, ` +
        `${acknowledged.length} acknowledged writes all present after the restart`,
    );
  }, 900_000);

  it('loads the curated seed on an empty store even when QUERY_TIMEOUT_MS is far below what the load takes', async () => {
    const { base, lines } = await startService({ SEED_ON_START: 'true', QUERY_TIMEOUT_MS: '1000' });
    expect(lines.join('\n')).toMatch(/loaded the curated seed/);
    const seed = JSON.parse(readFileSync(path.join(ROOT_DIR, 'seeds/pentahelix.json'), 'utf8')) as { stakeholders: unknown[] };
    const answer = await graphql(base, '{ stakeholders(first: 1) { totalCount } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data.stakeholders.totalCount).toBe(seed.stakeholders.length);
  }, 300_000);
});
