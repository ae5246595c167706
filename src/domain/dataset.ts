import { z } from 'zod';
import {
  ATTITUDES,
  COLLABORATION_KINDS,
  COLLABORATION_STATUSES,
  HELICES,
  ID_MAX_LENGTH,
  ID_PATTERN,
  PARTICIPATION_ROLES,
  POSITIONS,
  PROGRAM_KINDS,
  REGION_LEVELS,
  SOURCE_KINDS,
  STAKEHOLDER_KINDS,
} from './vocabulary.js';
import { ASSESSMENT_SCALE } from './assessment.js';

/** A web address: http or https only (a `javascript:` or `data:` link is not an address). */
const webAddress = z.url({ protocol: /^https?$/, error: 'expected an http or https address' });

/**
 * The reviewable exchange format of a whole pentahelix graph: the curated seed in seeds/, the
 * synthetic generator's output and JSON imports all take this shape, and one loader writes it.
 * Cross-references are checked here, so a dataset that parses can be loaded without surprises.
 */

export const idSchema = z
  .string()
  .max(ID_MAX_LENGTH)
  .regex(ID_PATTERN, 'expected a lowercase slug such as "masata-bontang" (a-z, 0-9, single hyphens)');

/**
 * An item's id, or the natural key of a participation or an assessment: slugs joined by `--`
 * (`masata-bontang--kota-bontang--2025-03-01`).
 */
export const itemIdSchema = z
  .string()
  .max(3 * ID_MAX_LENGTH + 4)
  .regex(/^[a-z0-9]+(?:--?[a-z0-9]+)*$/, 'expected an id such as "masata-bontang", or a key of ids joined by "--"');

/** A calendar date, `YYYY-MM-DD`, that really exists (no 2025-02-30). */
export const isoDateSchema = z.iso.date('expected a calendar date as YYYY-MM-DD');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const evidenceSchema = z.object({
  sourceId: idSchema,
  /** The sentence of the source that reports the fact, verbatim, in its own language. */
  quote: text(1000),
  /** How directly the quote states the fact: 1 = stated outright, lower = inferred. */
  confidence: z.number().min(0).max(1).default(1),
});
export type EvidenceRecord = z.infer<typeof evidenceSchema>;

const evidenceList = z.array(evidenceSchema).max(50).default([]);

export const sourceSchema = z.object({
  id: idSchema,
  title: text(500),
  publisher: text(200).optional(),
  author: text(200).optional(),
  url: webAddress.optional(),
  publishedOn: isoDateSchema.optional(),
  kind: z.enum(SOURCE_KINDS).default('NEWS_ARTICLE'),
  language: z.string().min(2).max(8).default('id'),
});

export const regionSchema = z.object({
  id: idSchema,
  name: text(200),
  level: z.enum(REGION_LEVELS),
  partOf: idSchema.optional(),
});

export const stakeholderSchema = z.object({
  id: idSchema,
  name: text(300),
  aliases: z.array(text(300)).max(50).default([]),
  helix: z.enum(HELICES),
  kind: z.enum(STAKEHOLDER_KINDS),
  description: z.string().max(5000).optional(),
  website: webAddress.optional(),
  tags: z.array(text(100)).max(50).default([]),
  regionId: idSchema.optional(),
  /** The organisation this one is a unit of (Disnaker is a unit of Pemkot Bontang). */
  unitOf: idSchema.optional(),
  evidence: evidenceList,
});

const interval = {
  startedOn: isoDateSchema.optional(),
  endedOn: isoDateSchema.optional(),
};

export const officeSchema = z.object({
  stakeholderId: idSchema,
  title: text(200),
  since: isoDateSchema.optional(),
  until: isoDateSchema.optional(),
  evidence: evidenceList,
});

export const personSchema = z.object({
  id: idSchema,
  name: text(200),
  aliases: z.array(text(200)).max(20).default([]),
  /** Personal data: only EDITOR and above may read it through the API. */
  contact: z
    .object({ email: z.email().optional(), phone: z.string().max(40).optional() })
    .optional(),
  offices: z.array(officeSchema).max(50).default([]),
});

export const programSchema = z.object({
  id: idSchema,
  name: text(300),
  aliases: z.array(text(300)).max(50).default([]),
  kind: z.enum(PROGRAM_KINDS),
  description: z.string().max(5000).optional(),
  startsOn: isoDateSchema.optional(),
  endsOn: isoDateSchema.optional(),
  /** Where the venue is when it is not the region itself (the Bontang rakor held in Batam). */
  venue: z.string().max(300).optional(),
  regionId: idSchema.optional(),
  partOf: idSchema.optional(),
  evidence: evidenceList,
});

export const participationSchema = z.object({
  stakeholderId: idSchema,
  programId: idSchema,
  role: z.enum(PARTICIPATION_ROLES),
  description: z.string().max(2000).optional(),
  ...interval,
  evidence: evidenceList,
});

export const partySchema = z.object({
  stakeholderId: idSchema,
  role: z.string().trim().max(100).optional(),
});

export const collaborationSchema = z.object({
  id: idSchema,
  name: text(300),
  kind: z.enum(COLLABORATION_KINDS),
  description: z.string().max(5000).optional(),
  /** Tie strength in (0, 1]: 1 for a signed agreement, lower for looser cooperation. */
  strength: z.number().gt(0).max(1).default(0.5),
  status: z.enum(COLLABORATION_STATUSES).default('ACTIVE'),
  ...interval,
  programId: idSchema.optional(),
  parties: z.array(partySchema).min(2, 'a collaboration needs at least two parties').max(500),
  evidence: evidenceList,
});

/** A score on the assessment scale: a whole number from 1 (very low) to 5 (very high). */
export const assessmentScoreSchema = z
  .number()
  .int('expected a whole number from 1 to 5')
  .min(ASSESSMENT_SCALE.min, 'expected a whole number from 1 to 5')
  .max(ASSESSMENT_SCALE.max, 'expected a whole number from 1 to 5');

/**
 * A dated judgement of a stakeholder within a scope (a program or a region). One per stakeholder,
 * scope and day: recording another on the same day corrects it, a later day adds to the history.
 */
export const assessmentSchema = z.object({
  stakeholderId: idSchema,
  /** The program or region the judgement is about. */
  scopeId: idSchema,
  assessedOn: isoDateSchema,
  power: assessmentScoreSchema,
  interest: assessmentScoreSchema,
  position: z.enum(POSITIONS),
  attitude: z.enum(ATTITUDES).optional(),
  comment: z.string().trim().max(2000).optional(),
  /** Who judged: the caller's subject when recorded through the API. */
  assessedBy: text(200).optional(),
});

/** The collections of a dataset, each item checked on its own (references are checked by crossCheck). */
export const datasetShape = z.object({
  sources: z.array(sourceSchema).default([]),
  regions: z.array(regionSchema).default([]),
  stakeholders: z.array(stakeholderSchema).default([]),
  people: z.array(personSchema).default([]),
  programs: z.array(programSchema).default([]),
  participations: z.array(participationSchema).default([]),
  collaborations: z.array(collaborationSchema).default([]),
  assessments: z.array(assessmentSchema).default([]),
});

export type Dataset = z.infer<typeof datasetShape>;
export type DatasetInput = z.input<typeof datasetShape>;
export type SourceRecord = Dataset['sources'][number];
export type RegionRecord = Dataset['regions'][number];
export type StakeholderRecord = Dataset['stakeholders'][number];
export type PersonRecord = Dataset['people'][number];
export type ProgramRecord = Dataset['programs'][number];
export type ParticipationRecord = Dataset['participations'][number];
export type CollaborationRecord = Dataset['collaborations'][number];
export type AssessmentRecord = Dataset['assessments'][number];

/** Something a spreadsheet cell can name: by id, by name, or by one of its aliases. */
export interface Named {
  id: string;
  name: string;
  aliases: readonly string[];
}

type Issue = { path: (string | number)[]; message: string };

function checkOrder(issues: Issue[], path: (string | number)[], from?: string, to?: string, toName = 'endedOn') {
  if (from && to && to < from) issues.push({ path: [...path, toName], message: `must not be before ${from}` });
}

/** Checks that every reference resolves and every id is used once; returns the problems found. */
export function crossCheck(data: Dataset, known: ReadonlySet<string> = new Set()): Issue[] {
  const issues: Issue[] = [];
  const ids = new Map<string, string>();
  const claim = (collection: string, index: number, id: string) => {
    const previous = ids.get(id);
    if (previous) issues.push({ path: [collection, index, 'id'], message: `id "${id}" is already used by ${previous}` });
    else ids.set(id, `${collection}[${index}]`);
  };
  const byCollection = {
    sources: new Set(data.sources.map((s) => s.id)),
    regions: new Set(data.regions.map((r) => r.id)),
    stakeholders: new Set(data.stakeholders.map((s) => s.id)),
    programs: new Set(data.programs.map((p) => p.id)),
  };
  const ref = (kind: keyof typeof byCollection, id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !byCollection[kind].has(id) && !known.has(id)) {
      issues.push({ path, message: `unknown ${kind.slice(0, -1)} "${id}"` });
    }
  };
  const evidence = (list: EvidenceRecord[], path: (string | number)[]) =>
    list.forEach((e, i) => ref('sources', e.sourceId, [...path, 'evidence', i, 'sourceId']));

  data.sources.forEach((s, i) => claim('sources', i, s.id));
  data.regions.forEach((r, i) => {
    claim('regions', i, r.id);
    ref('regions', r.partOf, ['regions', i, 'partOf']);
  });
  data.stakeholders.forEach((s, i) => {
    claim('stakeholders', i, s.id);
    ref('regions', s.regionId, ['stakeholders', i, 'regionId']);
    ref('stakeholders', s.unitOf, ['stakeholders', i, 'unitOf']);
    if (s.unitOf === s.id) issues.push({ path: ['stakeholders', i, 'unitOf'], message: 'a stakeholder cannot be a unit of itself' });
    evidence(s.evidence, ['stakeholders', i]);
  });
  data.people.forEach((p, i) => {
    claim('people', i, p.id);
    p.offices.forEach((o, j) => {
      ref('stakeholders', o.stakeholderId, ['people', i, 'offices', j, 'stakeholderId']);
      checkOrder(issues, ['people', i, 'offices', j], o.since, o.until, 'until');
      evidence(o.evidence, ['people', i, 'offices', j]);
    });
  });
  data.programs.forEach((p, i) => {
    claim('programs', i, p.id);
    ref('regions', p.regionId, ['programs', i, 'regionId']);
    ref('programs', p.partOf, ['programs', i, 'partOf']);
    checkOrder(issues, ['programs', i], p.startsOn, p.endsOn, 'endsOn');
    evidence(p.evidence, ['programs', i]);
  });
  const participationKeys = new Set<string>();
  data.participations.forEach((p, i) => {
    ref('stakeholders', p.stakeholderId, ['participations', i, 'stakeholderId']);
    ref('programs', p.programId, ['participations', i, 'programId']);
    checkOrder(issues, ['participations', i], p.startedOn, p.endedOn);
    evidence(p.evidence, ['participations', i]);
    const key = participationKey(p.stakeholderId, p.programId, p.role);
    if (participationKeys.has(key)) issues.push({ path: ['participations', i], message: `duplicate participation ${key}` });
    participationKeys.add(key);
  });
  data.collaborations.forEach((c, i) => {
    claim('collaborations', i, c.id);
    ref('programs', c.programId, ['collaborations', i, 'programId']);
    checkOrder(issues, ['collaborations', i], c.startedOn, c.endedOn);
    const parties = new Set<string>();
    c.parties.forEach((p, j) => {
      ref('stakeholders', p.stakeholderId, ['collaborations', i, 'parties', j, 'stakeholderId']);
      if (parties.has(p.stakeholderId)) {
        issues.push({ path: ['collaborations', i, 'parties', j, 'stakeholderId'], message: `"${p.stakeholderId}" is listed twice` });
      }
      parties.add(p.stakeholderId);
    });
    evidence(c.evidence, ['collaborations', i]);
  });
  const assessmentKeys = new Set<string>();
  data.assessments.forEach((a, i) => {
    ref('stakeholders', a.stakeholderId, ['assessments', i, 'stakeholderId']);
    if (!byCollection.programs.has(a.scopeId) && !byCollection.regions.has(a.scopeId) && !known.has(a.scopeId)) {
      issues.push({ path: ['assessments', i, 'scopeId'], message: `unknown program or region "${a.scopeId}"` });
    }
    const key = assessmentKey(a.stakeholderId, a.scopeId, a.assessedOn);
    if (assessmentKeys.has(key)) issues.push({ path: ['assessments', i], message: `duplicate assessment ${key}` });
    assessmentKeys.add(key);
  });
  return issues;
}

/** Participations have no id of their own in the exchange format; this is their natural key. */
export function participationKey(stakeholderId: string, programId: string, role: string): string {
  return `${stakeholderId}--${programId}--${role.toLowerCase()}`;
}

/** An assessment's natural key: one per stakeholder, scope and day. */
export function assessmentKey(stakeholderId: string, scopeId: string, assessedOn: string): string {
  return `${stakeholderId}--${scopeId}--${assessedOn}`;
}

export const datasetSchema = datasetShape.superRefine((data, ctx) => {
  for (const issue of crossCheck(data)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

/** Parses and cross-checks a dataset; throws a ZodError that lists every problem with its path. */
export function parseDataset(input: unknown): Dataset {
  return datasetSchema.parse(input);
}
