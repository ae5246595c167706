import type { Resolvers } from '../generated/resolvers-types.js';
import { SIZES } from '../limits.js';
import { mustLoad, withRole } from './shared.js';

export const duplicateResolvers: Resolvers = {
  Query: {
    duplicateCandidates: (_p, { scope, first }, { services }) => services.duplicates.candidates(scope, SIZES.duplicates(first)),
  },
  Mutation: {
    mergeStakeholders: withRole('EDITOR', (_p, { keep, merge }, { services }) => services.duplicates.mergeStakeholders(keep, merge)),
    mergePeople: withRole('EDITOR', (_p, { keep, merge }, { services }) => services.duplicates.mergePeople(keep, merge)),
  },
  StakeholderDuplicate: {
    a: (p, _a, { loaders }) => mustLoad(loaders.stakeholder, p.a, 'stakeholder'),
    b: (p, _a, { loaders }) => mustLoad(loaders.stakeholder, p.b, 'stakeholder'),
  },
  PersonDuplicate: {
    a: (p, _a, { loaders }) => mustLoad(loaders.person, p.a, 'person'),
    b: (p, _a, { loaders }) => mustLoad(loaders.person, p.b, 'person'),
  },
  StakeholderMergePayload: {
    stakeholder: (m, _a, { loaders }) => mustLoad(loaders.stakeholder, m.id, 'stakeholder'),
  },
  PersonMergePayload: {
    person: (m, _a, { loaders }) => mustLoad(loaders.person, m.id, 'person'),
  },
};
