import { query } from './api';
import { formatNumber, h, setChildren } from './dom';
import { errorView } from './errors';
import type { HelixIndicatorsQuery } from './generated/operations';
import { labelOf, t } from './i18n';
import { helixBadge } from './panel';
import { HELIX_INDICATORS } from './queries';
import type { Scope } from './state';

type Indicators = HelixIndicatorsQuery['helixIndicators'];
type Openness = Indicators['openness'];

const signed = (value: number, digits: number) => (value > 0 ? '+' : '') + formatNumber(value, digits);
const index = (value: number | null) => (value === null ? t('none') : signed(value, 2));

/**
 * Helix synergy by triad and the E-I index per helix of the filtered scope
 * (Query.helixIndicators), each explained where it is shown: planners cite these figures, so
 * the page says what a sign means rather than leaving it to the README.
 */
export class IndicatorsView {
  readonly element = h('section', { class: 'indicators', 'data-testid': 'indicators' });
  private figures: Indicators | null = null;
  private error: unknown = null;
  private sequence = 0;

  async load(scope: Scope): Promise<void> {
    const mine = ++this.sequence;
    this.figures = null;
    this.error = null;
    this.render();
    try {
      const data = await query<HelixIndicatorsQuery>(HELIX_INDICATORS, { scope });
      if (mine === this.sequence) this.figures = data.helixIndicators;
    } catch (error) {
      if (mine === this.sequence) this.error = error;
    }
    if (mine === this.sequence) this.render();
  }

  render(): void {
    if (this.error) return setChildren(this.element, errorView(this.error));
    const figures = this.figures;
    if (!figures) return setChildren(this.element, h('p', { class: 'muted' }, t('loading')));
    // Strongest synergy (most negative) first: the triads a planner can point to.
    const triads = [...figures.synergy].sort((a, b) => a.millibits - b.millibits);
    const largest = Math.max(1, ...triads.map((s) => Math.abs(s.millibits)));
    setChildren(
      this.element,
      h('h3', {}, t('synergyTitle')),
      h('p', { class: 'muted small' }, t('synergyNote', { units: triads[0]?.units ?? 0 })),
      h(
        'table',
        { class: 'indicator-table', 'data-testid': 'synergy' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('triad')), h('th', { scope: 'col' }, t('millibits')))),
        h(
          'tbody',
          {},
          ...triads.map((s) =>
            h(
              'tr',
              { class: s.millibits < 0 ? 'synergy' : s.millibits > 0 ? 'overlap' : '' },
              h('td', { title: s.helices.map(labelOf).join(' · ') }, ...s.helices.map(helixBadge)),
              h(
                'td',
                { class: 'number' },
                h('span', { class: 'bar', style: `width: ${((Math.abs(s.millibits) / largest) * 4).toFixed(2)}rem` }),
                signed(s.millibits, 1),
              ),
            ),
          ),
        ),
      ),
      h('h3', {}, t('opennessTitle')),
      h('p', { class: 'muted small' }, t('opennessNote')),
      h(
        'table',
        { class: 'indicator-table', 'data-testid': 'openness' },
        h(
          'thead',
          {},
          h('tr', {}, ...(['helixStakeholders', 'externalTies', 'internalTies', 'eiIndex', 'eiExpected'] as const).map((label) => h('th', { scope: 'col' }, t(label)))),
        ),
        h(
          'tbody',
          {},
          ...figures.opennessByHelix.map((x) =>
            h('tr', {}, h('td', {}, helixBadge(x.helix), ` ${x.stakeholders}`), ...this.cells(x.openness)),
          ),
          h('tr', { class: 'total' }, h('th', { scope: 'row' }, t('wholeScope')), ...this.cells(figures.openness)),
        ),
      ),
      h('p', { class: 'small' }, `${t('assortativity')}: `, h('strong', {}, figures.assortativity === null ? t('none') : signed(figures.assortativity, 3)), ' · ', t('assortativityNote')),
    );
  }

  private cells(o: Openness): HTMLElement[] {
    return [
      h('td', { class: 'number' }, String(o.external)),
      h('td', { class: 'number' }, String(o.internal)),
      h('td', { class: 'number' }, h('strong', {}, index(o.index))),
      h('td', { class: 'number muted' }, index(o.expected)),
    ];
  }
}
