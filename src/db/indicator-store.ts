import type { CollaborationKind, CollaborationStatus, ProgramKind, RegionLevel, StakeholderKind } from '../domain/vocabulary.js';
import type { Database } from './database.js';
import { readGraphVersion } from './graph-version.js';
import { epochDay as toEpochDay } from '../analytics/time.js';

/** A collaboration with its parties: one unit of helix synergy, one item of grouped counts. */
export interface CollaborationFact {
  kind: CollaborationKind;
  status: CollaborationStatus;
  /** Epoch day it started (null: undated, which counts as always). */
  startDay: number | null;
  parties: string[];
}

/** A stakeholder taking part in a programme, with the participation's dates (else the programme's). */
export interface ParticipationFact {
  program: string;
  programKind: ProgramKind;
  stakeholder: string;
  startDay: number | null;
  endDay: number | null;
}

/** What indicators and grouped counts read besides the tie graph, for one graph version. */
export interface IndicatorFacts {
  version: number;
  collaborations: CollaborationFact[];
  participations: ParticipationFact[];
  /** Kind and the level of the region it is based in, per stakeholder id. */
  stakeholders: Map<string, { kind: StakeholderKind; regionLevel: RegionLevel | null }>;
}

const day = (iso: string | null) => (iso === null ? null : toEpochDay(iso));

/** Loads the facts once per graph version (the indicator service caches them). */
export class IndicatorStore {
  constructor(private readonly db: Database) {}

  load(): Promise<IndicatorFacts> {
    return this.db.read(
      'indicators.load',
      async (tx) => {
        const version = await readGraphVersion(tx);
        const collaborations = await tx.rows<{ kind: CollaborationKind; status: CollaborationStatus; startedOn: string | null; parties: string[] }>(
          'indicators.collaborations',
          `MATCH (c:Collaboration)
           RETURN c.kind AS kind, c.status AS status, toString(c.startedOn) AS startedOn,
                  COLLECT { MATCH (s:Stakeholder)-[:PARTY_TO]->(c) RETURN s.id } AS parties`,
        );
        const participations = await tx.rows<{ program: string; programKind: ProgramKind; stakeholder: string; startedOn: string | null; endedOn: string | null }>(
          'indicators.participations',
          `MATCH (s:Stakeholder)-[:TAKES_PART]->(pa:Participation)-[:IN]->(p:Program)
           RETURN p.id AS program, p.kind AS programKind, s.id AS stakeholder,
                  toString(coalesce(pa.startedOn, p.startsOn)) AS startedOn, toString(coalesce(pa.endedOn, p.endsOn)) AS endedOn`,
        );
        const stakeholders = await tx.rows<{ id: string; kind: StakeholderKind; regionLevel: RegionLevel | null }>(
          'indicators.stakeholders',
          'MATCH (s:Stakeholder) RETURN s.id AS id, s.kind AS kind, head(COLLECT { MATCH (s)-[:BASED_IN]->(r:Region) RETURN r.level }) AS regionLevel',
        );
        return {
          version,
          collaborations: collaborations.map((c) => ({ kind: c.kind, status: c.status, startDay: day(c.startedOn), parties: c.parties })),
          participations: participations.map((p) => ({ program: p.program, programKind: p.programKind, stakeholder: p.stakeholder, startDay: day(p.startedOn), endDay: day(p.endedOn) })),
          stakeholders: new Map(stakeholders.map((s) => [s.id, { kind: s.kind, regionLevel: s.regionLevel }])),
        };
      },
      10 * 60_000,
    );
  }
}
