import neo4j, { type Integer } from 'neo4j-driver';
import type { ProjectedStakeholder, ProjectedTie } from '../analytics/projection.js';
import type { Helix, StakeholderKind } from '../domain/vocabulary.js';
import type { Database } from './database.js';
import { readGraphVersion } from './graph-version.js';
import { PROGRAM_MEMBERS } from './program-store.js';
import { OPEN_END, OPEN_START } from './ties.js';

/** A tie with its facts' intervals (epoch days) so any date can be applied in memory. */
export interface StoredTie extends Omit<ProjectedTie, 'weight' | 'lastActiveOn' | 'collaborations' | 'programs'> {
  /** Whether each fact is a shared collaboration (true) or a shared program (false). */
  factIsCollaboration: boolean[];
  factStarts: number[];
  factEnds: number[];
  factWeights: number[];
}

export interface StoredGraph {
  version: number;
  stakeholders: ProjectedStakeholder[];
  ties: StoredTie[];
  /** Program membership, for program scopes: program id -> stakeholder ids (parts included). */
  programMembers: Map<string, Set<string>>;
}

const num = (v: unknown): number => (neo4j.isInt(v) ? (v).toNumber() : (v as number));

/** Days since 1970-01-01 of an ISO date. */
export const toEpochDay = (iso: string): number => Math.round(Date.parse(iso) / 86_400_000);
export const OPEN_START_DAY = toEpochDay(OPEN_START);
export const OPEN_END_DAY = toEpochDay(OPEN_END);

/**
 * Loads the whole stakeholder-tie graph for the analytics engine. It reads raw records rather
 * than going through the generic row conversion: at a million ties the per-value work matters.
 */
export class ProjectionStore {
  constructor(private readonly db: Database) {}

  version(): Promise<number> {
    return this.db.read('graph_version', (tx) => readGraphVersion(tx));
  }

  load(): Promise<StoredGraph> {
    return this.db.read(
      'projection.load',
      async (tx) => {
        const version = await readGraphVersion(tx);
        const people = await tx.raw.run(
          `MATCH (s:Stakeholder)
           RETURN s.id AS id, s.name AS name, s.helix AS helix, s.kind AS kind,
                  COLLECT { MATCH path = (s)-[:UNIT_OF*1..10]->(p:Stakeholder) RETURN p.id ORDER BY length(path) } AS ancestors,
                  COLLECT { MATCH (s)-[:BASED_IN]->(:Region)-[:PART_OF*0..10]->(r:Region) RETURN r.id } AS regions`,
        );
        const stakeholders: ProjectedStakeholder[] = people.records.map((r) => ({
          id: r.get('id') as string,
          name: r.get('name') as string,
          helix: r.get('helix') as Helix,
          kind: r.get('kind') as StakeholderKind,
          ancestors: r.get('ancestors') as string[],
          regions: r.get('regions') as string[],
        }));
        const tieResult = await tx.raw.run(
          `MATCH (a:Stakeholder)-[t:WORKS_WITH]->(b:Stakeholder)
           RETURN a.id AS a, b.id AS b, t.evidence AS e, [k IN t.factKinds | k = 'collaboration'] AS k,
                  [d IN t.factStarts | toString(d)] AS s, [d IN t.factEnds | toString(d)] AS f, t.factWeights AS w`,
        );
        const ties: StoredTie[] = tieResult.records.map((r) => ({
          source: r.get('a') as string,
          target: r.get('b') as string,
          evidence: num(r.get('e')),
          factIsCollaboration: r.get('k') as boolean[],
          factStarts: (r.get('s') as string[]).map(toEpochDay),
          factEnds: (r.get('f') as string[]).map(toEpochDay),
          factWeights: r.get('w') as number[],
        }));
        const members = await tx.raw.run(
          `MATCH (root:Program) RETURN root.id AS program, COLLECT { ${PROGRAM_MEMBERS} RETURN DISTINCT s.id } AS members`,
        );
        const programMembers = new Map(members.records.map((r) => [r.get('program') as string, new Set(r.get('members') as string[])]));
        return { version, stakeholders, ties, programMembers };
      },
      10 * 60_000,
    );
  }
}
