import { query } from './api';
import { formatNumber, h, setChildren, sourceLink, stakeholderLink } from './dom';
import { errorView } from './errors';
import type { PathsQuery } from './generated/operations';
import { HELICES, type Helix } from './helix';
import { labelOf, t } from './i18n';
import { PATHS } from './queries';
import { attachSearch, type StakeholderRef } from './search';

type PathsResult = PathsQuery['paths'];

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

  constructor(
    container: HTMLElement,
    private readonly highlight: (ids: string[]) => void,
    private readonly open: (id: string) => void,
    /** The map's date filter: routes use the network as it stood then. */
    private readonly asOf: () => string | undefined,
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
    container.replaceChildren(this.form, this.results);
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

  private async find(): Promise<void> {
    if (!this.from || !this.to) {
      this.results.replaceChildren(h('p', { class: 'notice' }, t('pickBoth')));
      return;
    }
    const data = new FormData(this.form);
    const onlyHelices = data.getAll('onlyHelices') as Helix[];
    const options = {
      maxHops: Number(data.get('maxHops')) || 6,
      weighted: data.get('weighted') === 'on',
      ...(onlyHelices.length ? { onlyHelices } : {}),
      ...(this.asOf() ? { asOf: this.asOf() } : {}),
      ...(this.avoid.length ? { avoid: this.avoid.map((a) => a.id) } : {}),
    };
    this.results.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      const { paths } = await query<PathsQuery>(PATHS, { from: this.from.id, to: this.to.id, k: Number(data.get('k')) || 3, options });
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
      result.paths.length === 0 || result.reason ? h('p', { class: 'notice' }, `${result.paths.length ? '' : `${t('noPath')}: `}${labelOf(result.reason ?? 'NO_PATH')}`) : null,
      ...result.paths.map((path, index) =>
        h(
          'article',
          { class: `route${index === this.selectedRoute ? ' selected' : ''}`, 'data-testid': 'route' },
          h(
            'button',
            { type: 'button', class: 'route-title', onclick: () => { this.selectedRoute = index; this.render(); } },
            `${t('route')} ${index + 1}: ${path.length} ${t(path.length === 1 ? 'hop' : 'hops')} · ${formatNumber(path.cost, 2)}`,
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
                h('p', { class: 'hop-reason' }, hop.explanation, h('small', { class: 'muted' }, ` (${t('weight')} ${formatNumber(hop.weight, 1)})`)),
                ...hop.evidence.slice(0, 2).map((e) => h('blockquote', {}, `“${e.quote}”`, h('footer', {}, '— ', sourceLink(e.source)))),
              ),
            ),
          ),
        ),
      ),
    );
  }
}
