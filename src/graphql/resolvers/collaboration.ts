import type { Loaders } from '../loaders.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { SIZES } from '../limits.js';
import { canEditItem, mustLoad, toConnection, withRole } from './shared.js';

const payload = async (result: Promise<{ id: string; created: boolean }>, loader: Loaders['collaboration']) => {
  const { id, created } = await result;
  return { collaboration: await mustLoad(loader, id, 'collaboration'), created };
};

export const collaborationResolvers: Resolvers = {
  Query: {
    collaboration: (_p, { id }, { loaders }) => loaders.collaboration.load(id),
    collaborations: async (_p, { where, first, after }, { services }) =>
      toConnection(await services.collaborations.list(where, SIZES.page(first), after)),
  },
  Mutation: {
    recordCollaboration: withRole('EDITOR', (_p, { input }, { services, loaders }) =>
      payload(services.collaborations.record(input), loaders.collaboration),
    ),
    updateCollaboration: withRole('EDITOR', (_p, { id, patch }, { services, loaders }) =>
      payload(services.collaborations.update(id, patch), loaders.collaboration),
    ),
    endCollaboration: withRole('EDITOR', (_p, { id, endedOn }, { services, loaders }) =>
      payload(services.collaborations.end(id, endedOn), loaders.collaboration),
    ),
    deleteCollaboration: withRole('EDITOR', (_p, { id }, { services }) => services.collaborations.delete(id)),
  },
  Collaboration: {
    viewerCanEdit: canEditItem,
    program: async (c, _a, { loaders }) => {
      const id = await loaders.collaborationProgram.load(c.id);
      return id ? loaders.program.load(id) : null;
    },
    parties: (c, _a, { loaders }) => loaders.collaborationParties.load(c.id),
    evidence: (c, _a, { loaders }) => loaders.evidence('Collaboration').load(c.id),
  },
  Party: {
    stakeholder: (p, _a, { loaders }) => mustLoad(loaders.stakeholder, p.stakeholderId, 'stakeholder'),
  },
};
