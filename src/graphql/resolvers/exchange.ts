import { atLeast, seesPrivateData } from '../../domain/roles.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { withRole } from './shared.js';

export const exchangeResolvers: Resolvers = {
  Query: {
    exportGraph: (_p, { input }, { services, viewer }) => services.exports.exportGraph(input, seesPrivateData(viewer)),
  },
  Mutation: {
    // EDITORs may import the reviewed draft of one report; the whole-graph import stays ADMIN.
    importGraph: withRole('EDITOR', (_p, { input }, { services, viewer }) => services.imports.importGraph(input, { wholeGraph: atLeast(viewer, 'ADMIN') })),
  },
};
