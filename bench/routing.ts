/**
 * `npm run bench:routing [-- --size 100000]`: weighted routes under a hop bound on the synthetic
 * graph, against the library's unbounded bidirectional Dijkstra on the same pairs (the floor: a
 * bounded search cannot do less than find the unbounded path first). Runs in memory: the ties
 * are derived from the generated dataset the way the database derives them (collaboration
 * strength, plus 0.5 per shared program), so no Neo4j is needed.
 */
import { parseArgs } from 'node:util';
import { dijkstra } from 'graphology-shortest-path';
import { buildTieGraph, type ProjectedTie } from '../src/analytics/projection.js';
import { shortestRoute } from '../src/analytics/routing.js';
import { PROGRAM_TIE_WEIGHT } from '../src/db/ties.js';
import { seededRandom } from '../src/random.js';
import { generateDataset } from '../src/seed/synthetic.js';
import { compare, table, time } from './harness.js';

const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, pairs: { type: 'string', default: '12' } } });
const size = Number(values.size);
const MAX_HOPS = 6;

const built = await time(() => {
  const data = generateDataset({ stakeholders: size, seed: 7 });
  const ties = new Map<string, ProjectedTie>();
  const add = (a: string, b: string, weight: number, kind: 'collaborations' | 'programs', on: string | null) => {
    if (a === b) return;
    const [source, target] = a < b ? [a, b] : [b, a];
    const tie = ties.get(`${source}|${target}`) ?? { source, target, weight: 0, collaborations: 0, programs: 0, evidence: 1, lastActiveOn: on };
    tie.weight += weight;
    tie[kind]++;
    ties.set(`${source}|${target}`, tie);
  };
  for (const c of data.collaborations) {
    for (let i = 0; i < c.parties.length; i++) for (let j = i + 1; j < c.parties.length; j++) add(c.parties[i]!.stakeholderId, c.parties[j]!.stakeholderId, c.strength ?? 0.5, 'collaborations', c.startedOn ?? null);
  }
  const members = new Map<string, string[]>();
  for (const p of data.participations) members.set(p.programId, [...(members.get(p.programId) ?? []), p.stakeholderId]);
  for (const group of members.values()) for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) add(group[i]!, group[j]!, PROGRAM_TIE_WEIGHT, 'programs', null);
  const stakeholders = data.stakeholders.map((s) => ({ id: s.id, name: s.name, helix: s.helix, kind: s.kind, ancestors: [] as string[], regions: [] as string[] }));
  return buildTieGraph({ stakeholders, ties: [...ties.values()] }, new Date('2025-06-01'));
});
const graph = built.value;
console.log(`synthetic graph: ${graph.order} stakeholders, ${graph.size} ties, built in ${Math.round(built.ms)} ms\n`);

const random = seededRandom(10);
const ids = graph.nodes();
const pick = () => ids[Math.floor(random() * ids.length)]!;
const cost = (_edge: string, attributes: { cost: number }) => attributes.cost;
const options = { maxHops: MAX_HOPS, avoid: [], weighted: true };
const rows: Array<Record<string, string | number>> = [];
for (let i = 0; i < Number(values.pairs); i++) {
  const [a, b] = [pick(), pick()];
  const unbounded = dijkstra.bidirectional(graph, a, b, cost) as string[] | null;
  const result = await compare(
    () => Promise.resolve(shortestRoute(graph, a, b, options, Date.now() + 60_000)),
    () => Promise.resolve(dijkstra.bidirectional(graph, a, b, cost)),
    3,
    1,
  );
  rows.push({
    pair: `${a} -> ${b}`,
    'cheapest hops': unbounded ? unbounded.length - 1 : 'none',
    'over the bound': unbounded && unbounded.length - 1 > MAX_HOPS ? 'yes' : 'no',
    'bounded route p50 ms': Math.round(result.candidate.p50),
    'library unbounded p50 ms': Math.round(result.baseline.p50),
    ratio: result.ratioP50,
  });
}
console.log(table(rows));
