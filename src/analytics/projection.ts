import { UndirectedGraph } from 'graphology';
import type { Helix, StakeholderKind } from '../domain/vocabulary.js';

/**
 * The in-memory projection of the stakeholder-tie (WORKS_WITH) graph that every algorithm in
 * src/analytics runs over. It is loaded from Neo4j by the projection store and is plain data,
 * so the algorithms are pure and unit-testable on hand-made graphs.
 */

export interface ProjectedStakeholder {
  id: string;
  name: string;
  helix: Helix;
  kind: StakeholderKind;
  /** Ids of the organisations above this one (UNIT_OF, transitively), nearest first. */
  ancestors: string[];
  /** The regions it works in (src/db/region-scope.ts) with the regions above them. */
  regions: string[];
}

/** What the gap report needs of a program besides its members. */
export interface ProgramFacts {
  /** Its first day as an epoch day (null: undated). */
  startsOn: number | null;
  /** The regions it is held in, with the regions above them. */
  regions: string[];
  /** The programs it is a part of, transitively. */
  partOf: string[];
}

/** A program in the projection: its facts and the helices present among its members (src/db/program-store.ts PROGRAM_MEMBERS). */
export interface ProjectedProgram extends ProgramFacts {
  id: string;
  helices: Helix[];
}

export interface ProjectedTie {
  source: string;
  target: string;
  /** Sum of collaboration strengths plus 0.5 per shared program (see src/db/ties.ts). */
  weight: number;
  collaborations: number;
  programs: number;
  /** Number of distinct evidence sources behind the facts of this tie. */
  evidence: number;
  /** The most recent date any fact behind the tie was active (ISO date), or null if undated. */
  lastActiveOn: string | null;
}

export interface Projection {
  stakeholders: ProjectedStakeholder[];
  ties: ProjectedTie[];
}

export interface StakeholderAttributes extends ProjectedStakeholder {
  [key: string]: unknown;
}

export interface TieAttributes {
  weight: number;
  collaborations: number;
  programs: number;
  evidence: number;
  lastActiveOn: string | null;
  /** Traversal cost for weighted paths: strong, recent, well-evidenced ties are cheap. */
  cost: number;
  [key: string]: unknown;
}

export type TieGraph = UndirectedGraph<StakeholderAttributes, TieAttributes>;

const DAY_MS = 86_400_000;

/**
 * Cost of crossing a tie in weighted mode. The inverse of its weight, discounted for evidence
 * (each extra independent source makes the tie 25% cheaper, up to 4) and penalised for age
 * (half again per year since the tie was last active). Always > 0, so Dijkstra applies.
 */
export function tieCost(tie: Pick<ProjectedTie, 'weight' | 'evidence' | 'lastActiveOn'>, today: Date): number {
  return tieCostDays(tie.weight, tie.evidence, tie.lastActiveOn ? Date.parse(tie.lastActiveOn) / DAY_MS : null, today.getTime());
}

/** tieCost with the last active day as an epoch day (null: undated, counted as two years old). */
export function tieCostDays(weight: number, evidence: number, lastActiveDay: number | null, todayMs: number): number {
  const evidenceBoost = 1 + 0.25 * Math.min(Math.max(evidence - 1, 0), 4);
  const years = lastActiveDay !== null ? Math.max(0, (todayMs - lastActiveDay * DAY_MS) / (365 * DAY_MS)) : 2;
  const agePenalty = 1 + 0.5 * years;
  return agePenalty / (Math.max(weight, 0.01) * evidenceBoost);
}

/** Builds the undirected, simple graphology graph of a projection. */
export function buildTieGraph(projection: Projection, today: Date = new Date()): TieGraph {
  const graph: TieGraph = new UndirectedGraph({ allowSelfLoops: false });
  for (const s of projection.stakeholders) graph.addNode(s.id, { ...s });
  for (const t of projection.ties) {
    if (t.source === t.target || !graph.hasNode(t.source) || !graph.hasNode(t.target)) continue;
    graph.mergeEdge(t.source, t.target, {
      weight: t.weight,
      collaborations: t.collaborations,
      programs: t.programs,
      evidence: t.evidence,
      lastActiveOn: t.lastActiveOn,
      cost: tieCost(t, today),
    });
  }
  return graph;
}

/** The subgraph induced by the stakeholders that pass the filter (ties between two kept ones). */
export function inducedSubgraph(graph: TieGraph, keep: (id: string, attributes: StakeholderAttributes) => boolean): TieGraph {
  const sub: TieGraph = new UndirectedGraph({ allowSelfLoops: false });
  graph.forEachNode((id, attributes) => {
    if (keep(id, attributes)) sub.addNode(id, attributes);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (sub.hasNode(source) && sub.hasNode(target)) sub.addEdge(source, target, attributes);
  });
  return sub;
}
