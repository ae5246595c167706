import { atLeast } from '../../domain/roles.js';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { quadrantOf } from '../../domain/assessment.js';
import { loadTyped, mustLoad, typeName, withRole } from './shared.js';

const scopeOf = async (row: { scopeId: string; scopeType: 'Program' | 'Region' }, { loaders }: Context) => {
  const scope = await loadTyped(row.scopeType, row.scopeId, loaders);
  if (!scope) throw new Error(`the scope "${row.scopeId}" of an assessment did not load`);
  return scope;
};

/** The assessor's words and name, like contacts: EDITOR and above; null for other readers. */
const editorsOnly = <T>(value: T, { viewer }: Context): T | null => (atLeast(viewer, 'EDITOR') ? value : null);

export const assessmentResolvers: Resolvers = {
  Query: {
    assessment: (_p, { id }, { loaders }) => loaders.assessment.load(id),
    powerInterestGrid: (_p, { scope, asOf }, { services }) => services.assessments.grid(scope, asOf),
  },
  Mutation: {
    recordAssessment: withRole('EDITOR', async (_p, { input }, { services, loaders }) => {
      const { id, created } = await services.assessments.record(input);
      return { assessment: await mustLoad(loaders.assessment, id, 'assessment'), created };
    }),
    deleteAssessment: withRole('EDITOR', (_p, { id }, { services }) => services.assessments.delete(id)),
  },
  Stakeholder: {
    assessments: (s, { scope, asOf }, { services, loaders }) => {
      const args = services.assessments.history(scope, asOf);
      return loaders.stakeholderAssessments(args.scope, args.asOf).load(s.id);
    },
  },
  Assessment: {
    stakeholder: (a, _a, { loaders }) => mustLoad(loaders.stakeholder, a.stakeholderId, 'stakeholder'),
    scope: (a, _a, context) => scopeOf(a, context),
    comment: (a, _a, context) => editorsOnly(a.comment, context),
    assessedBy: (a, _a, context) => editorsOnly(a.assessedBy, context),
    quadrant: (a) => quadrantOf(a.power, a.interest),
  },
  AssessmentScope: { __resolveType: (row) => typeName<'Program' | 'Region'>(row) },
  GridEntry: {
    stakeholder: (e, _a, { loaders }) => mustLoad(loaders.stakeholder, e.stakeholderId, 'stakeholder'),
  },
  PowerInterestGrid: {
    scope: (g, _a, context) => scopeOf(g, context),
  },
};
