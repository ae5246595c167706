import type { Resolvers } from '../generated/resolvers-types.js';
import { SIZES } from '../limits.js';
import { withRole } from './shared.js';

export const webhookResolvers: Resolvers = {
  Query: {
    webhooks: withRole('ADMIN', (_p, _a, { services }) => services.webhooks.list()),
  },
  Mutation: {
    createWebhook: withRole('ADMIN', async (_p, { input }, { services }) => {
      const { secret, record } = await services.webhooks.create(input);
      return { secret, webhook: record };
    }),
    deleteWebhook: withRole('ADMIN', (_p, { id }, { services }) => services.webhooks.delete(id)),
  },
  Webhook: {
    deliveries: withRole('ADMIN', (hook, { status, first }, { services }) => services.webhooks.deliveries(hook.id, status, SIZES.page(first))),
  },
};
