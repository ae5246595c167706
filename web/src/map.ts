import Graph from 'graphology';
import Sigma from 'sigma';
import { HELICES, HELIX_COLORS, type Helix } from './helix';
import type { MapQuery } from './generated/operations';
import { layoutNetwork } from './layout';

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
  /** The labels drawn in the last frame, in viewport pixels (also what an export writes). */
  private labelBoxes: Array<{ x: number; y: number; width: number; height: number; text: string; baseline: number }> = [];
  /** Where every drawn stakeholder is on screen in this frame (found at its first label), so labels keep off them. */
  private discs: Array<{ key: string; x: number; y: number; r: number }> | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly onSelect: (id: string) => void,
  ) {
    this.renderer = new Sigma(this.graph, container, {
      // Every label is a candidate whatever the size metric; drawLabel keeps those that fit.
      labelRenderedSizeThreshold: 0,
      labelDensity: 4,
      defaultDrawNodeLabel: (context, data, settings) => this.drawLabel(context, data, settings),
      stagePadding: 60,
      labelFont: 'system-ui, sans-serif',
      zIndex: true,
      // Sizes are in the layout's units, so the clearance it keeps between a stakeholder and
      // ties it does not join holds at every zoom.
      itemSizesReference: 'positions',
      zoomToSizeRatioFunction: (ratio) => ratio,
      minCameraRatio: 0.05,
      maxCameraRatio: 10,
      nodeReducer: (node, data) => this.styleNode(node, data),
      edgeReducer: (edge, data) => this.styleEdge(edge, data),
    });
    this.enableDragging();
    this.renderer.on('beforeRender', () => {
      this.labelBoxes = [];
      this.discs = null;
    });
  }

  /**
   * Draws a label only where it overlaps no label drawn before it in this frame and no other
   * stakeholder, and stays on the canvas: to the right of its node, else to its left; the rest
   * show on hover.
   */
  private drawLabel(context: CanvasRenderingContext2D, data: { key?: string; x: number; y: number; size: number; label: string | null; highlighted?: boolean }, settings: { labelSize: number; labelFont: string; labelWeight: string }): void {
    // A highlighted stakeholder's label is drawn boxed on the hover layer: drawing it here too showed it twice.
    if (!data.label || data.highlighted) return;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    const canvasWidth = context.canvas.width / (window.devicePixelRatio || 1);
    const y = data.y - settings.labelSize / 2 - 2;
    const height = settings.labelSize + 4;
    const discs = (this.discs ??= this.graph.mapNodes((key, attributes) => {
      const p = this.renderer.graphToViewport(attributes);
      const display = this.renderer.getNodeDisplayData(key);
      return { key, x: p.x, y: p.y, r: display && !display.hidden ? this.renderer.scaleSize(display.size) : 0 };
    }));
    const free = (x: number) =>
      x >= 2 &&
      x + width <= canvasWidth - 2 &&
      !this.labelBoxes.some((b) => x < b.x + b.width && b.x < x + width && y < b.y + b.height && b.y < y + height) &&
      !discs.some((d) => d.key !== data.key && d.x + d.r > x && d.x - d.r < x + width && d.y + d.r > y && d.y - d.r < y + height);
    const x = [data.x + data.size + 3, data.x - data.size - 3 - width].find(free);
    if (x === undefined) return;
    const baseline = data.y + settings.labelSize / 3;
    this.labelBoxes.push({ x, y, width, height, text: data.label, baseline });
    // A white halo keeps the text readable over ties.
    context.lineWidth = 3;
    context.strokeStyle = '#fff';
    context.strokeText(data.label, x, baseline);
    context.fillStyle = '#111827';
    context.fillText(data.label, x, baseline);
  }

  /** Draws a new network, keeping the positions of stakeholders that were already drawn. */
  render(nodes: MapNode[], edges: MapEdge[], scores: Map<string, number>): void {
    const previous = new Map(this.graph.mapNodes((id, a) => [id, { x: a.x, y: a.y }] as const));
    this.graph.clear();
    const values = [...scores.values()];
    const low = Math.min(...values, 0);
    const high = Math.max(...values, low + 1e-9);
    const sizeOf = (id: string) => {
      const score = scores.get(id);
      return score === undefined ? 3 : 3 + 9 * Math.sqrt((score - low) / (high - low));
    };
    // Grouped by helix, so stakeholders new to the picture start out near their own helix.
    const ordered = [...nodes].sort((a, b) => HELICES.indexOf(a.helix) - HELICES.indexOf(b.helix));
    const positions = layoutNetwork(
      ordered.map((node) => ({ id: node.id, size: sizeOf(node.id), ...previous.get(node.id) })),
      edges,
      previous.size ? 80 : 300,
    );
    for (const node of ordered) {
      this.graph.addNode(node.id, { ...positions.get(node.id)!, size: sizeOf(node.id), color: HELIX_COLORS[node.helix], label: shortLabel(node), fullName: node.name, helix: node.helix });
    }
    const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
    for (const edge of edges) {
      if (!this.graph.hasNode(edge.source) || !this.graph.hasNode(edge.target) || this.graph.hasEdge(edge.source, edge.target)) continue;
      this.graph.addEdgeWithKey(pairKey(edge.source, edge.target), edge.source, edge.target, {
        weight: edge.weight,
        // Never wider than the clearance the layout keeps around other stakeholders.
        size: 0.6 + 4 * (edge.weight / maxWeight),
        color: EDGE,
      });
    }
    if (this.selected && !this.graph.hasNode(this.selected)) this.selected = null;
    this.renderer.refresh();
  }

  zoom(factor: number): void {
    const camera = this.renderer.getCamera();
    void camera.animate({ ratio: camera.ratio / factor }, { duration: 250 });
  }

  resetView(): void {
    void this.renderer.getCamera().animatedReset({ duration: 300 });
  }

  /** The map as you see it (zoom, highlight, labels) as a standalone SVG document. */
  toSvg(): string {
    const { width, height } = this.renderer.getDimensions();
    const xml = (text: string) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
    const round = (n: number) => Math.round(n * 10) / 10;
    const lines: string[] = [];
    this.graph.forEachEdge((edge, _attributes, source, target) => {
      const display = this.renderer.getEdgeDisplayData(edge);
      if (!display || display.hidden) return;
      const a = this.renderer.graphToViewport(this.graph.getNodeAttributes(source));
      const b = this.renderer.graphToViewport(this.graph.getNodeAttributes(target));
      lines.push(`<line x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(b.x)}" y2="${round(b.y)}" stroke="${display.color}" stroke-width="${round(this.renderer.scaleSize(display.size))}" stroke-linecap="round"/>`);
    });
    const circles: string[] = [];
    this.graph.forEachNode((node, attributes) => {
      const display = this.renderer.getNodeDisplayData(node);
      if (!display || display.hidden) return;
      const p = this.renderer.graphToViewport(attributes);
      circles.push(`<circle cx="${round(p.x)}" cy="${round(p.y)}" r="${round(this.renderer.scaleSize(display.size))}" fill="${display.color}"><title>${xml(attributes.fullName)}</title></circle>`);
    });
    const labels = this.labelBoxes.map((b) => `<text x="${round(b.x)}" y="${round(b.baseline)}">${xml(b.text)}</text>`);
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
      `<rect width="100%" height="100%" fill="#fff"/>`,
      `<g>${lines.join('')}</g><g>${circles.join('')}</g>`,
      `<g font-family="system-ui, sans-serif" font-size="14" fill="#111827" stroke="#fff" stroke-width="3" paint-order="stroke">${labels.join('')}</g>`,
      '</svg>',
    ].join('\n');
  }

  /** The same picture as a PNG data URL, at twice the screen's resolution for print. */
  async toPng(): Promise<string> {
    const svg = this.toSvg();
    const { width, height } = this.renderer.getDimensions();
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d')!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    return canvas.toDataURL('image/png');
  }

  get selection(): string | null {
    return this.selected;
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
