import { atLeast } from '../../domain/roles.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { withRole } from './shared.js';

export const exchangeResolvers: Resolvers = {
  Query: {
    exportGraph: (_p, { input }, { services, viewer }) => services.exports.exportGraph(input, atLeast(viewer, 'EDITOR')),
  },
  Mutation: {
    importGraph: withRole('ADMIN', (_p, { input }, { services }) => services.imports.importGraph(input)),
  },
};
