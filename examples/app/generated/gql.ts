/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query HowToReach($from: ID!, $to: ID!) {\n    path(from: $from, to: $to) {\n      path { length hops { from { id name } to { id name } explanation } }\n      reason\n    }\n  }\n": typeof types.HowToReachDocument,
    "\n  query WhoMatters($scope: AnalysisScope, $metric: InfluenceMetric!, $first: Int!) {\n    influence(scope: $scope, metric: $metric, first: $first) {\n      stakeholderCount\n      entries { rank score stakeholder { id name helix } }\n    }\n  }\n": typeof types.WhoMattersDocument,
};
const documents: Documents = {
    "\n  query HowToReach($from: ID!, $to: ID!) {\n    path(from: $from, to: $to) {\n      path { length hops { from { id name } to { id name } explanation } }\n      reason\n    }\n  }\n": types.HowToReachDocument,
    "\n  query WhoMatters($scope: AnalysisScope, $metric: InfluenceMetric!, $first: Int!) {\n    influence(scope: $scope, metric: $metric, first: $first) {\n      stakeholderCount\n      entries { rank score stakeholder { id name helix } }\n    }\n  }\n": types.WhoMattersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HowToReach($from: ID!, $to: ID!) {\n    path(from: $from, to: $to) {\n      path { length hops { from { id name } to { id name } explanation } }\n      reason\n    }\n  }\n"): typeof import('./graphql.js').HowToReachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoMatters($scope: AnalysisScope, $metric: InfluenceMetric!, $first: Int!) {\n    influence(scope: $scope, metric: $metric, first: $first) {\n      stakeholderCount\n      entries { rank score stakeholder { id name helix } }\n    }\n  }\n"): typeof import('./graphql.js').WhoMattersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
