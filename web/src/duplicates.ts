import { query } from './api';
import { formatNumber, h, setChildren, stakeholderLink } from './dom';
import { editable, scopePlaces } from './editable';
import { errorView } from './errors';
import type { DuplicatesQuery, MergePeopleMutation, MergeStakeholdersMutation } from './generated/operations';
import { labelOf, onLanguageChange, t, type Label } from './i18n';
import { DUPLICATES, DUPLICATES_FIRST, MERGE_PEOPLE, MERGE_STAKEHOLDERS } from './queries';

type Candidates = DuplicatesQuery['duplicateCandidates'];
type StakeholderPair = Candidates['stakeholders'][number];
type PersonPair = Candidates['people'][number];
type Side = StakeholderPair['a'] | PersonPair['a'];

/** One kind of record the list offers to merge: how a record shows, and how a pair is merged (answering the kept name). */
interface Kind<P extends { a: Side; b: Side }> {
  heading: Label;
  kind: 'stakeholder' | 'person';
  show(side: P['a']): Node;
  merge(keep: string, merge: string): Promise<string>;
}

/**
 * Likely duplicate stakeholders, and people, of the filtered region, best first, each with its
 * reasons. An editor merges a pair after choosing, in place, which record to keep; the list and
 * the map then follow. A scoped editor's Merge is disabled, with the reason, when either record
 * is outside its area.
 */
export class DuplicatesView {
  private candidates: Candidates | null = null;
  private region: string | undefined;
  private notice: Node | null = null;

  private readonly stakeholders: Kind<StakeholderPair> = {
    heading: 'duplicateOrganisations',
    kind: 'stakeholder',
    show: (s) => stakeholderLink(s, this.open),
    merge: async (keep, merge) => (await query<MergeStakeholdersMutation>(MERGE_STAKEHOLDERS, { keep, merge })).mergeStakeholders.stakeholder.name,
  };

  private readonly people: Kind<PersonPair> = {
    heading: 'duplicatePeople',
    kind: 'person',
    // People have no panel: the offices they hold tell two of the same name apart.
    show: (p) =>
      h('span', { 'data-person': p.id }, h('strong', {}, p.name), p.offices.length ? h('small', { class: 'muted' }, ` (${p.offices.map((o) => `${o.title}, ${o.stakeholder.name}`).join('; ')})`) : null),
    merge: async (keep, merge) => (await query<MergePeopleMutation>(MERGE_PEOPLE, { keep, merge })).mergePeople.person.name,
  };

  constructor(
    private readonly root: HTMLElement,
    private readonly open: (id: string) => void,
    private readonly canEdit: () => boolean,
    private readonly changed: () => void,
  ) {
    onLanguageChange(() => this.render());
  }

  async load(region: string | undefined): Promise<void> {
    this.region = region;
    setChildren(this.root, h('h3', {}, t('duplicatesTitle')), h('p', { class: 'muted' }, t('loading')));
    try {
      const data = await query<DuplicatesQuery>(DUPLICATES, { scope: region ? { region } : null, first: DUPLICATES_FIRST });
      this.candidates = data.duplicateCandidates;
      this.render();
    } catch (error) {
      setChildren(this.root, h('h3', {}, t('duplicatesTitle')), errorView(error));
    }
  }

  private render(): void {
    const candidates = this.candidates;
    if (!candidates) return;
    const found = candidates.stakeholders.length + candidates.people.length > 0;
    setChildren(
      this.root,
      h('h3', {}, t('duplicatesTitle')),
      h('p', { class: 'muted' }, t('duplicatesIntro')),
      this.notice,
      found ? this.list(this.stakeholders, candidates.stakeholders) : null,
      found ? this.list(this.people, candidates.people) : null,
      found ? null : h('p', { class: 'muted', 'data-testid': 'duplicates-none' }, t('duplicatesNone')),
    );
  }

  private list<P extends { a: Side; b: Side; score: number; reasons: StakeholderPair['reasons'] }>(kind: Kind<P>, pairs: P[]): Node | null {
    if (!pairs.length) return null;
    return h(
      'section',
      { 'data-kind': kind.kind },
      h('h4', {}, t(kind.heading)),
      h('ul', { class: 'duplicates', 'data-testid': 'duplicates' }, ...pairs.map((pair) => this.item(kind, pair))),
    );
  }

  private item<P extends { a: Side; b: Side; score: number; reasons: StakeholderPair['reasons'] }>(kind: Kind<P>, pair: P): HTMLElement {
    const actions = h('div', { class: 'actions' });
    const ask = () =>
      setChildren(
        actions,
        h('span', { class: 'confirm' }, t('confirmMerge'), ' '),
        ...[pair.a, pair.b].map((keep) => {
          const merge = keep === pair.a ? pair.b : pair.a;
          return h('button', { type: 'button', class: 'small', 'data-testid': 'keep', 'data-keep': keep.id, onclick: () => void this.merge(kind, keep.id, merge.id, actions) }, t('keepThis', { name: keep.name }));
        }),
        h('button', { type: 'button', class: 'small secondary', onclick: () => setChildren(actions, start) }, t('cancel')),
      );
    // A merge changes both records: a scoped editor merges only two of its own.
    const outside = [pair.a, pair.b].find((side) => !side.viewerCanEdit);
    const start = editable(
      h('button', { type: 'button', class: 'small secondary', 'data-testid': 'merge', onclick: ask }, t('merge')),
      !outside,
      outside ? t('mergeOutsideScope', { name: outside.name, places: scopePlaces() }) : undefined,
    );
    if (this.canEdit()) actions.append(start);
    return h(
      'li',
      { 'data-pair': `${pair.a.id} ${pair.b.id}` },
      h('div', { class: 'pair' }, kind.show(pair.a), h('span', { class: 'muted' }, ' ≈ '), kind.show(pair.b), h('span', { class: 'score' }, `${formatNumber(pair.score * 100, 0)}%`)),
      h('ul', { class: 'reasons' }, ...pair.reasons.map((r) => h('li', {}, h('strong', {}, labelOf(r.kind)), ' ', r.detail))),
      actions,
    );
  }

  private async merge<P extends { a: Side; b: Side }>(kind: Kind<P>, keep: string, merge: string, actions: HTMLElement): Promise<void> {
    try {
      const name = await kind.merge(keep, merge);
      this.notice = h('p', { class: 'notice', role: 'status', 'data-testid': 'merged' }, t('mergedInto', { name }));
      this.changed();
      await this.load(this.region);
    } catch (error) {
      actions.append(errorView(error));
    }
  }
}
