import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLEARANCE, layoutNetwork, violations, type LayoutEdge, type LayoutNode, type Positions } from '../../../web/src/layout.js';
import { seededRandom } from '../../../src/random.js';

/** The seed's ties as the service derives them: parties to one collaboration, or participants of one program (with its parts). */
function seedNetwork(): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const seed = JSON.parse(readFileSync(new URL('../../../seeds/pentahelix.json', import.meta.url), 'utf8')) as {
    stakeholders: Array<{ id: string }>;
    programs: Array<{ id: string; partOf?: string }>;
    participations: Array<{ stakeholderId: string; programId: string }>;
    collaborations: Array<{ parties: Array<{ stakeholderId: string }>; programId?: string }>;
  };
  const parent = new Map(seed.programs.map((p) => [p.id, p.partOf]));
  const root = (id: string): string => (parent.get(id) ? root(parent.get(id)!) : id);
  const groups = new Map<string, Set<string>>();
  const join = (group: string, id: string) => groups.set(group, (groups.get(group) ?? new Set()).add(id));
  for (const p of seed.participations) join(root(p.programId), p.stakeholderId);
  seed.collaborations.forEach((c, i) => c.parties.forEach((party) => join(`collaboration-${i}`, party.stakeholderId)));
  const edges = new Map<string, LayoutEdge>();
  for (const members of groups.values()) {
    const ids = [...members].sort();
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) edges.set(`${ids[i]}|${ids[j]}`, { source: ids[i]!, target: ids[j]!, weight: 1 });
  }
  const degree = new Map<string, number>();
  for (const e of edges.values()) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const top = Math.max(...degree.values());
  return { nodes: seed.stakeholders.map((s) => ({ id: s.id, size: 4 + 14 * Math.sqrt((degree.get(s.id) ?? 0) / top) })), edges: [...edges.values()] };
}

/** Several random components of different sizes, a star, a chain and lone stakeholders. */
function syntheticNetwork(seed: number): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const random = seededRandom(seed);
  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];
  let next = 0;
  const component = (n: number, extraTies: number) => {
    const ids = Array.from({ length: n }, () => `n${next++}`);
    ids.forEach((id, i) => {
      nodes.push({ id, size: 4 + 14 * random() });
      if (i > 0) edges.push({ source: ids[Math.floor(random() * i)]!, target: id, weight: 1 + random() * 4 });
    });
    for (let k = 0; k < extraTies; k++) {
      const a = ids[Math.floor(random() * n)]!;
      const b = ids[Math.floor(random() * n)]!;
      if (a !== b) edges.push({ source: a, target: b, weight: 1 + random() * 4 });
    }
    return ids;
  };
  component(40, 30);
  component(15, 8);
  const [hub, ...spokes] = component(1, 0).concat(Array.from({ length: 8 }, () => `n${next++}`));
  for (const spoke of spokes) {
    nodes.push({ id: spoke, size: 4 });
    edges.push({ source: hub!, target: spoke, weight: 1 });
  }
  component(6, 0);
  component(2, 0);
  component(1, 0);
  component(1, 0);
  return { nodes, edges };
}

function componentOf(edges: LayoutEdge[], ids: string[]): Map<string, string> {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => (parent.get(id) === id ? id : find(parent.get(id)!));
  for (const e of edges) parent.set(find(e.source), find(e.target));
  return new Map(ids.map((id) => [id, find(id)]));
}

function boxes(ids: string[], nodes: LayoutNode[], positions: Positions, component: Map<string, string>) {
  const size = new Map(nodes.map((n) => [n.id, n.size]));
  const box = new Map<string, { minX: number; maxX: number; minY: number; maxY: number }>();
  for (const id of ids) {
    const p = positions.get(id)!;
    const r = size.get(id)!;
    const b = box.get(component.get(id)!) ?? { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
    box.set(component.get(id)!, { minX: Math.min(b.minX, p.x - r), maxX: Math.max(b.maxX, p.x + r), minY: Math.min(b.minY, p.y - r), maxY: Math.max(b.maxY, p.y + r) });
  }
  return [...box.values()];
}

describe.each([
  ['the seed', seedNetwork()],
  ['a synthetic network of 9 components', syntheticNetwork(7)],
  ['another synthetic network', syntheticNetwork(2026)],
])('map layout of %s', (_name, { nodes, edges }) => {
  const positions = layoutNetwork(nodes, edges);

  it('places every stakeholder at a finite position', () => {
    expect(positions.size).toBe(nodes.length);
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('draws no tie within a stakeholder it does not join, and no stakeholder over another', () => {
    expect(violations(nodes, edges, positions, CLEARANCE)).toEqual([]);
  });

  it('lays separate clusters apart: their bounding boxes do not overlap', () => {
    const ids = nodes.map((n) => n.id);
    const component = componentOf(edges, ids);
    const all = boxes(ids, nodes, positions, component);
    expect(all.length).toBeGreaterThan(1);
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const [a, b] = [all[i]!, all[j]!];
        const apart = a.maxX < b.minX || b.maxX < a.minX || a.maxY < b.minY || b.maxY < a.minY;
        expect(apart).toBe(true);
      }
    }
  });
});

describe('violations', () => {
  it('finds a tie passing through a stakeholder it does not join', () => {
    const nodes = [{ id: 'a', size: 4 }, { id: 'b', size: 4 }, { id: 'c', size: 4 }];
    const positions: Positions = new Map([['a', { x: 0, y: 0 }], ['b', { x: 100, y: 0 }], ['c', { x: 50, y: 2 }]]);
    expect(violations(nodes, [{ source: 'a', target: 'b', weight: 1 }], positions)).toEqual([{ node: 'c', other: 'a|b', distance: 2 }]);
  });

  it('layout gives the same picture for the same data', () => {
    const { nodes, edges } = syntheticNetwork(3);
    expect([...layoutNetwork(nodes, edges)]).toEqual([...layoutNetwork(nodes, edges)]);
  });
});
