import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { App } from '../src/server.js';

/** Latency summary of one measured operation, in milliseconds. */
export interface Summary {
  n: number;
  p50: number;
  p97_5: number;
  p99: number;
  mean: number;
}

export function summarise(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p97_5: round(at(0.975)),
    p99: round(at(0.99)),
    mean: round(sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length)),
  };
}

/**
 * Runs the candidate and the baseline alternately (ABAB...), after a warm-up, so both see the
 * same machine noise; ratios between them are what the tables report.
 */
export async function compare(
  candidate: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  iterations: number,
  warmup = Math.max(3, Math.floor(iterations / 10)),
): Promise<{ candidate: Summary; baseline: Summary; ratioP50: number; ratioP99: number }> {
  for (let i = 0; i < warmup; i++) {
    await candidate();
    await baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const order = i % 2 === 0 ? [candidate, baseline] : [baseline, candidate];
    for (const fn of order) {
      const started = performance.now();
      await fn();
      (fn === candidate ? a : b).push(performance.now() - started);
    }
  }
  const candidateSummary = summarise(a);
  const baselineSummary = summarise(b);
  return {
    candidate: candidateSummary,
    baseline: baselineSummary,
    ratioP50: Math.round((candidateSummary.p50 / Math.max(baselineSummary.p50, 1e-6)) * 100) / 100,
    ratioP99: Math.round((candidateSummary.p99 / Math.max(baselineSummary.p99, 1e-6)) * 100) / 100,
  };
}

/** A table row's columns for a comparison: p50, p99 and ops/s of each side, and the ratios named `ratio` (e.g. "ours/theirs"). */
export function comparedColumns(result: Awaited<ReturnType<typeof compare>>, candidate: string, baseline: string, ratio: string): Record<string, number> {
  return {
    [`${candidate} p50 ms`]: result.candidate.p50,
    [`${candidate} p99 ms`]: result.candidate.p99,
    [`${candidate} ops/s`]: Math.round(1000 / result.candidate.mean),
    [`${baseline} p50 ms`]: result.baseline.p50,
    [`${baseline} p99 ms`]: result.baseline.p99,
    [`${baseline} ops/s`]: Math.round(1000 / result.baseline.mean),
    [`p50 ratio (${ratio})`]: result.ratioP50,
    [`throughput ratio (${ratio})`]: Math.round((result.baseline.mean / result.candidate.mean) * 100) / 100,
  };
}

/**
 * Throughput at a given concurrency: rounds of `perRound` calls with `concurrency` in flight,
 * the candidate's and the baseline's rounds alternating (the order flipping each round), so
 * both see the same machine; ops/s of each side over its own rounds' wall time.
 */
export async function compareThroughput(
  candidate: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  { concurrency, perRound, rounds }: { concurrency: number; perRound: number; rounds: number },
): Promise<{ candidate: number; baseline: number; ratio: number }> {
  const round = async (fn: () => Promise<unknown>) => {
    let left = perRound;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (left-- > 0) await fn();
      }),
    );
    return performance.now() - started;
  };
  await round(candidate);
  await round(baseline);
  let a = 0;
  let b = 0;
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      a += await round(candidate);
      b += await round(baseline);
    } else {
      b += await round(baseline);
      a += await round(candidate);
    }
  }
  const ops = (ms: number) => Math.round(((perRound * rounds) / ms) * 1000 * 10) / 10;
  return { candidate: ops(a), baseline: ops(b), ratio: Math.round((b / a) * 100) / 100 };
}

/** The machine's load average (1, 5, 15 minutes): the machine is shared, so every table says how busy it was. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');

/** Times one call. */
export async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: Math.round((performance.now() - started) * 10) / 10, value };
}

/** Event-loop delay (p50/p99, ms) while `fn` runs. */
export async function withLoopDelay<T>(fn: () => Promise<T>): Promise<{ value: T; loopDelayP50: number; loopDelayP99: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const value = await fn();
  histogram.disable();
  return { value, loopDelayP50: Math.round(histogram.percentile(50) / 1e4) / 100, loopDelayP99: Math.round(histogram.percentile(99) / 1e4) / 100 };
}

export const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** JSON with every object's keys sorted: two answers compare equal whatever order their maps came in (Cypher maps keep none). */
export const canonicalJson = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );

/** A GraphQL request through the app's whole yoga pipeline, in process: its data (GraphQL errors throw). */
export const gqlVia = (app: App) => async (query: string, variables: Record<string, unknown>) => {
  const response = await app.yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
};

/** Renders rows of objects as a Markdown table. */
export function table(rows: Array<Record<string, string | number>>): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]!);
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(columns), line(columns.map(() => '---')), ...rows.map((r) => line(columns.map((c) => r[c] ?? '')))].join('\n');
}
