import { query } from './api';
import { formatNumber, h, setChildren, stakeholderLink } from './dom';
import { errorView } from './errors';
import type { Helix } from './helix';
import { labelOf, t } from './i18n';
import { helixBadge } from './panel';
import { CHANGE_FIRST, NETWORK_CHANGE, SNAPSHOT_CHANGE, SNAPSHOTS, TAKE_SNAPSHOT } from './queries';
import type { Scope } from './state';
import type { ChangeFieldsFragment, NetworkChangeQuery, SnapshotChangeQuery, SnapshotsQuery, TakeSnapshotMutation } from './generated/operations';

type Change = ChangeFieldsFragment;
type Snapshot = SnapshotsQuery['snapshots'][number];

const today = () => new Date().toISOString().slice(0, 10);
const sameHelices = (a: readonly Helix[] | null | undefined, b: readonly Helix[] | null | undefined) => [...(a ?? [])].sort().join() === [...(b ?? [])].sort().join();
/** Whether a snapshot covers the filtered scope (dates aside): only those can be compared with it. */
const covers = (snapshot: Snapshot, scope: Scope) =>
  (snapshot.region?.id ?? undefined) === scope.region && (snapshot.program?.id ?? undefined) === scope.program && sameHelices(snapshot.helices, scope.helices);
/** The same day a year earlier (29 February becomes the 28th). */
const yearBefore = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCFullYear(day.getUTCFullYear() - 1);
  if (day.getUTCDate() !== Number(date.slice(8))) day.setUTCDate(0);
  return day.toISOString().slice(0, 10);
};

/**
 * What changed in the filtered scope between a chosen date and the map's date (or today), or
 * since a snapshot of the same scope: who rose and fell by the map's size measure, who joined,
 * which helix gaps closed and opened, and the balance score before and after
 * (Query.networkChange, Query.snapshotChange). Editors keep the current figures as a snapshot.
 */
export class ChangeView {
  private change: Change | null = null;
  private error: unknown = null;
  private since: string | null = null;
  /** The snapshot to compare with, or null for a date. */
  private baseline: string | null = null;
  private snapshots: Snapshot[] = [];
  private kept: Snapshot | null = null;
  private labelDraft = '';
  private sequence = 0;
  private snapshotRequests = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly open: (id: string) => void,
    private readonly context: () => { scope: Scope; metric: string; canEdit: boolean },
  ) {}

  /** The scope changed: earlier results no longer apply, and the snapshots that fit may differ. */
  reset(): void {
    // A comparison still on its way answers for the old filters: drop it.
    this.sequence++;
    this.change = null;
    this.error = null;
    this.baseline = null;
    this.kept = null;
    this.render();
    void this.loadSnapshots();
  }

  render(): void {
    const { scope, canEdit } = this.context();
    const fitting = this.snapshots.filter((s) => covers(s, scope));
    const snapshot = fitting.find((s) => s.id === this.baseline) ?? null;
    const until = snapshot ? today() : (scope.asOf ?? today());
    const baseline = h(
      'select',
      { id: 'change-baseline', onchange: (event: Event) => { this.baseline = (event.target as HTMLSelectElement).value || null; this.render(); } },
      h('option', { value: '' }, t('aDate')),
      ...fitting.map((s) => h('option', { value: s.id, selected: s.id === snapshot?.id }, `${s.label ?? s.id} (${s.asOf})`)),
    );
    // What is typed is kept as it is typed: a render (the snapshot list arriving) must not lose it.
    const since = snapshot
      ? null
      : h('input', { type: 'date', id: 'change-since', name: 'since', required: true, value: this.since ?? yearBefore(until), oninput: (event: Event) => (this.since = (event.target as HTMLInputElement).value) });
    const form = h(
      'form',
      {
        class: 'change-form',
        onsubmit: (event: Event) => {
          event.preventDefault();
          if (since) this.since = since.value;
          void this.compare(snapshot ? { snapshot: snapshot.id } : { from: since!.value, to: until });
        },
      },
      h('label', { for: 'change-baseline' }, `${t('compareWith')} `),
      baseline,
      since ? h('label', { for: 'change-since' }, ` ${t('since')} `) : null,
      since,
      h('span', { class: 'muted' }, ` → ${snapshot ? t('today') : until} `),
      h('button', { type: 'submit' }, t('compare')),
    );
    setChildren(
      this.container,
      h('h3', {}, t('changeTitle')),
      form,
      canEdit ? this.keepForm() : null,
      this.error ? errorView(this.error) : this.change ? this.result(this.change) : null,
    );
  }

  /** Editors keep the filtered scope's figures (on the map's date, or today) as a snapshot. */
  private keepForm(): HTMLElement {
    const label = h('input', {
      type: 'text',
      id: 'snapshot-label',
      maxlength: 200,
      placeholder: t('snapshotLabel'),
      value: this.labelDraft,
      oninput: (event: Event) => (this.labelDraft = (event.target as HTMLInputElement).value),
    });
    return h(
      'form',
      { class: 'snapshot-form', onsubmit: (event: Event) => { event.preventDefault(); void this.keep(label.value); } },
      label,
      h('button', { type: 'submit' }, t('keepSnapshot')),
      this.kept ? h('p', { class: 'success', 'data-testid': 'snapshot-kept' }, t('snapshotKept', { label: this.kept.label ?? this.kept.id })) : null,
    );
  }

  private async loadSnapshots(): Promise<void> {
    const mine = ++this.snapshotRequests;
    try {
      const data = await query<SnapshotsQuery>(SNAPSHOTS);
      if (mine !== this.snapshotRequests) return;
      this.snapshots = data.snapshots;
    } catch (error) {
      if (mine !== this.snapshotRequests) return;
      this.error = error;
    }
    this.render();
  }

  private async keep(label: string): Promise<void> {
    const mine = ++this.sequence;
    try {
      const data = await query<TakeSnapshotMutation>(TAKE_SNAPSHOT, { input: { scope: this.context().scope, ...(label.trim() ? { label } : {}) } });
      if (mine !== this.sequence) return;
      this.kept = data.takeSnapshot;
      this.labelDraft = '';
      // The list now has the new snapshot first, whatever an earlier load returns.
      this.snapshotRequests++;
      this.snapshots = [data.takeSnapshot, ...this.snapshots];
      this.baseline = data.takeSnapshot.id;
      this.error = null;
    } catch (error) {
      if (mine !== this.sequence) return;
      this.error = error;
    }
    this.render();
  }

  private async compare(against: { from: string; to: string } | { snapshot: string }): Promise<void> {
    const mine = ++this.sequence;
    const { scope, metric } = this.context();
    // A date comparison sets both dates itself: the scope's own date is the later one.
    const { asOf: _asOf, ...rest } = scope;
    try {
      const change =
        'snapshot' in against
          ? (await query<SnapshotChangeQuery>(SNAPSHOT_CHANGE, { from: against.snapshot, metric, first: CHANGE_FIRST })).snapshotChange
          : (await query<NetworkChangeQuery>(NETWORK_CHANGE, { scope: rest, ...against, metric, first: CHANGE_FIRST })).networkChange;
      if (mine !== this.sequence) return;
      this.change = change;
      this.error = null;
    } catch (error) {
      if (mine !== this.sequence) return;
      this.error = error;
    }
    this.render();
  }

  private result(change: Change): HTMLElement {
    const who = (s: Change['joined'][number]) => stakeholderLink(s, this.open);
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
