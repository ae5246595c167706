import type { Resolvers } from '../generated/resolvers-types.js';
import { SIZES } from '../limits.js';
import { notFound } from '../../domain/errors.js';
import { PRIVATE_DATA_ROLE } from '../../domain/roles.js';
import { canEditItem, loadAll, loadCurrent, loadTyped, mustLoad, typeName, withRole } from './shared.js';

export const referenceResolvers: Resolvers = {
  Query: {
    region: (_p, { id }, { loaders }) => loaders.region.load(id),
    regions: (_p, { level, parent }, { services }) => services.references.regions(level ?? null, parent ?? null),
    source: (_p, { id }, { loaders }) => loaders.source.load(id),
    sources: (_p, { first }, { services }) => services.references.sources(SIZES.sources(first)),
    person: (_p, { id }, { loaders }) => loadCurrent('Person', id, loaders, (i) => loaders.person.load(i)),
  },
  Mutation: {
    upsertRegion: withRole('EDITOR', async (_p, { input }, { services, loaders }) =>
      mustLoad(loaders.region, (await services.references.upsertRegion(input)).id, 'region'),
    ),
    upsertSource: withRole('EDITOR', async (_p, { input }, { services, loaders }) =>
      mustLoad(loaders.source, (await services.references.upsertSource(input)).id, 'source'),
    ),
    upsertPerson: withRole('EDITOR', async (_p, { input }, { services, loaders }) =>
      mustLoad(loaders.person, (await services.references.upsertPerson(input)).id, 'person'),
    ),
  },
  Region: {
    parent: async (r, _a, { loaders }) => {
      const id = await loaders.regionParent.load(r.id);
      return id ? loaders.region.load(id) : null;
    },
    children: async (r, _a, { loaders }) => loadAll(loaders.region, await loaders.regionChildren.load(r.id)),
    stakeholders: (r, { first }, { loaders }) => loaders.regionStakeholders(SIZES.regionStakeholders(first)).load(r.id),
  },
  Source: {
    citations: (s, { first }, { loaders }) => loaders.sourceCitations(SIZES.citations(first)).load(s.id),
  },
  Citation: {
    fact: async (c, _a, { loaders }) => {
      const row = await loadTyped(c.factType, c.factId, loaders);
      if (!row) throw notFound(c.factType.toLowerCase(), c.factId);
      return row;
    },
  },
  CitedFact: { __resolveType: (row) => typeName<'Stakeholder' | 'Program' | 'Collaboration' | 'Participation'>(row) },
  Person: {
    viewerCanEdit: canEditItem,
    offices: (p, _a, { loaders }) => loaders.officesOfPerson.load(p.id),
    contact: withRole(PRIVATE_DATA_ROLE, (p) => (p.email || p.phone ? { email: p.email, phone: p.phone } : null)),
  },
  Evidence: {
    source: (e, _a, { loaders }) => mustLoad(loaders.source, e.sourceId, 'source'),
  },
};
