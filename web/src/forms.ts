import { ApiError, query } from './api';
import { h } from './dom';
import { errorView } from './errors';
import { ATTITUDES, COLLABORATION_KINDS, COLLABORATION_STATUSES, HELICES, PARTICIPATION_ROLES, POSITIONS, STAKEHOLDER_KINDS } from './helix';
import { applyLabels, labelOf, t, type Label } from './i18n';
import type { Collaboration, Evidence, Participation, StakeholderDetails } from './panel';
import { ADD_PARTICIPANT, RECORD_ASSESSMENT, RECORD_COLLABORATION, UPSERT_STAKEHOLDER } from './queries';
import { attachSearch } from './search';
import type { FilterOptionsQuery } from './generated/operations';

type Choices = () => Array<{ value: string; label: string }>;

interface Field {
  name: string;
  label: Label;
  type?: 'text' | 'number' | 'date' | 'textarea' | 'url';
  /** A select instead of a text field; the first choice is "none" unless `required`. */
  choices?: Choices;
  required?: boolean;
  /** Filled by picking stakeholders by name: one id, or a comma-separated list. */
  pick?: 'one' | 'many';
}

interface FormSpec {
  key: string;
  title: Label;
  fields: Field[];
  mutation: string;
  /** Which stored item the values name: an edit keeps that item's evidence and party roles. */
  identity(values: Values): string;
  toInput(values: Values, kept: Kept | null): Record<string, unknown>;
  /** The written item's id and whether it was created, from the mutation's answer. */
  outcome(data: Record<string, unknown>): { id: string; created: boolean };
}

/** The choices of the forms' select fields: what the filter options query brought. */
export interface Options {
  regions: FilterOptionsQuery['regions'];
  programs: FilterOptionsQuery['programs']['nodes'];
  sources: FilterOptionsQuery['sources'];
}

type Values = Record<string, string>;

interface EvidenceInput {
  sourceId: string;
  quote: string;
  confidence: number;
}

/**
 * What an edit must send back unchanged: the writes replace an item whole, evidence and party
 * roles included, and the form has no fields for the existing ones.
 */
interface Kept {
  identity: string;
  evidence: EvidenceInput[];
  partyRoles?: Record<string, string | null>;
}

/** Evidence as a write takes it back (an edit or an undo keeps what it cannot show). */
export const keepEvidence = (evidence: Array<Pick<Evidence, 'quote' | 'confidence'> & { source: { id: string } }>): EvidenceInput[] => evidence.map((e) => ({ sourceId: e.source.id, quote: e.quote, confidence: e.confidence }));

const enumChoices = (values: readonly string[]): Choices => () => values.map((value) => ({ value, label: labelOf(value) }));
/** Text fields are sent only when filled, so the API's defaults and "absent" apply. */
const optional = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
const list = (value: string | undefined) => (value?.trim() ? value.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
const number = (value: string | undefined) => (value?.trim() ? Number(value) : undefined);
/** The kept evidence of an edited item plus the one the form adds, if any. */
function evidence(values: Values, kept: Kept | null) {
  const added = values.sourceId && values.quote?.trim() ? [{ sourceId: values.sourceId, quote: values.quote.trim() }] : [];
  const all = [...(kept?.evidence ?? []), ...added];
  return all.length ? all : undefined;
}

 /** A readable id from a name, as the API wants it: "Dinas Tenaga Kerja" -> "dinas-tenaga-kerja". */
export const idFromName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');

/**
 * What the page can tell before sending, every problem at once, in the reader's language and
 * keyed by field: required fields, an id's shape, a web address, a strength in range, and
 * evidence that names both its source and the quote from it. The API checks again.
 */
export function checkValues(fields: Field[], values: Values): Map<string, Label> {
  const problems = new Map<string, Label>();
  for (const field of fields) if (field.required && !values[field.name]?.trim()) problems.set(field.name, 'problemRequired');
  if (values.id?.trim() && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.id.trim())) problems.set('id', 'problemId');
  if (values.website?.trim() && !/^https?:\/\/\S+$/i.test(values.website.trim())) problems.set('website', 'problemWebsite');
  if (values.strength?.trim() && !(Number(values.strength) > 0 && Number(values.strength) <= 1)) problems.set('strength', 'problemStrength');
  if (values.sourceId && !values.quote?.trim()) problems.set('quote', 'problemQuote');
  if (!values.sourceId && values.quote?.trim()) problems.set('sourceId', 'problemSource');
  for (const score of ['power', 'interest']) if (values[score]?.trim() && !/^[1-5]$/.test(values[score].trim())) problems.set(score, 'problemScore');
  return problems;
}

const participationIdentity = (v: Values) => [v.stakeholderId?.trim(), v.programId, v.role].join('|');
const assessmentIdentity = (v: Values) => [v.stakeholderId?.trim(), v.scopeId, v.assessedOn].join('|');
/** Today in the reader's calendar, as a date field holds it. */
const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

function specs(options: () => Options): FormSpec[] {
  const evidenceFields: Field[] = [
    { name: 'sourceId', label: 'sourceId', choices: () => options().sources.map((s) => ({ value: s.id, label: s.title })) },
    { name: 'quote', label: 'quote', type: 'textarea' },
  ];
  const programChoices: Choices = () => options().programs.map((p) => ({ value: p.id, label: p.name }));
  return [
    {
      key: 'stakeholder',
      title: 'formStakeholder',
      fields: [
        { name: 'id', label: 'id', required: true },
        { name: 'name', label: 'name', required: true },
        { name: 'aliases', label: 'aliasesField' },
        { name: 'helix', label: 'helix', choices: enumChoices(HELICES), required: true },
        { name: 'kind', label: 'kind', choices: enumChoices(STAKEHOLDER_KINDS), required: true },
        { name: 'description', label: 'description', type: 'textarea' },
        { name: 'website', label: 'website', type: 'url' },
        { name: 'tags', label: 'tags' },
        { name: 'regionId', label: 'regionId', choices: () => options().regions.map((r) => ({ value: r.id, label: r.name })) },
        { name: 'unitOf', label: 'unitOf', pick: 'one' },
        ...evidenceFields,
      ],
      mutation: UPSERT_STAKEHOLDER,
      identity: (v) => v.id?.trim() ?? '',
      toInput: (v, kept) => ({
        id: v.id?.trim(),
        name: v.name?.trim(),
        helix: v.helix,
        kind: v.kind,
        aliases: list(v.aliases),
        description: optional(v.description),
        website: optional(v.website),
        tags: list(v.tags),
        regionId: optional(v.regionId),
        unitOf: optional(v.unitOf),
        evidence: evidence(v, kept),
      }),
      outcome: (data) => {
        const payload = data.upsertStakeholder as { created: boolean; stakeholder: { id: string } };
        return { id: payload.stakeholder.id, created: payload.created };
      },
    },
    {
      key: 'collaboration',
      title: 'formCollaboration',
      fields: [
        { name: 'id', label: 'id', required: true },
        { name: 'name', label: 'name', required: true },
        { name: 'kind', label: 'kind', choices: enumChoices(COLLABORATION_KINDS), required: true },
        { name: 'parties', label: 'parties', required: true, pick: 'many' },
        { name: 'strength', label: 'strength', type: 'number' },
        { name: 'status', label: 'status', choices: enumChoices(COLLABORATION_STATUSES) },
        { name: 'startedOn', label: 'startedOn', type: 'date' },
        { name: 'endedOn', label: 'endedOn', type: 'date' },
        { name: 'programId', label: 'program', choices: programChoices },
        { name: 'description', label: 'description', type: 'textarea' },
        ...evidenceFields,
      ],
      mutation: RECORD_COLLABORATION,
      identity: (v) => v.id?.trim() ?? '',
      toInput: (v, kept) => ({
        id: v.id?.trim(),
        name: v.name?.trim(),
        kind: v.kind,
        parties: (list(v.parties) ?? []).map((stakeholderId) => ({ stakeholderId, role: kept?.partyRoles?.[stakeholderId] ?? undefined })),
        strength: number(v.strength),
        status: optional(v.status),
        startedOn: optional(v.startedOn),
        endedOn: optional(v.endedOn),
        programId: optional(v.programId),
        description: optional(v.description),
        evidence: evidence(v, kept),
      }),
      outcome: (data) => {
        const payload = data.recordCollaboration as { created: boolean; collaboration: { id: string } };
        return { id: payload.collaboration.id, created: payload.created };
      },
    },
    {
      key: 'participation',
      title: 'formParticipation',
      fields: [
        { name: 'stakeholderId', label: 'stakeholderId', required: true, pick: 'one' },
        { name: 'programId', label: 'program', choices: programChoices, required: true },
        { name: 'role', label: 'role', choices: enumChoices(PARTICIPATION_ROLES), required: true },
        { name: 'startedOn', label: 'startedOn', type: 'date' },
        { name: 'endedOn', label: 'endedOn', type: 'date' },
        { name: 'description', label: 'description', type: 'textarea' },
        ...evidenceFields,
      ],
      mutation: ADD_PARTICIPANT,
      identity: participationIdentity,
      toInput: (v, kept) => ({
        stakeholderId: v.stakeholderId?.trim(),
        programId: v.programId,
        role: v.role,
        startedOn: optional(v.startedOn),
        endedOn: optional(v.endedOn),
        description: optional(v.description),
        evidence: evidence(v, kept),
      }),
      outcome: (data) => {
        const payload = data.addParticipant as { created: boolean; participation: { id: string } };
        return { id: payload.participation.id, created: payload.created };
      },
    },
    {
      key: 'assessment',
      title: 'formAssessment',
      fields: [
        { name: 'stakeholderId', label: 'stakeholderId', required: true, pick: 'one' },
        {
          name: 'scopeId',
          label: 'scopeId',
          required: true,
          choices: () => [
            ...options().programs.map((p) => ({ value: p.id, label: `${t('program')}: ${p.name}` })),
            ...options().regions.map((r) => ({ value: r.id, label: `${t('region')}: ${r.name}` })),
          ],
        },
        { name: 'assessedOn', label: 'assessedOn', type: 'date', required: true },
        { name: 'power', label: 'power', type: 'number', required: true },
        { name: 'interest', label: 'interest', type: 'number', required: true },
        { name: 'position', label: 'position', choices: enumChoices(POSITIONS), required: true },
        { name: 'attitude', label: 'attitude', choices: enumChoices(ATTITUDES) },
        { name: 'comment', label: 'comment', type: 'textarea' },
      ],
      mutation: RECORD_ASSESSMENT,
      identity: assessmentIdentity,
      toInput: (v) => ({
        stakeholderId: v.stakeholderId?.trim(),
        scopeId: v.scopeId,
        assessedOn: v.assessedOn,
        power: number(v.power),
        interest: number(v.interest),
        position: v.position,
        attitude: optional(v.attitude),
        comment: optional(v.comment),
      }),
      outcome: (data) => {
        const payload = data.recordAssessment as { created: boolean; assessment: { id: string } };
        return { id: payload.assessment.id, created: payload.created };
      },
    },
  ];
}

/**
 * The editors' forms. The page checks what it can before sending (checkValues: every problem
 * at once, next to its field, in the reader's language); the API validates again, and its
 * problems are put next to their fields as well as listed as they come.
 */
export class EditorForms {
  private readonly forms = new Map<string, HTMLFormElement>();
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly container: HTMLElement,
    private readonly options: () => Options,
    private readonly written: () => void,
  ) {}

  render(): void {
    this.forms.clear();
    this.container.replaceChildren(...specs(this.options).map((spec) => this.build(spec)));
    applyLabels(this.container);
  }

  /** Editing is writing the item again: the stakeholder form filled with its current values. */
  editStakeholder(s: StakeholderDetails): void {
    this.fill('stakeholder', {
      id: s.id,
      name: s.name,
      aliases: s.aliases.join(', '),
      helix: s.helix,
      kind: s.kind,
      description: s.description ?? '',
      website: s.website ?? '',
      tags: s.tags.join(', '),
      regionId: s.region?.id ?? '',
      unitOf: s.parent?.id ?? '',
    }, { identity: s.id, evidence: keepEvidence(s.evidence) });
  }

  editCollaboration(c: Collaboration): void {
    this.fill('collaboration', {
      id: c.id,
      name: c.name,
      kind: c.kind,
      parties: c.parties.map((p) => p.stakeholder.id).join(', '),
      strength: String(c.strength),
      status: c.status,
      startedOn: c.startedOn ?? '',
      endedOn: c.endedOn ?? '',
      programId: c.program?.id ?? '',
      description: c.description ?? '',
    }, { identity: c.id, evidence: keepEvidence(c.evidence), partyRoles: Object.fromEntries(c.parties.map((p) => [p.stakeholder.id, p.role])) });
  }

  editParticipation(stakeholderId: string, p: Participation): void {
    const values = { stakeholderId, programId: p.program.id, role: p.role, startedOn: p.startedOn ?? '', endedOn: p.endedOn ?? '', description: p.description ?? '' };
    this.fill('participation', values, { identity: participationIdentity(values), evidence: keepEvidence(p.evidence) });
  }

  /** Assessing is recording a judgement of today, within the program or region in view. */
  assess(stakeholderId: string, scopeId: string | undefined): void {
    this.fill('assessment', { stakeholderId, scopeId: scopeId ?? '', assessedOn: today() }, { identity: '', evidence: [] });
  }

  private fill(key: string, values: Values, kept: Kept): void {
    const form = this.forms.get(key);
    if (!form) return;
    form.reset();
    for (const [name, value] of Object.entries(values)) {
      const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (field) field.value = value;
    }
    this.kept.set(key, kept);
    form.closest('details')?.setAttribute('open', '');
    form.scrollIntoView({ block: 'start' });
  }

  private build(spec: FormSpec): HTMLElement {
    const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
    const form = h(
      'form',
      { class: 'stack editor-form', 'data-form': spec.key, novalidate: true },
      ...spec.fields.map((field) => this.field(spec.key, field)),
      h('button', { type: 'submit', 'data-i18n': 'save' }),
      status,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const values = Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]));
      const problems = checkValues(spec.fields, values);
      this.showProblems(form, new Map([...problems].map(([name, label]) => [name, t(label)])));
      if (problems.size) {
        status.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('fixFields', { n: problems.size })));
        return;
      }
      void this.submit(spec, values, status, form);
    });
    // The id follows the name until someone types an id of their own.
    const idField = form.elements.namedItem('id') as HTMLInputElement | null;
    const nameField = form.elements.namedItem('name') as HTMLInputElement | null;
    if (idField && nameField) {
      nameField.addEventListener('input', () => {
        if (!idField.dataset.typed) idField.value = idFromName(nameField.value);
      });
      idField.addEventListener('input', () => {
        idField.dataset.typed = idField.value ? '1' : '';
      });
    }
    this.forms.set(spec.key, form);
    return h('details', { class: 'editor', open: spec.key === 'stakeholder' }, h('summary', { 'data-i18n': spec.title }), form);
  }

  private field(formKey: string, field: Field): HTMLElement {
    const id = `${formKey}-${field.name}`;
    const control = field.choices
      ? h('select', { id, name: field.name }, ...(field.required ? [] : [h('option', { value: '' }, t('none'))]), ...field.choices().map((c) => h('option', { value: c.value }, c.label)))
      : field.type === 'textarea'
        ? h('textarea', { id, name: field.name, rows: 2 })
        : h('input', { id, name: field.name, type: field.type ?? 'text', ...(field.type === 'number' ? { step: 'any' } : {}) });
    const message = h('p', { class: 'field-problem', id: `${id}-problem`, 'data-problem-for': field.name, hidden: true });
    control.setAttribute('aria-describedby', message.id);
    const picker = field.pick ? this.picker(control as HTMLInputElement, field.pick) : null;
    return h('div', { class: 'field' }, h('label', { for: id }, t(field.label), field.required ? ' *' : ''), picker, control, message);
  }

  /** A search by name above an id field: picking sets the id (or adds it to the list). */
  private picker(control: HTMLInputElement, mode: 'one' | 'many'): HTMLElement {
    const input = h('input', { type: 'search', class: 'field-search', placeholder: t('search'), 'aria-label': t('search') });
    const wrapper = h('div', { class: 'picker' }, input);
    const search = attachSearch(input, (s) => {
      const current = mode === 'many' ? control.value.split(',').map((x) => x.trim()).filter(Boolean) : [];
      control.value = [...new Set([...current, s.id])].join(', ');
      search.clear();
    });
    return wrapper;
  }

  /** Each problem next to its field (and the field marked), every one at once; none clears them. */
  private showProblems(form: HTMLFormElement, problems: Map<string, string>): void {
    for (const message of form.querySelectorAll<HTMLElement>('[data-problem-for]')) {
      const text = problems.get(message.dataset.problemFor!);
      message.textContent = text ?? '';
      message.hidden = !text;
      const control = form.elements.namedItem(message.dataset.problemFor!) as HTMLElement | null;
      control?.setAttribute('aria-invalid', String(Boolean(text)));
    }
  }

  private async submit(spec: FormSpec, values: Values, status: HTMLElement, form: HTMLFormElement): Promise<void> {
    status.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      const kept = this.kept.get(spec.key);
      const input = spec.toInput(values, kept?.identity === spec.identity(values) ? kept : null);
      const data = await query<Record<string, unknown>>(spec.mutation, { input });
      const { id, created } = spec.outcome(data);
      status.replaceChildren(h('p', { class: 'success' }, t('saved', { id, what: t(created ? 'created' : 'updated') })));
      this.written();
    } catch (error) {
      // The API's problems go next to their fields too ("input.parties.1.stakeholderId" -> parties).
      const problems = new Map<string, string>();
      if (error instanceof ApiError) {
        for (const entry of error.errors) {
          for (const problem of entry.extensions?.problems ?? (entry.extensions?.field ? [{ field: entry.extensions.field, message: entry.message }] : [])) {
            const name = /^input\.(\w+)/.exec(problem.field)?.[1];
            if (name && form.elements.namedItem(name)) problems.set(name, [problems.get(name), problem.message].filter(Boolean).join('; '));
          }
        }
      }
      this.showProblems(form, problems);
      status.replaceChildren(errorView(error));
    }
  }
}
