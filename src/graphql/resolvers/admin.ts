import type { Resolvers } from '../generated/resolvers-types.js';
import { toConnection, withRole } from './shared.js';

export const adminResolvers: Resolvers = {
  Query: {
    apiKeys: withRole('ADMIN', (_args, { services }) => services.admin.listKeys()),
    auditTrail: withRole('ADMIN', async ({ where, first, after }: { where?: unknown; first?: number | null; after?: string | null }, { services }) =>
      toConnection(await services.admin.auditTrail(where, first, after)),
    ),
  },
  Mutation: {
    createApiKey: withRole('ADMIN', async ({ name, role }: { name: string; role: string }, { services }) => {
      const { key, record } = await services.admin.createKey(name, role);
      return { key, apiKey: record };
    }),
    revokeApiKey: withRole('ADMIN', ({ id }: { id: string }, { services }) => services.admin.revokeKey(id)),
  },
};
