import type { Resolvers } from '../generated/resolvers-types.js';

export const viewerResolvers: Resolvers = {
  Query: {
    // Queries never reach here as ANONYMOUS (the access policy refuses them first), so the role
    // is always one the Role enum can express.
    viewer: (_p, _a, { viewer }) => ({ role: viewer.role as 'VIEWER' | 'EDITOR' | 'ADMIN', authenticated: viewer.subject !== null }),
  },
};
