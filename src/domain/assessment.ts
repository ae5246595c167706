import type { GridFlag, GridQuadrant, Position } from './vocabulary.js';

/**
 * The power-interest grid's rules, in one place so the API, the Explorer and the README say the
 * same thing.
 *
 * Power and interest are scored 1-5 (1 very low, 2 low, 3 moderate, 4 high, 5 very high). The grid
 * splits each axis above the middle: 4 and 5 are high, 1-3 low, so a "moderate" stakeholder is
 * monitored or kept informed rather than managed closely (Mendelow's grid asks for a choice; the
 * middle of the scale is not one).
 */
export const ASSESSMENT_SCALE = { min: 1, max: 5 } as const;

export const GRID_THRESHOLDS = {
  /** Power or interest at least this counts as high. */
  highFrom: 4,
  /**
   * Hidden gatekeeper: high power and at most this many partners in the scope's network. Someone
   * the coordinator judges powerful whom the recorded network barely reaches.
   */
  fewTiesAtMost: 2,
  /**
   * Central: among the best-connected share of the scope's stakeholders by partners (degree),
   * and with more than `fewTiesAtMost` partners, so no stakeholder is both central and barely tied.
   */
  centralTopShare: 0.25,
} as const;

const OPPOSED: readonly Position[] = ['OPPOSES', 'STRONGLY_OPPOSES'];

export function quadrantOf(power: number, interest: number): GridQuadrant {
  const highPower = power >= GRID_THRESHOLDS.highFrom;
  const highInterest = interest >= GRID_THRESHOLDS.highFrom;
  if (highPower) return highInterest ? 'MANAGE_CLOSELY' : 'KEEP_SATISFIED';
  return highInterest ? 'KEEP_INFORMED' : 'MONITOR';
}

/** A stakeholder's structural standing in the scope's network, by partners (degree). */
export interface Structure {
  partners: number;
  /** 1 = most partners (ties broken by id); null when the stakeholder is not in the scope's network. */
  rank: number | null;
  /** Partners of the stakeholder at the edge of the best-connected share (see centralTopShare). */
  centralFrom: number;
}

/** The partner count from which a stakeholder is central, given the scope's partner counts best first. */
export function centralCutoff(partnersBestFirst: readonly number[]): number {
  if (partnersBestFirst.length === 0) return Infinity;
  const edge = Math.max(1, Math.ceil(partnersBestFirst.length * GRID_THRESHOLDS.centralTopShare));
  return partnersBestFirst[edge - 1]!;
}

/** Central: at least as many partners as the edge of the top share (ties at the edge count), and more than a few. */
export function isCentral({ partners, rank, centralFrom }: Structure): boolean {
  return rank !== null && partners > GRID_THRESHOLDS.fewTiesAtMost && partners >= centralFrom;
}

export function flagsOf(assessment: { power: number; position: Position }, structure: Structure): GridFlag[] {
  const flags: GridFlag[] = [];
  if (assessment.power >= GRID_THRESHOLDS.highFrom && structure.partners <= GRID_THRESHOLDS.fewTiesAtMost) flags.push('HIDDEN_GATEKEEPER');
  if (OPPOSED.includes(assessment.position) && isCentral(structure)) flags.push('CENTRAL_BUT_OPPOSED');
  return flags;
}
