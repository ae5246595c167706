import { query } from './api';
import { formatNumber, h, setChildren } from './dom';
import { errorView } from './errors';
import type { Helix } from './helix';
import { labelOf, t } from './i18n';
import { helixBadge } from './panel';
import { CHANGE_FIRST, NETWORK_CHANGE } from './queries';
import type { Scope } from './state';

interface Named {
  id: string;
  name: string;
  helix: Helix;
}

interface Change {
  from: string;
  to: string;
  rose: Array<{ rankBefore: number; rankAfter: number; stakeholder: Named }>;
  fell: Array<{ rankBefore: number; rankAfter: number; stakeholder: Named }>;
  joined: Named[];
  gapsClosed: Array<{ a: Helix; b: Helix }>;
  gapsOpened: Array<{ a: Helix; b: Helix }>;
  balanceBefore: number;
  balanceAfter: number;
  tiesBefore: number;
  tiesAfter: number;
}

const today = () => new Date().toISOString().slice(0, 10);
/** The same day a year earlier (29 February becomes the 28th). */
const yearBefore = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCFullYear(day.getUTCFullYear() - 1);
  if (day.getUTCDate() !== Number(date.slice(8))) day.setUTCDate(0);
  return day.toISOString().slice(0, 10);
};

/**
 * What changed in the filtered scope between a chosen date and the map's date (or today): who
 * rose and fell by the map's size measure, who joined, which helix gaps closed and opened, and
 * the balance score before and after (Query.networkChange).
 */
export class ChangeView {
  private change: Change | null = null;
  private error: unknown = null;
  private since: string | null = null;
  private sequence = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly open: (id: string) => void,
    private readonly context: () => { scope: Scope; metric: string },
  ) {}

  /** The scope changed: earlier results no longer apply. */
  reset(): void {
    // A comparison still on its way answers for the old filters: drop it.
    this.sequence++;
    this.change = null;
    this.error = null;
    this.render();
  }

  render(): void {
    const until = this.context().scope.asOf ?? today();
    const since = h('input', { type: 'date', id: 'change-since', name: 'since', required: true, value: this.since ?? yearBefore(until) });
    const form = h(
      'form',
      { class: 'change-form', onsubmit: (event: Event) => { event.preventDefault(); this.since = since.value; void this.compare(since.value, until); } },
      h('label', { for: 'change-since' }, `${t('since')} `),
      since,
      h('span', { class: 'muted' }, ` → ${until} `),
      h('button', { type: 'submit' }, t('compare')),
    );
    setChildren(this.container, h('h3', {}, t('changeTitle')), form, this.error ? errorView(this.error) : this.change ? this.result(this.change) : null);
  }

  private async compare(from: string, to: string): Promise<void> {
    const mine = ++this.sequence;
    const { scope, metric } = this.context();
    // The comparison sets the dates itself; the scope's own date is the later one.
    const { asOf: _asOf, ...rest } = scope;
    try {
      const data = await query<{ networkChange: Change }>(NETWORK_CHANGE, { scope: rest, from, to, metric, first: CHANGE_FIRST });
      if (mine !== this.sequence) return;
      this.change = data.networkChange;
      this.error = null;
    } catch (error) {
      if (mine !== this.sequence) return;
      this.error = error;
    }
    this.render();
  }

  private result(change: Change): HTMLElement {
    const who = (s: Named) => h('button', { type: 'button', class: 'link', 'data-stakeholder': s.id, onclick: () => this.open(s.id) }, s.name);
    const moves = (label: 'rose' | 'fell', list: Change['rose']) =>
      list.length
        ? h('div', { 'data-change': label }, h('h4', {}, t(label)), h('ol', {}, ...list.map((m) => h('li', {}, who(m.stakeholder), ' ', helixBadge(m.stakeholder.helix), h('small', { class: 'muted' }, ` #${m.rankBefore} → #${m.rankAfter}`)))))
        : null;
    const pairs = (label: 'gapsClosed' | 'gapsOpened', list: Change['gapsClosed']) =>
      list.length ? h('p', { 'data-change': label }, `${t(label)}: `, ...list.flatMap((p, i) => [i ? ', ' : '', `${labelOf(p.a)} – ${labelOf(p.b)}`])) : null;
    const nothing = !change.rose.length && !change.fell.length && !change.joined.length && !change.gapsClosed.length && !change.gapsOpened.length;
    return h(
      'div',
      { class: 'change-result', 'data-testid': 'change' },
      h('p', { class: 'muted' }, `${change.from} → ${change.to} · ${t('balance')} ${formatNumber(change.balanceBefore, 2)} → ${formatNumber(change.balanceAfter, 2)} · ${t('ties')} ${change.tiesBefore} → ${change.tiesAfter}`),
      nothing ? h('p', {}, t('noChange')) : null,
      moves('rose', change.rose),
      moves('fell', change.fell),
      change.joined.length ? h('div', { 'data-change': 'joined' }, h('h4', {}, t('joined')), h('p', {}, ...change.joined.flatMap((s, i) => [i ? ', ' : '', who(s)]))) : null,
      pairs('gapsClosed', change.gapsClosed),
      pairs('gapsOpened', change.gapsOpened),
    );
  }
}
