import { Kind, type GraphQLResolveInfo } from 'graphql';
import type { StakeholderRow } from '../../db/rows.js';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { loadAll, mustLoad } from './shared.js';

/** Whether a field's selection asks nothing of the stakeholder but its id (and type name). */
const onlyId = (info: GraphQLResolveInfo) =>
  info.fieldNodes.every((node) => node.selectionSet?.selections.every((s) => s.kind === Kind.FIELD && (s.name.value === 'id' || s.name.value === '__typename')) ?? false);

/**
 * A ranked stakeholder: its id comes from the projection at the version just checked, so a
 * selection of only `id` is answered without loading the node (a ranking page's usual shape).
 */
const ranked = (id: string, { loaders }: Context, info: GraphQLResolveInfo): StakeholderRow | Promise<StakeholderRow> =>
  onlyId(info) ? ({ id } as StakeholderRow) : mustLoad(loaders.stakeholder, id, 'stakeholder');

export const analyticsResolvers: Resolvers = {
  Query: {
    influence: (_p, { scope, metric, first }, { services }) => services.analytics.ranking(scope, metric, first),
    influencersOf: (_p, { target, scope, first }, { services }) => services.analytics.influencers(target, scope, first),
    collaborationGaps: (_p, { scope, suggestions }, { services }) => services.analytics.gaps(scope, suggestions),
    networkChange: (_p, { scope, from, to, metric, first }, { services }) => services.analytics.change(scope, from, to, metric, first),
  },
  Stakeholder: {
    // One batch per request and scope: every stakeholder's figures come from one computation.
    influence: async (s, { scope }, { services, loaders }) => loaders.influence(await services.analytics.scope(scope)).load(s.id),
  },
  // Each figure is computed only when selected (a measure once per scope, for the whole list).
  StakeholderInfluence: {
    degree: (r) => r.figures.score('DEGREE', r.at),
    weightedDegree: (r) => r.figures.score('WEIGHTED_DEGREE', r.at),
    pageRank: (r) => r.figures.score('PAGERANK', r.at),
    betweenness: (r) => r.figures.score('BETWEENNESS', r.at),
    closeness: (r) => r.figures.score('CLOSENESS', r.at),
    eigenvector: (r) => r.figures.score('EIGENVECTOR', r.at),
    reach: (r) => r.figures.score('REACH', r.at),
    helixDiversity: (r) => r.figures.score('HELIX_DIVERSITY', r.at),
    partnersByHelix: (r) => r.figures.partnersByHelix(r.at),
    articulationPoint: (r) => r.figures.articulationPoint(r.at),
    community: (r) => r.figures.community(r.at),
    computedAt: (r) => r.figures.computedAt,
  },
  InfluenceEntry: {
    stakeholder: (e, _a, context, info) => ranked(e.stakeholderId, context, info),
  },
  StandingChange: {
    stakeholder: (e, _a, { loaders }) => mustLoad(loaders.stakeholder, e.stakeholderId, 'stakeholder'),
  },
  NetworkChange: {
    joined: (c, _a, { loaders }) => loadAll(loaders.stakeholder, c.joined),
    left: (c, _a, { loaders }) => loadAll(loaders.stakeholder, c.left),
  },
  InfluencerEntry: {
    stakeholder: (e, _a, context, info) => ranked(e.stakeholderId, context, info),
  },
  BrokeredPair: {
    a: (p, _a, { loaders }) => mustLoad(loaders.stakeholder, p.a, 'stakeholder'),
    b: (p, _a, { loaders }) => mustLoad(loaders.stakeholder, p.b, 'stakeholder'),
  },
  CollaborationGaps: {
    siloed: (g, _a, { loaders }) => loadAll(loaders.stakeholder, g.siloed),
    isolated: (g, _a, { loaders }) => loadAll(loaders.stakeholder, g.isolated),
  },
  ProgramGap: {
    program: (g, _a, { loaders }) => mustLoad(loaders.program, g.programId, 'program'),
  },
  HelixBroker: {
    stakeholder: (b, _a, { loaders }) => mustLoad(loaders.stakeholder, b.stakeholderId, 'stakeholder'),
  },
  PartnershipSuggestion: {
    a: (s, _a, { loaders }) => mustLoad(loaders.stakeholder, s.a, 'stakeholder'),
    b: (s, _a, { loaders }) => mustLoad(loaders.stakeholder, s.b, 'stakeholder'),
    commonPartners: (s, _a, { loaders }) => loadAll(loaders.stakeholder, s.commonPartners),
  },
};
