import { graphql } from './generated/index.js';

/** How one stakeholder reaches another, hop by hop, each hop explained. */
export const HowToReach = graphql(`
  query HowToReach($from: ID!, $to: ID!) {
    path(from: $from, to: $to) {
      path { length hops { from { id name } to { id name } explanation } }
      reason
    }
  }
`);

/** Who matters most in a part of the network, by a centrality measure. */
export const WhoMatters = graphql(`
  query WhoMatters($scope: AnalysisScope, $metric: InfluenceMetric!, $first: Int!) {
    influence(scope: $scope, metric: $metric, first: $first) {
      stakeholderCount
      entries { rank score stakeholder { id name helix } }
    }
  }
`);
