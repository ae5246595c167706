/**
 * `npm run bench:analytics [-- --sizes 10000]`, and a section of `npm run bench`: the analytics
 * engine at the scale of a province. Each figure stands beside a baseline measured in the same
 * run: the projection load beside the same rows streamed by the driver and dropped (its floor);
 * the first influence query beside loading and computing every measure (what one metric cost
 * when the engine computed them all); a query after a write beside a full reload and a cold
 * recompute (what a write cost before deltas); PageRank beside python-igraph on the same graph;
 * a stakeholder read during a betweenness beside the same read idle and beside the betweenness
 * run in the request's own thread.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { computeInfluence, pageRank } from '../src/analytics/centrality.js';
import type { DeltaSink } from '../src/analytics/compact.js';
import { AnalyticsEngine } from '../src/analytics/engine.js';
import { ROOT_DIR } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { ProjectionImageFile } from '../src/db/projection-image-file.js';
import { ProjectionStore } from '../src/db/projection-store.js';
import { createApp, type App } from '../src/server.js';
import { seededRandom } from '../src/random.js';
import { CACHE, logger, openGraph, referencePython, RESULTS } from './graphs.js';
import { compare, mb, summarise, table, time } from './harness.js';

type Row = Record<string, string | number>;
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : '');
const round = (ms: number) => (ms >= 100 ? Math.round(ms) : Math.round(ms * 10) / 10);

/** A sink that drops every row: what reading the projection costs without building anything. */
const discard: DeltaSink = { restart: () => undefined, changed: () => undefined, stakeholder: () => undefined, tie: () => undefined, programMembers: () => undefined };

function client(app: App, key?: string) {
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await app.yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
    return body.data as Record<string, unknown>;
  };
}

/** The service's default bound on a graph version read's reuse (RESPONSE_CACHE_VERSION_MAX_AGE_MS). */
const VERSION_MAX_AGE_MS = 500;
/** The service as deployed, with the response cache off unless asked: the engine's own figures. */
const appOn = (db: Database, cachedAnswers = 0, analyticsCacheDir?: string) =>
  createApp(
    {
      graphiql: false,
      NODE_ENV: 'production',
      PATH_TIME_LIMIT_MS: 30_000,
      anonymousRole: 'VIEWER',
      responseCache: { maxEntries: cachedAnswers, versionMaxAgeMs: VERSION_MAX_AGE_MS },
      ...(analyticsCacheDir ? { analyticsCacheDir } : {}),
    },
    db,
    logger,
  );

const PAGERANK = `{ influence(metric: PAGERANK, first: 20) { entries { score stakeholder { id } } } }`;
const READ = `query($id: ID!) { stakeholder(id: $id) { id name partners(first: 10) { weight partner { id name helix } } } }`;
const GAPS = `{ collaborationGaps(suggestions: 20) { balance { score } suggestions { reason } brokers { stakeholder { id } } } }`;

/** Latencies of `read` issued back to back while `busy` runs (or for `ms` when idle). */
async function readsDuring(read: () => Promise<unknown>, busy: Promise<unknown> | null, ms: number): Promise<number[]> {
  const samples: number[] = [];
  let done = false;
  const finished = (busy ?? new Promise((resolve) => setTimeout(resolve, ms))).finally(() => (done = true));
  while (!done) {
    const started = performance.now();
    await read();
    samples.push(performance.now() - started);
  }
  await finished;
  return samples;
}

/**
 * A restarted engine's load and a restarted service's first query, each from the image in
 * `imageDir`; their projections are garbage once this returns, so later rows do not carry them.
 */
async function restartRows(db: Database, store: ProjectionStore, imageDir: string, since: number, firstStart: { load: number; first: number }): Promise<Row[]> {
  const restart = new AnalyticsEngine(store, logger, { images: new ProjectionImageFile(imageDir) });
  const load = await time(() => restart.graph());
  const app = appOn(db, 0, imageDir);
  const first = await time(() => client(app)(PAGERANK));
  // Their image writes (after the delta) are not left to run beside the later rows.
  await Promise.all([restart.flush(), app.services.engine.flush()]);
  return [
    {
      measure: `projection load at a restart (image + ${since} changes since)`,
      ours: `${round(load.ms)} ms (${restart.loads.image} image, ${restart.loads.full} full load)`,
      baseline: `${round(firstStart.load)} ms: the first start's full load`,
      ratio: ratio(load.ms, firstStart.load),
    },
    { measure: 'first influence(PAGERANK) after a restart', ours: `${round(first.ms)} ms`, baseline: `${round(firstStart.first)} ms: at a first start`, ratio: ratio(first.ms, firstStart.first) },
  ];
}

/** The rows of the analytics table for one graph (a database holding it, nothing else running). */
export async function measureEngine(db: Database, size: number, options: { seed: number; quick: boolean }): Promise<{ rows: Row[]; notes: string[] }> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const store = new ProjectionStore(db);
  const ids = (await db.query<{ id: string }>('bench.ids', 'MATCH (s:Stakeholder) RETURN s.id AS id ORDER BY s.id')).map((r) => r.id);
  const random = seededRandom(options.seed + 17);
  const pick = () => ids[Math.floor(random() * ids.length)]!;

  // Projection load at a first start (no image kept yet), against its floor (read once before, so both find the database's cache warm).
  await store.load(discard);
  const imageDir = mkdtempSync(path.join(os.tmpdir(), 'pentahelix-bench-image-'));
  const images = new ProjectionImageFile(imageDir);
  const rssBefore = process.memoryUsage().rss;
  const engine = new AnalyticsEngine(store, logger, { images });
  const load = await time(() => engine.graph());
  // The image a running service keeps (written after its load, off the request path); the restart rows below start from it.
  const imageWrite = await time(() => engine.flush());
  const rssAfter = process.memoryUsage().rss;
  const floor = await time(() => store.load(discard));
  rows.push({ measure: 'projection load, first start (no image yet)', ours: `${round(load.ms)} ms`, baseline: `${round(floor.ms)} ms: the same rows streamed and dropped`, ratio: ratio(load.ms, floor.ms) });
  const imageBytes = statSync(path.join(imageDir, 'projection.img')).size;

  // The first influence query of a fresh service, against loading and computing every measure.
  const app = appOn(db);
  const gql = client(app);
  const first = await time(() => gql(PAGERANK));
  const every = await time(async () => {
    const fresh = new AnalyticsEngine(store, logger, { offThread: false });
    return computeInfluence((await fresh.graph()).graph);
  });
  rows.push({ measure: 'first influence(PAGERANK), first start (no image yet)', ours: `${round(first.ms)} ms`, baseline: `${round(every.ms)} ms: load + every measure`, ratio: ratio(first.ms, every.ms) });

  // A query right after a one-tie write, against a full reload and a cold recompute.
  const editor = (await app.services.stores.apiKeys.create('bench-analytics', 'EDITOR')).key;
  const write = client(app, editor);
  const after: number[] = [];
  const reload: number[] = [];
  const written: string[] = [];
  for (let i = 0; i < (options.quick ? 2 : 5); i++) {
    written.push(`bench-collab-${Date.now()}-${i}`);
    await write(`mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }`, {
      input: { id: written.at(-1), name: 'Bench collaboration', kind: 'PARTNERSHIP', parties: [{ stakeholderId: pick() }, { stakeholderId: pick() }] },
    });
    after.push((await time(() => gql(PAGERANK))).ms);
    reload.push(
      (
        await time(async () => {
          const cold = new AnalyticsEngine(store, logger);
          return (await cold.graph()).measure('PAGERANK');
        })
      ).ms,
    );
  }
  const loads = { ...app.services.engine.loads };
  // The cached graph is reused by later runs: leave it as it was.
  for (const id of written) await write(`mutation($id: ID!) { deleteCollaboration(id: $id) { deleted } }`, { id });
  // A restart: the image kept above, and the writes since (those of this section and their undoing) read from the change log.
  const since = (await store.version()) - engine.loadedVersion!;
  rows.push(...(await restartRows(db, store, imageDir, since, { load: load.ms, first: first.ms })));
  rows.at(-2)!.ours += `; image ${mb(imageBytes)} MB, written in ${round(imageWrite.ms)} ms`;
  rmSync(imageDir, { recursive: true, force: true });

  rows.push({
    measure: 'influence(PAGERANK) right after one write (p50)',
    ours: `${round(summarise(after).p50)} ms (${loads.full} full load, ${loads.delta} deltas)`,
    baseline: `${round(summarise(reload).p50)} ms: full reload + recompute`,
    ratio: ratio(summarise(after).p50, summarise(reload).p50),
  });

  // Cached reads, against a simple stakeholder read.
  const cached = await compare(() => gql(PAGERANK), () => gql(READ, { id: pick() }), options.quick ? 10 : 50);
  rows.push({ measure: 'cached influence read p50', ours: `${cached.candidate.p50} ms`, baseline: `${cached.baseline.p50} ms: a stakeholder read`, ratio: cached.ratioP50 });
  // The same with the service's response cache on: a hit skips the engine altogether.
  const answers = client(appOn(db, 2000));
  const hits = await compare(() => answers(PAGERANK), () => gql(READ, { id: pick() }), options.quick ? 10 : 50);
  rows.push({ measure: 'cached influence read p50, response cache on', ours: `${hits.candidate.p50} ms`, baseline: `${hits.baseline.p50} ms: a stakeholder read (cache off)`, ratio: hits.ratioP50 });

  // PageRank itself, against python-igraph on the same graph.
  const scoped = await engine.graph();
  // Its image write (after the delta it just read) is not left to run beside the later rows.
  await engine.flush();
  const ours: number[] = [];
  for (let i = 0; i < 5; i++) ours.push((await time(() => pageRank(scoped.csr))).ms);
  const python = referencePython();
  type Igraph = { best: number; median: number; igraph: string };
  let igraph = null as Igraph | null;
  if (python) {
    const edges = path.join(CACHE, `edges-${size}.tsv`);
    writeFileSync(edges, scoped.graph.mapEdges((_e, t, a, b) => `${a}\t${b}\t${t.weight}`).join('\n') + '\n');
    const run = spawnSync(python, [path.join(ROOT_DIR, 'bench', 'reference', 'igraph_pagerank.py'), edges, '5'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status === 0) igraph = JSON.parse(run.stdout) as Igraph;
    else notes.push(`igraph did not run: ${run.stderr.slice(0, 200)}`);
  } else notes.push('python-igraph not available (no Python or no package index): the PageRank row has no baseline');
  const oursPageRank = summarise(ours).p50;
  rows.push({
    measure: 'PageRank, whole network (median of 5)',
    ours: `${round(oursPageRank)} ms`,
    baseline: igraph ? `${round(igraph.median * 1000)} ms: python-igraph ${igraph.igraph}` : 'n/a',
    ratio: igraph ? ratio(oursPageRank, igraph.median * 1000) : '',
  });

  // The gap report, first and cached.
  const gapsFirst = await time(() => gql(GAPS));
  const gapsCached = await compare(() => gql(GAPS), () => gql(READ, { id: pick() }), options.quick ? 5 : 20);
  rows.push({ measure: 'gap report, first', ours: `${round(gapsFirst.ms)} ms`, baseline: '', ratio: '' });
  rows.push({ measure: 'gap report, cached p50', ours: `${gapsCached.candidate.p50} ms`, baseline: `${gapsCached.baseline.p50} ms: a stakeholder read`, ratio: gapsCached.ratioP50 });
  // Right after a one-tie write: what the new version reuses (the projection's delta, the cut points) against the first report.
  const gapsAfter: number[] = [];
  const tied: string[] = [];
  for (let i = 0; i < (options.quick ? 1 : 3); i++) {
    tied.push(`bench-gap-collab-${Date.now()}-${i}`);
    await write(`mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }`, {
      input: { id: tied.at(-1), name: 'Bench collaboration', kind: 'PARTNERSHIP', parties: [{ stakeholderId: pick() }, { stakeholderId: pick() }] },
    });
    gapsAfter.push((await time(() => gql(GAPS))).ms);
  }
  for (const id of tied) await write(`mutation($id: ID!) { deleteCollaboration(id: $id) { deleted } }`, { id });
  rows.push({ measure: 'gap report right after one write (p50)', ours: `${round(summarise(gapsAfter).p50)} ms`, baseline: `${round(gapsFirst.ms)} ms: the first gap report`, ratio: ratio(summarise(gapsAfter).p50, gapsFirst.ms) });

  // A simple read while a betweenness runs: in the worker thread, and in the request's thread.
  const read = () => gql(READ, { id: pick() });
  const idle = summarise(await readsDuring(read, null, 3000));
  const offThread = summarise(await readsDuring(read, gql(`{ influence(metric: BETWEENNESS, scope: {helices: [GOVERNMENT, BUSINESS, ACADEMIA, COMMUNITY, MEDIA]}, first: 5) { estimated } }`), 0));
  const inThreadEngine = new AnalyticsEngine(store, logger, { offThread: false });
  await inThreadEngine.graph();
  const inThread = summarise(
    await readsDuring(
      read,
      new Promise((resolve) => setTimeout(resolve, 50)).then(async () => (await inThreadEngine.graph()).measure('BETWEENNESS')),
      0,
    ),
  );
  rows.push({
    measure: 'p99 of a stakeholder read while betweenness runs',
    ours: `${round(offThread.p99)} ms (${offThread.n} reads)`,
    baseline: `${round(idle.p99)} ms idle; ${round(inThread.p99)} ms with betweenness in the request thread`,
    ratio: ratio(offThread.p99, idle.p99),
  });

  rows.push({
    measure: 'RSS with the projection loaded',
    ours: `${mb(rssAfter)} MB (columns ${mb(engine.projectionBytes)} MB)`,
    baseline: `${mb(rssBefore)} MB before the load`,
    ratio: ratio(rssAfter, rssBefore),
  });
  return { rows, notes };
}

const loadAverage = () => os.loadavg().map((x) => x.toFixed(1)).join(' / ');

/** `npm run bench:analytics`: this section alone, on the cached graphs; each size's table is kept in bench/results. */
async function main() {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000' }, seed: { type: 'string', default: '7' }, quick: { type: 'boolean', default: false } } });
  for (const size of values.sizes.split(',').map(Number)) {
    const { neo4j, db, info } = await openGraph(size, Number(values.seed));
    try {
      const started = new Date();
      const before = loadAverage();
      const { rows, notes } = await measureEngine(db, size, { seed: Number(values.seed), quick: values.quick });
      const markdown = [
        `## Analytics engine, ${info.stakeholders.toLocaleString('en')} stakeholders, ${info.ties.toLocaleString('en')} ties`,
        `${started.toISOString()} on ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 1024 ** 3)} GB, Node ${process.version}; load average (1 / 5 / 15 min) ${before} at the start, ${loadAverage()} at the end.`,
        table(rows),
        ...notes,
      ].join('\n\n');
      console.log(markdown);
      if (!values.quick) writeFileSync(path.join(RESULTS, `analytics-${size}-${started.toISOString().replace(/[:.]/g, '-')}.md`), `${markdown}\n`);
    } finally {
      await db.close();
      await neo4j.stop();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
