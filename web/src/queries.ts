// Every operation the page sends, in one place so the service's tests can run each of them
// against the real hardening limits (depth, cost with the page's `first` values, aliases).

/** How many stakeholders the map draws at most; networkOf keeps the best-connected. */
export const MAP_LIMIT = 500;
/** Influence figures for sizing: the API ranks at most 200, the rest get the smallest size. */
export const INFLUENCE_FIRST = 200;
export const PANEL_PARTNERS_FIRST = 50;
export const SEARCH_FIRST = 8;
export const GAP_SUGGESTIONS = 10;
/** Risers and fallers listed by the change view. */
export const CHANGE_FIRST = 5;
/** The panel's latest interactions of a stakeholder; the follow-up list's page. */
export const PANEL_INTERACTIONS_FIRST = 5;
export const FOLLOW_UPS_FIRST = 100;

export const VIEWER = /* GraphQL */ `
  query Viewer { viewer { role authenticated scope { regions { id name } programs { id name } } } }
`;

export const FILTER_OPTIONS = /* GraphQL */ `
  query FilterOptions {
    regions { id name level }
    programs(first: 100) { nodes { id name kind } }
    sources(first: 100) { id title }
  }
`;

export const MAP = /* GraphQL */ `
  query Map($scope: AnalysisScope, $metric: InfluenceMetric!, $limit: Int!, $first: Int!) {
    graphVersion
    networkOf(scope: $scope, limit: $limit) {
      truncated
      nodes { stakeholder { id name aliases helix } }
      edges { source target weight collaborations programs }
    }
    influence(scope: $scope, metric: $metric, first: $first) {
      entries { score stakeholder { id } }
    }
  }
`;

/** The map's live updates: committed changes in its scope after the version it was drawn at. */
export const GRAPH_CHANGED = /* GraphQL */ `
  subscription GraphChanged($scope: AnalysisScope, $since: Int) {
    graphChanged(scope: $scope, since: $since) {
      kind
      version
      items { id type change }
      stakeholders
    }
  }
`;

export const SEARCH = /* GraphQL */ `
  query Search($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      score
      node {
        __typename
        ... on Stakeholder { id name aliases helix }
        ... on Program { id name kind }
        ... on Person { id name offices { title } }
      }
    }
  }
`;

export const STAKEHOLDER = /* GraphQL */ `
  query Stakeholder($id: ID!, $scope: AnalysisScope, $asOf: Date, $partners: Int!, $withContact: Boolean!, $interactions: Int!) {
    stakeholder(id: $id) {
      id name aliases helix kind description website tags viewerCanEdit
      region { id name }
      parent { id name }
      units { id name helix }
      officeHolders {
        title since until
        person { id name contact @include(if: $withContact) { email phone } }
      }
      partnerCount
      partners(first: $partners, asOf: $asOf) { weight collaborations programs partner { id name helix } }
      participations {
        id role startedOn endedOn description viewerCanEdit
        program { id name kind startsOn }
        evidence { quote confidence source { id title url publishedOn } }
      }
      collaborations(asOf: $asOf) {
        id name kind status strength startedOn endedOn description viewerCanEdit
        program { id name }
        parties { role stakeholder { id name helix } }
        evidence { quote confidence source { id title publisher url publishedOn } }
      }
      evidence { quote confidence source { id title publisher url publishedOn } }
      assessments(asOf: $asOf) {
        id assessedOn power interest position attitude comment quadrant
        scope { __typename ... on Program { id name } ... on Region { id name } }
      }
      influence(scope: $scope) {
        degree weightedDegree pageRank betweenness closeness eigenvector reach helixDiversity
        articulationPoint community
      }
    }
    history: interactions(where: { stakeholder: $id, asOf: $asOf }, first: $interactions) {
      totalCount
      nodes {
        id kind subject occurredOn notes
        stakeholders { id name helix }
        followUps { id commitment status overdue dueOn }
      }
    }
  }
`;

export const SOURCE = /* GraphQL */ `
  query Source($id: ID!) {
    source(id: $id) {
      id title publisher author url publishedOn kind language
      citations {
        quote
        fact {
          __typename
          ... on Stakeholder { id name helix }
          ... on Program { id name programKind: kind }
          ... on Collaboration { id name collaborationKind: kind }
          ... on Participation { id role stakeholder { id name helix } program { id name } }
        }
      }
    }
  }
`;

export const PATHS = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!, $k: Int!, $options: PathOptions) {
    paths(from: $from, to: $to, k: $k, options: $options) {
      reason timedOut
      paths {
        length cost
        stakeholders { id name helix }
        hops {
          weight
          collaborations { name kind }
          programs { name }
          from { id name } to { id name }
          evidence { quote source { title url } }
        }
      }
    }
  }
`;

export const GAPS = /* GraphQL */ `
  query Gaps($scope: AnalysisScope, $suggestions: Int!) {
    collaborationGaps(scope: $scope, suggestions: $suggestions) {
      stakeholderCount tieCount
      matrix { a b ties strength density gap weak }
      absentHelices
      programsMissingHelices { program { id name } missingHelices }
      suggestions {
        score closesGap reason fillsAbsentHelix
        a { id name helix } b { id name helix }
        commonPartners { id name }
      }
      balance { score }
    }
  }
`;

export const HELIX_INDICATORS = /* GraphQL */ `
  query HelixIndicators($scope: AnalysisScope) {
    helixIndicators(scope: $scope) {
      synergy { helices millibits units }
      openness { external internal index expected }
      opennessByHelix { helix stakeholders openness { external internal index expected } }
      assortativity
    }
  }
`;

/** What the change view shows of a NetworkChange, whether two dates or a snapshot are compared. */
const CHANGE_FIELDS = /* GraphQL */ `
  fragment ChangeFields on NetworkChange {
    from to
    rose { rankBefore rankAfter stakeholder { id name helix } }
    fell { rankBefore rankAfter stakeholder { id name helix } }
    joined { id name helix }
    gapsClosed { a b }
    gapsOpened { a b }
    balanceBefore balanceAfter tiesBefore tiesAfter
  }
`;

export const NETWORK_CHANGE = /* GraphQL */ `
  query NetworkChange($scope: AnalysisScope, $from: Date!, $to: Date!, $metric: InfluenceMetric!, $first: Int!) {
    networkChange(scope: $scope, from: $from, to: $to, metric: $metric, first: $first) { ...ChangeFields }
  }
  ${CHANGE_FIELDS}
`;

export const SNAPSHOT_CHANGE = /* GraphQL */ `
  query SnapshotChange($from: ID!, $metric: InfluenceMetric!, $first: Int!) {
    snapshotChange(from: $from, metric: $metric, first: $first) { ...ChangeFields }
  }
  ${CHANGE_FIELDS}
`;

export const SNAPSHOTS = /* GraphQL */ `
  query Snapshots {
    snapshots(first: 50) { id label asOf region { id } program { id } helices }
  }
`;

export const TAKE_SNAPSHOT = /* GraphQL */ `
  mutation TakeSnapshot($input: SnapshotInput!) {
    takeSnapshot(input: $input) { id label asOf region { id } program { id } helices }
  }
`;

export const UPSERT_STAKEHOLDER = /* GraphQL */ `
  mutation UpsertStakeholder($input: StakeholderInput!) {
    upsertStakeholder(input: $input) { created stakeholder { id name } }
  }
`;

export const RECORD_COLLABORATION = /* GraphQL */ `
  mutation RecordCollaboration($input: CollaborationInput!) {
    recordCollaboration(input: $input) { created collaboration { id name } }
  }
`;

export const ADD_PARTICIPANT = /* GraphQL */ `
  mutation AddParticipant($input: ParticipationInput!) {
    addParticipant(input: $input) { created participation { id } }
  }
`;

export const DELETE_COLLABORATION = /* GraphQL */ `
  mutation DeleteCollaboration($id: ID!) {
    deleteCollaboration(id: $id) { deleted }
  }
`;

export const REMOVE_PARTICIPANT = /* GraphQL */ `
  mutation RemoveParticipant($stakeholderId: ID!, $programId: ID!, $role: ParticipationRole!) {
    removeParticipant(stakeholderId: $stakeholderId, programId: $programId, role: $role) { deleted }
  }
`;

export const POWER_INTEREST_GRID = /* GraphQL */ `
  query PowerInterestGrid($scope: ID!, $asOf: Date) {
    powerInterestGrid(scope: $scope, asOf: $asOf) {
      asOf networkSize
      scope { __typename ... on Program { id name } ... on Region { id name } }
      thresholds { highFrom fewTiesAtMost centralTopShare }
      quadrants { quadrant count }
      entries {
        quadrant partners partnerRank flags
        stakeholder { id name helix }
        assessment { id assessedOn power interest position attitude }
      }
    }
  }
`;

/** Likely duplicates listed in the Edit tab, of each kind. */
export const DUPLICATES_FIRST = 20;

export const DUPLICATES = /* GraphQL */ `
  query Duplicates($scope: DuplicateScope, $first: Int!) {
    duplicateCandidates(scope: $scope, first: $first) {
      stakeholders { a { id name helix viewerCanEdit } b { id name helix viewerCanEdit } score reasons { kind detail } }
      people {
        a { id name viewerCanEdit offices { title stakeholder { id name } } }
        b { id name viewerCanEdit offices { title stakeholder { id name } } }
        score reasons { kind detail }
      }
    }
  }
`;

export const LOG_INTERACTION = /* GraphQL */ `
  mutation LogInteraction($input: InteractionInput!) {
    logInteraction(input: $input) { created interaction { id } }
  }
`;

export const FOLLOW_UPS = /* GraphQL */ `
  query FollowUps($where: FollowUpFilter, $first: Int!) {
    followUps(where: $where, first: $first) {
      totalCount
      nodes {
        id commitment dueOn status closedOn overdue viewerCanEdit
        owner { id name }
        interaction { id kind subject occurredOn stakeholders { id name helix } program { id name } }
      }
    }
  }
`;

export const RECORD_ASSESSMENT = /* GraphQL */ `
  mutation RecordAssessment($input: AssessmentInput!) {
    recordAssessment(input: $input) { created assessment { id quadrant } }
  }
`;

export const SET_FOLLOW_UP_STATUS = /* GraphQL */ `
  mutation SetFollowUpStatus($id: ID!, $status: FollowUpStatus!) {
    setFollowUpStatus(id: $id, status: $status) { followUp { id status closedOn } }
  }
`;

export const MERGE_STAKEHOLDERS = /* GraphQL */ `
  mutation MergeStakeholders($keep: ID!, $merge: ID!) {
    mergeStakeholders(keep: $keep, merge: $merge) { mergedId stakeholder { id name } }
  }
`;

export const MERGE_PEOPLE = /* GraphQL */ `
  mutation MergePeople($keep: ID!, $merge: ID!) {
    mergePeople(keep: $keep, merge: $merge) { mergedId person { id name } }
  }
`;

export const READ_REPORT = /* GraphQL */ `
  query ReadReport($input: ReadReportInput!) {
    readReport(input: $input) {
      draft
      proposals { collection id label detail quote offset confidence match { kind id name by score } }
    }
  }
`;

export const IMPORT_DRAFT = /* GraphQL */ `
  mutation ImportReportDraft($input: ImportInput!) {
    importGraph(input: $input) {
      applied dryRun
      counts { kind created updated unchanged }
      problems { sheet row column message }
    }
  }
`;
