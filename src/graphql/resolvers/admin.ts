import type { Resolvers } from '../generated/resolvers-types.js';
import { SIZES } from '../limits.js';
import { toConnection, withRole } from './shared.js';

export const adminResolvers: Resolvers = {
  Query: {
    apiKeys: withRole('ADMIN', (_p, _a, { services }) => services.admin.listKeys()),
    auditTrail: withRole('ADMIN', async (_p, { where, first, after }, { services }) =>
      toConnection(await services.admin.auditTrail(where, SIZES.page(first), after)),
    ),
  },
  Mutation: {
    createApiKey: withRole('ADMIN', async (_p, { name, role, scope }, { services }) => {
      const { key, record } = await services.admin.createKey(name, role, scope);
      return { key, apiKey: record };
    }),
    revokeApiKey: withRole('ADMIN', (_p, { id }, { services }) => services.admin.revokeKey(id)),
  },
};
