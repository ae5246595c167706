import type { Helix, StakeholderKind } from '../domain/vocabulary.js';
import { groupedInKeyOrder, inKeyOrder } from './batch.js';
import type { Database } from './database.js';
import { keysetPage, luceneQuery, type Cursor, type ExtraProjection, type KeysetQuery, type Page } from './pagination.js';
import { worksIn } from './region-scope.js';
import { parseRows, regionRow, stakeholderRow, tieRow, type RegionRow, type StakeholderRow, type TieRow } from './rows.js';
import { given, ifGiven, where } from './optional.js';
import { inForceOn, startedBy, tieAsOf, tieFigures } from './time.js';
import { int } from './values.js';

export interface StakeholderFilter {
  ids?: string[];
  helices?: Helix[];
  kinds?: StakeholderKind[];
  region?: string;
  program?: string;
  activeOn?: string;
  asOf?: string;
  hasTiesTo?: Helix[];
  lacksTiesTo?: Helix[];
  text?: string;
}

/** Orders Cypher sorts by; INFLUENCE is sorted in memory by the stakeholder service. */
export type StakeholderOrderField = 'NAME' | 'PARTNER_COUNT' | 'UPDATED_AT';
export type Direction = 'ASC' | 'DESC';

/** Projection of a stakeholder node `s` into a StakeholderRow. */
export const STAKEHOLDER_FIELDS = `s { .id, .name, .aliases, .helix, .kind, .description, .website, .tags,
  createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt) }`;

/** Sort keys: an allow-list, because an ORDER BY expression cannot be a parameter. */
const SORT_KEYS: Record<StakeholderOrderField, string> = {
  NAME: 's.sortName',
  PARTNER_COUNT: 'COUNT { (s)-[:WORKS_WITH]-() }',
  UPDATED_AT: 's.updatedAt.epochMillis',
};

/** Party to a collaboration, or taking part in a program, whose dates meet a time condition (fixed fragments from time.ts; dates are parameters). */
const hasFact = (collaboration: string, participation: string) => `(EXISTS { MATCH (s)-[:PARTY_TO]->(c:Collaboration) WHERE ${collaboration} }
   OR EXISTS { MATCH (s)-[:TAKES_PART]->(pa:Participation)-[:IN]->(p:Program) WHERE ${participation} })`;

// A participation without dates of its own takes its program's.
const ACTIVE_ON = hasFact(inForceOn('c.startedOn', 'c.endedOn'), inForceOn('coalesce(pa.startedOn, p.startsOn)', 'coalesce(pa.endedOn, p.endsOn)'));
const AS_OF = hasFact(startedBy('c.startedOn'), startedBy('coalesce(pa.startedOn, p.startsOn)'));

/** A tie of `s` to helix `h` that existed as of $asOf (any tie when no date is given). */
const tieToHelix = (asOf: boolean) => `EXISTS { MATCH (s)-[t:WORKS_WITH]-(:Stakeholder {helix: h}) ${where(tieAsOf(asOf))} }`;

/** Conditions: fixed Cypher fragments switched on by which filter fields are present. */
function whereClauses(filter: StakeholderFilter): string[] {
  const clauses: string[] = [];
  if (filter.ids) clauses.push('s.id IN $ids');
  if (filter.helices) clauses.push('s.helix IN $helices');
  if (filter.kinds) clauses.push('s.kind IN $kinds');
  if (filter.region && filter.text) clauses.push(`EXISTS { ${worksIn('s', ':Region {id: $region}', 's')} }`);
  if (filter.program) {
    clauses.push(`(EXISTS { (s)-[:TAKES_PART]->(:Participation)-[:IN]->(:Program)-[:PART_OF*0..]->(:Program {id: $program}) }
      OR EXISTS { (s)-[:PARTY_TO]->(:Collaboration)-[:UNDER]->(:Program)-[:PART_OF*0..]->(:Program {id: $program}) })`);
  }
  if (filter.activeOn) clauses.push(ACTIVE_ON);
  if (filter.asOf) clauses.push(AS_OF);
  if (filter.hasTiesTo) clauses.push(`all(h IN $hasTiesTo WHERE ${tieToHelix(given(filter.asOf))})`);
  if (filter.lacksTiesTo) clauses.push(`none(h IN $lacksTiesTo WHERE ${tieToHelix(given(filter.asOf))})`);
  return clauses;
}

/**
 * Where the candidates come from: the full-text index for a text filter; else the region's
 * stakeholders, found from the region down (a region holds few of the whole graph, where
 * testing the region per stakeholder walks every candidate's region chain); else all.
 */
function matchClause(filter: StakeholderFilter): string {
  if (filter.text) return "CALL db.index.fulltext.queryNodes('search', $lucene) YIELD node AS s WITH s WHERE s:Stakeholder";
  if (filter.region) return `MATCH (g:Region {id: $region}) CALL (g) { ${worksIn('s:Stakeholder', 'g', 's')} } WITH DISTINCT s`;
  return 'MATCH (s:Stakeholder)';
}

export const filteredClause = (filter: StakeholderFilter) => {
  const where = whereClauses(filter);
  return `${matchClause(filter)} ${where.length ? `${filter.text ? 'AND' : 'WHERE'} ${where.join(' AND ')}` : ''}`;
};
export const filterParams = (filter: StakeholderFilter) => ({ ...filter, asOf: filter.asOf ?? null, lucene: filter.text ? luceneQuery(filter.text) : null });

/** The page query of a stakeholder list (its statement is `keysetStatement` of it). */
export const stakeholderPage = (
  filter: StakeholderFilter,
  order: { field: StakeholderOrderField; direction: Direction },
  first: number,
  after: Cursor | null,
  extra?: ExtraProjection,
): KeysetQuery => ({
  name: 'stakeholder.list',
  filtered: filteredClause(filter),
  variable: 's',
  sortKey: SORT_KEYS[order.field],
  direction: order.direction === 'DESC' ? 'DESC' : 'ASC',
  fields: STAKEHOLDER_FIELDS,
  params: filterParams(filter),
  first,
  after,
  extra,
  // Unfiltered, the count store has the total; a filter is better evaluated once.
  count: Object.values(filter).some((value) => value !== undefined) ? 'with-page' : 'apart',
});

export class StakeholderStore {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<(StakeholderRow | null)[]> {
    const rows = await this.db.query('stakeholder.by_ids', `UNWIND $ids AS id MATCH (s:Stakeholder {id: id}) RETURN ${STAKEHOLDER_FIELDS} AS s`, { ids });
    return inKeyOrder(ids, parseRows(stakeholderRow, rows.map((r) => r.s), 'stakeholder.by_ids'), (s) => s.id);
  }

  async list(
    filter: StakeholderFilter,
    order: { field: StakeholderOrderField; direction: Direction },
    first: number,
    after: Cursor | null,
    extra?: ExtraProjection,
  ): Promise<Page<StakeholderRow>> {
    return keysetPage(this.db, stakeholderPage(filter, order, first, after, extra), stakeholderRow);
  }

  /** Ids of every stakeholder matching a filter, for orders computed outside the database. */
  async matchingIds(filter: StakeholderFilter): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>('stakeholder.matching_ids', `${filteredClause(filter)} RETURN s.id AS id`, filterParams(filter));
    return rows.map((r) => r.id);
  }

  async parentIds(ids: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.db.query<{ id: string; parent: string }>(
      'stakeholder.parents',
      'UNWIND $ids AS id MATCH (:Stakeholder {id: id})-[:UNIT_OF]->(p:Stakeholder) RETURN id, p.id AS parent',
      { ids },
    );
    return inKeyOrder(ids, rows, (r) => r.id).map((r) => r?.parent ?? null);
  }

  async unitIds(ids: readonly string[]): Promise<string[][]> {
    const rows = await this.db.query<{ id: string; unit: string }>(
      'stakeholder.units',
      'UNWIND $ids AS id MATCH (:Stakeholder {id: id})<-[:UNIT_OF]-(u:Stakeholder) RETURN id, u.id AS unit ORDER BY u.sortName',
      { ids },
    );
    return groupedInKeyOrder(ids, rows, (r) => r.id).map((group) => group.map((r) => r.unit));
  }

  /** The region each stakeholder is based in (the row itself: one query, not id then row). */
  async regions(ids: readonly string[]): Promise<(RegionRow | null)[]> {
    const rows = await this.db.query<{ id: string; region: unknown }>(
      'stakeholder.regions',
      'UNWIND $ids AS id MATCH (:Stakeholder {id: id})-[:BASED_IN]->(g:Region) RETURN id, g { .id, .name, .level } AS region',
      { ids },
    );
    return inKeyOrder(ids, rows, (r) => r.id).map((r) => (r ? regionRow.parse(r.region) : null));
  }

  /**
   * Ties of each stakeholder, strongest first. As of a date, only ties with a fact started by
   * then, weighed and counted from those facts alone.
   */
  async ties(ids: readonly string[], helices: Helix[] | null, first: number, asOf: string | null): Promise<TieRow[][]> {
    const figures = tieFigures(given(asOf));
    const rows = await this.db.query(
      'stakeholder.ties',
      `UNWIND $ids AS id
       MATCH (s:Stakeholder {id: id})
       CALL (s) {
         MATCH (s)-[t:WORKS_WITH]-(o:Stakeholder)
         ${where(ifGiven(given(helices), 'o.helix IN $helices'), tieAsOf(given(asOf)))}
         WITH s, o, t, ${figures.weight} AS weight
         RETURN o, t, weight ORDER BY weight DESC, o.id LIMIT $first
       }
       WITH id, t, o AS s, weight
       RETURN id AS stakeholderId, s.id AS partnerId, ${STAKEHOLDER_FIELDS} AS partner, weight,
              ${figures.collaborations} AS collaborations, ${figures.programs} AS programs, t.evidence AS evidence`,
      { ids, helices, first: int(first), asOf },
    );
    return groupedInKeyOrder(ids, parseRows(tieRow, rows, 'stakeholder.ties'), (r) => r.stakeholderId);
  }

  async partnerCounts(ids: readonly string[]): Promise<number[]> {
    const rows = await this.db.query<{ id: string; count: number }>(
      'stakeholder.partner_counts',
      'UNWIND $ids AS id MATCH (s:Stakeholder {id: id}) RETURN id, COUNT { (s)-[:WORKS_WITH]-() } AS count',
      { ids },
    );
    return inKeyOrder(ids, rows, (r) => r.id).map((r) => r?.count ?? 0);
  }

  /** Stakeholders based in a region or below it, by name. */
  async inRegions(regionIds: readonly string[], first: number): Promise<StakeholderRow[][]> {
    const rows = await this.db.query<{ regionId: string; s: unknown }>(
      'stakeholder.in_regions',
      `UNWIND $regionIds AS regionId
       MATCH (g:Region {id: regionId})
       CALL (g) {
         MATCH (s:Stakeholder)-[:BASED_IN]->(:Region)-[:PART_OF*0..]->(g)
         RETURN s ORDER BY s.sortName LIMIT $first
       }
       RETURN regionId, ${STAKEHOLDER_FIELDS} AS s`,
      { regionIds, first: int(first) },
    );
    const parsed = rows.map((r) => ({ regionId: r.regionId, s: stakeholderRow.parse(r.s) }));
    return groupedInKeyOrder(regionIds, parsed, (r) => r.regionId).map((g) => g.map((r) => r.s));
  }
}
