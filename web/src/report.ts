import { query } from './api';
import { IMPORT_DRAFT, READ_REPORT } from './queries';
import { h, setChildren } from './dom';
import { errorView } from './errors';
import type { Proposal as ReaderProposal } from '../../src/reader/match';
import { labelOf, t } from './i18n';

/** A proposal as readReport sends it: the reader's, with GraphQL's nulls for absent match fields. */
type Proposal = Omit<ReaderProposal, 'match'> & {
  match: { kind: ReaderProposal['match']['kind']; id: string | null; name: string | null; by: string | null; score: number | null };
};

interface ImportReport {
  applied: boolean;
  dryRun: boolean;
  counts: Array<{ kind: string; created: number; updated: number; unchanged: number }>;
  problems: Array<{ sheet: string; row: number | null; column: string | null; message: string }>;
}

const KIND_LABELS = {
  stakeholders: 'reportKindStakeholders',
  people: 'reportKindPeople',
  programs: 'reportKindPrograms',
  participations: 'reportKindParticipations',
  collaborations: 'reportKindCollaborations',
  sources: 'reportKindSources',
  regions: 'reportKindRegions',
} as const;
const kindLabel = (kind: string) => (kind in KIND_LABELS ? t(KIND_LABELS[kind as keyof typeof KIND_LABELS]) : kind);

type Item = { id?: string; name?: string; stakeholderId?: string; programId?: string; role?: string; parties?: Array<{ stakeholderId: string }>; offices?: Array<{ stakeholderId: string }> };
type Draft = Record<string, Item[]>;

/** What the reviewer decided about one proposal. */
interface Decision {
  keep: boolean;
  name: string;
  /** For a similar name: use the graph's item instead of creating a new one. */
  useExisting: boolean;
}

/**
 * Applies the review to the draft: a rejected item goes, with the facts that need it (a
 * participation of a rejected organisation, a tie left with fewer than two parties, a person
 * left without an office); a renamed item keeps its id; a similar name confirmed as the graph's
 * item is replaced by it everywhere.
 */
export function reviewedDraft(draft: Draft, proposals: Proposal[], decisions: Map<string, Decision>): Draft {
  const key = (p: Proposal) => `${p.collection}:${p.id}`;
  const gone = new Set<string>();
  const renamed = new Map<string, string>();
  for (const p of proposals) {
    const d = decisions.get(key(p));
    if (!d) continue;
    const graphId = p.match.kind === 'EXACT' ? p.match.id! : p.id;
    if (!d.keep) gone.add(p.collection === 'participations' || p.collection === 'collaborations' ? key(p) : graphId);
    else if (d.useExisting && p.match.kind === 'SIMILAR' && p.match.id) renamed.set(p.id, p.match.id);
  }
  const id = (x: string) => renamed.get(x) ?? x;
  const named = (collection: string, item: Item) => {
    const d = decisions.get(`${collection}:${item.id}`);
    return d && d.name.trim() && d.name !== item.name ? { ...item, name: d.name.trim() } : item;
  };
  const out: Draft = { ...draft };
  for (const collection of ['stakeholders', 'people', 'programs'] as const) {
    out[collection] = (draft[collection] ?? []).filter((i) => !gone.has(i.id!) && !renamed.has(i.id!)).map((i) => named(collection, i));
  }
  out.people = out.people!
    .map((p) => ({ ...p, offices: (p.offices ?? []).map((o) => ({ ...o, stakeholderId: id(o.stakeholderId) })).filter((o) => !gone.has(o.stakeholderId)) }))
    .filter((p) => p.offices.length > 0);
  out.participations = (draft.participations ?? [])
    .filter((p) => !gone.has(`participations:${p.stakeholderId}--${p.programId}--${p.role!.toLowerCase()}`))
    .map((p) => ({ ...p, stakeholderId: id(p.stakeholderId!), programId: id(p.programId!) }))
    .filter((p) => !gone.has(p.stakeholderId) && !gone.has(p.programId));
  out.collaborations = (draft.collaborations ?? [])
    .filter((c) => !gone.has(`collaborations:${c.id}`))
    .map((c) => named('collaborations', { ...c, parties: [...new Set((c.parties ?? []).map((p) => id(p.stakeholderId)))].filter((s) => !gone.has(s)).map((stakeholderId) => ({ stakeholderId })) }))
    .filter((c) => c.parties!.length >= 2);
  return out;
}

/**
 * "Add from a report": paste a report (or open a .txt), read it into proposals, review them
 * against the text with their quotes highlighted, see the dry run's counts, import.
 */
export class ReportView {
  private text = '';
  private draft: Draft | null = null;
  private proposals: Proposal[] = [];
  private decisions = new Map<string, Decision>();
  private active: string | null = null;
  private result: HTMLElement = h('div', { class: 'report-result', 'data-testid': 'report-result' });

  constructor(
    private readonly container: HTMLElement,
    private readonly canImport: () => boolean,
    private readonly imported: () => void,
  ) {}

  render(): void {
    const textarea = h('textarea', { id: 'report-text', rows: 8, 'data-testid': 'report-text', 'aria-label': t('reportText'), placeholder: t('reportPlaceholder') });
    textarea.value = this.text;
    const file = h('input', { type: 'file', accept: '.txt,text/plain', 'aria-label': t('reportOpen') });
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (chosen) void chosen.text().then((content) => (textarea.value = content));
    });
    const field = (name: string, label: 'reportTitle' | 'reportPublisher' | 'reportPublishedOn' | 'reportUrl', type = 'text') =>
      h('label', { class: 'field' }, h('span', {}, t(label)), h('input', { name, type }));
    const form = h(
      'form',
      { class: 'report-form', 'data-testid': 'report-form' },
      h('p', { class: 'muted' }, t('reportIntro')),
      textarea,
      h('label', { class: 'field' }, h('span', {}, t('reportOpen')), file),
      h('div', { class: 'report-meta' }, field('title', 'reportTitle'), field('publisher', 'reportPublisher'), field('publishedOn', 'reportPublishedOn', 'date'), field('url', 'reportUrl', 'url')),
      h('button', { type: 'submit', 'data-testid': 'report-read' }, t('reportRead')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const value = (name: string) => ((data.get(name) as string | null) ?? '').trim() || undefined;
      void this.read({ text: textarea.value, title: value('title'), publisher: value('publisher'), publishedOn: value('publishedOn'), url: value('url') });
    });
    setChildren(this.container, form, this.result);
    if (this.draft) this.renderReview();
  }

  private async read(input: Record<string, string | undefined>): Promise<void> {
    this.text = input.text ?? '';
    setChildren(this.result, h('p', { class: 'muted' }, t('loading')));
    try {
      const data = await query<{ readReport: { draft: string; proposals: Proposal[] } }>(READ_REPORT, { input: Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) });
      this.draft = JSON.parse(data.readReport.draft) as Draft;
      this.proposals = data.readReport.proposals;
      this.decisions = new Map(this.proposals.map((p) => [`${p.collection}:${p.id}`, { keep: true, name: p.label, useExisting: p.match.kind === 'SIMILAR' }]));
      this.active = null;
      this.renderReview();
    } catch (error) {
      setChildren(this.result, errorView(error));
    }
  }

  /** The text with every quote marked; the selected proposal's quote stands out. */
  private highlighted(): HTMLElement {
    const spans = [...new Map(this.proposals.filter((p) => p.offset >= 0).map((p) => [p.offset, p])).values()].sort((a, b) => a.offset - b.offset);
    const parts: Array<Node | string> = [];
    let at = 0;
    for (const p of spans) {
      if (p.offset < at) continue;
      parts.push(this.text.slice(at, p.offset));
      const activeQuote = this.active !== null && this.proposals.some((x) => `${x.collection}:${x.id}` === this.active && x.offset === p.offset);
      parts.push(h('mark', { class: activeQuote ? 'quote active' : 'quote', 'data-offset': p.offset }, this.text.slice(p.offset, p.offset + p.quote.length)));
      at = p.offset + p.quote.length;
    }
    parts.push(this.text.slice(at));
    return h('div', { class: 'report-source', 'data-testid': 'report-source' }, ...parts);
  }

  private renderReview(): void {
    const source = this.highlighted();
    const rows = this.proposals.map((p) => {
      const k = `${p.collection}:${p.id}`;
      const d = this.decisions.get(k)!;
      const keep = h('input', { type: 'checkbox', checked: d.keep, 'aria-label': t('reportKeep'), 'data-testid': 'report-keep' });
      keep.addEventListener('change', () => {
        d.keep = keep.checked;
        row.classList.toggle('rejected', !d.keep);
      });
      const editable = p.collection !== 'participations' && p.match.kind !== 'EXACT';
      const name = editable ? (h('input', { value: d.name, 'aria-label': t('reportName'), class: 'report-name' })) : null;
      name?.addEventListener('input', () => (d.name = name.value));
      const useExisting = p.match.kind === 'SIMILAR' ? (h('input', { type: 'checkbox', checked: d.useExisting, 'aria-label': t('reportUseExisting') })) : null;
      useExisting?.addEventListener('change', () => (d.useExisting = useExisting.checked));
      const match =
        p.match.kind === 'EXACT'
          ? h('span', { class: 'match exact' }, t('reportKnown', { name: p.match.name ?? p.match.id ?? '' }))
          : p.match.kind === 'SIMILAR'
            ? h('label', { class: 'match similar' }, useExisting, ` ${t('reportSimilar', { name: p.match.name ?? '', score: Math.round((p.match.score ?? 0) * 100) })}`)
            : h('span', { class: 'match new' }, t('reportNew'));
      const row = h(
        'tr',
        { class: d.keep ? '' : 'rejected', 'data-testid': 'report-row', 'data-collection': p.collection },
        h('td', {}, keep),
        h('td', {}, kindLabel(p.collection)),
        h('td', {}, name ?? p.label, h('div', { class: 'muted' }, p.detail.split(' · ').map((part) => (/^[A-Z_]+$/u.test(part) ? labelOf(part) : part)).join(' · '))),
        h('td', {}, match),
        h('td', { class: 'num' }, p.confidence.toFixed(1)),
      );
      row.addEventListener('click', (event) => {
        if ((event.target as HTMLElement).closest('input')) return;
        this.active = k;
        source.replaceWith(this.highlighted());
        this.container.querySelector('mark.active')?.scrollIntoView({ block: 'nearest' });
        for (const r of this.container.querySelectorAll('tr.selected')) r.classList.remove('selected');
        row.classList.add('selected');
      });
      return row;
    });
    const counts = h('div', { class: 'report-counts', 'data-testid': 'report-counts' });
    const dryRun = h('button', { type: 'button', class: 'secondary', 'data-testid': 'report-dry-run' }, t('reportDryRun'));
    const importButton = h('button', { type: 'button', 'data-testid': 'report-import' }, t('reportImport'));
    dryRun.addEventListener('click', () => void this.importDraft(true, counts));
    importButton.addEventListener('click', () => void this.importDraft(false, counts));
    setChildren(
      this.result,
      h('h3', {}, t('reportProposals', { n: this.proposals.length })),
      source,
      h(
        'table',
        { class: 'report-table', 'data-testid': 'report-table' },
        h('thead', {}, h('tr', {}, h('th', {}, t('reportKeep')), h('th', {}, t('kind')), h('th', {}, t('reportName')), h('th', {}, t('reportMatch')), h('th', {}, t('reportConfidence')))),
        h('tbody', {}, ...rows),
      ),
      this.canImport() ? h('div', { class: 'actions' }, dryRun, importButton) : h('p', { class: 'notice' }, t('reportEditorsImport')),
      counts,
    );
  }

  private async importDraft(dry: boolean, counts: HTMLElement): Promise<void> {
    if (!this.draft) return;
    const content = JSON.stringify(reviewedDraft(this.draft, this.proposals, this.decisions));
    setChildren(counts, h('p', { class: 'muted' }, t('loading')));
    try {
      const data = await query<{ importGraph: ImportReport }>(IMPORT_DRAFT, { input: { format: 'JSON', files: [{ name: 'report-draft.json', content }], dryRun: dry } });
      const report = data.importGraph;
      setChildren(
        counts,
        report.problems.length
          ? h('ul', { class: 'error' }, ...report.problems.map((p) => h('li', {}, `${p.column ?? p.sheet}: ${p.message}`)))
          : h(
              'table',
              { class: 'counts' },
              h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, t('reportCreated')), h('th', {}, t('reportUpdated')), h('th', {}, t('reportUnchanged')))),
              h('tbody', {}, ...report.counts.map((c) => h('tr', { 'data-kind': c.kind }, h('th', {}, kindLabel(c.kind)), h('td', { class: 'num' }, c.created), h('td', { class: 'num' }, c.updated), h('td', { class: 'num' }, c.unchanged)))),
            ),
        h('p', { class: report.applied ? 'success' : 'muted', 'data-testid': 'report-outcome' }, report.applied ? t('reportImported') : t('reportDryRunDone')),
      );
      if (report.applied) this.imported();
    } catch (error) {
      setChildren(counts, errorView(error));
    }
  }
}
