import type { Resolvers } from '../generated/resolvers-types.js';
import { loadAll, mustLoad } from './shared.js';

export const pathResolvers: Resolvers = {
  Query: {
    path: (_p, { from, to, options }, { services }) => services.paths.path(from, to, options),
    paths: (_p, { from, to, k, options }, { services }) => services.paths.kPaths(from, to, k, options),
    connectors: async (_p, { stakeholders, options }, { services, loaders }) => {
      const result = await services.paths.connectors(stakeholders, options);
      return {
        ...result,
        intermediaries: await loadAll(loaders.stakeholder, result.intermediaries),
        unreachable: await loadAll(loaders.stakeholder, result.unreachable),
      };
    },
  },
  Path: {
    stakeholders: (p, _a, { loaders }) => {
      for (const row of p.stakeholders ?? []) loaders.stakeholder.prime(row.id, row);
      return loadAll(loaders.stakeholder, p.stakeholderIds);
    },
  },
  Hop: {
    from: (h, _a, { loaders }) => mustLoad(loaders.stakeholder, h.from, 'stakeholder'),
    to: (h, _a, { loaders }) => mustLoad(loaders.stakeholder, h.to, 'stakeholder'),
    collaborations: (h, _a, { loaders }) => loadAll(loaders.collaboration, h.collaborationIds),
    programs: (h, _a, { loaders }) => loadAll(loaders.program, h.programIds),
  },
};
