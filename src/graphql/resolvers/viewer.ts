import type { Resolvers } from '../generated/resolvers-types.js';

const present = <T>(rows: (T | Error | null)[]): T[] => rows.filter((r): r is T => r !== null && !(r instanceof Error));

export const viewerResolvers: Resolvers = {
  Query: {
    // Queries never reach here as ANONYMOUS (the access policy refuses them first), so the role
    // is always one the Role enum can express.
    viewer: (_p, _a, { viewer }) => ({ role: viewer.role as 'VIEWER' | 'EDITOR' | 'ADMIN', authenticated: viewer.subject !== null, scope: viewer.scope ?? null }),
  },
  WriteScope: {
    regionIds: (scope) => [...scope.regions],
    regions: async (scope, _a, { loaders }) => present(await loaders.region.loadMany([...scope.regions])),
    programIds: (scope) => [...scope.programs],
    programs: async (scope, _a, { loaders }) => present(await loaders.program.loadMany([...scope.programs])),
  },
};
