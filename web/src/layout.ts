import { UndirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-components';
import forceAtlas2Module, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/**
 * A CommonJS package typed as `export default`: the bundler hands over the function, while the
 * unit tests' NodeNext view types the import as a namespace holding it. Accept both.
 */
const forceAtlas2 = ((forceAtlas2Module as { default?: unknown }).default ?? forceAtlas2Module) as {
  assign(graph: UndirectedGraph, params: { iterations: number; getEdgeWeight: string; settings: ForceAtlas2Settings }): void;
  inferSettings(graph: UndirectedGraph): ForceAtlas2Settings;
};

/**
 * Where the map puts each stakeholder. Pure (no DOM) so unit tests can check the promise the
 * picture makes: a line or a closeness on the map means a tie, nothing else.
 *
 * - Each connected component is laid out on its own (ForceAtlas2), so separate clusters never
 *   interleave, then the components are packed apart in rows, largest first.
 * - A clearance pass then pushes any stakeholder off a tie it is not part of (and apart from
 *   another stakeholder it overlaps), so no line seems to pass through it.
 *
 * Sizes are radii in the same units as positions (the map draws them so), which is what makes
 * the clearance hold at every zoom.
 */

export interface LayoutNode {
  id: string;
  /** Radius, in position units. */
  size: number;
  /** Where to start (the previous drawing), when known. */
  x?: number;
  y?: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
  weight: number;
}

export type Positions = Map<string, { x: number; y: number }>;

type NodeAttributes = { x: number; y: number; size: number };
type EdgeAttributes = { weight: number };

/** Free space kept between a stakeholder and a tie it is not part of, or another stakeholder. */
export const CLEARANCE = 6;
/** Typical tie length; sizes (3-12) are drawn against it. */
const TIE_LENGTH = 110;
/** Space between packed components. */
const COMPONENT_GAP = 60;
/** Rounds of local pushes before a knotted component is spread out, how much, and how often at most. */
const ROUNDS_PER_SPREAD = 8;
const SPREAD = 1.4;
const MAX_SPREADS = 30;

interface Point {
  x: number;
  y: number;
}

/** The point of segment ab closest to p. */
function closestOnSegment(p: Point, a: Point, b: Point): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2)) : 0;
  return { x: a.x + t * dx, y: a.y + t * dy };
}

export interface Violation {
  node: string;
  /** The tie passing too close ("a|b"), or the other stakeholder overlapped. */
  other: string;
  distance: number;
}

/**
 * Every place the picture would suggest a tie that is not there: a tie passing within a
 * stakeholder's radius (plus `margin`) of a stakeholder it does not join, or two stakeholders
 * overlapping. O(n * m): for checking and for the small components the clearance pass sees.
 */
export function violations(nodes: LayoutNode[], edges: LayoutEdge[], positions: Positions, margin = 0): Violation[] {
  const found: Violation[] = [];
  for (const node of nodes) {
    const p = positions.get(node.id)!;
    for (const edge of edges) {
      if (edge.source === node.id || edge.target === node.id) continue;
      const q = closestOnSegment(p, positions.get(edge.source)!, positions.get(edge.target)!);
      const distance = Math.hypot(p.x - q.x, p.y - q.y);
      if (distance < node.size + margin) found.push({ node: node.id, other: `${edge.source}|${edge.target}`, distance });
    }
  }
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = positions.get(nodes[i]!.id)!;
      const b = positions.get(nodes[j]!.id)!;
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      if (distance < nodes[i]!.size + nodes[j]!.size + margin) found.push({ node: nodes[i]!.id, other: nodes[j]!.id, distance });
    }
  }
  return found;
}

/** Moves p away from q until they are `need` apart; a point exactly on q moves sideways to the (a, b) line. */
function separate(p: Point, q: Point, need: number, share: number, along?: { a: Point; b: Point }): Point {
  let dx = p.x - q.x;
  let dy = p.y - q.y;
  let distance = Math.hypot(dx, dy);
  if (distance < 1e-6) {
    // Exactly on the line: step off perpendicular to it (or in a fixed direction for two points).
    dx = along ? -(along.b.y - along.a.y) : 1;
    dy = along ? along.b.x - along.a.x : 0;
    distance = Math.hypot(dx, dy) || 1;
    const unit = { x: dx / distance, y: dy / distance };
    return { x: unit.x * need * share, y: unit.y * need * share };
  }
  const push = (need - distance) * share;
  return { x: (dx / distance) * push, y: (dy / distance) * push };
}

/** One number per grid cell (layouts stay far within +-2^20 cells). */
const cellKey = (i: number, j: number) => (i + 1_048_576) * 2_097_152 + (j + 1_048_576);

/**
 * Buckets of a uniform grid: what lies near a point is found in its own cell, so one pass over
 * the stakeholders costs about O(n + m * cells per tie) rather than O(n * m).
 */
class Grid<T> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly cell: number) {}

  /** Files the item under every cell within `reach` of the segment ab (a point when a = b). */
  add(item: T, a: Point, b: Point, reach: number): void {
    const keys = new Set<number>();
    const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / (this.cell / 2));
    for (let s = 0; s <= steps; s++) {
      const x = a.x + ((b.x - a.x) * s) / (steps || 1);
      const y = a.y + ((b.y - a.y) * s) / (steps || 1);
      for (let i = Math.floor((x - reach) / this.cell); i <= Math.floor((x + reach) / this.cell); i++) {
        for (let j = Math.floor((y - reach) / this.cell); j <= Math.floor((y + reach) / this.cell); j++) keys.add(cellKey(i, j));
      }
    }
    for (const key of keys) {
      const bucket = this.cells.get(key);
      if (bucket) bucket.push(item);
      else this.cells.set(key, [item]);
    }
  }

  near(p: Point): T[] {
    return this.cells.get(cellKey(Math.floor(p.x / this.cell), Math.floor(p.y / this.cell))) ?? [];
  }
}

/** One round of pushing stakeholders off ties they do not join and apart from each other; false when nothing was in the way. */
function clearRound(nodes: LayoutNode[], edges: LayoutEdge[], positions: Positions, margin: number): boolean {
  const reach = Math.max(...nodes.map((n) => n.size)) * 2 + margin;
  const grid = new Grid<LayoutEdge | LayoutNode>(TIE_LENGTH);
  for (const edge of edges) grid.add(edge, positions.get(edge.source)!, positions.get(edge.target)!, reach);
  for (const node of nodes) grid.add(node, positions.get(node.id)!, positions.get(node.id)!, reach);
  let moved = false;
  for (const node of nodes) {
    const p = positions.get(node.id)!;
    for (const item of grid.near(p)) {
      if ('source' in item) {
        if (item.source === node.id || item.target === node.id) continue;
        const a = positions.get(item.source)!;
        const b = positions.get(item.target)!;
        const q = closestOnSegment(p, a, b);
        const need = node.size + margin;
        if (Math.hypot(p.x - q.x, p.y - q.y) >= need) continue;
        // The stakeholder takes most of the move; the tie's ends give way a little the other way.
        const step = separate(p, q, need + 0.5, 1, { a, b });
        p.x += step.x * 0.7;
        p.y += step.y * 0.7;
        a.x -= step.x * 0.15;
        a.y -= step.y * 0.15;
        b.x -= step.x * 0.15;
        b.y -= step.y * 0.15;
        moved = true;
      } else if (item.id > node.id) {
        const q = positions.get(item.id)!;
        const need = node.size + item.size + margin;
        if (Math.hypot(p.x - q.x, p.y - q.y) >= need) continue;
        const step = separate(p, q, need + 0.5, 0.5);
        p.x += step.x;
        p.y += step.y;
        q.x -= step.x;
        q.y -= step.y;
        moved = true;
      }
    }
  }
  return moved;
}

/**
 * Clears a component. Local pushes settle most cases; where they keep fighting (a dense knot),
 * the component is spread out: scaling positions while sizes stay grows every gap.
 */
function clear(nodes: LayoutNode[], edges: LayoutEdge[], positions: Positions): void {
  const margin = CLEARANCE * 1.5;
  for (let spread = 0; spread < MAX_SPREADS; spread++) {
    for (let round = 0; round < ROUNDS_PER_SPREAD; round++) if (!clearRound(nodes, edges, positions, margin)) return;
    for (const p of positions.values()) {
      p.x *= SPREAD;
      p.y *= SPREAD;
    }
  }
}

/** Lays one component out and scales it so a typical tie is TIE_LENGTH long. */
function layoutComponent(graph: UndirectedGraph<NodeAttributes, EdgeAttributes>, ids: string[], iterations: number): Positions {
  const positions: Positions = new Map();
  if (ids.length === 1) {
    positions.set(ids[0]!, { x: 0, y: 0 });
    return positions;
  }
  const sub = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const id of ids) sub.addNode(id, { ...graph.getNodeAttributes(id) });
  for (const id of ids) {
    graph.forEachEdge(id, (_edge, attributes, source, target) => {
      if (!sub.hasEdge(source, target)) sub.addEdge(source, target, { ...attributes });
    });
  }
  forceAtlas2.assign(sub, {
    iterations,
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(sub), adjustSizes: true, barnesHutOptimize: sub.order > 300 },
  });
  const lengths = sub.mapEdges((_e, _a, s, t, sa, ta) => Math.hypot(sa.x - ta.x, sa.y - ta.y)).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] || 1;
  const scale = TIE_LENGTH / median;
  sub.forEachNode((id, a) => positions.set(id, { x: a.x * scale, y: a.y * scale }));
  return positions;
}

function extent(ids: string[], positions: Positions, size: (id: string) => number) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    const p = positions.get(id)!;
    const r = size(id);
    minX = Math.min(minX, p.x - r);
    minY = Math.min(minY, p.y - r);
    maxX = Math.max(maxX, p.x + r);
    maxY = Math.max(maxY, p.y + r);
  }
  return { minX, minY, width: maxX - minX, height: maxY - minY };
}

/**
 * Positions for every node. `iterations` of ForceAtlas2 per component (fewer when redrawing
 * from previous positions keeps the picture steady).
 */
export function layoutNetwork(nodes: LayoutNode[], edges: LayoutEdge[], iterations = 300): Positions {
  const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  nodes.forEach((node, i) => {
    // Nodes without a previous position start on a circle, in input order (callers group it).
    const angle = (i / Math.max(nodes.length, 1)) * 2 * Math.PI;
    graph.addNode(node.id, { x: node.x ?? 100 * Math.cos(angle), y: node.y ?? 100 * Math.sin(angle), size: node.size });
  });
  for (const edge of edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.source, edge.target)) continue;
    graph.addEdge(edge.source, edge.target, { weight: edge.weight });
  }
  const size = (id: string) => graph.getNodeAttribute(id, 'size');
  // Largest first; among equals, by first id, so the same data always packs the same way.
  const components = connectedComponents(graph)
    .map((ids) => ids.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const placed: Array<{ ids: string[]; positions: Positions; box: ReturnType<typeof extent> }> = components.map((ids) => {
    const positions = layoutComponent(graph, ids, iterations);
    const componentNodes = ids.map((id) => ({ id, size: size(id) }));
    const componentEdges = graph.filterEdges((_e, _a, s) => positions.has(s)).map((e) => ({ source: graph.source(e), target: graph.target(e), weight: 1 }));
    clear(componentNodes, componentEdges, positions);
    return { ids, positions, box: extent(ids, positions, size) };
  });
  // Shelf packing: rows about as wide as the whole picture is tall, components left to right.
  const area = placed.reduce((sum, c) => sum + (c.box.width + COMPONENT_GAP) * (c.box.height + COMPONENT_GAP), 0);
  const rowWidth = Math.max(placed[0]?.box.width ?? 0, Math.sqrt(area) * 1.4);
  const result: Positions = new Map();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const component of placed) {
    if (x > 0 && x + component.box.width > rowWidth) {
      x = 0;
      y += rowHeight + COMPONENT_GAP;
      rowHeight = 0;
    }
    for (const id of component.ids) {
      const p = component.positions.get(id)!;
      // Screen y grows downwards in the packing; the map's y grows upwards, hence the minus.
      result.set(id, { x: x + p.x - component.box.minX, y: -(y + p.y - component.box.minY) });
    }
    x += component.box.width + COMPONENT_GAP;
    rowHeight = Math.max(rowHeight, component.box.height);
  }
  return result;
}
