import type { DuplicateSubject } from '../analytics/duplicates.js';
import type { Database } from './database.js';
import { worksIn } from './region-scope.js';

/** Stakeholders of a region by the one region rule (all of them without a region). */
const STAKEHOLDERS_IN = (region: boolean) =>
  region ? `MATCH (g:Region {id: $region}) CALL (g) { ${worksIn('s:Stakeholder', 'g', 's')} } WITH DISTINCT s` : 'MATCH (s:Stakeholder)';

/** What duplicate scoring reads of a stakeholder: its names, helix, regions (the region rule) and partners. */
const STAKEHOLDER_SUBJECT = `RETURN s.id AS id, s.name AS name, coalesce(s.aliases, []) AS aliases, s.helix AS group,
  COLLECT { ${worksIn('s', 'r:Region', 'r.id AS id', 0)} } AS regions,
  COLLECT { MATCH (s)-[:WORKS_WITH]-(p:Stakeholder) RETURN p.id } AS links`;

export class DuplicateStore {
  constructor(private readonly db: Database) {}

  /** The names of every region, whose words name places. */
  async regionNames(): Promise<string[]> {
    return (await this.db.query<{ name: string }>('duplicates.region_names', 'MATCH (r:Region) RETURN r.name AS name')).map((r) => r.name);
  }

  stakeholders(region: string | null): Promise<DuplicateSubject[]> {
    return this.db.query('duplicates.stakeholders', `${STAKEHOLDERS_IN(region !== null)} ${STAKEHOLDER_SUBJECT}`, { region });
  }

  /** People holding an office in a stakeholder of the region (everyone without one): their organisations are their links. */
  people(region: string | null): Promise<DuplicateSubject[]> {
    const cypher = region
      ? `${STAKEHOLDERS_IN(true)} MATCH (n:Person)-[:HOLDS]->(s) WITH DISTINCT n`
      : 'MATCH (n:Person)';
    return this.db.query(
      'duplicates.people',
      `${cypher}
       RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases,
              COLLECT { MATCH (n)-[:HOLDS]->(s:Stakeholder) CALL (s) { ${worksIn('s', 'r:Region', 'r.id AS id', 0)} } RETURN DISTINCT id } AS regions,
              COLLECT { MATCH (n)-[:HOLDS]->(s:Stakeholder) RETURN DISTINCT s.id } AS links`,
      { region },
    );
  }
}
