/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Which part of the network a measure is computed over. */
export type AnalysisScope = {
  /** The network as it stood on this date: facts started by then (undated facts count). */
  asOf?: string | null | undefined;
  /** Only stakeholders of these helices. */
  helices?: Array<Helix> | null | undefined;
  /** Stakeholders taking part in this program (or its parts) or its collaborations. */
  program?: string | number | null | undefined;
  /** Stakeholders working in this region or below it: based there, or taking part in a program held there (directly or through a collaboration under it). */
  region?: string | number | null | undefined;
};

/** The five helices of the pentahelix (Permenpar 14/2016: Academia, Business, Community, Government, Media). */
export type Helix =
  /** Universities, research institutes and schools. */
  | 'ACADEMIA'
  /** Companies, state-owned enterprises (BUMN), industrial estates and business associations. */
  | 'BUSINESS'
  /** Community organisations, NGOs and groups of citizens (MASATA, women's organisations). */
  | 'COMMUNITY'
  /** Central, provincial and local government, their offices (dinas, badan) and councils (DPRD). */
  | 'GOVERNMENT'
  /** News outlets and other media. */
  | 'MEDIA';

/** A network measure of influence. */
export type InfluenceMetric =
  /** Share of shortest paths between others that pass through it, in [0, 1]: brokerage. */
  | 'BETWEENNESS'
  /** How close it is to everyone it can reach (Wasserman-Faust), in [0, 1]. */
  | 'CLOSENESS'
  /** Number of partners. */
  | 'DEGREE'
  /** Weighted eigenvector centrality (max-normalised to 1). */
  | 'EIGENVECTOR'
  /** How evenly its partners spread over the five helices: normalised entropy in [0, 1]. */
  | 'HELIX_DIVERSITY'
  /** Weighted PageRank (damping 0.85): partners of well-connected partners count more. Sums to 1. */
  | 'PAGERANK'
  /** Stakeholders within two hops. */
  | 'REACH'
  /** Sum of tie weights. */
  | 'WEIGHTED_DEGREE';

/** Why no path was returned. */
export type NoPathReason =
  /** They are connected, but only by more hops than maxHops. */
  | 'MAX_HOPS_EXCEEDED'
  /** The two stakeholders are not connected under these options. */
  | 'NO_PATH'
  /** The search hit its time limit. */
  | 'TIMED_OUT';

export type HowToReachQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type HowToReachQuery = { path: { reason: NoPathReason | null, path: { length: number, hops: Array<{ explanation: string, from: { id: string, name: string }, to: { id: string, name: string } }> } | null } };

export type WhoMattersQueryVariables = Exact<{
  scope?: AnalysisScope | null | undefined;
  metric: InfluenceMetric;
  first: number;
}>;


export type WhoMattersQuery = { influence: { stakeholderCount: number, entries: Array<{ rank: number, score: number, stakeholder: { id: string, name: string, helix: Helix } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const HowToReachDocument = new TypedDocumentString(`
    query HowToReach($from: ID!, $to: ID!) {
  path(from: $from, to: $to) {
    path {
      length
      hops {
        from {
          id
          name
        }
        to {
          id
          name
        }
        explanation
      }
    }
    reason
  }
}
    `, {"hash":"sha256:ab8e6c4be30852612bd64b516427c0b6a82d3e58eda024b5a37f494e4fc26f19"}) as unknown as TypedDocumentString<HowToReachQuery, HowToReachQueryVariables>;
export const WhoMattersDocument = new TypedDocumentString(`
    query WhoMatters($scope: AnalysisScope, $metric: InfluenceMetric!, $first: Int!) {
  influence(scope: $scope, metric: $metric, first: $first) {
    stakeholderCount
    entries {
      rank
      score
      stakeholder {
        id
        name
        helix
      }
    }
  }
}
    `, {"hash":"sha256:3d64f547f780596837456a724c48de137c29a55439f8e6dc716034ea478b5824"}) as unknown as TypedDocumentString<WhoMattersQuery, WhoMattersQueryVariables>;