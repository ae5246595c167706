import type { Resolvers } from '../generated/resolvers-types.js';

export const readerResolvers: Resolvers = {
  Query: {
    readReport: (_p, { input }, { services }) => services.reader.readReport(input),
  },
};
