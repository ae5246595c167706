import type { FollowUpStatus, Helix, InteractionKind } from '../domain/vocabulary.js';
import { groupedInKeyOrder, inKeyOrder } from './batch.js';
import type { Database, Tx } from './database.js';
import { keysetPage, type Cursor, type Page } from './pagination.js';
import { worksIn } from './region-scope.js';
import { followUpRow, interactionRow, parseRows, unengagedRow, type FollowUpRow, type InteractionRow, type UnengagedRow } from './rows.js';
import { filteredClause, filterParams, STAKEHOLDER_FIELDS } from './stakeholder-store.js';

/**
 * The engagement log: `(:Interaction)` with `(:Stakeholder|Person)-[:INVOLVED_IN]->` it,
 * `-[:SERVES]->(:Program)` and `-[:HAS_FOLLOW_UP]->(:FollowUp)-[:OWNED_BY]->(:Person)`. Written
 * by upsertInteractions (writes.ts); read here.
 */

/** An interaction `n` in the exchange format (what it links to by id). */
const INTERACTION_RECORD = `.id, .kind, .subject, .notes, .privateNotes, occurredOn: toString(n.occurredOn),
  programId: COLLECT { MATCH (n)-[:SERVES]->(p:Program) RETURN p.id }[0],
  stakeholderIds: COLLECT { MATCH (n)<-[:INVOLVED_IN]-(s:Stakeholder) RETURN s.id ORDER BY s.sortName, s.id },
  personIds: COLLECT { MATCH (n)<-[:INVOLVED_IN]-(p:Person) RETURN p.id ORDER BY p.name, p.id }`;

const INTERACTION_FIELDS = `n { ${INTERACTION_RECORD}, createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt) }`;

/**
 * A follow-up's status as of $asOf: one closed after that day was still open then (one closed
 * without a date counts as closed all along). Today (no $asOf) it is the stored status.
 */
const STATUS_AS_OF = `CASE WHEN $asOf IS NOT NULL AND f.status <> 'OPEN' AND f.closedOn > date($asOf) THEN 'OPEN' ELSE f.status END`;
/** Open and past due on $asOf, or today. */
const OVERDUE = `coalesce(${STATUS_AS_OF} = 'OPEN' AND f.dueOn < coalesce(date($asOf), date()), false)`;

const FOLLOW_UP_FIELDS = `f { .id, .commitment, dueOn: toString(f.dueOn), closedOn: toString(f.closedOn),
  interactionId: COLLECT { MATCH (f)<-[:HAS_FOLLOW_UP]-(i:Interaction) RETURN i.id }[0],
  ownerId: COLLECT { MATCH (f)-[:OWNED_BY]->(o:Person) RETURN o.id }[0],
  status: ${STATUS_AS_OF}, overdue: ${OVERDUE} }`;

/** An interaction `n` with a stakeholder taking part that works in $region (the one region rule). */
const IN_REGION = `EXISTS { MATCH (n)<-[:INVOLVED_IN]-(s:Stakeholder) WHERE EXISTS { ${worksIn('s', ':Region {id: $region}', 's')} } }`;
const SERVES_PROGRAM = 'EXISTS { (n)-[:SERVES]->(:Program)-[:PART_OF*0..]->(:Program {id: $program}) }';
const WITH_STAKEHOLDER = 'EXISTS { (n)<-[:INVOLVED_IN]-(:Stakeholder {id: $stakeholder}) }';

export interface InteractionFilter {
  stakeholder?: string;
  person?: string;
  program?: string;
  region?: string;
  kinds?: InteractionKind[];
  since?: string;
  asOf?: string;
}

export interface FollowUpFilter {
  owner?: string;
  region?: string;
  program?: string;
  stakeholder?: string;
  statuses: FollowUpStatus[];
  overdue?: boolean;
  asOf?: string;
}

export interface PartnerScope {
  region?: string;
  program?: string;
  helices?: Helix[];
  asOf?: string;
}

/** The last interaction of `s` up to $asOf (none after $since exist in the rows this is asked of). */
const LAST_ENGAGED = `COLLECT { MATCH (s)-[:INVOLVED_IN]->(i:Interaction) WHERE $asOf IS NULL OR i.occurredOn <= date($asOf)
  RETURN toString(i.occurredOn) AS on ORDER BY on DESC LIMIT 1 }[0]`;

/**
 * A stored interaction in the exchange format, read inside a write's transaction so a patch
 * applies to what is there when it commits; null when there is none.
 */
export async function interactionRecord(tx: Tx, id: string): Promise<Record<string, unknown> | null> {
  const [row] = await tx.rows<{ record: Record<string, unknown> }>(
    'interaction.record',
    `MATCH (n:Interaction {id: $id})
     RETURN n { ${INTERACTION_RECORD},
       followUps: COLLECT { MATCH (n)-[:HAS_FOLLOW_UP]->(f:FollowUp) WITH f ORDER BY f.position
                            RETURN { commitment: f.commitment, ownerId: COLLECT { MATCH (f)-[:OWNED_BY]->(o:Person) RETURN o.id }[0],
                                     dueOn: toString(f.dueOn), status: f.status, closedOn: toString(f.closedOn) } } } AS record`,
    { id },
  );
  return row?.record ?? null;
}

export class EngagementStore {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<(InteractionRow | null)[]> {
    const rows = await this.db.query('interaction.by_ids', `UNWIND $ids AS id MATCH (n:Interaction {id: id}) RETURN ${INTERACTION_FIELDS} AS n`, { ids });
    return inKeyOrder(ids, parseRows(interactionRow, rows.map((r) => r.n), 'interaction.by_ids'), (n) => n.id);
  }

  /** Most recent first, then by id. */
  list(filter: InteractionFilter, first: number, after: Cursor | null): Promise<Page<InteractionRow>> {
    const clauses: string[] = [];
    if (filter.stakeholder) clauses.push(WITH_STAKEHOLDER);
    if (filter.person) clauses.push('EXISTS { (n)<-[:INVOLVED_IN]-(:Person {id: $person}) }');
    if (filter.program) clauses.push(SERVES_PROGRAM);
    if (filter.region) clauses.push(IN_REGION);
    if (filter.kinds) clauses.push('n.kind IN $kinds');
    if (filter.since) clauses.push('n.occurredOn >= date($since)');
    if (filter.asOf) clauses.push('n.occurredOn <= date($asOf)');
    return keysetPage(
      this.db,
      {
        name: 'interaction.list',
        filtered: `MATCH (n:Interaction) ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}`,
        variable: 'n',
        sortKey: 'toString(n.occurredOn)',
        direction: 'DESC',
        fields: INTERACTION_FIELDS,
        params: { ...filter },
        first,
        after,
      },
      interactionRow,
    );
  }

  /** Soonest due first, undated last, then by id; statuses and overdue as of `asOf` or today. */
  followUps(filter: FollowUpFilter, first: number, after: Cursor | null): Promise<Page<FollowUpRow>> {
    const clauses = [`${STATUS_AS_OF} IN $statuses`];
    if (filter.owner) clauses.push('EXISTS { (f)-[:OWNED_BY]->(:Person {id: $owner}) }');
    if (filter.stakeholder) clauses.push(WITH_STAKEHOLDER);
    if (filter.program) clauses.push(SERVES_PROGRAM);
    if (filter.region) clauses.push(IN_REGION);
    if (filter.overdue !== undefined) clauses.push(`${OVERDUE} = $overdue`);
    if (filter.asOf) clauses.push('n.occurredOn <= date($asOf)');
    return keysetPage(
      this.db,
      {
        name: 'follow_up.list',
        filtered: `MATCH (n:Interaction)-[:HAS_FOLLOW_UP]->(f:FollowUp) WHERE ${clauses.join(' AND ')}`,
        variable: 'f',
        sortKey: "coalesce(toString(f.dueOn), '9999-12-31')",
        direction: 'ASC',
        fields: FOLLOW_UP_FIELDS,
        params: { ...filter, asOf: filter.asOf ?? null },
        first,
        after,
      },
      followUpRow,
    );
  }

  /** Follow-ups of each interaction in the order logged, as they stand today. */
  async followUpsOf(ids: readonly string[]): Promise<FollowUpRow[][]> {
    const rows = await this.db.query<{ f: unknown }>(
      'interaction.follow_ups',
      `UNWIND $ids AS id MATCH (:Interaction {id: id})-[:HAS_FOLLOW_UP]->(f:FollowUp) WITH f ORDER BY f.position RETURN ${FOLLOW_UP_FIELDS} AS f`,
      { ids, asOf: null },
    );
    return groupedInKeyOrder(ids, parseRows(followUpRow, rows.map((r) => r.f), 'interaction.follow_ups'), (f) => f.interactionId);
  }

  async followUpsByIds(ids: readonly string[]): Promise<(FollowUpRow | null)[]> {
    const rows = await this.db.query<{ f: unknown }>('follow_up.by_ids', `UNWIND $ids AS id MATCH (f:FollowUp {id: id}) RETURN ${FOLLOW_UP_FIELDS} AS f`, { ids, asOf: null });
    return inKeyOrder(ids, parseRows(followUpRow, rows.map((r) => r.f), 'follow_up.by_ids'), (f) => f.id);
  }

  /**
   * Stakeholders of a scope (the stakeholder list's own filter: region rule, programme, helices,
   * partners as of a day) with no interaction from `since` up to `asOf`, longest unengaged first.
   */
  unengaged(scope: PartnerScope, since: string, first: number, after: Cursor | null): Promise<Page<UnengagedRow>> {
    return keysetPage(
      this.db,
      {
        name: 'interaction.unengaged',
        filtered: `${filteredClause(scope)}
          WITH s WHERE NOT EXISTS { MATCH (s)-[:INVOLVED_IN]->(i:Interaction) WHERE i.occurredOn >= date($since) AND ($asOf IS NULL OR i.occurredOn <= date($asOf)) }`,
        variable: 's',
        sortKey: `coalesce(${LAST_ENGAGED}, '')`,
        direction: 'ASC',
        fields: `{ stakeholder: ${STAKEHOLDER_FIELDS}, lastEngagedOn: ${LAST_ENGAGED} }`,
        params: { ...filterParams(scope), since },
        first,
        after,
      },
      unengagedRow,
    );
  }
}
