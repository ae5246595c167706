import type { RegionLevel } from '../domain/vocabulary.js';
import { groupedInKeyOrder, inKeyOrder } from './batch.js';
import type { Database } from './database.js';
import {
  citationRow,
  evidenceRow,
  officeRow,
  parseRows,
  personRow,
  regionRow,
  sourceRow,
  type CitationRow,
  type EvidenceRow,
  type OfficeRow,
  type PersonRow,
  type RegionRow,
  type SourceRow,
} from './rows.js';
import { int } from './values.js';
import { EVIDENCE_HOLDERS } from './writes.js';

/** Projection of a person node `n` into a PersonRow. */
export const PERSON_FIELDS = 'n { .id, .name, .aliases, .email, .phone }';

export const SOURCE_FIELDS = 'n { .id, .title, .publisher, .author, .url, .kind, .language, publishedOn: toString(n.publishedOn) }';
const OFFICE_FIELDS = `{ personId: person.id, stakeholderId: s.id, title: h.title, since: toString(h.since), until: toString(h.until),
  sourceIds: coalesce(h.sourceIds, []) }`;

/** Regions, sources, people and evidence: the reference data around the network. */
export class ReferenceStore {
  constructor(private readonly db: Database) {}

  async regionsByIds(ids: readonly string[]): Promise<(RegionRow | null)[]> {
    const rows = await this.db.query('region.by_ids', 'UNWIND $ids AS id MATCH (n:Region {id: id}) RETURN n { .id, .name, .level } AS n', { ids });
    return inKeyOrder(ids, parseRows(regionRow, rows.map((r) => r.n), 'region.by_ids'), (r) => r.id);
  }

  async regions(level: RegionLevel | null, parent: string | null): Promise<RegionRow[]> {
    const rows = await this.db.query(
      'region.list',
      `MATCH (n:Region)
       WHERE ($level IS NULL OR n.level = $level) AND ($parent IS NULL OR EXISTS { (n)-[:PART_OF]->(:Region {id: $parent}) })
       RETURN n { .id, .name, .level } AS n ORDER BY n.name LIMIT 5000`,
      { level, parent },
    );
    return parseRows(regionRow, rows.map((r) => r.n), 'region.list');
  }

  async regionParentIds(ids: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.db.query<{ id: string; parent: string }>(
      'region.parents',
      'UNWIND $ids AS id MATCH (:Region {id: id})-[:PART_OF]->(p:Region) RETURN id, p.id AS parent',
      { ids },
    );
    return inKeyOrder(ids, rows, (r) => r.id).map((r) => r?.parent ?? null);
  }

  async regionChildIds(ids: readonly string[]): Promise<string[][]> {
    const rows = await this.db.query<{ id: string; child: string }>(
      'region.children',
      'UNWIND $ids AS id MATCH (:Region {id: id})<-[:PART_OF]-(c:Region) RETURN id, c.id AS child ORDER BY c.name',
      { ids },
    );
    return groupedInKeyOrder(ids, rows, (r) => r.id).map((g) => g.map((r) => r.child));
  }

  async sourcesByIds(ids: readonly string[]): Promise<(SourceRow | null)[]> {
    const rows = await this.db.query('source.by_ids', `UNWIND $ids AS id MATCH (n:Source {id: id}) RETURN ${SOURCE_FIELDS} AS n`, { ids });
    return inKeyOrder(ids, parseRows(sourceRow, rows.map((r) => r.n), 'source.by_ids'), (r) => r.id);
  }

  async sources(first: number): Promise<SourceRow[]> {
    const rows = await this.db.query('source.list', `MATCH (n:Source) RETURN ${SOURCE_FIELDS} AS n ORDER BY n.publishedOn DESC, n.id LIMIT $first`, {
      first: int(first),
    });
    return parseRows(sourceRow, rows.map((r) => r.n), 'source.list');
  }

  async peopleByIds(ids: readonly string[]): Promise<(PersonRow | null)[]> {
    const rows = await this.db.query('person.by_ids', `UNWIND $ids AS id MATCH (n:Person {id: id}) RETURN ${PERSON_FIELDS} AS n`, { ids });
    return inKeyOrder(ids, parseRows(personRow, rows.map((r) => r.n), 'person.by_ids'), (r) => r.id);
  }

  /** Offices held in each stakeholder: current (no end) first, then by start. */
  async officesInStakeholders(ids: readonly string[]): Promise<OfficeRow[][]> {
    const rows = await this.db.query(
      'stakeholder.offices',
      `UNWIND $ids AS id
       MATCH (person:Person)-[h:HOLDS]->(s:Stakeholder {id: id})
       RETURN ${OFFICE_FIELDS} AS row ORDER BY h.until IS NULL DESC, h.since DESC, person.name`,
      { ids },
    );
    return groupedInKeyOrder(ids, parseRows(officeRow, rows.map((r) => r.row), 'stakeholder.offices'), (r) => r.stakeholderId);
  }

  async officesOfPeople(ids: readonly string[]): Promise<OfficeRow[][]> {
    const rows = await this.db.query(
      'person.offices',
      `UNWIND $ids AS id
       MATCH (person:Person {id: id})-[h:HOLDS]->(s:Stakeholder)
       RETURN ${OFFICE_FIELDS} AS row ORDER BY h.since DESC, s.name`,
      { ids },
    );
    return groupedInKeyOrder(ids, parseRows(officeRow, rows.map((r) => r.row), 'person.offices'), (r) => r.personId);
  }

  /** Evidence of items of one label; the label comes from the allow-list in writes.ts. */
  async evidence(label: (typeof EVIDENCE_HOLDERS)[number], ids: readonly string[]): Promise<EvidenceRow[][]> {
    const rows = await this.db.query(
      `evidence.${label}`,
      `UNWIND $ids AS id
       MATCH (:${label} {id: id})-[e:EVIDENCED_BY]->(src:Source)
       RETURN id AS ownerId, src.id AS sourceId, e.quote AS quote, e.confidence AS confidence
       ORDER BY src.publishedOn DESC, src.id`,
      { ids },
    );
    return groupedInKeyOrder(ids, parseRows(evidenceRow, rows, `evidence.${label}`), (r) => r.ownerId);
  }

  /** What each source is evidence for, by kind of fact, then by id; at most `first` per source. */
  async citations(sourceIds: readonly string[], first: number): Promise<CitationRow[][]> {
    const rows = await this.db.query(
      'source.citations',
      `UNWIND $ids AS id
       CALL (id) {
         MATCH (:Source {id: id})<-[e:EVIDENCED_BY]-(n)
         WITH n, e, [l IN labels(n) WHERE l IN $holders][0] AS factType
         WHERE factType IS NOT NULL
         RETURN n.id AS factId, factType, e.quote AS quote, e.confidence AS confidence
         ORDER BY factType, factId, quote
         LIMIT $first
       }
       RETURN id AS sourceId, factId, factType, quote, confidence`,
      { ids: sourceIds, holders: EVIDENCE_HOLDERS, first: int(first) },
    );
    return groupedInKeyOrder(sourceIds, parseRows(citationRow, rows, 'source.citations'), (r) => r.sourceId);
  }
}
