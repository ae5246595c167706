/**
 * `npm run bench:compiled [-- --size 10000]`: the service with queries compiled (graphql-jit)
 * against the same service executing them with graphql-js, through the whole yoga pipeline on
 * the same database, interleaved: this process's CPU time per request (the database runs in its
 * own JVM), latency one at a time, and throughput at 8 in flight.
 */
import { parseArgs } from 'node:util';
import { createApp } from '../src/server.js';
import { logger, openGraph } from './graphs.js';
import { compare, compareThroughput, gqlVia, loadAverage, table } from './harness.js';

const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' } } });
const QUERIES = {
  'stakeholder detail': `query($id: ID!) { stakeholder(id: $id) { id name helix region { name } partners(first: 10) { weight partner { id name helix } } participations { role program { id name } } } }`,
  'nested list of 50': `query($ids: [ID!]) { stakeholders(where: {ids: $ids}, first: 50) { nodes { id name partners(first: 5) { partner { id name } } participations { role program { name } } } } }`,
};
const { neo4j, db } = await openGraph(Number(values.size), 7);
const config = { graphiql: false, NODE_ENV: 'production', PATH_TIME_LIMIT_MS: 30_000, anonymousRole: 'VIEWER' } as const;
const sides = { compiled: gqlVia(createApp(config, db, logger)), 'graphql-js': gqlVia(createApp({ ...config, compiledQueries: false }, db, logger)) };
const ids = (await db.query<{ id: string }>('bench.ids', 'MATCH (s:Stakeholder) RETURN s.id AS id ORDER BY s.id')).map((r) => r.id);
const pick = (n: number) => ids[(n * 7919) % ids.length]!;
const variables = { 'stakeholder detail': (n: number) => ({ id: pick(n) }), 'nested list of 50': (n: number) => ({ ids: Array.from({ length: 50 }, (_, k) => pick(n * 50 + k)) }) };
const startLoad = loadAverage();
const rows: Array<Record<string, string | number>> = [];
for (const [name, query] of Object.entries(QUERIES) as Array<[keyof typeof QUERIES, string]>) {
  const vars = variables[name];
  for (let n = 0; n < 60; n++) for (const run of Object.values(sides)) await run(query, vars(n));
  const cpu = { compiled: 0, 'graphql-js': 0 };
  const BLOCKS = 16;
  const PER_BLOCK = 40;
  for (let block = 0; block < BLOCKS; block++) {
    for (const [side, run] of Object.entries(sides) as Array<[keyof typeof sides, (typeof sides)['compiled']]>) {
      const start = process.cpuUsage();
      for (let n = 0; n < PER_BLOCK; n++) await run(query, vars(block * PER_BLOCK + n));
      const used = process.cpuUsage(start);
      cpu[side] += (used.user + used.system) / 1000 / (BLOCKS * PER_BLOCK);
    }
  }
  let i = 0;
  let j = 0;
  const latency = await compare(() => sides.compiled(query, vars(i++ % 100)), () => sides['graphql-js'](query, vars(j++ % 100)), 600);
  const throughput = await compareThroughput(() => sides.compiled(query, vars(i++ % 100)), () => sides['graphql-js'](query, vars(j++ % 100)), { concurrency: 8, perRound: 80, rounds: 6 });
  rows.push({
    query: name,
    'CPU ms per request, compiled / graphql-js': `${cpu.compiled.toFixed(2)} / ${cpu['graphql-js'].toFixed(2)}`,
    'CPU ratio': +(cpu.compiled / cpu['graphql-js']).toFixed(2),
    'p50 ms, compiled / graphql-js': `${latency.candidate.p50} / ${latency.baseline.p50}`,
    'p50 ratio': latency.ratioP50,
    'p99 ratio': latency.ratioP99,
    'ops/s at 8 in flight, compiled / graphql-js': `${throughput.candidate} / ${throughput.baseline}`,
    'throughput ratio': throughput.ratio,
  });
}
console.log(`Load average at the start ${startLoad}, at the end ${loadAverage()}.\n`);
console.log(table(rows));
await db.close();
await neo4j.stop();
