import type { Resolvers } from '../generated/resolvers-types.js';
import { refreshLoaders, type Context } from '../context.js';

/** An event's payload as it is, resolved with loaders of its own (the subscription's context outlives many events). */
function freshly<T>(payload: T, _args: unknown, context: Context): T {
  refreshLoaders(context);
  return payload;
}

export const liveResolvers: Resolvers = {
  Query: {
    graphVersion: (_p, _a, { services }) => services.live.version(),
  },
  Subscription: {
    graphChanged: {
      subscribe: (_p, { scope, since }, { services, client }) => services.live.graphChanged(client, scope, since),
      resolve: freshly,
    },
    influenceChanged: {
      subscribe: (_p, { scope, metric, first }, { services, client }) => services.live.influenceChanged(client, scope, metric, first),
      resolve: freshly,
    },
  },
  GraphChangeEvent: {
    items: (e) => (e.kind === 'CHANGED' ? e.items : []),
    stakeholders: (e) => (e.kind === 'CHANGED' ? e.stakeholders : []),
    at: (e) => (e.kind === 'CHANGED' ? e.at : null),
  },
};
