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

export type Gaps = GapsQuery['collaborationGaps'];
type Cell = Gaps['matrix'][number];
type Suggestion = Gaps['suggestions'][number];

/**
 * What a helix pair's cell says, worst first: a helix absent from the scope (nobody to tie
 * to: adding one improves the picture), a gap (both present, no tie), weak (far fewer ties than
 * random mixing would give), linked; `none` on the diagonal of a helix with one stakeholder.
 */
export type CellStatus = 'absent' | 'gap' | 'weak' | 'linked' | 'none';
export const CELL_STATUSES: CellStatus[] = ['absent', 'gap', 'weak', 'linked'];

export function cellStatus(cell: Cell | undefined, absent: Helix[]): CellStatus {
  if (!cell || absent.includes(cell.a) || absent.includes(cell.b)) return 'absent';
  if (cell.gap) return 'gap';
  if (cell.weak) return 'weak';
  return cell.ties > 0 ? 'linked' : 'none';
}

const STATUS_LABEL = { absent: 'statusAbsent', gap: 'statusGap', weak: 'statusWeak', linked: 'statusLinked', none: 'statusNone' } as const;

/** A reason for a suggestion in the reader's language, from what is known of this pair. */
export function suggestionReason(s: Suggestion, matrix: Cell[]): string {
  const names = s.commonPartners.map((p) => p.name).join(', ');
  const common = names ? ` ${t('reasonCommon', { names })}` : '';
  if (s.fillsAbsentHelix) return `${t('reasonFill', { helix: labelOf(s.fillsAbsentHelix), b: s.b.name, a: s.a.name })}${common}`;
  const cell = matrix.find((c) => (c.a === s.a.helix && c.b === s.b.helix) || (c.a === s.b.helix && c.b === s.a.helix));
  const pair = { a: s.a.name, b: s.b.name, ha: labelOf(s.a.helix), hb: labelOf(s.b.helix) };
  if (s.closesGap && cell?.gap) return `${t('reasonFirstTie', pair)}${common}`;
  if (s.closesGap) return `${t('reasonRare', pair)}${common}`;
  return t('reasonShared', { ...pair, names });
}

/**
 * The gaps view: the helix matrix as a 5x5 grid coloured by status with the tie count in each
 * cell (the API sends the 15 distinct cells; the matrix is symmetric), balance and density
 * explained where they are shown, suggested partnerships (who could fill an absent helix
 * first), and programs missing helices. Clicking a suggestion shows both on the map.
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

  get current(): Gaps | null {
    return this.gaps;
  }

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
    setChildren(
      this.container,
      h('p', { class: 'muted' }, t('mapSummary', { nodes: gaps.stakeholderCount, edges: gaps.tieCount })),
      h('p', { class: 'balance', 'data-testid': 'balance' }, h('strong', {}, `${t('balance')} ${formatNumber(gaps.balance.score, 2)}`), ' — ', t('balanceExplained')),
      h('h3', {}, t('gapsMatrix')),
      heatmap(gaps),
      statusLegend(),
      h('p', { class: 'muted small' }, t('gapsMatrixNote')),
      absentNote(gaps),
      h('h3', {}, t('suggestions')),
      this.suggestionList(gaps),
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

  private suggestionList(gaps: Gaps): HTMLElement {
    const link = (ref: { id: string; name: string }) => stakeholderLink(ref, this.open);
    if (!gaps.suggestions.length) return h('p', { class: 'muted' }, t('noSuggestions'));
    return h(
      'ol',
      { class: 'suggestions' },
      ...gaps.suggestions.map((s) =>
        h(
          'li',
          { class: 'suggestion', 'data-testid': 'suggestion', 'data-fills': s.fillsAbsentHelix ?? '' },
          h(
            'button',
            { type: 'button', class: 'suggestion-pair', onclick: () => { this.open(s.a.id); this.highlight([s.a.id, s.b.id]); } },
            helixBadge(s.a.helix), ` ${s.a.name} + `, helixBadge(s.b.helix), ` ${s.b.name}`,
          ),
          s.fillsAbsentHelix ? h('span', { class: 'tag' }, t('fillsAbsent', { helix: labelOf(s.fillsAbsentHelix) })) : s.closesGap ? h('span', { class: 'tag' }, t('closesGap')) : null,
          h('p', { class: 'small reason' }, suggestionReason(s, gaps.matrix)),
          s.commonPartners.length ? h('p', { class: 'muted small' }, `${t('commonPartners')}: `, ...s.commonPartners.flatMap((p, i) => [i ? ', ' : '', link(p)])) : null,
        ),
      ),
    );
  }
}

/** Absent helices, said plainly (also in the printed report). */
export function absentNote(gaps: Gaps): HTMLElement {
  return gaps.absentHelices.length
    ? h('p', { class: 'absent-helices', 'data-testid': 'absent-helices' }, `${t('absent')}: `, ...gaps.absentHelices.map(helixBadge), ' ', h('span', { class: 'muted small' }, t('absentExplained')))
    : h('p', { class: 'muted small', 'data-testid': 'absent-helices' }, t('noneAbsent'));
}

/** The 5x5 helix matrix: each cell coloured by status, with its tie count (also in the printed report). */
export function heatmap(gaps: Gaps): HTMLElement {
  const cell = (a: Helix, b: Helix) => gaps.matrix.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
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
            const status = cellStatus(c, gaps.absentHelices);
            const ties = c?.ties ?? 0;
            return h(
              'td',
              {
                class: `heat status-${status}`,
                'data-status': status,
                title: `${labelOf(a)} × ${labelOf(b)}: ${t(STATUS_LABEL[status])} · ${t('cellTies', { n: ties })} · ${t('density')} ${formatNumber(c?.density ?? 0, 2)} (${t('densityExplained')})`,
              },
              String(ties),
            );
          }),
        ),
      ),
    ),
  );
}

export function statusLegend(): HTMLElement {
  return h('p', { class: 'status-legend small' }, ...CELL_STATUSES.map((status) => h('span', { class: 'legend-item' }, h('span', { class: `swatch status-${status}` }), t(STATUS_LABEL[status]))));
}
