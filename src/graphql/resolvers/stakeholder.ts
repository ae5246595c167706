import type { Resolvers } from '../generated/resolvers-types.js';
import { loadAll, mustLoad, toConnection, withRole } from './shared.js';

export const stakeholderResolvers: Resolvers = {
  Query: {
    stakeholder: (_p, { id }, { loaders }) => loaders.stakeholder.load(id),
    stakeholders: async (_p, { where, orderBy, first, after }, { services }) =>
      toConnection(await services.stakeholders.list(where, orderBy, first, after)),
  },
  Mutation: {
    upsertStakeholder: withRole('EDITOR', async ({ input }, { services, loaders }) => {
      const { id, created } = await services.stakeholders.upsert(input);
      return { stakeholder: await mustLoad(loaders.stakeholder, id, 'stakeholder'), created };
    }),
    deleteStakeholder: withRole('EDITOR', ({ id }: { id: string }, { services }) => services.stakeholders.delete(id)),
  },
  Stakeholder: {
    region: async (s, _a, { loaders }) => {
      const id = await loaders.stakeholderRegion.load(s.id);
      return id ? loaders.region.load(id) : null;
    },
    parent: async (s, _a, { loaders }) => {
      const id = await loaders.stakeholderParent.load(s.id);
      return id ? loaders.stakeholder.load(id) : null;
    },
    units: async (s, _a, { loaders }) => loadAll(loaders.stakeholder, await loaders.stakeholderUnits.load(s.id)),
    officeHolders: (s, _a, { loaders }) => loaders.officesInStakeholder.load(s.id),
    partners: (s, { helices, first }, { loaders }) => {
      const size = Math.min(Math.max(first ?? 100, 1), 500);
      return loaders.ties(helices ?? null, size).load(s.id);
    },
    partnerCount: (s, _a, { loaders }) => loaders.partnerCount.load(s.id),
    participations: (s, _a, { loaders }) => loaders.stakeholderParticipations.load(s.id),
    collaborations: (s, { status }, { loaders }) => loaders.stakeholderCollaborations(status ?? null).load(s.id),
    evidence: (s, _a, { loaders }) => loaders.evidence('Stakeholder').load(s.id),
  },
  Tie: {
    partner: (t, _a, { loaders }) => mustLoad(loaders.stakeholder, t.partnerId, 'stakeholder'),
  },
  Office: {
    person: (o, _a, { loaders }) => mustLoad(loaders.person, o.personId, 'person'),
    stakeholder: (o, _a, { loaders }) => mustLoad(loaders.stakeholder, o.stakeholderId, 'stakeholder'),
    sources: (o, _a, { loaders }) => loadAll(loaders.source, o.sourceIds),
  },
};
