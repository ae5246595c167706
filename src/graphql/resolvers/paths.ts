import type { GraphQLResolveInfo } from 'graphql';
import type { ReadField } from '../../db/planner/compile.js';
import type { HopDetail } from '../../services/path-service.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { selectionOf } from '../read-planner.js';
import { loadAll, mustLoad } from './shared.js';

const below = (fields: ReadField[], name: string) => fields.filter((f) => f.name === name).flatMap((f) => f.selection ?? []);

/** What the operation reads of the path's hops, so the search fetches it with the path in one statement. */
const hopDetail = (info: GraphQLResolveInfo): HopDetail => {
  const hops = below(below(selectionOf(info), 'path'), 'hops');
  if (hops.length === 0) return 'none';
  return hops.some((f) => f.name === 'evidence') ? 'evidence' : 'facts';
};

export const pathResolvers: Resolvers = {
  Query: {
    path: async (_p, { from, to, options }, { services, loaders }, info) => {
      const result = await services.paths.path(from, to, options, hopDetail(info));
      // The rows came with the path: the stakeholders and the hops' ends cost no query.
      for (const row of result.path?.stakeholders ?? []) loaders.stakeholder.prime(row.id, row);
      return result;
    },
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
    stakeholders: (p, _a, { loaders }) => loadAll(loaders.stakeholder, p.stakeholderIds),
    // Fetched with the path when the operation asked for them; otherwise explained here.
    hops: (p, _a, { services }) => p.hops ?? services.paths.hops(p.stakeholderIds),
  },
  Hop: {
    from: (h, _a, { loaders }) => mustLoad(loaders.stakeholder, h.from, 'stakeholder'),
    to: (h, _a, { loaders }) => mustLoad(loaders.stakeholder, h.to, 'stakeholder'),
    // The hop's collaborations and programs are rows read with it; its quotes came with their sources.
    evidence: (h, _a, { loaders }) => {
      for (const { source } of h.evidence) loaders.source.prime(source.id, source);
      return h.evidence;
    },
  },
};
