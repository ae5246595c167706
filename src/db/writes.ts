import { createHash } from 'node:crypto';
import {
  assessmentKey,
  participationKey,
  type AssessmentRecord,
  type CollaborationRecord,
  type EvidenceRecord,
  type ParticipationRecord,
  type PersonRecord,
  type ProgramRecord,
  type RegionRecord,
  type SourceRecord,
  type StakeholderRecord,
} from '../domain/dataset.js';
import type { Tx } from './database.js';

/**
 * Idempotent upserts by id, one parameterised statement per aggregate taking a batch of rows in
 * the exchange format (src/domain/dataset.ts). The seed loader, the bulk loader, imports and the
 * API mutations all write through here. `updatedAt` moves only when the content changed (a
 * hash of the record), so loading the same data twice changes nothing.
 *
 * Functions return the stakeholder ids whose derived ties must be recomputed; the caller does
 * it (per write for the API, once at the end for bulk loads).
 */

/** Labels that may carry evidence: an allow-list, because a label cannot be a parameter. */
export const EVIDENCE_HOLDERS = ['Stakeholder', 'Program', 'Collaboration', 'Participation'] as const;
type EvidenceHolder = (typeof EVIDENCE_HOLDERS)[number];

/** Parties and evidence are sets: their order in the input must not count as a change. */
const canonical = (record: object): object => {
  const sorted = (list: unknown) => (Array.isArray(list) ? [...(list as unknown[])].map((x) => JSON.stringify(x)).sort() : list);
  const r = record as { parties?: unknown; evidence?: unknown };
  return { ...record, ...(r.parties ? { parties: sorted(r.parties) } : {}), ...(r.evidence ? { evidence: sorted(r.evidence) } : {}) };
};
const contentHash = (record: object) => createHash('sha1').update(JSON.stringify(canonical(record))).digest('base64');
const withHash = <T extends object>(rows: T[]) => rows.map((r) => ({ ...r, hash: contentHash(r) }));

/** Sets createdAt once and updatedAt when the content hash changed. */
const STAMP = `
SET n.updatedAt = CASE WHEN coalesce(n.contentHash, '') <> r.hash THEN datetime() ELSE n.updatedAt END,
    n.createdAt = coalesce(n.createdAt, datetime()),
    n.contentHash = r.hash
REMOVE n.claimedAt`;

const optionalDate = (field: string) => `CASE WHEN r.${field} IS NULL THEN null ELSE date(r.${field}) END`;

async function replaceEvidence(tx: Tx, label: EvidenceHolder, rows: Array<{ id: string; evidence: EvidenceRecord[] }>) {
  if (!EVIDENCE_HOLDERS.includes(label)) throw new Error(`not an evidence holder: ${label}`);
  await tx.rows(
    `evidence.replace.${label}`,
    `UNWIND $rows AS r
     MATCH (n:${label} {id: r.id})
     CALL (n) { MATCH (n)-[old:EVIDENCED_BY]->(:Source) DELETE old }
     WITH n, r
     UNWIND r.evidence AS e
     MATCH (s:Source {id: e.sourceId})
     CREATE (n)-[:EVIDENCED_BY {quote: e.quote, confidence: e.confidence}]->(s)`,
    { rows: rows.map(({ id, evidence }) => ({ id, evidence })) },
  );
}

export async function upsertSources(tx: Tx, sources: SourceRecord[]): Promise<void> {
  if (sources.length === 0) return;
  await tx.rows(
    'source.upsert',
    `UNWIND $rows AS r
     MERGE (n:Source {id: r.id}) ON CREATE SET n:Entity
     SET n.title = r.title, n.publisher = r.publisher, n.author = r.author, n.url = r.url,
         n.publishedOn = ${optionalDate('publishedOn')}, n.kind = r.kind, n.language = r.language
     ${STAMP}`,
    { rows: withHash(sources) },
  );
}

export async function upsertRegions(tx: Tx, regions: RegionRecord[]): Promise<void> {
  if (regions.length === 0) return;
  await tx.rows(
    'region.upsert',
    `UNWIND $rows AS r
     MERGE (n:Region {id: r.id}) ON CREATE SET n:Entity
     SET n.name = r.name, n.level = r.level
     ${STAMP}`,
    { rows: withHash(regions) },
  );
  await tx.rows(
    'region.link_parent',
    `UNWIND $rows AS r
     MATCH (n:Region {id: r.id})
     CALL (n) { MATCH (n)-[old:PART_OF]->(:Region) DELETE old }
     WITH n, r WHERE r.partOf IS NOT NULL
     MATCH (p:Region {id: r.partOf})
     MERGE (n)-[:PART_OF]->(p)`,
    { rows: regions.map(({ id, partOf }) => ({ id, partOf: partOf ?? null })) },
  );
}

export async function upsertStakeholders(tx: Tx, stakeholders: StakeholderRecord[]): Promise<void> {
  if (stakeholders.length === 0) return;
  await tx.rows(
    'stakeholder.upsert',
    `UNWIND $rows AS r
     MERGE (n:Stakeholder {id: r.id}) ON CREATE SET n:Entity
     SET n.name = r.name, n.sortName = toLower(r.name), n.aliases = r.aliases,
         n.aliasText = reduce(t = '', a IN r.aliases | t + ' ' + a),
         n.helix = r.helix, n.kind = r.kind, n.description = r.description, n.website = r.website, n.tags = r.tags
     ${STAMP}
     WITH n, r
     CALL (n) { MATCH (n)-[old:BASED_IN|UNIT_OF]->() DELETE old }
     WITH n, r
     CALL (n, r) { MATCH (g:Region {id: r.regionId}) MERGE (n)-[:BASED_IN]->(g) }
     CALL (n, r) { MATCH (p:Stakeholder {id: r.unitOf}) MERGE (n)-[:UNIT_OF]->(p) }`,
    { rows: withHash(stakeholders) },
  );
  await replaceEvidence(tx, 'Stakeholder', stakeholders);
}

export async function upsertPeople(tx: Tx, people: PersonRecord[]): Promise<void> {
  if (people.length === 0) return;
  await tx.rows(
    'person.upsert',
    `UNWIND $rows AS r
     MERGE (n:Person {id: r.id}) ON CREATE SET n:Entity
     SET n.name = r.name, n.aliases = r.aliases, n.aliasText = reduce(t = '', a IN r.aliases | t + ' ' + a), n.email = r.contact.email, n.phone = r.contact.phone
     ${STAMP}
     WITH n, r
     CALL (n) { MATCH (n)-[old:HOLDS]->() DELETE old }
     WITH n, r
     UNWIND r.offices AS o
     MATCH (s:Stakeholder {id: o.stakeholderId})
     CREATE (n)-[:HOLDS {title: o.title,
                         since: CASE WHEN o.since IS NULL THEN null ELSE date(o.since) END,
                         until: CASE WHEN o.until IS NULL THEN null ELSE date(o.until) END,
                         sourceIds: [e IN o.evidence | e.sourceId], quotes: [e IN o.evidence | e.quote]}]->(s)`,
    { rows: withHash(people.map((p) => ({ ...p, contact: p.contact ?? {} }))) },
  );
}

/** Returns the stakeholders taking part in programs whose dates changed (their ties move too). */
export async function upsertPrograms(tx: Tx, programs: ProgramRecord[]): Promise<string[]> {
  if (programs.length === 0) return [];
  const rows = await tx.rows<{ participants: string[] }>(
    'program.upsert',
    `UNWIND $rows AS r
     MERGE (n:Program {id: r.id}) ON CREATE SET n:Entity
     WITH n, r, (n.startsOn IS NOT NULL OR r.startsOn IS NOT NULL OR n.endsOn IS NOT NULL OR r.endsOn IS NOT NULL)
                AND (coalesce(toString(n.startsOn), '') <> coalesce(r.startsOn, '') OR coalesce(toString(n.endsOn), '') <> coalesce(r.endsOn, '')) AS datesChanged
     SET n.name = r.name, n.aliases = r.aliases, n.aliasText = reduce(t = '', a IN r.aliases | t + ' ' + a),
         n.kind = r.kind, n.description = r.description, n.venue = r.venue,
         n.startsOn = ${optionalDate('startsOn')}, n.endsOn = ${optionalDate('endsOn')}
     ${STAMP}
     WITH n, r, datesChanged
     CALL (n) { MATCH (n)-[old:IN_REGION|PART_OF]->() DELETE old }
     WITH n, r, datesChanged
     CALL (n, r) { MATCH (g:Region {id: r.regionId}) MERGE (n)-[:IN_REGION]->(g) }
     CALL (n, r) { MATCH (p:Program {id: r.partOf}) MERGE (n)-[:PART_OF]->(p) }
     RETURN CASE WHEN datesChanged THEN COLLECT { MATCH (n)<-[:IN]-(:Participation)<-[:TAKES_PART]-(s:Stakeholder) RETURN s.id } ELSE [] END AS participants`,
    { rows: withHash(programs) },
  );
  await replaceEvidence(tx, 'Program', programs);
  return rows.flatMap((r) => r.participants);
}

/** Returns the stakeholders whose ties the participations change. */
export async function upsertParticipations(tx: Tx, participations: ParticipationRecord[]): Promise<string[]> {
  if (participations.length === 0) return [];
  const rows = participations.map((p) => ({ ...p, id: participationKey(p.stakeholderId, p.programId, p.role) }));
  await tx.rows(
    'participation.upsert',
    `UNWIND $rows AS r
     MATCH (s:Stakeholder {id: r.stakeholderId}), (p:Program {id: r.programId})
     MERGE (n:Participation {id: r.id})
     SET n.role = r.role, n.description = r.description,
         n.startedOn = ${optionalDate('startedOn')}, n.endedOn = ${optionalDate('endedOn')}
     ${STAMP}
     MERGE (s)-[:TAKES_PART]->(n)
     MERGE (n)-[:IN]->(p)`,
    { rows: withHash(rows) },
  );
  await replaceEvidence(tx, 'Participation', rows);
  return participations.map((p) => p.stakeholderId);
}

/** Removes participations by key; returns the stakeholders whose ties change. */
export async function deleteParticipations(tx: Tx, keys: string[]): Promise<string[]> {
  const rows = await tx.rows<{ stakeholderId: string }>(
    'participation.delete',
    `UNWIND $keys AS key
     MATCH (s:Stakeholder)-[:TAKES_PART]->(n:Participation {id: key})
     DETACH DELETE n
     RETURN s.id AS stakeholderId`,
    { keys },
  );
  return rows.map((r) => r.stakeholderId);
}

/** Upserts collaborations and replaces their parties; returns old and new parties. */
export async function upsertCollaborations(tx: Tx, collaborations: CollaborationRecord[]): Promise<string[]> {
  if (collaborations.length === 0) return [];
  const rows = await tx.rows<{ previous: string[] }>(
    'collaboration.upsert',
    `UNWIND $rows AS r
     MERGE (n:Collaboration {id: r.id}) ON CREATE SET n:Entity
     SET n.name = r.name, n.kind = r.kind, n.description = r.description, n.strength = r.strength, n.status = r.status,
         n.startedOn = ${optionalDate('startedOn')}, n.endedOn = ${optionalDate('endedOn')}
     ${STAMP}
     WITH n, r
     CALL (n) {
       OPTIONAL MATCH (s:Stakeholder)-[old:PARTY_TO]->(n)
       DELETE old
       RETURN collect(s.id) AS previous
     }
     CALL (n) { MATCH (n)-[old:UNDER]->(:Program) DELETE old }
     CALL (n, r) { MATCH (p:Program {id: r.programId}) MERGE (n)-[:UNDER]->(p) }
     CALL (n, r) {
       UNWIND r.parties AS party
       MATCH (s:Stakeholder {id: party.stakeholderId})
       CREATE (s)-[:PARTY_TO {role: party.role}]->(n)
     }
     RETURN previous`,
    { rows: withHash(collaborations) },
  );
  await replaceEvidence(tx, 'Collaboration', collaborations);
  return [...rows.flatMap((r) => r.previous), ...collaborations.flatMap((c) => c.parties.map((p) => p.stakeholderId))];
}

/**
 * Upserts assessments by their natural key (stakeholder, scope, day); the stakeholder and the
 * scope (a program or a region) must exist. Assessments are judgements, not ties: nothing to recompute.
 */
export async function upsertAssessments(tx: Tx, assessments: AssessmentRecord[]): Promise<void> {
  if (assessments.length === 0) return;
  const rows = assessments.map((a) => ({
    ...a,
    id: assessmentKey(a.stakeholderId, a.scopeId, a.assessedOn),
    attitude: a.attitude ?? null,
    comment: a.comment ?? null,
    assessedBy: a.assessedBy ?? null,
  }));
  await tx.rows(
    'assessment.upsert',
    `UNWIND $rows AS r
     MATCH (s:Stakeholder {id: r.stakeholderId})
     MATCH (g:Entity {id: r.scopeId}) WHERE g:Program OR g:Region
     MERGE (n:Assessment {id: r.id})
     SET n.assessedOn = date(r.assessedOn), n.power = toInteger(r.power), n.interest = toInteger(r.interest),
         n.position = r.position, n.attitude = r.attitude, n.comment = r.comment, n.assessedBy = r.assessedBy
     ${STAMP}
     MERGE (n)-[:ASSESSES]->(s)
     MERGE (n)-[:WITHIN]->(g)`,
    { rows: withHash(rows) },
  );
}
