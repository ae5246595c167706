import { query } from './api';
import { formatNumber, h, setChildren, stakeholderLink } from './dom';
import { errorView } from './errors';
import type { GapsQuery } from './generated/operations';
import { HELICES, type Helix } from './helix';
import { helixBadge } from './panel';
import { labelOf, t } from './i18n';
import { IndicatorsView } from './indicators';
import { GAP_SUGGESTIONS, GAPS } from './queries';
import type { Scope } from './state';

type Gaps = GapsQuery['collaborationGaps'];
type Cell = Gaps['matrix'][number];

/**
 * The gaps view: the helix matrix as a 5x5 heatmap (the API sends the 15 distinct cells; the
 * matrix is symmetric), programs missing helices, and suggested partnerships. Clicking a
 * suggestion shows both stakeholders on the map.
 */
export class GapsView {
  private gaps: Gaps | null = null;
  private sequence = 0;
  private readonly indicators = new IndicatorsView();

  constructor(
    private readonly container: HTMLElement,
    private readonly open: (id: string) => void,
    private readonly highlight: (ids: string[]) => void,
  ) {}

  async load(scope: Scope): Promise<void> {
    const mine = ++this.sequence;
    this.container.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    void this.indicators.load(scope);
    try {
      const data = await query<GapsQuery>(GAPS, { scope, suggestions: GAP_SUGGESTIONS });
      if (mine !== this.sequence) return;
      this.gaps = data.collaborationGaps;
      this.render();
    } catch (error) {
      if (mine === this.sequence) this.container.replaceChildren(errorView(error));
    }
  }

  render(): void {
    const gaps = this.gaps;
    if (!gaps) return;
    const link = (ref: { id: string; name: string }) => stakeholderLink(ref, this.open);
    setChildren(
      this.container,
      h('p', { class: 'muted' }, `${t('mapSummary', { nodes: gaps.stakeholderCount, edges: gaps.tieCount })} · ${t('balance')} ${formatNumber(gaps.balance.score, 2)}`),
      h('h3', {}, t('gapsMatrix')),
      this.heatmap(gaps.matrix),
      h('p', { class: 'muted small' }, t('gapsMatrixNote')),
      gaps.absentHelices.length ? h('p', {}, `${t('absent')}: `, ...gaps.absentHelices.map(helixBadge)) : null,
      h('h3', {}, t('suggestions')),
      h(
        'ol',
        { class: 'suggestions' },
        ...gaps.suggestions.map((s) =>
          h(
            'li',
            { class: 'suggestion', 'data-testid': 'suggestion' },
            h(
              'button',
              { type: 'button', class: 'suggestion-pair', onclick: () => { this.open(s.a.id); this.highlight([s.a.id, s.b.id]); } },
              helixBadge(s.a.helix), ` ${s.a.name} + `, helixBadge(s.b.helix), ` ${s.b.name}`,
            ),
            s.closesGap ? h('span', { class: 'tag' }, t('closesGap')) : null,
            h('p', { class: 'small' }, s.reason),
            s.commonPartners.length ? h('p', { class: 'muted small' }, `${t('commonPartners')}: `, ...s.commonPartners.flatMap((p, i) => [i ? ', ' : '', link(p)])) : null,
          ),
        ),
      ),
      h('h3', {}, t('programsMissing')),
      h(
        'ul',
        { class: 'programs-missing' },
        ...gaps.programsMissingHelices.map((p) => h('li', {}, h('strong', {}, p.program.name), ' ', ...p.missingHelices.map(helixBadge))),
      ),
      this.indicators.element,
    );
    this.indicators.render();
  }

  private heatmap(matrix: Cell[]): HTMLElement {
    const cell = (a: Helix, b: Helix) => matrix.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
    const maxDensity = Math.max(1e-9, ...matrix.map((c) => c.density));
    // Columns by initial (the pentahelix's own shorthand), rows by name; both carry the full name as a tooltip.
    const initial = (helix: Helix) => labelOf(helix).charAt(0);
    return h(
      'table',
      { class: 'heatmap', 'data-testid': 'heatmap' },
      h('thead', {}, h('tr', {}, h('th', {}), ...HELICES.map((helix) => h('th', { scope: 'col', title: labelOf(helix) }, initial(helix))))),
      h(
        'tbody',
        {},
        ...HELICES.map((a) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row', title: labelOf(a) }, labelOf(a)),
            ...HELICES.map((b) => {
              const c = cell(a, b);
              const intensity = c ? c.density / maxDensity : 0;
              return h(
                'td',
                {
                  class: `heat${c?.gap ? ' gap' : ''}${c?.weak ? ' weak' : ''}`,
                  style: `background: rgba(0, 90, 160, ${(0.08 + 0.85 * intensity).toFixed(2)}); color: ${intensity > 0.5 ? '#fff' : '#111'}`,
                  title: c ? `${labelOf(a)} × ${labelOf(b)}: ${c.ties} · ${t('weight')} ${formatNumber(c.strength, 1)} · density ${formatNumber(c.density, 3)}` : '',
                },
                c ? String(c.ties) : '–',
              );
            }),
          ),
        ),
      ),
    );
  }
}
