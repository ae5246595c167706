import { HELICES, type Helix } from '../../domain/vocabulary.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { SIZES } from '../limits.js';
import { canEditItem, loadAll, mustLoad, primePrograms, toConnection, withRole } from './shared.js';

const inHelixOrder = (present: string[]) => HELICES.filter((h) => present.includes(h));

export const programResolvers: Resolvers = {
  Query: {
    program: (_p, { id }, { loaders }) => loaders.program.load(id),
    programs: async (_p, { where, first, after }, { services }) => toConnection(await services.programs.list(where, SIZES.page(first), after)),
  },
  Mutation: {
    upsertProgram: withRole('EDITOR', async (_p, { input }, { services, loaders }) => {
      const { id, created } = await services.programs.upsert(input);
      return { program: await mustLoad(loaders.program, id, 'program'), created };
    }),
    deleteProgram: withRole('EDITOR', (_p, { id }, { services }) => services.programs.delete(id)),
    addParticipant: withRole('EDITOR', async (_p, { input }, { services, loaders }) => {
      const { id, created } = await services.programs.addParticipant(input);
      return { participation: await mustLoad(loaders.participation, id, 'participation'), created };
    }),
    removeParticipant: withRole('EDITOR', (_p, { stakeholderId, programId, role }, { services }) =>
      services.programs.removeParticipant(stakeholderId, programId, role),
    ),
  },
  Program: {
    viewerCanEdit: canEditItem,
    region: async (p, _a, { loaders }) => {
      const id = await loaders.programRegion.load(p.id);
      return id ? loaders.region.load(id) : null;
    },
    parent: async (p, _a, { loaders }) => {
      const id = await loaders.programParent.load(p.id);
      return id ? loaders.program.load(id) : null;
    },
    parts: async (p, _a, { loaders }) => loadAll(loaders.program, await loaders.programParts.load(p.id)),
    participants: async (p, { roles }, { loaders }) => primePrograms(await loaders.programParticipants(roles ?? null).load(p.id), loaders),
    collaborations: (p, _a, { loaders }) => loaders.programCollaborations.load(p.id),
    helices: async (p, _a, { loaders }) => inHelixOrder(await loaders.programHelices.load(p.id)),
    missingHelices: async (p, _a, { loaders }) => {
      const present = await loaders.programHelices.load(p.id);
      return HELICES.filter((h: Helix) => !present.includes(h));
    },
    evidence: (p, _a, { loaders }) => loaders.evidence('Program').load(p.id),
  },
  Participation: {
    viewerCanEdit: canEditItem,
    stakeholder: (p, _a, { loaders }) => mustLoad(loaders.stakeholder, p.stakeholderId, 'stakeholder'),
    program: (p, _a, { loaders }) => mustLoad(loaders.program, p.programId, 'program'),
    evidence: (p, _a, { loaders }) => loaders.evidence('Participation').load(p.id),
  },
};
