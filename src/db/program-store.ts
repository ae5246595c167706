import type { ParticipationRole, ProgramKind } from '../domain/vocabulary.js';
import { groupedInKeyOrder, inKeyOrder } from './batch.js';
import type { Database } from './database.js';
import { keysetPage, luceneQuery, type Cursor, type Page } from './pagination.js';
import { given, ifGiven, where } from './optional.js';
import { parseRows, participationRow, programRow, type ParticipationRow, type ProgramRow } from './rows.js';
import { inForceOn, startedBy } from './time.js';

export const PROGRAM_FIELDS = `p { .id, .name, .aliases, .kind, .description, .venue,
  startsOn: toString(p.startsOn), endsOn: toString(p.endsOn), createdAt: toString(p.createdAt), updatedAt: toString(p.updatedAt) }`;

/**
 * Binds `s` to every stakeholder of the program bound as `root`: participants of it and of its
 * parts, and parties to collaborations under any of them.
 */
export const PROGRAM_MEMBERS = `MATCH (root)<-[:PART_OF*0..]-(p:Program)
  CALL (p) {
    MATCH (p)<-[:IN]-(:Participation)<-[:TAKES_PART]-(s:Stakeholder) RETURN s
    UNION
    MATCH (p)<-[:UNDER]-(:Collaboration)<-[:PARTY_TO]-(s:Stakeholder) RETURN s
  }`;

const PARTICIPATION_FIELDS = `{ id: n.id, stakeholderId: s.id, programId: p.id, program: ${PROGRAM_FIELDS}, role: n.role,
  description: n.description, startedOn: toString(n.startedOn), endedOn: toString(n.endedOn) }`;

export interface ProgramFilter {
  kinds?: ProgramKind[];
  region?: string;
  activeOn?: string;
  asOf?: string;
  text?: string;
}

export class ProgramStore {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<(ProgramRow | null)[]> {
    const rows = await this.db.query('program.by_ids', `UNWIND $ids AS id MATCH (p:Program {id: id}) RETURN ${PROGRAM_FIELDS} AS p`, { ids });
    return inKeyOrder(ids, parseRows(programRow, rows.map((r) => r.p), 'program.by_ids'), (p) => p.id);
  }

  /** Most recent first (undated last), then by id. */
  async list(filter: ProgramFilter, first: number, after: Cursor | null): Promise<Page<ProgramRow>> {
    const clauses: string[] = [];
    if (filter.kinds) clauses.push('p.kind IN $kinds');
    if (filter.region) clauses.push('EXISTS { (p)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $region}) }');
    // A program without an end date is a one-day event.
    if (filter.activeOn) clauses.push(inForceOn('p.startsOn', 'coalesce(p.endsOn, p.startsOn)'));
    if (filter.asOf) clauses.push(startedBy('p.startsOn'));
    const match = filter.text
      ? "CALL db.index.fulltext.queryNodes('search', $lucene) YIELD node AS p WITH p WHERE p:Program"
      : 'MATCH (p:Program)';
    const filtered = `${match} ${clauses.length ? `${filter.text ? 'AND' : 'WHERE'} ${clauses.join(' AND ')}` : ''}`;
    return keysetPage(
      this.db,
      {
        name: 'program.list',
        filtered,
        variable: 'p',
        // Days since epoch, negated so that "most recent first" is an ascending sort; undated last.
        sortKey: "-coalesce(duration.inDays(date('1970-01-01'), p.startsOn).days, -1000000)",
        direction: 'ASC',
        fields: PROGRAM_FIELDS,
        params: { ...filter, lucene: filter.text ? luceneQuery(filter.text) : null },
        first,
        after,
      },
      programRow,
    );
  }

  async participationsOfPrograms(ids: readonly string[], roles: ParticipationRole[] | null): Promise<ParticipationRow[][]> {
    const rows = await this.db.query(
      'program.participations',
      `UNWIND $ids AS id
       MATCH (p:Program {id: id})<-[:IN]-(n:Participation)<-[:TAKES_PART]-(s:Stakeholder)
       ${where(ifGiven(given(roles), 'n.role IN $roles'))}
       RETURN ${PARTICIPATION_FIELDS} AS row ORDER BY n.role, s.sortName`,
      { ids, roles },
    );
    return groupedInKeyOrder(ids, parseRows(participationRow, rows.map((r) => r.row), 'program.participations'), (r) => r.programId);
  }

  async participationsOfStakeholders(ids: readonly string[]): Promise<ParticipationRow[][]> {
    const rows = await this.db.query(
      'stakeholder.participations',
      `UNWIND $ids AS id
       MATCH (s:Stakeholder {id: id})-[:TAKES_PART]->(n:Participation)-[:IN]->(p:Program)
       RETURN ${PARTICIPATION_FIELDS} AS row ORDER BY coalesce(n.startedOn, p.startsOn) DESC, p.name`,
      { ids },
    );
    return groupedInKeyOrder(ids, parseRows(participationRow, rows.map((r) => r.row), 'stakeholder.participations'), (r) => r.stakeholderId);
  }

  async participationsByIds(ids: readonly string[]): Promise<(ParticipationRow | null)[]> {
    const rows = await this.db.query(
      'participation.by_ids',
      `UNWIND $ids AS id
       MATCH (s:Stakeholder)-[:TAKES_PART]->(n:Participation {id: id})-[:IN]->(p:Program)
       RETURN ${PARTICIPATION_FIELDS} AS row`,
      { ids },
    );
    return inKeyOrder(ids, parseRows(participationRow, rows.map((r) => r.row), 'participation.by_ids'), (r) => r.id);
  }

  async parentIds(ids: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.db.query<{ id: string; parent: string }>(
      'program.parents',
      'UNWIND $ids AS id MATCH (:Program {id: id})-[:PART_OF]->(p:Program) RETURN id, p.id AS parent',
      { ids },
    );
    return inKeyOrder(ids, rows, (r) => r.id).map((r) => r?.parent ?? null);
  }

  async partIds(ids: readonly string[]): Promise<string[][]> {
    const rows = await this.db.query<{ id: string; part: string }>(
      'program.parts',
      'UNWIND $ids AS id MATCH (:Program {id: id})<-[:PART_OF]-(c:Program) RETURN id, c.id AS part ORDER BY c.startsOn, c.name',
      { ids },
    );
    return groupedInKeyOrder(ids, rows, (r) => r.id).map((g) => g.map((r) => r.part));
  }

  async regionIds(ids: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.db.query<{ id: string; region: string }>(
      'program.regions',
      'UNWIND $ids AS id MATCH (:Program {id: id})-[:IN_REGION]->(g:Region) RETURN id, g.id AS region',
      { ids },
    );
    return inKeyOrder(ids, rows, (r) => r.id).map((r) => r?.region ?? null);
  }

  /**
   * Helices present in each program, counting participants of the program and of its parts
   * and parties to collaborations under any of them.
   */
  async helices(ids: readonly string[]): Promise<string[][]> {
    const rows = await this.db.query<{ id: string; helices: string[] }>(
      'program.helices',
      `UNWIND $ids AS id
       MATCH (root:Program {id: id})
       RETURN id, COLLECT { ${PROGRAM_MEMBERS} RETURN DISTINCT s.helix } AS helices`,
      { ids },
    );
    return inKeyOrder(ids, rows, (r) => r.id).map((r) => r?.helices ?? []);
  }
}
