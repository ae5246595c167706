import type { Database, Tx } from './database.js';
import { int } from './values.js';

/**
 * The derived stakeholder-to-stakeholder tie, `(a)-[:WORKS_WITH]->(b)` with a.id < b.id, one per
 * pair that shares a collaboration or a program. It is never written by hand: every write that
 * touches the facts calls `recomputeTies` for the stakeholders involved, in the same
 * transaction, and the tie is rebuilt from the facts (so adds and removals are both exact).
 *
 * Properties: weight = sum of collaboration strengths + 0.5 per shared program; collaborations
 * and programs (counts); evidence (distinct sources behind the facts, plus each interaction of
 * the engagement log both took part in: a meeting of the two is evidence of the tie as an
 * article is, though it makes no tie by itself and adds no strength); and one entry per fact in
 * the parallel lists factKinds ('collaboration' or 'program'), factStarts, factEnds and
 * factWeights, so "active on a date" and "as of a date" (weights and counts) can be answered
 * from the tie alone. Missing dates are stored as the sentinels below
 * because Neo4j lists cannot hold nulls.
 */
export const OPEN_START = '0001-01-01';
export const OPEN_END = '9999-12-31';
export const PROGRAM_TIE_WEIGHT = 0.5;

const RECOMPUTE = `
UNWIND $ids AS id
MATCH (a:Stakeholder {id: id})
CALL (a) {
  MATCH (a)-[:PARTY_TO]->(c:Collaboration)<-[:PARTY_TO]-(b:Stakeholder)
  WHERE NOT $lowerOnly OR a.id < b.id
  RETURN b, 'collaboration' AS kind, c.strength AS weight,
         coalesce(c.startedOn, date($openStart)) AS startOn, coalesce(c.endedOn, date($openEnd)) AS endOn,
         COLLECT { MATCH (c)-[:EVIDENCED_BY]->(s:Source) RETURN s.id } AS sources
  UNION ALL
  MATCH (a)-[:TAKES_PART]->(pa:Participation)-[:IN]->(p:Program)<-[:IN]-(pb:Participation)<-[:TAKES_PART]-(b:Stakeholder)
  WHERE b <> a AND (NOT $lowerOnly OR a.id < b.id)
  WITH b, p, pa, pb,
       COLLECT { MATCH (pa)-[:EVIDENCED_BY]->(s:Source) RETURN s.id } + COLLECT { MATCH (pb)-[:EVIDENCED_BY]->(s:Source) RETURN s.id } AS pairSources
  WITH b, p,
       min(coalesce(pa.startedOn, p.startsOn, date($openStart))) AS sa, min(coalesce(pb.startedOn, p.startsOn, date($openStart))) AS sb,
       max(coalesce(pa.endedOn, p.endsOn, date($openEnd))) AS ea, max(coalesce(pb.endedOn, p.endsOn, date($openEnd))) AS eb,
       collect(pairSources) AS nested
  WITH b, CASE WHEN sa > sb THEN sa ELSE sb END AS startOn, CASE WHEN ea < eb THEN ea ELSE eb END AS endOn,
       reduce(acc = [], l IN nested | acc + [s IN l WHERE NOT s IN acc]) AS sources
  WHERE startOn <= endOn
  RETURN b, 'program' AS kind, $programWeight AS weight, startOn, endOn, sources
}
WITH a, b, collect({kind: kind, weight: weight, startOn: startOn, endOn: endOn, sources: sources}) AS facts
WITH a, b, facts, COLLECT { MATCH (a)-[:INVOLVED_IN]->(i:Interaction)<-[:INVOLVED_IN]-(b) RETURN i.id } AS interactions
WITH CASE WHEN a.id < b.id THEN a ELSE b END AS x, CASE WHEN a.id < b.id THEN b ELSE a END AS y, facts, interactions
MERGE (x)-[t:WORKS_WITH]->(y)
SET t.weight = reduce(w = 0.0, f IN facts | w + f.weight),
    t.collaborations = size([f IN facts WHERE f.kind = 'collaboration']),
    t.programs = size([f IN facts WHERE f.kind = 'program']),
    t.evidence = size(reduce(acc = [], f IN facts | acc + [s IN f.sources WHERE NOT s IN acc])) + size(interactions),
    t.factStarts = [f IN facts | f.startOn],
    t.factEnds = [f IN facts | f.endOn],
    t.factWeights = [f IN facts | f.weight],
    t.factKinds = [f IN facts | f.kind]
`;

/** Rebuilds every tie of the given stakeholders from the facts, inside the caller's transaction. */
export async function recomputeTies(tx: Tx, stakeholderIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(stakeholderIds)];
  if (ids.length === 0) return;
  await tx.rows('ties.clear', 'UNWIND $ids AS id MATCH (:Stakeholder {id: id})-[t:WORKS_WITH]-() DELETE t', { ids });
  await tx.rows('ties.rebuild', RECOMPUTE, { ...TIE_PARAMS, ids, lowerOnly: false });
}

/**
 * Bulk variant for loaders that rebuild every stakeholder batch by batch: each pair is built
 * once, from its lower id, and nothing is cleared (the caller starts from no ties).
 */
export async function buildTiesFromLowerIds(tx: Tx, stakeholderIds: string[]): Promise<void> {
  await tx.rows('ties.bulk_build', RECOMPUTE, { ...TIE_PARAMS, ids: stakeholderIds, lowerOnly: true });
}

const TIE_PARAMS = { openStart: OPEN_START, openEnd: OPEN_END, programWeight: PROGRAM_TIE_WEIGHT };

/**
 * Rebuilds, batch by batch, the ties stored before they recorded their facts' kinds (a store
 * from an earlier version); a no-op once every tie has them.
 */
export async function upgradeTies(db: Database, batchSize = 500): Promise<number> {
  let upgraded = 0;
  for (;;) {
    const ids = await db.query<{ id: string }>(
      'ties.without_kinds',
      'MATCH (s:Stakeholder)-[t:WORKS_WITH]->() WHERE t.factKinds IS NULL RETURN DISTINCT s.id AS id LIMIT $limit',
      { limit: int(batchSize) },
    );
    if (ids.length === 0) return upgraded;
    await db.write('ties.upgrade', (tx) => recomputeTies(tx, ids.map((r) => r.id)));
    upgraded += ids.length;
  }
}
