import type { Tx } from './database.js';

/**
 * Deletes of one item, each with what blocks it read in the same transaction. They return what
 * the caller needs to decide and to recompute: null when the item does not exist.
 */

/** Deletes a collaboration; returns its parties, whose ties change. */
export async function deleteCollaboration(tx: Tx, id: string): Promise<string[] | null> {
  const [row] = await tx.rows<{ parties: string[] }>(
    'collaboration.delete',
    `MATCH (c:Collaboration {id: $id})
     WITH c, COLLECT { MATCH (c)<-[:PARTY_TO]-(s:Stakeholder) RETURN s.id } AS parties
     DETACH DELETE c
     RETURN parties`,
    { id },
  );
  return row?.parties ?? null;
}

/** What stands in the way of deleting a program, and whose ties its deletion changes. */
export async function programDependants(tx: Tx, id: string) {
  const [row] = await tx.rows<{ parts: string[]; collaborations: string[]; participants: string[] }>(
    'program.delete_check',
    `MATCH (p:Program {id: $id})
     RETURN COLLECT { MATCH (p)<-[:PART_OF]-(c:Program) RETURN c.id } AS parts,
            COLLECT { MATCH (p)<-[:UNDER]-(c:Collaboration) RETURN c.id } AS collaborations,
            COLLECT { MATCH (p)<-[:IN]-(:Participation)<-[:TAKES_PART]-(s:Stakeholder) RETURN DISTINCT s.id } AS participants`,
    { id },
  );
  return row ?? null;
}

/** Deletes a program with its participations and the assessments made within it. */
export async function deleteProgram(tx: Tx, id: string): Promise<void> {
  await tx.rows(
    'program.delete',
    `MATCH (p:Program {id: $id})
     CALL (p) { MATCH (p)<-[:IN|WITHIN]-(dependant:Participation|Assessment) DETACH DELETE dependant }
     DETACH DELETE p`,
    { id },
  );
}

/** What stands in the way of deleting a stakeholder: its units, and collaborations it is one of two parties of. */
export async function stakeholderDependants(tx: Tx, id: string) {
  const [row] = await tx.rows<{ units: string[]; pairs: string[] }>(
    'stakeholder.delete_check',
    `MATCH (s:Stakeholder {id: $id})
     RETURN COLLECT { MATCH (s)<-[:UNIT_OF]-(u:Stakeholder) RETURN u.id } AS units,
            COLLECT { MATCH (s)-[:PARTY_TO]->(c:Collaboration) WHERE COUNT { (c)<-[:PARTY_TO]-() } <= 2 RETURN c.id } AS pairs`,
    { id },
  );
  return row ?? null;
}

/**
 * Deletes a stakeholder with its participations, assessments, party memberships, offices and
 * ties, and the redirects of ids merged into it: a redirect always names a live item, so an id
 * merged into a deleted stakeholder is gone with it.
 */
export async function deleteStakeholder(tx: Tx, id: string): Promise<void> {
  await tx.rows(
    'stakeholder.delete',
    `MATCH (s:Stakeholder {id: $id})
     CALL (s) { MATCH (s)-[:TAKES_PART]->(pa:Participation) DETACH DELETE pa }
     CALL (s) { MATCH (s)<-[:ASSESSES]-(a:Assessment) DETACH DELETE a }
     CALL (s) { MATCH (r:Redirect {to: s.id}) DETACH DELETE r }
     DETACH DELETE s`,
    { id },
  );
}

/** Deletes an assessment; returns whether there was one. */
export async function deleteAssessment(tx: Tx, id: string): Promise<boolean> {
  const [row] = await tx.rows<{ deleted: number }>('assessment.delete', 'MATCH (a:Assessment {id: $id}) DETACH DELETE a RETURN count(*) AS deleted', { id });
  return (row?.deleted ?? 0) > 0;
}

/** Deletes an interaction with its follow-ups; returns its stakeholders (null when there was none). */
export async function deleteInteraction(tx: Tx, id: string): Promise<string[] | null> {
  const [row] = await tx.rows<{ stakeholders: string[] }>(
    'interaction.delete',
    `MATCH (n:Interaction {id: $id})
     WITH n, COLLECT { MATCH (n)<-[:INVOLVED_IN]-(s:Stakeholder) RETURN s.id } AS stakeholders
     CALL (n) { MATCH (n)-[:HAS_FOLLOW_UP]->(f:FollowUp) DETACH DELETE f }
     DETACH DELETE n
     RETURN stakeholders`,
    { id },
  );
  return row?.stakeholders ?? null;
}
