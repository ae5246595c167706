import DataLoader from 'dataloader';
import type { ParticipationRole } from '../domain/vocabulary.js';
import type { Helix, CollaborationStatus } from '../domain/vocabulary.js';
import type { EVIDENCE_HOLDERS } from '../db/writes.js';
import type { AnalysisScope } from '../analytics/engine.js';
import type { AnalyticsBackend } from '../services/analytics-service.js';
import type { IndicatorService } from '../services/indicator-service.js';
import type { Stores } from '../services/services.js';
import type { WriteScope } from '../domain/roles.js';

type Batch<V> = (keys: readonly string[]) => Promise<V[]>;

/**
 * DataLoaders for one request: every nested field loads through one of these, so a query
 * costs one round trip per level of nesting, whatever the number of items. Loaders that take
 * arguments (a page size, a role filter) get one instance per distinct argument set.
 */
export function createLoaders(stores: Stores, analytics: AnalyticsBackend, indicators: IndicatorService) {
  const { stakeholders, programs, collaborations, assessments, references, graph, snapshots, engagement, placements } = stores;
  const withArgs = new Map<string, DataLoader<string, unknown>>();
  const loader = <V>(batch: Batch<V>) => new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
  const parameterised = <V>(name: string, args: unknown, batch: Batch<V>): DataLoader<string, V> => {
    const key = `${name}:${JSON.stringify(args)}`;
    let existing = withArgs.get(key);
    if (!existing) {
      existing = loader(batch);
      withArgs.set(key, existing);
    }
    return existing as DataLoader<string, V>;
  };

  return {
    nodeType: loader((ids) => graph.typesOf(ids)),
    stakeholder: loader((ids) => stakeholders.byIds(ids)),
    stakeholderParent: loader((ids) => stakeholders.parentIds(ids)),
    stakeholderUnits: loader((ids) => stakeholders.unitIds(ids)),
    stakeholderRegion: loader((ids) => stakeholders.regions(ids)),
    partnerCount: loader((ids) => stakeholders.partnerCounts(ids)),
    ties: (helices: Helix[] | null, first: number, asOf: string | null) =>
      parameterised('ties', [helices, first, asOf], (ids) => stakeholders.ties(ids, helices, first, asOf)),
    stakeholderParticipations: loader((ids) => programs.participationsOfStakeholders(ids)),
    stakeholderCollaborations: (status: CollaborationStatus | null, asOf: string | null) =>
      parameterised('stakeholderCollaborations', [status, asOf], (ids) => collaborations.ofStakeholders(ids, status, asOf)),
    stakeholderAssessments: (scope: string | null, asOf: string | null) =>
      parameterised('stakeholderAssessments', [scope, asOf], (ids) => assessments.ofStakeholders(ids, scope, asOf)),
    assessment: loader((ids) => assessments.byIds(ids)),
    officesInStakeholder: loader((ids) => references.officesInStakeholders(ids)),
    program: loader((ids) => programs.byIds(ids)),
    participation: loader((ids) => programs.participationsByIds(ids)),
    programParticipants: (roles: ParticipationRole[] | null) =>
      parameterised('programParticipants', roles, (ids) => programs.participationsOfPrograms(ids, roles)),
    programParent: loader((ids) => programs.parentIds(ids)),
    programParts: loader((ids) => programs.partIds(ids)),
    programRegion: loader((ids) => programs.regionIds(ids)),
    programHelices: loader((ids) => programs.helices(ids)),
    programCollaborations: loader((ids) => collaborations.underPrograms(ids)),
    collaboration: loader((ids) => collaborations.byIds(ids)),
    collaborationParties: loader((ids) => collaborations.parties(ids)),
    collaborationProgram: loader((ids) => collaborations.programIds(ids)),
    region: loader((ids) => references.regionsByIds(ids)),
    regionParent: loader((ids) => references.regionParentIds(ids)),
    regionChildren: loader((ids) => references.regionChildIds(ids)),
    regionStakeholders: (first: number) => parameterised('regionStakeholders', first, (ids) => stakeholders.inRegions(ids, first)),
    source: loader((ids) => references.sourcesByIds(ids)),
    sourceCitations: (first: number) => parameterised('sourceCitations', first, (ids) => references.citations(ids, first)),
    person: loader((ids) => references.peopleByIds(ids)),
    officesOfPerson: loader((ids) => references.officesOfPeople(ids)),
    snapshot: loader((ids) => snapshots.byIds(ids)),
    interaction: loader((ids) => engagement.byIds(ids)),
    interactionFollowUps: loader((ids) => engagement.followUpsOf(ids)),
    followUp: loader((ids) => engagement.followUpsByIds(ids)),
    influence: (scope: AnalysisScope) => parameterised('influence', scope, (ids) => analytics.stakeholderInfluence(ids, scope)),
    indicators: (scope: AnalysisScope) => parameterised('indicators', scope, (ids) => indicators.stakeholderIndicators(ids, scope)),
    /** Where items stand for a scoped editor's scope (whether it may change them). */
    placement: (scope: WriteScope) => parameterised('placement', scope, (ids) => placements.byIds(ids, scope)),
    evidence: (label: (typeof EVIDENCE_HOLDERS)[number]) => parameterised('evidence', label, (ids) => references.evidence(label, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
