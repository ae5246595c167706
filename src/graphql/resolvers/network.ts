import type { NodeRow } from '../../db/rows.js';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { SIZES } from '../limits.js';
import { loadTyped, mustLoad, typeName } from './shared.js';

async function nodeById(id: string, context: Context): Promise<NodeRow | null> {
  const typed = await context.loaders.nodeType.load(id);
  // A node's type is one of NODE_TYPES, so the tagged row is a NodeRow.
  return typed ? ((await loadTyped(typed.type, typed.current, context.loaders)) as NodeRow | null) : null;
}

export const networkResolvers: Resolvers = {
  Query: {
    node: (_p, { id }, context) => nodeById(id, context),
    nodes: (_p, { ids }, context) => Promise.all(ids.map((id) => nodeById(id, context))),
    search: async (_p, { text, first }, { services, loaders }) => {
      const hits = await services.network.search(text, SIZES.search(first));
      // The hits come with their rows: the loaders keep them for whatever the selection asks next.
      return hits.map((hit) => {
        if (hit.type === 'Stakeholder') loaders.stakeholder.prime(hit.row.id, hit.row);
        else if (hit.type === 'Program') loaders.program.prime(hit.row.id, hit.row);
        else loaders.person.prime(hit.row.id, hit.row);
        return { score: hit.score, node: { ...hit.row, __typename: hit.type } };
      });
    },
    network: (_p, { center, depth, where }, { services }) => services.network.network(center, depth, where),
    networkOf: (_p, { scope, limit }, { services }) => services.analytics.scopeNetwork(scope, limit),
  },
  NetworkNode: {
    stakeholder: (n, _a, { loaders }) => mustLoad(loaders.stakeholder, n.id, 'stakeholder'),
  },
  Node: { __resolveType: (row) => typeName<NodeRow['__typename']>(row) },
  SearchResult: { __resolveType: (row) => typeName<'Stakeholder' | 'Program' | 'Person'>(row) },
};
