import type { Resolvers } from '../generated/resolvers-types.js';
import { SIZES } from '../limits.js';
import { mustLoad, withRole } from './shared.js';

export const snapshotResolvers: Resolvers = {
  Query: {
    snapshots: (_p, { first }, { services }) => services.snapshots.list(SIZES.snapshots(first)),
    snapshot: (_p, { id }, { loaders }) => loaders.snapshot.load(id),
    snapshotChange: (_p, { from, to, metric, first }, { services }) => services.snapshots.change(from, to, metric, SIZES.snapshotChange(first)),
  },
  Mutation: {
    takeSnapshot: withRole('EDITOR', (_p, { input }, { services }) => services.snapshots.take(input)),
  },
  NetworkSnapshot: {
    region: (s, _a, { loaders }) => (s.region ? loaders.region.load(s.region) : null),
    program: (s, _a, { loaders }) => (s.program ? loaders.program.load(s.program) : null),
    // Lists carry summaries; the score lists are read only when a ranking is asked for.
    ranking: async (s, { metric, first }, { services, loaders }) => services.snapshots.ranking(await mustLoad(loaders.snapshot, s.id, 'snapshot'), metric, SIZES.snapshotRanking(first)),
  },
  SnapshotEntry: {
    stakeholder: (e, _a, { loaders }) => mustLoad(loaders.stakeholder, e.stakeholderId, 'stakeholder'),
  },
};
