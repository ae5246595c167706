import { query } from './api';
import { h, setChildren, stakeholderLink } from './dom';
import { errorView } from './errors';
import type { PowerInterestGridQuery } from './generated/operations';
import { labelOf, t, type Label } from './i18n';
import { POWER_INTEREST_GRID } from './queries';
import type { Scope } from './state';

type Grid = PowerInterestGridQuery['powerInterestGrid'];
type Entry = Grid['entries'][number];
type Quadrant = Entry['quadrant'];

/** The cells as the grid is drawn: power up, interest to the right. */
const LAYOUT: Quadrant[] = ['KEEP_SATISFIED', 'MANAGE_CLOSELY', 'MONITOR', 'KEEP_INFORMED'];

const FLAG_LABEL: Record<Entry['flags'][number], Label> = { HIDDEN_GATEKEEPER: 'flagGatekeeper', CENTRAL_BUT_OPPOSED: 'flagCentralOpposed' };
const FLAG_NOTE: Record<Entry['flags'][number], Label> = { HIDDEN_GATEKEEPER: 'flagGatekeeperNote', CENTRAL_BUT_OPPOSED: 'flagCentralOpposedNote' };

/** Where a position leans, for its colour: against, neither, for. */
export const leaning = (position: string): 'against' | 'neutral' | 'for' => (position.endsWith('OPPOSES') ? 'against' : position === 'NEUTRAL' ? 'neutral' : 'for');

/**
 * The power-interest grid of the program (or else the region) chosen in the filters: the latest
 * assessment of each stakeholder there in its cell, with its partners in that part of the
 * network beside it, and the hidden gatekeepers and central opponents marked.
 */
export class GridView {
  private grid: Grid | null = null;
  private scoped = false;
  private sequence = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly open: (id: string) => void,
  ) {}

  async load(scope: Scope): Promise<void> {
    const mine = ++this.sequence;
    const id = scope.program ?? scope.region;
    this.scoped = Boolean(id);
    this.grid = null;
    if (!id) {
      this.render();
      return;
    }
    this.container.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      const data = await query<PowerInterestGridQuery>(POWER_INTEREST_GRID, { scope: id, asOf: scope.asOf ?? null });
      if (mine !== this.sequence) return;
      this.grid = data.powerInterestGrid;
      this.render();
    } catch (error) {
      if (mine === this.sequence) this.container.replaceChildren(errorView(error));
    }
  }

  render(): void {
    const grid = this.grid;
    if (!grid) {
      if (!this.scoped) this.container.replaceChildren(h('p', { class: 'muted', 'data-testid': 'grid-pick-scope' }, t('gridPickScope')));
      return;
    }
    setChildren(
      this.container,
      h('h3', {}, t('gridTitle', { scope: grid.scope.name }), grid.asOf ? h('small', { class: 'muted' }, ` · ${t('date')} ${grid.asOf}`) : null),
      h('p', { class: 'muted' }, t('gridNote', { high: grid.thresholds.highFrom, n: grid.networkSize })),
      grid.entries.length
        ? h(
            'div',
            { class: 'pi-grid', 'data-testid': 'power-interest-grid' },
            h('span', { class: 'pi-axis pi-axis-power' }, `${t('power')} ↑`),
            ...LAYOUT.map((quadrant) => this.cell(quadrant, grid.entries.filter((e) => e.quadrant === quadrant))),
            h('span', { class: 'pi-axis pi-axis-interest' }, `${t('interest')} →`),
          )
        : h('p', { class: 'muted', 'data-testid': 'grid-empty' }, t('gridEmpty')),
      h(
        'dl',
        { class: 'pi-legend' },
        ...(['HIDDEN_GATEKEEPER', 'CENTRAL_BUT_OPPOSED'] as const).flatMap((flag) => [
          h('dt', {}, h('span', { class: `pi-flag pi-flag-${flag.toLowerCase()}` }, t(FLAG_LABEL[flag]))),
          h('dd', {}, this.flagNote(flag)),
        ]),
      ),
    );
  }

  /** What a flag means, with the thresholds of the grid shown. */
  private flagNote(flag: Entry['flags'][number]): string {
    const thresholds = this.grid?.thresholds;
    return t(FLAG_NOTE[flag], { few: thresholds?.fewTiesAtMost ?? '', share: Math.round((thresholds?.centralTopShare ?? 0) * 100) });
  }

  private cell(quadrant: Quadrant, entries: Entry[]): HTMLElement {
    return h(
      'section',
      { class: `pi-cell pi-${quadrant.toLowerCase().replaceAll('_', '-')}`, 'data-quadrant': quadrant },
      h('h4', {}, labelOf(quadrant), h('small', { class: 'muted' }, ` (${entries.length})`)),
      h(
        'ul',
        {},
        ...entries.map((e) =>
          h(
            'li',
            { 'data-grid-entry': e.stakeholder.id, 'data-flags': e.flags.join(' ') },
            stakeholderLink(e.stakeholder, this.open),
            ' ',
            h('span', { class: `pi-position pi-${leaning(e.assessment.position)}` }, labelOf(e.assessment.position)),
            h('br'),
            h('small', { class: 'muted' }, t('gridFigures', { power: e.assessment.power, interest: e.assessment.interest, partners: e.partners, on: e.assessment.assessedOn })),
            ...e.flags.map((flag) => h('span', { class: `pi-flag pi-flag-${flag.toLowerCase()}`, title: this.flagNote(flag) }, t(FLAG_LABEL[flag]))),
          ),
        ),
      ),
    );
  }
}
