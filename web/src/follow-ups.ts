import { query } from './api';
import { h, stakeholderLink } from './dom';
import { editable } from './editable';
import { errorView } from './errors';
import type { FollowUpsQuery } from './generated/operations';
import { labelOf, t, type Label } from './i18n';
import { FOLLOW_UPS, FOLLOW_UPS_FIRST, SET_FOLLOW_UP_STATUS } from './queries';
import type { Scope } from './state';

type Show = 'open' | 'overdue' | 'closed';
const SHOWS: Array<[Show, Label]> = [
  ['open', 'showOpen'],
  ['overdue', 'showOverdue'],
  ['closed', 'showClosed'],
];

/**
 * The follow-ups of the engagement log in the map's region and programme (and as of its date):
 * open ones, only the overdue ones, or those done and cancelled; soonest due first. Editors
 * mark an open one done from the list.
 */
export class FollowUpList {
  private show: Show = 'open';
  private sequence = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly open: (id: string) => void,
    private readonly context: () => { scope: Scope; canEdit: boolean },
  ) {}

  async load(): Promise<void> {
    const mine = ++this.sequence;
    const { scope, canEdit } = this.context();
    const where = {
      ...(scope.region ? { region: scope.region } : {}),
      ...(scope.program ? { program: scope.program } : {}),
      ...(scope.asOf ? { asOf: scope.asOf } : {}),
      ...(this.show === 'closed' ? { statuses: ['DONE', 'CANCELLED'] } : {}),
      ...(this.show === 'overdue' ? { overdue: true } : {}),
    };
    this.render(null, canEdit, h('p', { class: 'muted' }, t('loading')));
    try {
      const data = await query<FollowUpsQuery>(FOLLOW_UPS, { where, first: FOLLOW_UPS_FIRST });
      if (mine === this.sequence) this.render(data.followUps, canEdit);
    } catch (error) {
      if (mine === this.sequence) this.render(null, canEdit, errorView(error));
    }
  }

  private render(page: FollowUpsQuery['followUps'] | null, canEdit: boolean, message: Node | null = null): void {
    const choice = h(
      'div',
      { class: 'segmented', role: 'radiogroup', 'aria-label': t('tabFollowUps') },
      ...SHOWS.map(([value, label]) =>
        h('button', { type: 'button', 'aria-pressed': String(value === this.show), 'data-show': value, onclick: () => { this.show = value; void this.load(); } }, t(label)),
      ),
    );
    const scope = this.context().scope;
    const body = message ?? (page ? this.table(page, canEdit) : null);
    this.container.replaceChildren(
      h('h2', {}, t('tabFollowUps')),
      h('p', { class: 'muted' }, t(scope.region || scope.program ? 'followUpsScoped' : 'followUpsAll', { asOf: scope.asOf ?? t('today') })),
      choice,
      ...(body ? [body] : []),
    );
  }

  private table(page: FollowUpsQuery['followUps'], canEdit: boolean): Node {
    if (page.nodes.length === 0) return h('p', { class: 'muted' }, t('noFollowUps'));
    const head = (['dueOn', 'promise', 'interaction', 'status'] as const).map((label) => h('th', { scope: 'col' }, t(label)));
    return h(
      'div',
      {},
      h('p', { class: 'muted' }, t('followUpsShown', { n: page.nodes.length, total: page.totalCount })),
      h(
        'table',
        { class: 'follow-ups', 'data-testid': 'follow-ups' },
        h('thead', {}, h('tr', {}, ...head)),
        h(
          'tbody',
          {},
          ...page.nodes.map((f) =>
            h(
              'tr',
              { class: f.overdue ? 'overdue' : '', 'data-follow-up': f.id },
              h('td', {}, f.dueOn ?? '—'),
              h('td', {}, f.commitment, f.owner ? h('div', { class: 'muted' }, `${t('owner')}: ${f.owner.name}`) : null),
              h(
                'td',
                {},
                h('div', {}, `${f.interaction.subject} · ${labelOf(f.interaction.kind)} · ${f.interaction.occurredOn}`),
                h('div', {}, ...f.interaction.stakeholders.flatMap((s, i) => [i ? ', ' : '', stakeholderLink(s, this.open)])),
              ),
              h(
                'td',
                {},
                h('span', { class: `status ${f.overdue ? 'status-overdue' : ''}` }, f.overdue ? t('overdue') : labelOf(f.status)),
                f.closedOn ? h('div', { class: 'muted' }, f.closedOn) : null,
                canEdit && f.status === 'OPEN' ? editable(h('button', { type: 'button', class: 'small', 'data-action': 'done', onclick: () => void this.markDone(f.id) }, t('markDone')), f.viewerCanEdit) : null,
              ),
            ),
          ),
        ),
      ),
    );
  }

  private async markDone(id: string): Promise<void> {
    try {
      await query(SET_FOLLOW_UP_STATUS, { id, status: 'DONE' });
      await this.load();
    } catch (error) {
      this.container.append(errorView(error));
    }
  }
}
