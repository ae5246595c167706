import type { Resolvers } from '../generated/resolvers-types.js';
import { loadAll, mustLoad } from './shared.js';

export const indicatorResolvers: Resolvers = {
  Query: {
    helixIndicators: (_p, { scope, synergyOver }, { services }) => services.indicators.helixIndicators(scope, synergyOver),
    brokers: (_p, { scope, role, between, first }, { services }) => services.indicators.brokers(scope, role, between, first),
    groupedCounts: (_p, { scope, items, groupBy }, { services }) => services.indicators.groupedCounts(scope, items, groupBy),
  },
  Stakeholder: {
    // One batch per request and scope, like influence.
    indicators: async (s, { scope }, { services, loaders }) => loaders.indicators(await services.analytics.scope(scope)).load(s.id),
  },
  BrokerEntry: {
    stakeholder: (e, _a, { loaders }) => mustLoad(loaders.stakeholder, e.stakeholderId, 'stakeholder'),
  },
  PartnershipSuggestion: {
    liaisons: (s, _a, { loaders }) => loadAll(loaders.stakeholder, s.liaisons ?? []),
  },
};
