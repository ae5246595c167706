import { query, request, type ApiErrorEntry } from './api';
import { externalLink, formatNumber, h, setChildren, stakeholderLink } from './dom';
import { editable, outsideScopeReason } from './editable';
import { errorView } from './errors';
import { leaning } from './grid';
import type { SourceQuery, StakeholderQuery } from './generated/operations';
import { HELICES, HELIX_COLORS, type Helix } from './helix';
import { labelOf, t, type Label } from './i18n';
import { PANEL_INTERACTIONS_FIRST, PANEL_PARTNERS_FIRST, SOURCE, STAKEHOLDER } from './queries';
import { collaborationRemoval, deleteButton, participationRemoval, type Removal } from './removal';
import type { Scope } from './state';

interface Ref {
  id: string;
  name: string;
  helix?: Helix;
}

export type StakeholderDetails = NonNullable<StakeholderQuery['stakeholder']>;
export type Evidence = StakeholderDetails['evidence'][number];
export type Participation = StakeholderDetails['participations'][number];
export type Collaboration = StakeholderDetails['collaborations'][number];
type Assessment = StakeholderDetails['assessments'][number];
type History = StakeholderQuery['history'];

/** What the panel offers editors: each opens the matching form filled in; `changed` redraws after a delete or its undo. */
export interface EditActions {
  stakeholder(s: StakeholderDetails): void;
  collaboration(c: Collaboration): void;
  participation(stakeholderId: string, p: Participation): void;
  /** Opens the assessment form for this stakeholder, within the program or region in view. */
  assess(s: StakeholderDetails): void;
  /** Opens the interaction form with this stakeholder taking part. */
  logInteraction(s: StakeholderDetails): void;
  changed(): void;
}

const INFLUENCE_FIELDS = ['degree', 'weightedDegree', 'pageRank', 'betweenness', 'closeness', 'eigenvector', 'reach', 'helixDiversity', 'articulationPoint', 'community'] as const;

export const helixBadge = (helix: Helix) => h('span', { class: 'badge', style: `background:${HELIX_COLORS[helix]}` }, labelOf(helix));

const section = (label: Label, ...content: Array<Node | null>) => h('section', { class: 'panel-section' }, h('h3', {}, t(label)), ...content);

type SourceDetails = NonNullable<SourceQuery['source']>;
type CitedFact = SourceDetails['citations'][number]['fact'];

const CITED_SECTIONS: Array<[CitedFact['__typename'], Label]> = [
  ['Stakeholder', 'stakeholders'],
  ['Program', 'programs'],
  ['Collaboration', 'collaborations'],
  ['Participation', 'participations'],
];

const dates = (from: string | null, to: string | null) => (from || to ? ` (${from ?? '…'} – ${to ?? '…'})` : '');

/**
 * The stakeholder panel: everything the API knows about one stakeholder, with links that open
 * other stakeholders in the panel (and focus them on the map).
 */
export class StakeholderPanel {
  private current: StakeholderDetails | null = null;
  private history: History | null = null;
  private partialErrors: ApiErrorEntry[] = [];
  private sequence = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly open: (id: string) => void,
    private readonly context: () => { scope: Scope; canSeeContacts: boolean; edit: EditActions | null },
  ) {}

  get stakeholder(): StakeholderDetails | null {
    return this.current;
  }

  /** Back to "pick a stakeholder"; an answer still on its way is dropped. */
  clear(): void {
    this.sequence++;
    this.current = null;
    this.history = null;
    this.partialErrors = [];
    this.render();
  }

  async show(id: string): Promise<void> {
    const mine = ++this.sequence;
    this.container.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    const { scope, canSeeContacts } = this.context();
    try {
      const result = await request<StakeholderQuery>(STAKEHOLDER, { id, scope, asOf: scope.asOf, partners: PANEL_PARTNERS_FIRST, withContact: canSeeContacts, interactions: PANEL_INTERACTIONS_FIRST });
      if (mine !== this.sequence) return;
      this.current = result.data.stakeholder;
      this.history = result.data.history;
      this.partialErrors = result.partialErrors;
      this.render();
    } catch (error) {
      if (mine === this.sequence) this.container.replaceChildren(errorView(error));
    }
  }

  render(): void {
    const s = this.current;
    if (!s) {
      this.container.replaceChildren(h('p', { class: 'muted' }, t('pickStakeholder')));
      return;
    }
    const link = (ref: Ref) => stakeholderLink(ref, this.open);
    const edit = this.context().edit;
    // Controls for what the caller may not change (a scoped editor, outside its area) are disabled with the reason.
    const editButton = (action: () => void, canEdit: boolean) => (edit ? editable(h('button', { type: 'button', class: 'small', 'data-testid': 'edit', onclick: action }, t('tabEdit')), canEdit) : null);
    const removeButton = (removal: Removal, canEdit: boolean) => (edit ? deleteButton(removal, () => edit.changed(), canEdit) : null);
    setChildren(
      this.container,
      h(
        'header',
        { class: 'panel-header' },
        h('h2', { 'data-testid': 'panel-name' }, s.name),
        helixBadge(s.helix),
        h('span', { class: 'muted' }, ` ${labelOf(s.kind)}`),
        s.region ? h('span', { class: 'muted' }, ` · ${s.region.name}`) : null,
        editButton(() => edit?.stakeholder(s), s.viewerCanEdit),
      ),
      edit && !s.viewerCanEdit ? h('p', { class: 'notice', 'data-testid': 'outside-scope' }, outsideScopeReason()) : null,
      edit ? h('p', {}, editable(h('button', { type: 'button', class: 'small', 'data-testid': 'log-interaction', onclick: () => edit.logInteraction(s) }, t('logInteraction')), s.viewerCanEdit)) : null,
      s.aliases.length ? h('p', {}, h('strong', {}, `${t('aliases')}: `), s.aliases.join(', ')) : null,
      s.description ? h('p', {}, s.description) : null,
      s.website ? h('p', {}, externalLink(s.website, s.website) ?? s.website) : null,
      s.parent ? h('p', {}, h('strong', {}, `${t('partOf')}: `), link(s.parent)) : null,
      this.partialErrors.length ? h('p', { class: 'muted' }, this.partialErrors.map((e) => e.message).join('; ')) : null,
      this.partners(s, link),
      this.influence(s),
      s.units.length ? section('units', h('ul', {}, ...s.units.map((u) => h('li', {}, link(u))))) : null,
      s.officeHolders.length ? section('officeHolders', h('ul', {}, ...s.officeHolders.map((o) => h('li', {}, `${o.title}: ${o.person.name}${dates(o.since, o.until)}`, this.contact(o.person.contact))))) : null,
      s.participations.length
        ? section(
            'participations',
            h('ul', {}, ...s.participations.map((p) => h('li', {}, h('strong', {}, p.program.name), ` · ${labelOf(p.program.kind)} · ${labelOf(p.role)}${dates(p.startedOn ?? p.program.startsOn, p.endedOn)}`, editButton(() => edit?.participation(s.id, p), p.viewerCanEdit), removeButton(participationRemoval(s.id, p), p.viewerCanEdit)))),
          )
        : null,
      s.collaborations.length ? section('collaborations', ...s.collaborations.map((c) => this.collaboration(c, link, s.id, editButton(() => edit?.collaboration(c), c.viewerCanEdit), removeButton(collaborationRemoval(c), c.viewerCanEdit)))) : null,
      this.assessments(s.assessments, edit ? editable(h('button', { type: 'button', class: 'small', 'data-testid': 'assess', onclick: () => edit.assess(s) }, t('assess')), s.viewerCanEdit) : null),
      s.evidence.length ? section('evidence', ...s.evidence.map((e) => this.quote(e))) : null,
      this.interactions(s.id, link),
    );
  }

  /** The latest interactions with this stakeholder (the engagement log), with their follow-ups. */
  private interactions(self: string, link: (ref: Ref) => HTMLElement): Node | null {
    const history = this.history;
    if (!history?.nodes.length) return null;
    return section(
      'interactions',
      h('p', { class: 'muted' }, t('interactionsShown', { n: history.nodes.length, total: history.totalCount })),
      h(
        'ul',
        { 'data-testid': 'interactions' },
        ...history.nodes.map((n) =>
          h(
            'li',
            {},
            h('strong', {}, n.subject),
            ` · ${labelOf(n.kind)} · ${n.occurredOn}`,
            n.stakeholders.length > 1 ? h('span', {}, ` · ${t('with')} `, ...n.stakeholders.filter((p) => p.id !== self).flatMap((p, i) => [i ? ', ' : '', link(p)])) : null,
            n.notes ? h('p', { class: 'muted' }, n.notes) : null,
            n.followUps.length
              ? h('ul', {}, ...n.followUps.map((f) => h('li', { class: f.overdue ? 'overdue' : '' }, `${f.commitment} · ${labelOf(f.status)}${f.dueOn ? ` · ${t('dueOn')} ${f.dueOn}` : ''}${f.overdue ? ` · ${t('overdue')}` : ''}`)))
              : null,
          ),
        ),
      ),
    );
  }

  /** The history of judgements, newest first; editors can add one. */
  private assessments(assessments: Assessment[], assess: Node | null): Node | null {
    if (!assessments.length && !assess) return null;
    return h(
      'section',
      { class: 'panel-section', 'data-testid': 'assessments' },
      h('h3', {}, t('assessments'), ' ', assess),
      assessments.length
        ? h(
            'ul',
            {},
            ...assessments.map((a) =>
              h(
                'li',
                { 'data-assessment': a.id },
                t('assessmentLine', { scope: a.scope.name, on: a.assessedOn, power: a.power, interest: a.interest }),
                ' ',
                h('span', { class: `pi-position pi-${leaning(a.position)}` }, labelOf(a.position)),
                h('small', { class: 'muted' }, ` ${labelOf(a.quadrant)}${a.attitude ? ` · ${labelOf(a.attitude)}` : ''}`),
                a.comment ? h('p', { class: 'muted' }, a.comment) : null,
              ),
            ),
          )
        : null,
    );
  }

  /** A quote with its source: the title opens what the source reports; its address, when known, the source itself. */
  private quote(e: Evidence): HTMLElement {
    const source = e.source;
    return h(
      'blockquote',
      {},
      `“${e.quote}”`,
      h(
        'footer',
        {},
        '— ',
        h('button', { class: 'link', type: 'button', 'data-source': source.id, onclick: () => void this.showSource(source.id) }, source.title),
        source.publishedOn ? `, ${source.publishedOn}` : '',
        externalLink(source.url, ` ${t('readSource')} ↗`),
      ),
    );
  }

  /** A source in the panel: what it is, and every stakeholder, program, collaboration and participation it reports. */
  async showSource(id: string): Promise<void> {
    const mine = ++this.sequence;
    const back = this.current;
    this.container.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      const { source } = await query<SourceQuery>(SOURCE, { id });
      if (mine !== this.sequence) return;
      if (!source) {
        this.container.replaceChildren(h('p', { class: 'muted' }, t('noResults')), back ? h('button', { type: 'button', class: 'small', onclick: () => this.render() }, `← ${t('back')}`) : '');
        return;
      }
      const link = (ref: Ref) => stakeholderLink(ref, this.open);
      const describe = (fact: CitedFact): Array<Node | string> => {
        switch (fact.__typename) {
          case 'Stakeholder':
            return [link(fact), ' ', helixBadge(fact.helix)];
          case 'Participation':
            return [link(fact.stakeholder), ` · ${fact.program.name} · ${labelOf(fact.role)}`];
          case 'Program':
            return [h('strong', {}, fact.name), ` · ${labelOf(fact.programKind)}`];
          case 'Collaboration':
            return [h('strong', {}, fact.name), ` · ${labelOf(fact.collaborationKind)}`];
        }
      };
      setChildren(
        this.container,
        h(
          'header',
          { class: 'panel-header', 'data-testid': 'source-view' },
          back ? h('button', { type: 'button', class: 'small', onclick: () => this.render() }, `← ${t('back')}`) : null,
          h('h2', {}, source.title),
          h('p', { class: 'muted' }, [source.publisher, source.author, source.publishedOn, labelOf(source.kind), source.language].filter(Boolean).join(' · ')),
          source.url ? h('p', {}, externalLink(source.url, `${t('readSource')} ↗`)) : null,
        ),
        h('h3', {}, t('sourceReports')),
        ...CITED_SECTIONS.map(([type, label]) => {
          // One entry per fact, with every passage that reports it.
          const facts = new Map<string, { fact: CitedFact; quotes: string[] }>();
          for (const c of source.citations.filter((c) => c.fact.__typename === type)) {
            const entry = facts.get(c.fact.id) ?? { fact: c.fact, quotes: [] };
            entry.quotes.push(c.quote);
            facts.set(c.fact.id, entry);
          }
          return facts.size
            ? section(label, h('ul', {}, ...[...facts.values()].map(({ fact, quotes }) => h('li', { 'data-cited': type }, ...describe(fact), ...quotes.map((q) => h('blockquote', {}, `“${q}”`))))))
            : null;
        }),
      );
    } catch (error) {
      if (mine === this.sequence) this.container.replaceChildren(errorView(error));
    }
  }

  private contact(contact: { email: string | null; phone: string | null } | null | undefined): Node | null {
    if (contact === undefined || (contact === null && this.partialErrors.some((e) => e.path?.includes('contact')))) {
      return h('small', { class: 'muted' }, ` (${t('contactRestricted')})`);
    }
    if (!contact) return null;
    return h('small', {}, ` ${[contact.email, contact.phone].filter(Boolean).join(' · ')}`);
  }

  private influence(s: StakeholderDetails): Node | null {
    if (!s.influence) return null;
    const figures = s.influence;
    return section(
      'influence',
      h(
        'dl',
        { class: 'figures' },
        ...INFLUENCE_FIELDS.flatMap((field) => {
          const value = figures[field];
          return [h('dt', {}, t(field)), h('dd', {}, typeof value === 'boolean' ? t(value ? 'yes' : 'no') : formatNumber(value))];
        }),
      ),
    );
  }

  private partners(s: StakeholderDetails, link: (ref: Ref) => HTMLElement): Node {
    const groups = HELICES.map((helix) => ({ helix, partners: s.partners.filter((p) => p.partner.helix === helix) })).filter((g) => g.partners.length);
    return section(
      'partnersByHelix',
      h('p', { class: 'muted' }, `${t('partners')}: ${s.partnerCount}`),
      ...groups.map((g) =>
        h(
          'div',
          { class: 'partner-group', 'data-helix': g.helix },
          helixBadge(g.helix),
          h('ul', {}, ...g.partners.map((p) => h('li', {}, link(p.partner), h('small', { class: 'muted' }, ` ${t('weight')} ${formatNumber(p.weight, 1)}`)))),
        ),
      ),
    );
  }

  private collaboration(c: Collaboration, link: (ref: Ref) => HTMLElement, self: string, editButton: Node | null, removeButton: Node | null): Node {
    return h(
      'article',
      { class: 'collaboration', 'data-collaboration': c.id },
      h('h4', {}, c.name, editButton, removeButton),
      h('p', { class: 'muted' }, `${labelOf(c.kind)} · ${labelOf(c.status)} · ${t('weight')} ${formatNumber(c.strength, 1)}${dates(c.startedOn, c.endedOn)}`),
      c.program ? h('p', {}, `${t('program')}: ${c.program.name}`) : null,
      h('p', {}, ...c.parties.filter((p) => p.stakeholder.id !== self).flatMap((p, i) => [i ? ', ' : '', link(p.stakeholder), p.role ? ` (${p.role})` : ''])),
      ...c.evidence.map((e) => this.quote(e)),
    );
  }
}
