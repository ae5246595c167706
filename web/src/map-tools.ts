import { h, setChildren } from './dom';
import { HELICES, HELIX_COLORS } from './helix';
import { labelOf, t, type Label } from './i18n';
import type { NetworkMap } from './map';

/** The size metrics' names, as the filter offers them. */
export const METRIC_LABELS: Record<string, Label> = {
  PAGERANK: 'pageRank',
  DEGREE: 'degree',
  WEIGHTED_DEGREE: 'weightedDegree',
  BETWEENNESS: 'betweenness',
  CLOSENESS: 'closeness',
  EIGENVECTOR: 'eigenvector',
  REACH: 'reach',
  HELIX_DIVERSITY: 'helixDiversity',
};

/** Saves a data: URL as a file (no blob: URL, which the page's CSP does not need to allow). */
function download(url: string, name: string): void {
  h('a', { href: url, download: name }).click();
}

/**
 * The map's own controls and legend, over the map: zoom, fit, clear the selection, download
 * PNG or SVG, print the report; the legend says what colour, circle size and line width mean.
 */
export class MapTools {
  private readonly toolbar = h('div', { class: 'map-toolbar', role: 'toolbar' });
  private readonly legend = h('div', { class: 'map-legend', 'data-testid': 'legend' });

  constructor(
    area: HTMLElement,
    private readonly map: NetworkMap,
    private readonly actions: { clearSelection(): void; print(): void; metric(): string },
  ) {
    area.append(this.toolbar, this.legend);
    this.render();
  }

  render(): void {
    const button = (label: Label, text: string, onclick: () => void, testid: string) =>
      h('button', { type: 'button', class: 'secondary small', title: t(label), 'aria-label': t(label), 'data-testid': testid, onclick }, text);
    setChildren(
      this.toolbar,
      button('zoomIn', '+', () => this.map.zoom(1.5), 'zoom-in'),
      button('zoomOut', '−', () => this.map.zoom(1 / 1.5), 'zoom-out'),
      button('resetView', '⤢', () => this.map.resetView(), 'reset-view'),
      h('button', { type: 'button', class: 'secondary small', 'data-testid': 'clear-selection', onclick: () => this.actions.clearSelection() }, t('clearSelection')),
      h('button', { type: 'button', class: 'secondary small', title: t('exportTitle'), 'data-testid': 'export-png', onclick: () => void this.map.toPng().then((url) => download(url, 'pentahelix-map.png')) }, t('exportPng')),
      h('button', { type: 'button', class: 'secondary small', title: t('exportTitle'), 'data-testid': 'export-svg', onclick: () => download(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(this.map.toSvg())}`, 'pentahelix-map.svg') }, t('exportSvg')),
      h('button', { type: 'button', class: 'secondary small', 'data-testid': 'print', onclick: () => this.actions.print() }, t('print')),
    );
    const metric = METRIC_LABELS[this.actions.metric()];
    setChildren(
      this.legend,
      h('div', { class: 'legend-row' }, h('span', {}, `${t('legendColour')}:`), ...HELICES.map((helix) => h('span', { class: 'legend-item' }, h('span', { class: 'dot', style: `background:${HELIX_COLORS[helix]}` }), labelOf(helix)))),
      h('div', { class: 'legend-row' }, h('span', { class: 'legend-sizes' }, h('span', { class: 'circle small-circle' }), h('span', { class: 'circle large-circle' })), t('legendSize', { metric: metric ? t(metric) : this.actions.metric() })),
      h('div', { class: 'legend-row' }, h('span', { class: 'legend-lines' }, h('span', { class: 'line thin' }), h('span', { class: 'line thick' })), t('legendWidth')),
    );
  }
}
