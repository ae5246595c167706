import type { CollaborationKind, CollaborationStatus } from '../domain/vocabulary.js';
import { groupedInKeyOrder, inKeyOrder } from './batch.js';
import type { Database, Tx } from './database.js';
import { given, ifGiven, where } from './optional.js';
import { keysetPage, type Cursor, type Page } from './pagination.js';
import { inForceOn, startedBy } from './time.js';
import { collaborationRow, parseRows, partyRow, type CollaborationRow, type PartyRow } from './rows.js';

export const COLLABORATION_FIELDS = `c { .id, .name, .kind, .description, .strength, .status,
  startedOn: toString(c.startedOn), endedOn: toString(c.endedOn), createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt) }`;

/**
 * A stored collaboration in the exchange format (parties, program and evidence included), read
 * inside a write's transaction so a patch applies to what is there when it commits; null when
 * there is none. Absent values come back null (the input boundary drops them).
 */
export async function collaborationRecord(tx: Tx, id: string): Promise<Record<string, unknown> | null> {
  const [row] = await tx.rows<{ record: Record<string, unknown> }>(
    'collaboration.record',
    `MATCH (c:Collaboration {id: $id})
     RETURN c { .id, .name, .kind, .description, .strength, .status,
                startedOn: toString(c.startedOn), endedOn: toString(c.endedOn),
                programId: COLLECT { MATCH (c)-[:UNDER]->(p:Program) RETURN p.id }[0],
                parties: COLLECT { MATCH (c)<-[r:PARTY_TO]-(s:Stakeholder) RETURN { stakeholderId: s.id, role: r.role } },
                evidence: COLLECT { MATCH (c)-[e:EVIDENCED_BY]->(src:Source) RETURN { sourceId: src.id, quote: e.quote, confidence: e.confidence } } } AS record`,
    { id },
  );
  return row?.record ?? null;
}

export interface CollaborationFilter {
  statuses?: CollaborationStatus[];
  kinds?: CollaborationKind[];
  program?: string;
  stakeholder?: string;
  activeOn?: string;
  asOf?: string;
}

export class CollaborationStore {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<(CollaborationRow | null)[]> {
    const rows = await this.db.query('collaboration.by_ids', `UNWIND $ids AS id MATCH (c:Collaboration {id: id}) RETURN ${COLLABORATION_FIELDS} AS c`, { ids });
    return inKeyOrder(ids, parseRows(collaborationRow, rows.map((r) => r.c), 'collaboration.by_ids'), (c) => c.id);
  }

  /** Most recent first (undated last), then by id. */
  async list(filter: CollaborationFilter, first: number, after: Cursor | null): Promise<Page<CollaborationRow>> {
    const clauses: string[] = [];
    if (filter.statuses) clauses.push('c.status IN $statuses');
    if (filter.kinds) clauses.push('c.kind IN $kinds');
    if (filter.program) clauses.push('EXISTS { (c)-[:UNDER]->(:Program)-[:PART_OF*0..]->(:Program {id: $program}) }');
    if (filter.stakeholder) clauses.push('EXISTS { (c)<-[:PARTY_TO]-(:Stakeholder {id: $stakeholder}) }');
    if (filter.activeOn) clauses.push(inForceOn('c.startedOn', 'c.endedOn'));
    if (filter.asOf) clauses.push(startedBy('c.startedOn'));
    const filtered = `MATCH (c:Collaboration) ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}`;
    return keysetPage(
      this.db,
      {
        name: 'collaboration.list',
        filtered,
        variable: 'c',
        sortKey: "-coalesce(duration.inDays(date('1970-01-01'), c.startedOn).days, -1000000)",
        direction: 'ASC',
        fields: COLLABORATION_FIELDS,
        params: { ...filter },
        first,
        after,
      },
      collaborationRow,
    );
  }

  async parties(ids: readonly string[]): Promise<PartyRow[][]> {
    const rows = await this.db.query(
      'collaboration.parties',
      `UNWIND $ids AS id
       MATCH (c:Collaboration {id: id})<-[r:PARTY_TO]-(s:Stakeholder)
       RETURN id AS collaborationId, s.id AS stakeholderId, r.role AS role ORDER BY s.sortName`,
      { ids },
    );
    return groupedInKeyOrder(ids, parseRows(partyRow, rows, 'collaboration.parties'), (r) => r.collaborationId);
  }

  async programIds(ids: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.db.query<{ id: string; program: string }>(
      'collaboration.programs',
      'UNWIND $ids AS id MATCH (:Collaboration {id: id})-[:UNDER]->(p:Program) RETURN id, p.id AS program',
      { ids },
    );
    return inKeyOrder(ids, rows, (r) => r.id).map((r) => r?.program ?? null);
  }

  /** Collaborations of each stakeholder, most recent first. */
  async ofStakeholders(ids: readonly string[], status: CollaborationStatus | null, asOf: string | null): Promise<CollaborationRow[][]> {
    const rows = await this.db.query<{ id: string; c: unknown }>(
      'stakeholder.collaborations',
      `UNWIND $ids AS id
       MATCH (:Stakeholder {id: id})-[:PARTY_TO]->(c:Collaboration)
       ${where(ifGiven(given(status), 'c.status = $status'), ifGiven(given(asOf), startedBy('c.startedOn')))}
       RETURN id, ${COLLABORATION_FIELDS} AS c ORDER BY c.startedOn DESC, c.name`,
      { ids, status, asOf },
    );
    const parsed = rows.map((r) => ({ id: r.id, c: collaborationRow.parse(r.c) }));
    return groupedInKeyOrder(ids, parsed, (r) => r.id).map((g) => g.map((r) => r.c));
  }

  async underPrograms(ids: readonly string[]): Promise<CollaborationRow[][]> {
    const rows = await this.db.query<{ id: string; c: unknown }>(
      'program.collaborations',
      `UNWIND $ids AS id
       MATCH (:Program {id: id})<-[:UNDER]-(c:Collaboration)
       RETURN id, ${COLLABORATION_FIELDS} AS c ORDER BY c.startedOn DESC, c.name`,
      { ids },
    );
    const parsed = rows.map((r) => ({ id: r.id, c: collaborationRow.parse(r.c) }));
    return groupedInKeyOrder(ids, parsed, (r) => r.id).map((g) => g.map((r) => r.c));
  }
}
