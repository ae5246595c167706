import { z } from 'zod';
import {
  ATTITUDES,
  COLLABORATION_KINDS,
  COLLABORATION_STATUSES,
  HELICES,
  PARTICIPATION_ROLES,
  POSITIONS,
  PROGRAM_KINDS,
  REGION_LEVELS,
  SOURCE_KINDS,
  STAKEHOLDER_KINDS,
} from '../domain/vocabulary.js';

/**
 * The shapes rows take when they leave src/db, parsed with zod so a drifted property fails
 * loudly at the boundary rather than deep in a resolver. They are the GraphQL mappers.
 */
const nullableString = z.string().nullable().default(null);
const nullableDate = z.iso.date().nullable().default(null);
const stamps = { createdAt: z.string(), updatedAt: z.string() };

export const stakeholderRow = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  helix: z.enum(HELICES),
  kind: z.enum(STAKEHOLDER_KINDS),
  description: nullableString,
  website: nullableString,
  tags: z.array(z.string()).default([]),
  ...stamps,
});
export type StakeholderRow = z.infer<typeof stakeholderRow>;

export const programRow = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  kind: z.enum(PROGRAM_KINDS),
  description: nullableString,
  startsOn: nullableDate,
  endsOn: nullableDate,
  venue: nullableString,
  ...stamps,
});
export type ProgramRow = z.infer<typeof programRow>;

export const participationRow = z.object({
  id: z.string(),
  stakeholderId: z.string(),
  programId: z.string(),
  /** The program itself, so a loader can be primed instead of asked again. */
  program: programRow,
  role: z.enum(PARTICIPATION_ROLES),
  description: nullableString,
  startedOn: nullableDate,
  endedOn: nullableDate,
});
export type ParticipationRow = z.infer<typeof participationRow>;

export const collaborationRow = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(COLLABORATION_KINDS),
  description: nullableString,
  strength: z.number(),
  status: z.enum(COLLABORATION_STATUSES),
  startedOn: nullableDate,
  endedOn: nullableDate,
  ...stamps,
});
export type CollaborationRow = z.infer<typeof collaborationRow>;

export const partyRow = z.object({ collaborationId: z.string(), stakeholderId: z.string(), role: nullableString });
export type PartyRow = z.infer<typeof partyRow>;

export const sourceRow = z.object({
  id: z.string(),
  title: z.string(),
  publisher: nullableString,
  author: nullableString,
  url: nullableString,
  publishedOn: nullableDate,
  kind: z.enum(SOURCE_KINDS),
  language: z.string(),
});
export type SourceRow = z.infer<typeof sourceRow>;

export const regionRow = z.object({ id: z.string(), name: z.string(), level: z.enum(REGION_LEVELS) });
export type RegionRow = z.infer<typeof regionRow>;

export const personRow = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  email: nullableString,
  phone: nullableString,
});
export type PersonRow = z.infer<typeof personRow>;

export const officeRow = z.object({
  personId: z.string(),
  stakeholderId: z.string(),
  title: z.string(),
  since: nullableDate,
  until: nullableDate,
  sourceIds: z.array(z.string()).default([]),
});
export type OfficeRow = z.infer<typeof officeRow>;

export const evidenceRow = z.object({
  ownerId: z.string(),
  sourceId: z.string(),
  quote: z.string(),
  confidence: z.number(),
});
export type EvidenceRow = z.infer<typeof evidenceRow>;

export const citationRow = z.object({
  sourceId: z.string(),
  factId: z.string(),
  factType: z.enum(['Stakeholder', 'Program', 'Collaboration', 'Participation']),
  quote: z.string(),
  confidence: z.number(),
});
export type CitationRow = z.infer<typeof citationRow>;

export const tieRow = z.object({
  stakeholderId: z.string(),
  partnerId: z.string(),
  /** The partner itself, so a loader can be primed instead of asked again. */
  partner: stakeholderRow,
  weight: z.number(),
  collaborations: z.number().int(),
  programs: z.number().int(),
  evidence: z.number().int(),
});
export type TieRow = z.infer<typeof tieRow>;

export const assessmentRow = z.object({
  id: z.string(),
  stakeholderId: z.string(),
  scopeId: z.string(),
  scopeType: z.enum(['Program', 'Region']),
  assessedOn: z.iso.date(),
  power: z.number().int(),
  interest: z.number().int(),
  position: z.enum(POSITIONS),
  attitude: z.enum(ATTITUDES).nullable().default(null),
  comment: nullableString,
  assessedBy: nullableString,
  ...stamps,
});
export type AssessmentRow = z.infer<typeof assessmentRow>;

/** Rows that can stand for an interface or union member carry their GraphQL type name. */
export type Typed<T, Name extends string> = T & { __typename: Name };
export type NodeRow =
  | Typed<StakeholderRow, 'Stakeholder'>
  | Typed<ProgramRow, 'Program'>
  | Typed<CollaborationRow, 'Collaboration'>
  | Typed<SourceRow, 'Source'>
  | Typed<RegionRow, 'Region'>
  | Typed<PersonRow, 'Person'>;

/** Parses many rows with one schema, naming the query in the error. */
export function parseRows<S extends z.ZodType>(schema: S, rows: unknown[], query: string): z.infer<S>[] {
  return rows.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw new Error(`row ${i} of ${query} has an unexpected shape: ${parsed.error.message}`);
    return parsed.data;
  });
}
