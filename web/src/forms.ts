import { query } from './api';
import { h } from './dom';
import { errorView } from './errors';
import { COLLABORATION_KINDS, COLLABORATION_STATUSES, HELICES, PARTICIPATION_ROLES, STAKEHOLDER_KINDS } from './helix';
import { applyLabels, labelOf, t, type Label } from './i18n';
import type { Collaboration, Evidence, Participation, StakeholderDetails } from './panel';
import { ADD_PARTICIPANT, RECORD_COLLABORATION, UPSERT_STAKEHOLDER } from './queries';
import type { FilterOptionsQuery } from './generated/operations';

type Choices = () => Array<{ value: string; label: string }>;

interface Field {
  name: string;
  label: Label;
  type?: 'text' | 'number' | 'date' | 'textarea' | 'url';
  /** A select instead of a text field; the first choice is "none" unless `required`. */
  choices?: Choices;
  required?: boolean;
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

const keepEvidence = (evidence: Array<Pick<Evidence, 'quote' | 'confidence'> & { source: { id: string } }>): EvidenceInput[] => evidence.map((e) => ({ sourceId: e.source.id, quote: e.quote, confidence: e.confidence }));

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

const participationIdentity = (v: Values) => [v.stakeholderId?.trim(), v.programId, v.role].join('|');

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
        { name: 'unitOf', label: 'unitOf' },
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
        { name: 'parties', label: 'parties', required: true },
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
        { name: 'stakeholderId', label: 'stakeholderId', required: true },
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
  ];
}

/**
 * The editors' forms. There is deliberately no validation in the page beyond building the
 * input: the API validates, and its messages (field, expected, every problem) are shown as
 * they come, so the page and other clients see the same rules.
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
      void this.submit(spec, values, status);
    });
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
    return h('div', { class: 'field' }, h('label', { for: id }, t(field.label), field.required ? ' *' : ''), control);
  }

  private async submit(spec: FormSpec, values: Values, status: HTMLElement): Promise<void> {
    status.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      const kept = this.kept.get(spec.key);
      const input = spec.toInput(values, kept?.identity === spec.identity(values) ? kept : null);
      const data = await query<Record<string, unknown>>(spec.mutation, { input });
      const { id, created } = spec.outcome(data);
      status.replaceChildren(h('p', { class: 'success' }, t('saved', { id, what: t(created ? 'created' : 'updated') })));
      this.written();
    } catch (error) {
      status.replaceChildren(errorView(error));
    }
  }
}
