import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INFLUENCE_METRICS, rankBy } from '../../../src/analytics/centrality.js';
import type { AnalysisScope, DeltaSink, ProjectionSink, ProjectionSource } from '../../../src/analytics/compact.js';
import { AnalyticsEngine } from '../../../src/analytics/engine.js';
import { helixMatrix, isolatedStakeholders, siloedStakeholders } from '../../../src/analytics/gap-analysis.js';
import { HELICES, type Helix } from '../../../src/domain/vocabulary.js';
import { createLogger } from '../../../src/logger.js';
import { InMemoryAnalytics } from '../../../src/services/analytics-service.js';
import { seededRandom } from '../../../src/random.js';

/**
 * The delta path against a full load: a network in memory stands in for storage (with a change
 * log like the one writes append to), random writes are applied to it, and an engine that
 * follows them by deltas must answer every measure exactly as an engine that loads afresh.
 */

interface Fact {
  collaboration: boolean;
  start: number | null;
  end: number | null;
  weight: number;
}

class MemoryNetwork implements ProjectionSource {
  stakeholders = new Map<string, { helix: Helix; region: string }>();
  ties = new Map<string, { a: string; b: string; evidence: number; facts: Fact[] }>();
  program = new Set<string>();
  versionNow = 0;
  log = new Map<number, string[]>();
  /** Each version's commit stamp: a history written again after an emptying gets new ones. */
  stamps = new Map<number, string>([[0, 'initial']]);
  /** The last version an unlogged write made (the store keeps its stamp as it keeps the log's). */
  bulkVersion = 0;

  version(): Promise<number> {
    return Promise.resolve(this.versionNow);
  }

  stamp(version: number): Promise<string | null> {
    return Promise.resolve(version === this.versionNow || version === this.bulkVersion || this.log.has(version) ? (this.stamps.get(version) ?? null) : null);
  }

  private row(id: string) {
    const s = this.stakeholders.get(id)!;
    return { id, name: id, helix: s.helix, kind: 'NGO' as const, ancestors: [], regions: [s.region, 'country'] };
  }

  private putTie(sink: ProjectionSink, tie: { a: string; b: string; evidence: number; facts: Fact[] }) {
    sink.tie(tie.a, tie.b, tie.evidence, tie.facts.map((f) => f.collaboration), tie.facts.map((f) => f.start), tie.facts.map((f) => f.end), tie.facts.map((f) => f.weight));
  }

  load(sink: ProjectionSink): Promise<number> {
    sink.restart();
    for (const id of [...this.stakeholders.keys()].sort()) sink.stakeholder(this.row(id));
    for (const tie of this.ties.values()) this.putTie(sink, tie);
    sink.programMembers('program', [...this.program]);
    return Promise.resolve(this.versionNow);
  }

  changes(since: number, sink: DeltaSink): Promise<number | null> {
    // A version below `since` (an emptied store) is a gap no log covers, as in the Neo4j store.
    if (this.versionNow < since) return Promise.resolve(null);
    const ids = new Set<string>();
    for (let v = since + 1; v <= this.versionNow; v++) {
      const entry = this.log.get(v);
      if (!entry) return Promise.resolve(null);
      entry.forEach((id) => ids.add(id));
    }
    sink.changed([...ids], ['program']);
    for (const id of ids) if (this.stakeholders.has(id)) sink.stakeholder(this.row(id));
    for (const tie of this.ties.values()) if (ids.has(tie.a) || ids.has(tie.b)) this.putTie(sink, tie);
    sink.programMembers('program', [...this.program]);
    return Promise.resolve(this.versionNow);
  }

  /** One random write, logged with the stakeholders it changed (or unlogged, like a bulk import). */
  write(random: () => number, logged: boolean): void {
    const ids = [...this.stakeholders.keys()];
    const pick = () => ids[Math.floor(random() * ids.length)]!;
    const changed: string[] = [];
    const kind = random();
    if (kind < 0.15 || ids.length < 3) {
      const id = `s${Math.floor(random() * 1e6).toString(36)}`;
      this.stakeholders.set(id, { helix: HELICES[Math.floor(random() * 5)]!, region: random() < 0.5 ? 'north' : 'south' });
      if (random() < 0.5) this.program.add(id);
      changed.push(id);
    } else if (kind < 0.25) {
      const id = pick();
      this.stakeholders.set(id, { helix: HELICES[Math.floor(random() * 5)]!, region: random() < 0.5 ? 'north' : 'south' });
      changed.push(id);
    } else if (kind < 0.32) {
      const id = pick();
      this.stakeholders.delete(id);
      this.program.delete(id);
      for (const [key, tie] of this.ties) if (tie.a === id || tie.b === id) this.ties.delete(key);
      changed.push(id);
    } else {
      const [a, b] = [pick(), pick()].sort() as [string, string];
      if (a === b) return this.write(random, logged);
      const key = `${a}|${b}`;
      if (kind < 0.45) this.ties.delete(key);
      else this.ties.set(key, { a, b, evidence: 1 + Math.floor(random() * 3), facts: randomFacts(random) });
      changed.push(a, b);
    }
    this.versionNow++;
    this.stamps.set(this.versionNow, `${this.versionNow}@${random()}`);
    if (logged) this.log.set(this.versionNow, changed);
    else this.bulkVersion = this.versionNow;
  }
}

function randomFacts(random: () => number): Fact[] {
  return Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
    const start = random() < 0.3 ? null : 19_000 + Math.floor(random() * 1000);
    return {
      collaboration: random() < 0.7,
      start,
      end: random() < 0.5 ? null : (start ?? 19_000) + Math.floor(random() * 500),
      weight: random() < 0.3 ? 0.5 : 1 + Math.floor(random() * 3),
    };
  });
}

function network(size: number, random: () => number): MemoryNetwork {
  const net = new MemoryNetwork();
  for (let i = 0; i < size; i++) net.stakeholders.set(`n${i}`, { helix: HELICES[i % 5]!, region: i % 2 ? 'north' : 'south' });
  for (let i = 0; i < size * 2; i++) {
    const a = `n${Math.floor(random() * size)}`;
    const b = `n${Math.floor(random() * size)}`;
    if (a !== b) net.ties.set([a, b].sort().join('|'), { a: a < b ? a : b, b: a < b ? b : a, evidence: 1, facts: randomFacts(random) });
  }
  for (let i = 0; i < size; i += 3) net.program.add(`n${i}`);
  return net;
}

/** Image storage in memory (the service keeps it in a file: tests/integration/analytics-incremental.test.ts). */
function memoryImages() {
  const images = {
    bytes: null as Buffer | null,
    read: () => Promise.resolve(images.bytes),
    write: (bytes: Buffer) => {
      images.bytes = bytes;
      return Promise.resolve();
    },
  };
  return images;
}

const SCOPES: AnalysisScope[] = [{}, { region: 'north' }, { program: 'program', helices: ['GOVERNMENT', 'BUSINESS', 'MEDIA'] }, { asOf: '2023-01-01' }, { activeOn: '2022-06-01' }];
const logger = createLogger('silent');
const options = { now: () => Date.parse('2025-06-01'), offThread: false };

/** Everything the engine answers over a scope, in a form that compares exactly (PageRank apart: see below). */
async function answers(engine: AnalyticsEngine, scope: AnalysisScope) {
  const scoped = await engine.graph(scope);
  const measures: Record<string, number[]> = {};
  for (const metric of INFLUENCE_METRICS) {
    if (metric !== 'PAGERANK') measures[metric] = Array.from((await scoped.measure(metric)).values);
  }
  const cuts = await scoped.cuts();
  const { community, modularity } = await scoped.communities();
  return {
    ids: scoped.csr.ids,
    ties: scoped.graph.mapEdges((_e, t, a, b) => [a, b, t.weight, t.collaborations, t.programs, t.evidence, t.lastActiveOn, t.cost]),
    measures,
    articulation: Array.from(cuts.articulation),
    bridges: cuts.bridges,
    community: Array.from(community),
    modularity,
    pageRank: Array.from((await scoped.measure('PAGERANK')).values),
    gaps: { matrix: helixMatrix(scoped.view), siloed: siloedStakeholders(scoped.view), isolated: isolatedStakeholders(scoped.view) },
  };
}

describe('incremental projection', () => {
  it('answers every measure after random writes as a fresh full load does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 25 }), async (seed, writes) => {
        const random = seededRandom(seed);
        const net = network(40, random);
        const following = new AnalyticsEngine(net, logger, options);
        for (const scope of SCOPES) await answers(following, scope);
        for (let i = 0; i < writes; i++) {
          net.write(random, true);
          // Ask between writes too, so PageRank warm-starts from older versions.
          if (random() < 0.5) await answers(following, SCOPES[Math.floor(random() * SCOPES.length)]!);
        }
        const fresh = new AnalyticsEngine(net, logger, options);
        for (const scope of SCOPES) {
          const { pageRank: warm, ...incremental } = await answers(following, scope);
          const { pageRank: cold, ...full } = await answers(fresh, scope);
          expect(incremental).toEqual(full);
          // Both stop once a round moves the vector by < n x 1e-9 (L1); PageRank contracts by 0.85 a
          // round, so each is within 0.85/0.15 of that of the fixed point, and of each other twice that.
          expect(warm).toHaveLength(cold.length);
          warm.forEach((x, i) => expect(Math.abs(x - cold[i]!)).toBeLessThan(2 * (0.85 / 0.15) * cold.length * 1e-9));
        }
        expect(following.loads.full).toBe(1);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('computes the same in the worker thread, on the shared arrays, as in the caller', async () => {
    const net = network(60, seededRandom(9));
    const inThread = await new AnalyticsEngine(net, logger, options).graph();
    const offThread = await new AnalyticsEngine(net, logger, { ...options, offThread: true }).graph();
    expect(offThread.csr.targets.buffer).toBeInstanceOf(SharedArrayBuffer);
    for (const metric of INFLUENCE_METRICS) {
      expect(await offThread.measure(metric)).toEqual(await inThread.measure(metric));
      // Ranked in the worker, by score then id, as ranking by the scores here would.
      expect(await offThread.ranked(metric)).toEqual(rankBy(inThread.csr.ids, (await inThread.measure(metric)).values));
    }
  }, 60_000);

  it('reloads in full when the change log does not cover the gap', async () => {
    const random = seededRandom(3);
    const net = network(30, random);
    const engine = new AnalyticsEngine(net, logger, options);
    await engine.graph();
    net.write(random, true);
    await engine.graph();
    expect(engine.loads).toEqual({ full: 1, delta: 1, image: 0 });
    net.write(random, false);
    net.write(random, true);
    const after = await answers(engine, {});
    expect(engine.loads).toEqual({ full: 2, delta: 1, image: 0 });
    expect(after).toEqual(await answers(new AnalyticsEngine(net, logger, options), {}));
  });

  it('follows a version clock: a version told again keeps the results, a newer one catches up, a lower one never confirmed reloads', async () => {
    const random = seededRandom(11);
    const net = network(30, random);
    let told = net.versionNow;
    const engine = new AnalyticsEngine(net, logger, { ...options, version: () => Promise.resolve(told) });
    const first = await engine.graph();
    // A write this engine is told of at once (the clock's rule for this process's writes).
    net.write(random, true);
    told = net.versionNow;
    const patched = await engine.graph();
    expect(patched).not.toBe(first);
    expect(engine.loads).toEqual({ full: 1, delta: 1, image: 0 });
    // A write the clock has not told yet (another replica's, within its bound) is not looked for;
    // once told, the engine catches up, and that version told again costs nothing.
    net.write(random, true);
    expect(await engine.graph()).toBe(patched);
    told = net.versionNow;
    const caughtUp = await engine.graph();
    expect(caughtUp.version).toBe(net.versionNow);
    expect(await engine.graph()).toBe(caughtUp);
    expect(engine.loads).toEqual({ full: 1, delta: 2, image: 0 });
    // A clock told an older version than the projection holds (its read predates the last catch-up): still current.
    told = net.versionNow - 1;
    expect(await engine.graph()).toBe(caughtUp);
    expect(engine.loads).toEqual({ full: 1, delta: 2, image: 0 });
    // A database emptied and written again reads lower than anything seen: the log cannot cover it.
    net.versionNow = 0;
    net.log.clear();
    told = 0;
    await engine.graph();
    expect(engine.loads).toEqual({ full: 2, delta: 2, image: 0 });
  });

  it('starts from a kept image and the changes since, answering as a fresh full load', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), async (seed, before, after) => {
        const random = seededRandom(seed);
        const net = network(40, random);
        const images = memoryImages();
        const running = new AnalyticsEngine(net, logger, { ...options, images });
        await running.graph();
        // Writes the running service followed by deltas before its image was written.
        for (let i = 0; i < before; i++) {
          net.write(random, true);
          if (random() < 0.5) await running.graph();
        }
        await running.graph();
        await running.flush();
        // Writes made while no service ran (another replica's, say): the restarted one reads only those.
        for (let i = 0; i < after; i++) net.write(random, true);
        const restarted = new AnalyticsEngine(net, logger, { ...options, images });
        const fresh = new AnalyticsEngine(net, logger, options);
        for (const scope of SCOPES) {
          const { pageRank: restored, ...fromImage } = await answers(restarted, scope);
          const { pageRank: cold, ...full } = await answers(fresh, scope);
          expect(fromImage).toEqual(full);
          restored.forEach((x, i) => expect(x).toBeCloseTo(cold[i]!, 12));
        }
        expect(restarted.loads).toEqual({ full: 0, delta: after > 0 ? 1 : 0, image: 1 });
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it('loads in full when the image is of another history, unreadable, or older than the change log', async () => {
    const random = seededRandom(21);
    const net = network(30, random);
    const images = memoryImages();
    const engine = new AnalyticsEngine(net, logger, { ...options, images });
    await engine.graph();
    await engine.flush();
    const kept = images.bytes!;
    const cases: Array<[string, () => void]> = [
      // The store emptied and written again up to the same version: same number, another stamp.
      ['another history', () => net.stamps.set(net.versionNow, 'written again')],
      ['unreadable', () => (images.bytes = Buffer.concat([kept.subarray(0, 100), Buffer.alloc(1, 7), kept.subarray(101)]))],
      ['older than the log', () => net.write(random, false)],
    ];
    for (const [, change] of cases) {
      images.bytes = kept;
      change();
      const restarted = new AnalyticsEngine(net, logger, { ...options, images: { read: images.read, write: () => Promise.resolve() } });
      expect(await answers(restarted, {})).toEqual(await answers(new AnalyticsEngine(net, logger, options), {}));
      expect(restarted.loads).toEqual({ full: 1, delta: 0, image: 0 });
    }
  });

  it("computes only the figures a stakeholder's influence is asked for, once for the whole list", async () => {
    const net = network(30, seededRandom(5));
    const engine = new AnalyticsEngine(net, logger, options);
    const analytics = new InMemoryAnalytics(engine);
    const rows = await analytics.stakeholderInfluence(['n1', 'n2', 'missing'], {});
    expect(rows[2]).toBeNull();
    const scoped = await engine.graph();
    expect(scoped.computed).toEqual([]);
    const degrees = await Promise.all(rows.slice(0, 2).map((r) => r!.figures.score('DEGREE', r!.at)));
    const at = ['n1', 'n2'].map((id) => scoped.csr.index.get(id)!);
    expect(rows.slice(0, 2).map((r) => r!.at)).toEqual(at);
    expect(degrees).toEqual(at.map((i) => scoped.csr.offsets[i + 1]! - scoped.csr.offsets[i]!));
    expect(await rows[0]!.figures.articulationPoint(at[0]!)).toBe((await scoped.cuts()).articulation[at[0]!] === 1);
    expect(scoped.computed.sort()).toEqual(['cuts', 'measure:DEGREE']);
  });
});
