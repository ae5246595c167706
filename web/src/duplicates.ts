import { query } from './api';
import { formatNumber, h, setChildren, stakeholderLink } from './dom';
import { errorView } from './errors';
import type { DuplicatesQuery, MergeStakeholdersMutation } from './generated/operations';
import { labelOf, onLanguageChange, t } from './i18n';
import { DUPLICATES, DUPLICATES_FIRST, MERGE_STAKEHOLDERS } from './queries';

type Pair = DuplicatesQuery['duplicateCandidates']['stakeholders'][number];

/**
 * Likely duplicate stakeholders of the filtered region, best first, each with its reasons. An
 * editor merges a pair after choosing, in place, which record to keep; the list and the map
 * then follow.
 */
export class DuplicatesView {
  private pairs: Pair[] | null = null;
  private region: string | undefined;
  private notice: Node | null = null;

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
      this.pairs = data.duplicateCandidates.stakeholders;
      this.render();
    } catch (error) {
      setChildren(this.root, h('h3', {}, t('duplicatesTitle')), errorView(error));
    }
  }

  private render(): void {
    if (!this.pairs) return;
    const items = this.pairs.map((pair) => this.item(pair));
    setChildren(
      this.root,
      h('h3', {}, t('duplicatesTitle')),
      h('p', { class: 'muted' }, t('duplicatesIntro')),
      this.notice,
      items.length ? h('ul', { class: 'duplicates', 'data-testid': 'duplicates' }, ...items) : h('p', { class: 'muted', 'data-testid': 'duplicates-none' }, t('duplicatesNone')),
    );
  }

  private item(pair: Pair): HTMLElement {
    const actions = h('div', { class: 'actions' });
    const ask = () =>
      setChildren(
        actions,
        h('span', { class: 'confirm' }, t('confirmMerge'), ' '),
        ...[pair.a, pair.b].map((keep) => {
          const merge = keep === pair.a ? pair.b : pair.a;
          return h('button', { type: 'button', class: 'small', 'data-testid': 'keep', 'data-keep': keep.id, onclick: () => void this.merge(keep.id, merge.id, actions) }, t('keepThis', { name: keep.name }));
        }),
        h('button', { type: 'button', class: 'small secondary', onclick: () => setChildren(actions, start) }, t('cancel')),
      );
    const start = h('button', { type: 'button', class: 'small secondary', 'data-testid': 'merge', onclick: ask }, t('merge'));
    if (this.canEdit()) actions.append(start);
    return h(
      'li',
      { 'data-pair': `${pair.a.id} ${pair.b.id}` },
      h('div', { class: 'pair' }, stakeholderLink(pair.a, this.open), h('span', { class: 'muted' }, ' ≈ '), stakeholderLink(pair.b, this.open), h('span', { class: 'score' }, `${formatNumber(pair.score * 100, 0)}%`)),
      h('ul', { class: 'reasons' }, ...pair.reasons.map((r) => h('li', {}, h('strong', {}, labelOf(r.kind)), ' ', r.detail))),
      actions,
    );
  }

  private async merge(keep: string, merge: string, actions: HTMLElement): Promise<void> {
    try {
      const data = await query<MergeStakeholdersMutation>(MERGE_STAKEHOLDERS, { keep, merge });
      this.notice = h('p', { class: 'notice', role: 'status', 'data-testid': 'merged' }, t('mergedInto', { name: data.mergeStakeholders.stakeholder.name }));
      this.changed();
      await this.load(this.region);
    } catch (error) {
      actions.append(errorView(error));
    }
  }
}
