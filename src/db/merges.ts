import { assessmentKey, participationKey } from '../domain/dataset.js';
import type { Tx } from './database.js';
import { int } from './values.js';

/** Aliases and tags a record keeps at most (the input schema's bound). */
export const MAX_LIST = 50;

/**
 * Merging two records of one stakeholder (or one person): every relationship of the merged node
 * moves to the kept one, then the merged node is replaced by a redirect, `(:Redirect:Entity {id,
 * to})`, which keeps its id reserved (the Entity constraint) and lets reads of the old id find
 * the kept one. The service runs these steps in one transaction under mutate.
 */

export type MergedLabel = 'Stakeholder' | 'Person';

/**
 * What a merge does with a relationship of the merged node:
 * - `one`: the kept node's own wins; the merged one's moves only when the kept node has none
 *   (a stakeholder is based in one region, a unit of one organisation);
 * - `all`: every one moves, except one the kept node already has with the same properties to
 *   the same node, and a link between the two (it would be a self-loop);
 * - `derived`: dropped, and rebuilt from the facts afterwards (the ties);
 * - `folded`: the merge folds these itself (participations, parties; see below).
 */
export type MergePolicy = 'one' | 'all' | 'derived' | 'folded';

export interface MergeRule {
  type: string;
  /** `out`: (merged)-[r]->(x); `in`: (x)-[r]->(merged). */
  direction: 'out' | 'in';
  policy: MergePolicy;
}

/**
 * THE list of relationship types a merged node may have, per label. A type missing here stops
 * the merge (nothing is silently lost), and a test fails when the graph holds a type on a
 * stakeholder or a person that this list does not know: a new relationship type is added here.
 */
export const MERGE_RULES: Record<MergedLabel, readonly MergeRule[]> = {
  Stakeholder: [
    { type: 'BASED_IN', direction: 'out', policy: 'one' },
    { type: 'UNIT_OF', direction: 'out', policy: 'one' },
    { type: 'UNIT_OF', direction: 'in', policy: 'all' },
    { type: 'EVIDENCED_BY', direction: 'out', policy: 'all' },
    { type: 'HOLDS', direction: 'in', policy: 'all' },
    { type: 'PARTY_TO', direction: 'out', policy: 'folded' },
    { type: 'TAKES_PART', direction: 'out', policy: 'folded' },
    { type: 'ASSESSES', direction: 'in', policy: 'folded' },
    { type: 'INVOLVED_IN', direction: 'out', policy: 'all' },
    { type: 'WORKS_WITH', direction: 'out', policy: 'derived' },
    { type: 'WORKS_WITH', direction: 'in', policy: 'derived' },
  ],
  Person: [
    { type: 'HOLDS', direction: 'out', policy: 'all' },
    { type: 'INVOLVED_IN', direction: 'out', policy: 'all' },
    { type: 'OWNED_BY', direction: 'in', policy: 'all' },
  ],
};

const typesOf = (label: MergedLabel, direction: 'out' | 'in', policy: MergePolicy) =>
  MERGE_RULES[label].filter((r) => r.direction === direction && r.policy === policy).map((r) => r.type);

const LABELS: readonly MergedLabel[] = ['Stakeholder', 'Person'];
const label = (l: MergedLabel) => {
  if (!LABELS.includes(l)) throw new Error(`not a mergeable label: ${l}`);
  return l;
};

/** The relationships of the merged node that MERGE_RULES does not know ("OUT:TYPE"); a merge must find none. */
export async function unknownRelationships(tx: Tx, l: MergedLabel, id: string): Promise<string[]> {
  const known = (direction: 'out' | 'in') => MERGE_RULES[l].filter((r) => r.direction === direction).map((r) => r.type);
  const rows = await tx.rows<{ found: string }>(
    'merge.unknown_relationships',
    `MATCH (m:${label(l)} {id: $id})
     CALL (m) {
       MATCH (m)-[r]->() WHERE NOT type(r) IN $out RETURN 'out:' + type(r) AS found
       UNION
       MATCH (m)<-[r]-() WHERE NOT type(r) IN $in RETURN 'in:' + type(r) AS found
     }
     RETURN DISTINCT found`,
    { id, out: known('out'), in: known('in') },
  );
  return rows.map((r) => r.found);
}

/** Moves the merged node's `one` and `all` relationships to the kept node (types as dynamic types, from MERGE_RULES only). */
export async function moveRelationships(tx: Tx, l: MergedLabel, keep: string, merge: string): Promise<void> {
  const params = {
    keep,
    merge,
    outOne: typesOf(l, 'out', 'one'),
    outAll: typesOf(l, 'out', 'all'),
    inOne: typesOf(l, 'in', 'one'),
    inAll: typesOf(l, 'in', 'all'),
  };
  // A link between the two would become a loop; the kept one's parent link to the merged one
  // goes first, so the merged one's own parent can take its place.
  await tx.rows('merge.unlink', `MATCH (:${label(l)} {id: $keep})-[r]-(:${label(l)} {id: $merge}) DELETE r`, params);
  await tx.rows(
    'merge.move_out',
    `MATCH (k:${label(l)} {id: $keep}), (m:${label(l)} {id: $merge})
     MATCH (m)-[r]->(x) WHERE x <> k AND (type(r) IN $outAll OR (type(r) IN $outOne AND NOT EXISTS { MATCH (k)-[q]->() WHERE type(q) = type(r) }))
     WITH k, x, type(r) AS type, properties(r) AS props
     WHERE NOT EXISTS { MATCH (k)-[q]->(x) WHERE type(q) = type AND properties(q) = props }
     CREATE (k)-[n:$(type)]->(x) SET n = props`,
    params,
  );
  await tx.rows(
    'merge.move_in',
    `MATCH (k:${label(l)} {id: $keep}), (m:${label(l)} {id: $merge})
     MATCH (m)<-[r]-(x) WHERE x <> k AND (type(r) IN $inAll OR (type(r) IN $inOne AND NOT EXISTS { MATCH (k)<-[q]-() WHERE type(q) = type(r) }))
     WITH k, x, type(r) AS type, properties(r) AS props
     WHERE NOT EXISTS { MATCH (k)<-[q]-(x) WHERE type(q) = type AND properties(q) = props }
     CREATE (k)<-[n:$(type)]-(x) SET n = props`,
    params,
  );
}

/** Collaborations whose only parties are the two: merged, they would have one party. */
export async function collaborationsOfBoth(tx: Tx, keep: string, merge: string): Promise<string[]> {
  const rows = await tx.rows<{ id: string }>(
    'merge.pair_collaborations',
    `MATCH (:Stakeholder {id: $merge})-[:PARTY_TO]->(c:Collaboration)<-[:PARTY_TO]-(:Stakeholder {id: $keep})
     WHERE COUNT { (c)<-[:PARTY_TO]-(:Stakeholder) } <= 2
     RETURN c.id AS id ORDER BY id`,
    { keep, merge },
  );
  return rows.map((r) => r.id);
}

/**
 * The merged stakeholder's parties join the kept one: a collaboration the kept one is already a
 * party to keeps one party entry for it (its role, or the merged one's when it had none).
 */
export async function foldParties(tx: Tx, keep: string, merge: string): Promise<void> {
  await tx.rows(
    'merge.parties',
    `MATCH (k:Stakeholder {id: $keep}), (m:Stakeholder {id: $merge})-[r:PARTY_TO]->(c:Collaboration)
     OPTIONAL MATCH (k)-[kr:PARTY_TO]->(c)
     FOREACH (_ IN CASE WHEN kr IS NULL THEN [1] ELSE [] END | CREATE (k)-[n:PARTY_TO]->(c) SET n = properties(r))
     SET kr.role = coalesce(kr.role, r.role), c.updatedAt = datetime()
     DELETE r`,
    { keep, merge },
  );
}

/**
 * The merged stakeholder's participations become the kept one's, under the kept one's key
 * (stakeholder, program, role). Where the kept one already takes part in that program in that
 * role, the two fold into its participation: its own description and dates win, the merged
 * one's fill what it lacks, and the evidence of both is kept (identical citations once).
 */
export async function foldParticipations(tx: Tx, keep: string, merge: string): Promise<void> {
  const rows = await tx.rows<{ from: string; programId: string; role: string }>(
    'merge.participations',
    `MATCH (:Stakeholder {id: $merge})-[:TAKES_PART]->(pa:Participation)-[:IN]->(p:Program)
     RETURN pa.id AS from, p.id AS programId, pa.role AS role`,
    { merge },
  );
  const moves = rows.map((r) => ({ from: r.from, to: participationKey(keep, r.programId, r.role) }));
  if (moves.length === 0) return;
  await tx.rows(
    'merge.participations_fold',
    `UNWIND $moves AS mv
     MATCH (old:Participation {id: mv.from}), (kept:Participation {id: mv.to})
     SET kept.description = coalesce(kept.description, old.description),
         kept.startedOn = coalesce(kept.startedOn, old.startedOn),
         kept.endedOn = coalesce(kept.endedOn, old.endedOn),
         kept.updatedAt = datetime()
     WITH old, kept
     CALL (old, kept) {
       MATCH (old)-[e:EVIDENCED_BY]->(s:Source)
       WHERE NOT EXISTS { MATCH (kept)-[q:EVIDENCED_BY]->(s) WHERE properties(q) = properties(e) }
       CREATE (kept)-[n:EVIDENCED_BY]->(s) SET n = properties(e)
     }
     DETACH DELETE old`,
    { moves },
  );
  await tx.rows(
    'merge.participations_move',
    `UNWIND $moves AS mv
     MATCH (m:Stakeholder {id: $merge})-[r:TAKES_PART]->(pa:Participation {id: mv.from}), (k:Stakeholder {id: $keep})
     DELETE r
     SET pa.id = mv.to, pa.updatedAt = datetime()
     CREATE (k)-[:TAKES_PART]->(pa)`,
    { moves, keep, merge },
  );
}

/**
 * The merged stakeholder's assessments become the kept one's, under the kept one's key
 * (stakeholder, scope, day). Where the kept one was already assessed in that scope on that day,
 * its own judgement stands and the merged one's goes: one judgement per stakeholder, scope and day.
 */
export async function foldAssessments(tx: Tx, keep: string, merge: string): Promise<void> {
  const rows = await tx.rows<{ from: string; scopeId: string; assessedOn: string }>(
    'merge.assessments',
    `MATCH (:Stakeholder {id: $merge})<-[:ASSESSES]-(a:Assessment)-[:WITHIN]->(g:Entity)
     RETURN a.id AS from, g.id AS scopeId, toString(a.assessedOn) AS assessedOn`,
    { merge },
  );
  const moves = rows.map((r) => ({ from: r.from, to: assessmentKey(keep, r.scopeId, r.assessedOn) }));
  if (moves.length === 0) return;
  await tx.rows(
    'merge.assessments_fold',
    `UNWIND $moves AS mv
     MATCH (old:Assessment {id: mv.from}), (m:Stakeholder {id: $merge}), (k:Stakeholder {id: $keep})
     OPTIONAL MATCH (kept:Assessment {id: mv.to})
     CALL (old, kept) { WITH old, kept WHERE kept IS NOT NULL DETACH DELETE old }
     CALL (old, kept, m, k, mv) {
       WITH old, kept, m, k, mv WHERE kept IS NULL
       MATCH (old)-[r:ASSESSES]->(m)
       DELETE r
       SET old.id = mv.to, old.updatedAt = datetime()
       CREATE (old)-[:ASSESSES]->(k)
     }`,
    { moves, keep, merge },
  );
}

/** Whether the kept stakeholder now sits below itself in the unit hierarchy. */
export async function hierarchyLoops(tx: Tx, keep: string): Promise<boolean> {
  const [row] = await tx.rows<{ loop: boolean }>('merge.loop', 'MATCH (k:Stakeholder {id: $keep}) RETURN EXISTS { (k)-[:UNIT_OF*1..]->(k) } AS loop', { keep });
  return row?.loop ?? false;
}

export interface MergedNames {
  keep: { name: string; aliases: string[]; partners: string[] };
  merge: { name: string; aliases: string[]; partners: string[] };
}

/** Names, aliases and partners of the two (partners: whose ties the merge changes). */
export async function namesOf(tx: Tx, l: MergedLabel, keep: string, merge: string): Promise<MergedNames | null> {
  const [row] = await tx.rows<MergedNames>(
    'merge.names',
    `MATCH (k:${label(l)} {id: $keep}), (m:${label(l)} {id: $merge})
     RETURN k { .name, aliases: coalesce(k.aliases, []), partners: COLLECT { MATCH (k)-[:WORKS_WITH]-(p) RETURN p.id } } AS keep,
            m { .name, aliases: coalesce(m.aliases, []), partners: COLLECT { MATCH (m)-[:WORKS_WITH]-(p) RETURN p.id } } AS merge`,
    { keep, merge },
  );
  return row ?? null;
}

/**
 * The kept node takes the folded aliases and fills its blank fields from the merged one (its
 * own values win); the merged node goes and a redirect takes its id. Redirects that pointed at
 * the merged id now point at the kept one, so a redirect always names a live item.
 */
export async function replaceByRedirect(tx: Tx, l: MergedLabel, keep: string, merge: string, aliases: string[], actor: string): Promise<void> {
  const fill = l === 'Stakeholder' ? ['description', 'website'] : ['email', 'phone'];
  await tx.rows(
    'merge.redirect',
    `MATCH (k:${label(l)} {id: $keep}), (m:${label(l)} {id: $merge})
     SET k.aliases = $aliases, k.aliasText = reduce(t = '', a IN $aliases | t + ' ' + a), k.updatedAt = datetime(),
         ${fill.map((f) => `k.${f} = coalesce(k.${f}, m.${f})`).join(', ')}
         ${l === 'Stakeholder' ? ", k.tags = (coalesce(k.tags, []) + [t IN coalesce(m.tags, []) WHERE NOT t IN coalesce(k.tags, [])])[0..$maxTags]" : ''}
     WITH k, m, m.name AS name
     DETACH DELETE m
     WITH k, name
     CALL (k) { MATCH (r:Redirect {to: $merge}) SET r.to = k.id }
     CREATE (:Redirect:Entity {id: $merge, to: $keep, type: $label, name: name, mergedAt: datetime(), mergedBy: $actor})`,
    { keep, merge, aliases, label: l, actor, maxTags: int(MAX_LIST) },
  );
}

/** Where redirects of these ids lead (missing: not a redirect). */
export async function redirectsOf(tx: Tx, ids: string[]): Promise<Map<string, { to: string; type: MergedLabel }>> {
  const rows = await tx.rows<{ id: string; to: string; type: MergedLabel }>(
    'redirect.of',
    'UNWIND $ids AS id MATCH (r:Redirect {id: id}) RETURN r.id AS id, r.to AS to, r.type AS type',
    { ids },
  );
  return new Map(rows.map((r) => [r.id, { to: r.to, type: r.type }]));
}
