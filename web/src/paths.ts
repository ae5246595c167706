import { query } from './api';
import { formatNumber, h, setChildren, sourceLink, stakeholderLink } from './dom';
import { errorView } from './errors';
import type { PathsQuery } from './generated/operations';
import { HELICES, type Helix } from './helix';
import { labelOf, t } from './i18n';
import { PATHS } from './queries';
import { attachSearch, type StakeholderRef } from './search';
import type { Scope } from './state';

type PathsResult = PathsQuery['paths'];
type Hop = PathsResult['paths'][number]['hops'][number];

/** Why two stakeholders are neighbours on a route, in the reader's language. */
function hopReason(hop: Hop): string {
  const parts = [
    hop.collaborations.length ? t('hopCollaborations', { names: hop.collaborations.map((c) => `${c.name} (${labelOf(c.kind)})`).join(', ') }) : '',
    hop.programs.length ? t('hopPrograms', { names: hop.programs.map((p) => p.name).join(', ') }) : '',
  ].filter(Boolean);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const checkbox = (name: string, value: string, label: string) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value }), ` ${label}`);

/**
 * The path finder: two stakeholders picked by search, options (intermediary helices, who to
 * avoid, weighted, max hops, alternatives), and the routes with each hop's reason. The chosen
 * route is highlighted on the map.
 */
export class PathFinder {
  private from: StakeholderRef | null = null;
  private to: StakeholderRef | null = null;
  private avoid: StakeholderRef[] = [];
  private result: PathsResult | null = null;
  private selectedRoute = 0;
  private readonly results = h('div', { class: 'path-results', 'data-testid': 'path-results' });
  private readonly avoidList = h('div', { class: 'chips' });
  private readonly form: HTMLFormElement;
  private readonly ignored = h('p', { class: 'muted small', 'data-testid': 'path-filters' });
  /** Set when the route search failed: whether the two are in separate clusters of the network at all. */
  private separate = false;

  constructor(
    container: HTMLElement,
    private readonly highlight: (ids: string[]) => void,
    private readonly open: (id: string) => void,
    /** The map's filters: routes use its date; the rest are named as not applying. */
    private readonly scope: () => Scope,
  ) {
    const fromInput = h('input', { type: 'search', id: 'path-from', 'data-i18n-placeholder': 'search' });
    const toInput = h('input', { type: 'search', id: 'path-to', 'data-i18n-placeholder': 'search' });
    const avoidInput = h('input', { type: 'search', id: 'path-avoid', 'data-i18n-placeholder': 'search' });
    this.form = h(
      'form',
      { class: 'stack', onsubmit: (e: Event) => { e.preventDefault(); void this.find(); } },
      h('label', { for: 'path-from', 'data-i18n': 'from' }),
      h('div', { class: 'picker' }, fromInput),
      h('label', { for: 'path-to', 'data-i18n': 'to' }),
      h('div', { class: 'picker' }, toInput),
      // The options are folded away so the routes show without scrolling.
      h(
        'details',
        { class: 'options' },
        h('summary', { 'data-i18n': 'options' }),
        h(
          'div',
          { class: 'stack' },
          h('fieldset', {}, h('legend', { 'data-i18n': 'onlyHelices' }), ...HELICES.map((helix) => checkbox('onlyHelices', helix, labelOf(helix)))),
          h('label', { for: 'path-avoid', 'data-i18n': 'avoid' }),
          h('div', { class: 'picker' }, avoidInput),
          this.avoidList,
          h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'weighted' }), ' ', h('span', { 'data-i18n': 'weighted' })),
          h(
            'div',
            { class: 'row' },
            h('label', {}, h('span', { 'data-i18n': 'maxHops' }), ' ', h('input', { type: 'number', name: 'maxHops', min: 1, max: 8, value: 6 })),
            h('label', {}, h('span', { 'data-i18n': 'alternatives' }), ' ', h('input', { type: 'number', name: 'k', min: 1, max: 10, value: 3 })),
          ),
        ),
      ),
      h('div', { class: 'row' }, h('button', { type: 'submit', 'data-i18n': 'findPath' }), h('button', { type: 'button', class: 'secondary', 'data-i18n': 'clear', onclick: () => this.clear() })),
    );
    container.replaceChildren(this.form, this.ignored, this.results);
    this.renderFilters();
    attachSearch(fromInput, (s) => (this.from = s));
    attachSearch(toInput, (s) => (this.to = s));
    const avoidSearch = attachSearch(avoidInput, (s) => {
      if (!this.avoid.some((a) => a.id === s.id)) this.avoid.push(s);
      avoidSearch.clear();
      this.renderAvoid();
    });
  }

  private renderAvoid(): void {
    this.avoidList.replaceChildren(
      ...this.avoid.map((a) =>
        h('button', { type: 'button', class: 'chip', onclick: () => { this.avoid = this.avoid.filter((x) => x.id !== a.id); this.renderAvoid(); } }, `${a.name} ×`),
      ),
    );
  }

  private clear(): void {
    this.result = null;
    this.highlight([]);
    this.results.replaceChildren();
  }

  /**
   * Says which of the map's filters routes follow: the date does; region, program and helices do
   * not (a route may pass through anyone), and the page says so rather than implying otherwise.
   */
  renderFilters(): void {
    const scope = this.scope();
    const ignored = [scope.region ? t('region') : '', scope.program ? t('program') : '', scope.helices ? t('helices') : ''].filter(Boolean);
    setChildren(
      this.ignored,
      scope.asOf ? t('routesAsOf', { date: scope.asOf }) : null,
      scope.asOf && ignored.length ? ' ' : null,
      ignored.length ? t('routesIgnore', { filters: ignored.join(', ') }) : null,
    );
  }

  private async find(): Promise<void> {
    if (!this.from || !this.to) {
      this.results.replaceChildren(h('p', { class: 'notice' }, t('pickBoth')));
      return;
    }
    const data = new FormData(this.form);
    const onlyHelices = data.getAll('onlyHelices') as Helix[];
    const asOf = this.scope().asOf;
    const maxHops = Number(data.get('maxHops')) || 6;
    const restricted = onlyHelices.length > 0 || this.avoid.length > 0 || maxHops < 8;
    const options = {
      maxHops,
      weighted: data.get('weighted') === 'on',
      ...(onlyHelices.length ? { onlyHelices } : {}),
      ...(asOf ? { asOf } : {}),
      ...(this.avoid.length ? { avoid: this.avoid.map((a) => a.id) } : {}),
    };
    const k = Number(data.get('k')) || 3;
    this.results.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      const { paths } = await query<PathsQuery>(PATHS, { from: this.from.id, to: this.to.id, k, options });
      // No route: ask once more without the options to tell separate clusters from strict options.
      this.separate = !paths.paths.length && (!restricted || !(await query<PathsQuery>(PATHS, { from: this.from.id, to: this.to.id, k: 1, options: { maxHops: 8, ...(asOf ? { asOf } : {}) } })).paths.paths.length);
      this.result = paths;
      this.selectedRoute = 0;
      this.render();
    } catch (error) {
      this.results.replaceChildren(errorView(error));
    }
  }

  render(): void {
    const result = this.result;
    if (!result) return;
    const chosen = result.paths[this.selectedRoute];
    this.highlight(chosen ? chosen.stakeholders.map((s) => s.id) : []);
    setChildren(
      this.results,
      result.paths.length === 0 || result.reason
        ? h('p', { class: 'notice', 'data-testid': 'no-route' }, `${result.paths.length ? '' : `${t('noPath')}: `}${this.separate ? t('separateClusters') : labelOf(result.reason ?? 'NO_PATH')}`)
        : null,
      ...result.paths.map((path, index) =>
        h(
          'article',
          { class: `route${index === this.selectedRoute ? ' selected' : ''}`, 'data-testid': 'route' },
          h(
            'button',
            { type: 'button', class: 'route-title', onclick: () => { this.selectedRoute = index; this.render(); } },
            `${t('route')} ${index + 1}: ${path.length} ${t(path.length === 1 ? 'hop' : 'hops')}`,
          ),
          h(
            'span',
            { class: 'muted small route-cost', title: t('routeCostExplained') },
            ` · ${t('routeCost')} ${formatNumber(path.cost, 2)}`,
          ),
          h(
            'ol',
            { class: 'hops' },
            ...path.hops.map((hop) =>
              h(
                'li',
                { class: 'hop' },
                stakeholderLink(hop.from, this.open),
                ' → ',
                stakeholderLink(hop.to, this.open),
                h('p', { class: 'hop-reason' }, hopReason(hop), h('small', { class: 'muted' }, ` (${t('weight')} ${formatNumber(hop.weight, 1)})`)),
                ...hop.evidence.slice(0, 2).map((e) => h('blockquote', {}, `“${e.quote}”`, h('footer', {}, '— ', sourceLink(e.source)))),
              ),
            ),
          ),
        ),
      ),
    );
  }
}
