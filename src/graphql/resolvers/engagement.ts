import { PRIVATE_DATA_ROLE } from '../../domain/roles.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { SIZES } from '../limits.js';
import { canEditItem, loadAll, mustLoad, toConnection, viewerCanEdit, withRole } from './shared.js';

export const engagementResolvers: Resolvers = {
  Query: {
    interaction: (_p, { id }, { loaders }) => loaders.interaction.load(id),
    interactions: async (_p, { where, first, after }, { services }) => toConnection(await services.engagement.list(where, SIZES.page(first), after)),
    followUps: async (_p, { where, first, after }, { services }) => toConnection(await services.engagement.followUps(where, SIZES.page(first), after)),
    unengagedPartners: async (_p, { since, scope, first, after }, { services }) =>
      toConnection(await services.engagement.unengaged(since, scope, SIZES.page(first), after)),
  },
  Mutation: {
    logInteraction: withRole('EDITOR', async (_p, { input }, { services, loaders }) => {
      const { id, created } = await services.engagement.log(input);
      return { interaction: await mustLoad(loaders.interaction, id, 'interaction'), created };
    }),
    updateInteraction: withRole('EDITOR', async (_p, { id, patch }, { services, loaders }) => {
      const { created } = await services.engagement.update(id, patch);
      return { interaction: await mustLoad(loaders.interaction, id, 'interaction'), created };
    }),
    setFollowUpStatus: withRole('EDITOR', async (_p, { id, status, closedOn }, { services, loaders }) => {
      await services.engagement.setFollowUpStatus(id, status, closedOn);
      return { followUp: await mustLoad(loaders.followUp, id, 'follow-up') };
    }),
    deleteInteraction: withRole('EDITOR', (_p, { id }, { services }) => services.engagement.delete(id)),
  },
  Interaction: {
    viewerCanEdit: canEditItem,
    program: (n, _a, { loaders }) => (n.programId ? loaders.program.load(n.programId) : null),
    stakeholders: (n, _a, { loaders }) => loadAll(loaders.stakeholder, n.stakeholderIds),
    people: (n, _a, { loaders }) => loadAll(loaders.person, n.personIds),
    privateNotes: withRole(PRIVATE_DATA_ROLE, (n) => n.privateNotes),
    followUps: (n, _a, { loaders }) => loaders.interactionFollowUps.load(n.id),
    evidencesTies: (n) => n.stakeholderIds.length >= 2,
  },
  FollowUp: {
    viewerCanEdit: (f, _a, context) => viewerCanEdit(f.interactionId, context),
    owner: (f, _a, { loaders }) => (f.ownerId ? loaders.person.load(f.ownerId) : null),
    interaction: (f, _a, { loaders }) => mustLoad(loaders.interaction, f.interactionId, 'interaction'),
  },
  UnengagedPartner: {},
};
