import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { HELICES, HELIX_COLORS, type Helix } from './helix';
import type { MapQuery } from './generated/operations';

type MapNode = MapQuery['networkOf']['nodes'][number]['stakeholder'];
type MapEdge = MapQuery['networkOf']['edges'][number];

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  fullName: string;
  helix: Helix;
}

interface EdgeAttributes {
  size: number;
  weight: number;
  color: string;
}

const DIMMED = '#d9dde3';
const EDGE = '#9aa4b1';
const PATH = '#111827';

/**
 * Official names are long ("Dewan Pimpinan Cabang Masyarakat Sadar Wisata Kota Bontang") and
 * overlap on the map: the shortest readable alias labels the node; the panel has the full name.
 */
const shortLabel = (node: MapNode) => [node.name, ...node.aliases].filter((n) => n.length >= 4).reduce((a, b) => (b.length < a.length ? b : a), node.name);

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The network map: graphology holds the graph, ForceAtlas2 lays it out (synchronously: a few
 * hundred nodes settle in milliseconds, and a worker would need a blob: script the CSP refuses),
 * sigma draws it with WebGL. Nodes are coloured by helix, sized by an influence score, ties
 * drawn thicker the stronger they are. Selection and a path are shown by dimming the rest.
 */
export class NetworkMap {
  private readonly graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected', multi: false });
  private readonly renderer: Sigma<NodeAttributes, EdgeAttributes>;
  private selected: string | null = null;
  private hovered: string | null = null;
  private pathNodes = new Set<string>();
  private pathEdges = new Set<string>();

  constructor(
    private readonly container: HTMLElement,
    private readonly onSelect: (id: string) => void,
  ) {
    this.renderer = new Sigma(this.graph, container, {
      labelRenderedSizeThreshold: 7,
      stagePadding: 60,
      labelFont: 'system-ui, sans-serif',
      zIndex: true,
      minCameraRatio: 0.05,
      maxCameraRatio: 10,
      nodeReducer: (node, data) => this.styleNode(node, data),
      edgeReducer: (edge, data) => this.styleEdge(edge, data),
    });
    this.enableDragging();
  }

  /** Draws a new network, keeping the positions of stakeholders that were already drawn. */
  render(nodes: MapNode[], edges: MapEdge[], scores: Map<string, number>): void {
    const previous = new Map(this.graph.mapNodes((id, a) => [id, { x: a.x, y: a.y }] as const));
    this.graph.clear();
    const values = [...scores.values()];
    const low = Math.min(...values, 0);
    const high = Math.max(...values, low + 1e-9);
    nodes.forEach((node, i) => {
      // New nodes start on a circle, in a sector per helix, so the layout starts out grouped.
      const angle = ((HELICES.indexOf(node.helix) + i / Math.max(nodes.length, 1)) / HELICES.length) * 2 * Math.PI;
      const start = previous.get(node.id) ?? { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) };
      const score = scores.get(node.id);
      const size = score === undefined ? 3 : 4 + 14 * Math.sqrt((score - low) / (high - low));
      this.graph.addNode(node.id, { ...start, size, color: HELIX_COLORS[node.helix], label: shortLabel(node), fullName: node.name, helix: node.helix });
    });
    const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
    for (const edge of edges) {
      if (!this.graph.hasNode(edge.source) || !this.graph.hasNode(edge.target) || this.graph.hasEdge(edge.source, edge.target)) continue;
      this.graph.addEdgeWithKey(pairKey(edge.source, edge.target), edge.source, edge.target, {
        weight: edge.weight,
        size: 0.6 + 5 * (edge.weight / maxWeight),
        color: EDGE,
      });
    }
    if (this.graph.order > 1) {
      forceAtlas2.assign(this.graph, {
        iterations: previous.size ? 60 : 300,
        getEdgeWeight: 'weight',
        settings: { ...forceAtlas2.inferSettings(this.graph), adjustSizes: true, barnesHutOptimize: this.graph.order > 300 },
      });
    }
    if (this.selected && !this.graph.hasNode(this.selected)) this.selected = null;
    this.renderer.refresh();
  }

  has(id: string): boolean {
    return this.graph.hasNode(id);
  }

  get size(): { nodes: number; edges: number } {
    return { nodes: this.graph.order, edges: this.graph.size };
  }

  /** Highlights a stakeholder with its ties and moves the camera to it. */
  focus(id: string | null): void {
    this.selected = id && this.graph.hasNode(id) ? id : null;
    this.renderer.refresh();
    if (!this.selected) return;
    const position = this.renderer.getNodeDisplayData(this.selected);
    // Centre on it without zooming in, so its partners stay in view.
    const camera = this.renderer.getCamera();
    if (position) void camera.animate({ x: position.x, y: position.y, ratio: Math.min(camera.ratio, 1) }, { duration: 400 });
  }

  /** Highlights a path (stakeholder ids in order); an empty list clears it. */
  showPath(ids: string[]): void {
    this.pathNodes = new Set(ids);
    this.pathEdges = new Set(ids.slice(1).map((id, i) => pairKey(ids[i]!, id)));
    this.renderer.refresh();
    if (ids.length) void this.renderer.getCamera().animatedReset({ duration: 300 });
  }

  private styleNode(node: string, data: NodeAttributes): Partial<NodeAttributes> & { highlighted?: boolean; zIndex?: number } {
    if (node === this.hovered) return { ...data, label: data.fullName, highlighted: true, zIndex: 3 };
    if (this.pathNodes.size) {
      return this.pathNodes.has(node) ? { ...data, highlighted: true, zIndex: 2, size: Math.max(data.size, 8) } : { ...data, color: DIMMED, label: '', zIndex: 0 };
    }
    if (!this.selected) return data;
    if (node === this.selected) return { ...data, highlighted: true, zIndex: 2 };
    return this.graph.areNeighbors(node, this.selected) ? { ...data, zIndex: 1 } : { ...data, color: DIMMED, label: '', zIndex: 0 };
  }

  private styleEdge(edge: string, data: EdgeAttributes): Partial<EdgeAttributes> & { hidden?: boolean } {
    if (this.pathEdges.size) return this.pathEdges.has(edge) ? { ...data, color: PATH, size: Math.max(data.size, 4) } : { ...data, hidden: true };
    if (!this.selected) return data;
    return this.graph.hasExtremity(edge, this.selected) ? { ...data, color: '#4b5563' } : { ...data, hidden: true };
  }

  /** Drag a node with the mouse or a finger; a press without movement is a click (select). */
  private enableDragging(): void {
    let dragged: string | null = null;
    let moved = false;
    this.renderer.on('downNode', ({ node }) => {
      dragged = node;
      moved = false;
      if (!this.renderer.getCustomBBox()) this.renderer.setCustomBBox(this.renderer.getBBox());
    });
    this.renderer.on('moveBody', ({ event }) => {
      if (!dragged) return;
      moved = true;
      const position = this.renderer.viewportToGraph(event);
      this.graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const release = () => {
      if (dragged && !moved) this.onSelect(dragged);
      dragged = null;
    };
    this.renderer.on('upNode', release);
    this.renderer.on('upStage', release);
    // Hovering shows the official name the short label stands for.
    this.renderer.on('enterNode', ({ node }) => {
      this.hovered = node;
      this.container.classList.add('over-node');
      this.renderer.refresh();
    });
    this.renderer.on('leaveNode', () => {
      this.hovered = null;
      this.container.classList.remove('over-node');
      this.renderer.refresh();
    });
  }
}
