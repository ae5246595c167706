import type { NodeType } from '../../db/graph-store.js';
import type { NodeRow } from '../../db/rows.js';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { mustLoad } from './shared.js';

/** Loads an item of a known type and tags it with its GraphQL type name. */
async function loadTyped(type: NodeType, id: string, { loaders }: Context): Promise<NodeRow | null> {
  const load = {
    Stakeholder: () => loaders.stakeholder.load(id),
    Program: () => loaders.program.load(id),
    Collaboration: () => loaders.collaboration.load(id),
    Source: () => loaders.source.load(id),
    Region: () => loaders.region.load(id),
    Person: () => loaders.person.load(id),
  }[type];
  const row = await load();
  return row ? ({ ...row, __typename: type } as NodeRow) : null;
}

async function nodeById(id: string, context: Context): Promise<NodeRow | null> {
  const typed = await context.loaders.nodeType.load(id);
  return typed ? loadTyped(typed.type, id, context) : null;
}

/** Rows reaching an interface or union were tagged by loadTyped. */
const typeName = (row: object) => (row as NodeRow).__typename;

export const networkResolvers: Resolvers = {
  Query: {
    node: (_p, { id }, context) => nodeById(id, context),
    nodes: (_p, { ids }, context) => Promise.all(ids.map((id) => nodeById(id, context))),
    search: async (_p, { text, first }, context) => {
      const hits = await context.services.network.search(text, first);
      const nodes = await Promise.all(hits.map((hit) => loadTyped(hit.type, hit.id, context)));
      return hits.flatMap((hit, i) => {
        const node = nodes[i];
        return node && (node.__typename === 'Stakeholder' || node.__typename === 'Program') ? [{ score: hit.score, node }] : [];
      });
    },
    network: (_p, { center, depth, where }, { services }) => services.network.network(center, depth, where),
    networkOf: (_p, { scope, limit }, { services }) => services.analytics.scopeNetwork(scope, limit),
  },
  NetworkNode: {
    stakeholder: (n, _a, { loaders }) => mustLoad(loaders.stakeholder, n.id, 'stakeholder'),
  },
  Node: { __resolveType: typeName },
  SearchResult: { __resolveType: (row) => (row as NodeRow).__typename as 'Stakeholder' | 'Program' },
};
