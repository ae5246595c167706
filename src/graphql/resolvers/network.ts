import { PLAIN_HIT_FIELDS, type HitFields, type HitType } from '../../db/graph-store.js';
import type { NodeRow, PersonRow, ProgramRow, StakeholderRow } from '../../db/rows.js';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { SIZES } from '../limits.js';
import { perOperation, selectionByType } from '../read-planner.js';
import { loadTyped, mustLoad, typeName } from './shared.js';

async function nodeById(id: string, context: Context): Promise<NodeRow | null> {
  const typed = await context.loaders.nodeType.load(id);
  // A node's type is one of NODE_TYPES, so the tagged row is a NodeRow.
  return typed ? ((await loadTyped(typed.type, typed.current, context.loaders)) as NodeRow | null) : null;
}

type SearchResultRow = (StakeholderRow & { __typename: 'Stakeholder' }) | (ProgramRow & { __typename: 'Program' }) | (PersonRow & { __typename: 'Person' });

/**
 * What a search reads of its hits: only plain properties when the selection asks no other field
 * of any type of hit (the Explorer's and most apps' search box: ids and names), else whole rows.
 */
const hitFields = perOperation((info): HitFields => {
  const byType = selectionByType(info, 'node');
  const fields = {} as Record<HitType, string[]>;
  for (const type of Object.keys(PLAIN_HIT_FIELDS) as HitType[]) {
    const plain: readonly string[] = PLAIN_HIT_FIELDS[type];
    const names = (byType.get(type) ?? []).map((f) => f.name).filter((n) => n !== '__typename');
    if (!names.every((n) => plain.includes(n))) return null;
    fields[type] = names;
  }
  return fields;
});

export const networkResolvers: Resolvers = {
  Query: {
    node: (_p, { id }, context) => nodeById(id, context),
    nodes: (_p, { ids }, context) => Promise.all(ids.map((id) => nodeById(id, context))),
    search: async (_p, { text, first }, { services, loaders }, info) => {
      const hits = await services.network.search(text, SIZES.search(first), hitFields(info));
      return hits.map((hit) => {
        // Whole rows: the loaders keep them for whatever the selection asks next.
        if (hit.whole && hit.type === 'Stakeholder') loaders.stakeholder.prime(hit.row.id, hit.row);
        else if (hit.whole && hit.type === 'Program') loaders.program.prime(hit.row.id, hit.row);
        else if (hit.whole) loaders.person.prime(hit.row.id, hit.row);
        // A plain hit holds every property its selection asks (hitFields), and its type's resolvers read no other.
        return { score: hit.score, node: { ...hit.row, __typename: hit.type } as SearchResultRow };
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
