import type { Resolvers } from '../generated/resolvers-types.js';
import { withRole } from './shared.js';

export const exchangeResolvers: Resolvers = {
  Mutation: {
    importGraph: withRole('ADMIN', ({ input }: { input: unknown }, { services }) => services.imports.importGraph(input)),
  },
};
