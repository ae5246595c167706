import type { Resolvers } from '../generated/resolvers-types.js';
import { SIZES } from '../limits.js';
import { plannedExtra } from '../read-planner.js';
import { canEditItem, loadAll, loadCurrent, mustLoad, primePrograms, toConnection, withRole } from './shared.js';

export const stakeholderResolvers: Resolvers = {
  Query: {
    stakeholder: (_p, { id }, { loaders }) => loadCurrent('Stakeholder', id, loaders, (i) => loaders.stakeholder.load(i)),
    stakeholders: async (_p, args, { services }) =>
      toConnection(await services.stakeholders.list(args.where, args.orderBy, SIZES.page(args.first), args.after, plannedExtra(args))),
  },
  Mutation: {
    upsertStakeholder: withRole('EDITOR', async (_p, { input }, { services, loaders }) => {
      const { id, created } = await services.stakeholders.upsert(input);
      return { stakeholder: await mustLoad(loaders.stakeholder, id, 'stakeholder'), created };
    }),
    deleteStakeholder: withRole('EDITOR', (_p, { id }, { services }) => services.stakeholders.delete(id)),
  },
  Stakeholder: {
    viewerCanEdit: canEditItem,
    region: (s, _a, { loaders }) => loaders.stakeholderRegion.load(s.id),
    parent: async (s, _a, { loaders }) => {
      const id = await loaders.stakeholderParent.load(s.id);
      return id ? loaders.stakeholder.load(id) : null;
    },
    units: async (s, _a, { loaders }) => loadAll(loaders.stakeholder, await loaders.stakeholderUnits.load(s.id)),
    officeHolders: (s, _a, { loaders }) => loaders.officesInStakeholder.load(s.id),
    partners: async (s, { helices, first, asOf }, { loaders }) => {
      const ties = await loaders.ties(helices ?? null, SIZES.partners(first), asOf ?? null).load(s.id);
      for (const tie of ties) loaders.stakeholder.prime(tie.partnerId, tie.partner);
      return ties;
    },
    partnerCount: (s, _a, { loaders }) => loaders.partnerCount.load(s.id),
    participations: async (s, _a, { loaders }) => primePrograms(await loaders.stakeholderParticipations.load(s.id), loaders),
    collaborations: (s, { status, asOf }, { loaders }) => loaders.stakeholderCollaborations(status ?? null, asOf ?? null).load(s.id),
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
