/** What the analyses answer: the result types of the analytics service, mapped to the GraphQL types by codegen. */

import type { InfluenceMetric } from '../analytics/centrality.js';
import type { Suggestion } from '../analytics/gap-analysis.js';
import type { Helix } from '../domain/vocabulary.js';

/**
 * The influence figures of a scope, each computed when a field first asks for it (once per
 * scope and graph version, shared by every stakeholder of a list): a query that selects
 * `degree` does not pay for a betweenness.
 */
export interface InfluenceFigures {
  score(metric: InfluenceMetric, at: number): Promise<number>;
  partnersByHelix(at: number): Array<{ helix: Helix; count: number }>;
  articulationPoint(at: number): Promise<boolean>;
  community(at: number): Promise<number>;
  computedAt: string;
}

/** One stakeholder's place in a scope (its node index) and the scope's figures. */
export interface StakeholderInfluenceRow {
  at: number;
  figures: InfluenceFigures;
}

/** A ranked stakeholder, by id, with the pairs of partners it brokers. */
export interface InfluenceEntryRow {
  rank: number;
  score: number;
  stakeholderId: string;
  partnersByHelix: Array<{ helix: string; count: number }>;
  brokers: Array<{ a: string; b: string }>;
}

export interface BrokeredPairRow {
  a: string;
  b: string;
}

export interface InfluencerEntryRow {
  rank: number;
  score: number;
  stakeholderId: string;
}

/** A suggestion of the gap analysis, with the common partners of neither helix (set by the indicator service). */
export type PartnershipSuggestionRow = Suggestion & { liaisons?: string[] };

export interface ProgramGapRow {
  programId: string;
  missingHelices: string[];
}

export interface HelixBrokerRow {
  stakeholderId: string;
  separates: Array<{ a: string; b: string }>;
}

export interface CollaborationGapsRow {
  matrix: Array<{ a: string; b: string; ties: number; strength: number; density: number; gap: boolean; weak: boolean }>;
  missingPairs: Array<{ a: string; b: string }>;
  absentHelices: string[];
  programsMissingHelices: ProgramGapRow[];
  siloed: string[];
  isolated: string[];
  brokers: HelixBrokerRow[];
  suggestions: PartnershipSuggestionRow[];
  balance: { score: number; pairEntropy: number; crossHelixShare: number; helixShares: Array<{ helix: string; share: number }>; definition: string };
  stakeholderCount: number;
  tieCount: number;
  computedAt: string;
}
