import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StakeholderRow, ProgramRow, ParticipationRow, CollaborationRow, PartyRow, SourceRow, CitationRow, RegionRow, PersonRow, OfficeRow, EvidenceRow, TieRow, AssessmentRow, InteractionRow, FollowUpRow, UnengagedRow } from '../../db/rows.js';
import type { GridEntryRow, PowerInterestGridRow } from '../../services/assessment-service.js';
import type { NetworkNodeRow } from '../../services/network-service.js';
import type { PathRow, HopRow } from '../../services/path-service.js';
import type { StakeholderInfluenceRow, InfluenceEntryRow, BrokeredPairRow, InfluencerEntryRow, PartnershipSuggestionRow, ProgramGapRow, HelixBrokerRow, CollaborationGapsRow } from '../../services/analytics-results.js';
import type { NetworkChangeRow, StandingChangeRow } from '../../analytics/change.js';
import type { SnapshotSummary } from '../../db/snapshot-store.js';
import type { SnapshotEntryRow } from '../../services/snapshot-service.js';
import type { ApiKeyRecord } from '../../db/api-key-store.js';
import type { AuditEventRow } from '../../db/audit-store.js';
import type { WebhookRecord, DeliveryRow, DeliveryAttemptRow } from '../../db/webhook-store.js';
import type { BrokerEntryRow, GroupCountRow } from '../../services/indicator-service.js';
import type { DuplicatePair } from '../../analytics/duplicates.js';
import type { DuplicateCandidatesRow, MergeResult } from '../../services/duplicate-service.js';
import type { GraphFeedEvent } from '../../domain/changes.js';
import type { InfluenceChangeRow } from '../../services/live-service.js';
import type { WriteScope as WriteScopeModel } from '../../domain/roles.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date, `YYYY-MM-DD` (ISO 8601). Dates in the pentahelix graph are days: when a
   * meeting was held, when a collaboration started or ended.
   */
  Date: { input: string; output: string; }
  /** A point in time, ISO 8601 with time zone (`2025-01-15T08:00:00.000Z`). */
  DateTime: { input: string; output: string; }
};

/** Which part of the network a measure is computed over. */
export type AnalysisScope = {
  /** The network as it stood on this date: facts started by then (undated facts count). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Only stakeholders of these helices. */
  helices?: InputMaybe<Array<Helix>>;
  /** Stakeholders taking part in this program (or its parts) or its collaborations. */
  program?: InputMaybe<Scalars['ID']['input']>;
  /** Stakeholders working in this region or below it: based there, or taking part in a program held there (directly or through a collaboration under it). */
  region?: InputMaybe<Scalars['ID']['input']>;
};

/** An API key. Only a hash of its secret is stored; the key itself is shown once, when created. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the key was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Public part of the key (`phg_<id>_...`), used to revoke it. */
  id: Scalars['ID']['output'];
  /** What the key is for (`explorer on the Bapperida laptop`). */
  name: Scalars['String']['output'];
  /** When the key was revoked; null while it is valid. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The role the key grants. */
  role: Role;
  /** Where the key may write, when it is limited to regions or programmes; null: wherever its role may. */
  scope?: Maybe<WriteScope>;
};

/**
 * A dated judgement of a stakeholder within a program or region: its power, interest and position.
 * One per stakeholder, scope and day; assessments on later days add to the history.
 */
export type Assessment = {
  __typename?: 'Assessment';
  /** Who recorded it: the credential's subject (EDITOR and above; null for others). */
  assessedBy?: Maybe<Scalars['String']['output']>;
  /** The day of the judgement. */
  assessedOn: Scalars['Date']['output'];
  /** How it engages, if judged. */
  attitude?: Maybe<Attitude>;
  /** The assessor's note (EDITOR and above; null for others). */
  comment?: Maybe<Scalars['String']['output']>;
  /** When it was first recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Natural key: stakeholder, scope and day (`<stakeholder>--<scope>--<YYYY-MM-DD>`). */
  id: Scalars['ID']['output'];
  /** Interest in the scope's outcomes, 1 (very low) to 5 (very high). */
  interest: Scalars['Int']['output'];
  /** Where it stands, from STRONGLY_OPPOSES to STRONGLY_SUPPORTS. */
  position: Position;
  /** Power over the scope's outcomes, 1 (very low) to 5 (very high). */
  power: Scalars['Int']['output'];
  /** The grid cell its power and interest place it in. */
  quadrant: GridQuadrant;
  /** Within which program or region. */
  scope: AssessmentScope;
  /** Who is assessed. */
  stakeholder: Stakeholder;
  /** When it was last corrected. */
  updatedAt: Scalars['DateTime']['output'];
};

/** An assessment to record (upsert by stakeholder, scope and day: a second one on the same day corrects the first). */
export type AssessmentInput = {
  /** The day of the judgement, not after today. */
  assessedOn: Scalars['Date']['input'];
  /** How it engages, if judged. */
  attitude?: InputMaybe<Attitude>;
  /** A note, up to 2,000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Interest in the scope's outcomes: a whole number from 1 (very low) to 5 (very high). */
  interest: Scalars['Int']['input'];
  /** Where it stands. */
  position: Position;
  /** Power over the scope's outcomes: a whole number from 1 (very low) to 5 (very high). */
  power: Scalars['Int']['input'];
  /** Id of an existing program or region. */
  scopeId: Scalars['ID']['input'];
  /** Id of an existing stakeholder. */
  stakeholderId: Scalars['ID']['input'];
};

/** Result of recording an assessment. */
export type AssessmentPayload = {
  __typename?: 'AssessmentPayload';
  /** The assessment as stored after the write. */
  assessment: Assessment;
  /** True when there was none for this stakeholder, scope and day before. */
  created: Scalars['Boolean']['output'];
};

/** What an assessment is about: a program or a region. */
export type AssessmentScope = Program | Region;

/** How a stakeholder engages: the engagement levels of the PMBOK Guide's stakeholder engagement assessment matrix. */
export type Attitude =
  /** Knows of it and works actively for its success. */
  | 'LEADING'
  /** Knows of it, neither supports nor resists. */
  | 'NEUTRAL'
  /** Knows of it and resists change. */
  | 'RESISTANT'
  /** Knows of it and supports it. */
  | 'SUPPORTIVE'
  /** Does not know of the program or its effects. */
  | 'UNAWARE';

/** One committed write: who did what, to which item, and when. Values are not copied into the trail. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What was done, e.g. `stakeholder.upsert`, `collaboration.delete`. */
  action: Scalars['String']['output'];
  /** Who wrote: `key:<api key id>`, `jwt:<token subject>`, `anonymous`, or `system` for the command-line tools. */
  actor: Scalars['String']['output'];
  /** When the write committed. */
  at: Scalars['DateTime']['output'];
  /** Id of the event. */
  id: Scalars['ID']['output'];
  /** Id of the item written. */
  itemId?: Maybe<Scalars['ID']['output']>;
  /** The GraphQL operation name the client gave, if any. */
  operation?: Maybe<Scalars['String']['output']>;
  /** What the write did to the item. */
  outcome: AuditOutcome;
  /** The role the actor had. */
  role: Scalars['String']['output'];
};

/** A page of audit events, newest first. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The events of this page with their cursors. */
  edges: Array<AuditEventEdge>;
  /** The events of this page, without cursors. */
  nodes: Array<AuditEvent>;
  /** Where this page is in the trail. */
  pageInfo: PageInfo;
  /** Number of events matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An audit event and its cursor. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Cursor of this event, for `after`. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** Selects audit events; all given conditions must hold. */
export type AuditFilter = {
  /** Only this action, e.g. `stakeholder.upsert`. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only events by this actor (`key:3f2a...`, `jwt:alice`). */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Only events on this item. */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events at or after this time. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only events before this time. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What a write did to its item. */
export type AuditOutcome =
  /** The item did not exist and was created. */
  | 'CREATED'
  /** The item was deleted. */
  | 'DELETED'
  /** Nothing was there to delete. */
  | 'UNCHANGED'
  /** The item existed and was written. */
  | 'UPDATED';

/**
 * Overall pentahelix balance of a scope in [0, 1]: see `definition` for the formula and the
 * components for why.
 */
export type BalanceScore = {
  __typename?: 'BalanceScore';
  /** Share of tie weight that crosses helices. */
  crossHelixShare: Scalars['Float']['output'];
  /** The formula, in words. */
  definition: Scalars['String']['output'];
  /** Share of stakeholders per helix. */
  helixShares: Array<HelixShare>;
  /** Normalised entropy of cross-helix tie weight over the ten helix pairs. */
  pairEntropy: Scalars['Float']['output'];
  /** Balance in [0, 1]: pairEntropy x crossHelixShare. */
  score: Scalars['Float']['output'];
};

/** A stakeholder ranked by how many pairs it brokers in one role. */
export type BrokerEntry = {
  __typename?: 'BrokerEntry';
  /** Pairs it brokers in the role asked for (between the helices asked for). */
  pairs: Scalars['Int']['output'];
  /** 1 = most pairs. */
  rank: Scalars['Int']['output'];
  /** All its brokered pairs, by role. */
  roles: BrokerageCounts;
  /** The stakeholder. */
  stakeholder: Stakeholder;
};

/** Who brokers in one role. */
export type BrokerRanking = {
  __typename?: 'BrokerRanking';
  /** The two helices the pairs were limited to, if any. */
  between?: Maybe<Array<Helix>>;
  /** How many stakeholders broker at least one such pair. */
  brokerCount: Scalars['Int']['output'];
  /** When the figures were computed. */
  computedAt: Scalars['DateTime']['output'];
  /** How brokerage is counted on undirected ties, in words. */
  definition: Scalars['String']['output'];
  /** The brokers, most pairs first; only stakeholders with at least one pair. */
  entries: Array<BrokerEntry>;
  /** The role ranked by. */
  role: BrokerageRole;
  /** Stakeholders in the scope. */
  stakeholderCount: Scalars['Int']['output'];
};

/** Pairs of partners a stakeholder brokers, by role. */
export type BrokerageCounts = {
  __typename?: 'BrokerageCounts';
  /** Pairs of its own helix. */
  coordinator: Scalars['Int']['output'];
  /** Pairs of its own helix and another. */
  gatekeeperRepresentative: Scalars['Int']['output'];
  /** Pairs of one other helix. */
  itinerant: Scalars['Int']['output'];
  /** Pairs of two other helices. */
  liaison: Scalars['Int']['output'];
  /** All pairs it brokers. */
  total: Scalars['Int']['output'];
};

/**
 * Gould and Fernandez's brokerage roles (1989) on the undirected network: a stakeholder brokers two
 * of its partners that are not tied to each other; the role depends on the three helices.
 */
export type BrokerageRole =
  /** All three of one helix: it coordinates within its own helix. */
  | 'COORDINATOR'
  /**
   * The broker shares its helix with exactly one of the two: it opens its helix to another one.
   * Directed data would split this into gatekeeper and representative; undirected ties cannot.
   */
  | 'GATEKEEPER_REPRESENTATIVE'
  /** The two partners share a helix the broker is not in: it connects them from outside. */
  | 'ITINERANT'
  /** Three different helices: it links two helices it belongs to neither of. */
  | 'LIAISON';

/** Brokered pairs whose two partners are of helices a and b. */
export type BrokeredHelixPair = {
  __typename?: 'BrokeredHelixPair';
  /** Helix of one partner (pentahelix order). */
  a: Helix;
  /** Helix of the other. */
  b: Helix;
  /** How many such pairs. */
  pairs: Scalars['Int']['output'];
  /** The role this makes the broker play. */
  role: BrokerageRole;
};

/** Two partners connected through a broker. */
export type BrokeredPair = {
  __typename?: 'BrokeredPair';
  /** One partner. */
  a: Stakeholder;
  /** Another partner, not tied to the first. */
  b: Stakeholder;
};

/** One item a write changed. */
export type ChangedItem = {
  __typename?: 'ChangedItem';
  /** Created, updated or deleted. */
  change: ItemChange;
  /** The item's id (look it up with `node(id)`; a deleted one is gone). */
  id: Scalars['ID']['output'];
  /** What kind of item it is. */
  type: ChangedItemType;
};

/** The kinds of item a write changes. */
export type ChangedItemType =
  /** An assessment of a stakeholder. */
  | 'ASSESSMENT'
  /** A collaboration between stakeholders. */
  | 'COLLABORATION'
  /** An interaction of the engagement log. */
  | 'INTERACTION'
  /** A stakeholder's part in a program. */
  | 'PARTICIPATION'
  /** A person. */
  | 'PERSON'
  /** A program. */
  | 'PROGRAM'
  /** A region. */
  | 'REGION'
  /** An evidence source. */
  | 'SOURCE'
  /** A stakeholder (organisation). */
  | 'STAKEHOLDER';

/** A fact a source reports, with the passage that states it. */
export type Citation = {
  __typename?: 'Citation';
  /** How directly the quote states it: 1 = stated outright, lower = inferred. */
  confidence: Scalars['Float']['output'];
  /** The stakeholder, program, collaboration or participation reported. */
  fact: CitedFact;
  /** The passage of the source that states it, verbatim. */
  quote: Scalars['String']['output'];
};

/** Something a source can be evidence for. */
export type CitedFact = Collaboration | Participation | Program | Stakeholder;

/**
 * Two or more stakeholders working together, under a program or not, with dates and the
 * evidence that reports it.
 */
export type Collaboration = Node & {
  __typename?: 'Collaboration';
  /** When it was first recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** What it is, in a few sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Last day, if known (not before the first). */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Sources reporting it. */
  evidence: Array<Evidence>;
  /** Stable, readable id (lowercase words joined by hyphens). */
  id: Scalars['ID']['output'];
  /** What kind of cooperation it is. */
  kind: CollaborationKind;
  /** Short name of the collaboration. */
  name: Scalars['String']['output'];
  /** The stakeholders in it (two or more). */
  parties: Array<Party>;
  /** The program it belongs to. */
  program?: Maybe<Program>;
  /** First day, if known. */
  startedOn?: Maybe<Scalars['Date']['output']>;
  /** Planned, active or ended. */
  status: CollaborationStatus;
  /** Tie strength in (0, 1]: 1 for a signed agreement, lower for looser cooperation. */
  strength: Scalars['Float']['output'];
  /** When its details last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /**
   * Whether the caller may change it (edit or delete it): false for viewers; true for editors and admins, except
   * that an editor whose credential is limited to regions or programmes (`viewer.scope`) may change
   * only what lies inside them, by the rule that refuses such an editor's writes with FORBIDDEN (an
   * item nothing places yet is in no one's area, so any editor may change it).
   */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** A page of collaborations. */
export type CollaborationConnection = {
  __typename?: 'CollaborationConnection';
  /** The items with their cursors. */
  edges: Array<CollaborationEdge>;
  /** The items. */
  nodes: Array<Collaboration>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many items match, in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A collaboration in a page. */
export type CollaborationEdge = {
  __typename?: 'CollaborationEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Collaboration;
};

/** Filters on collaborations. */
export type CollaborationFilter = {
  /** Active on this date. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Started by this date (undated ones count): the collaborations on record as the network stood then. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<CollaborationKind>>;
  /** Under this program. */
  program?: InputMaybe<Scalars['ID']['input']>;
  /** With this stakeholder among the parties. */
  stakeholder?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<CollaborationStatus>>;
};

/** Where the pentahelix is not working together yet, and what to do about it. */
export type CollaborationGaps = {
  __typename?: 'CollaborationGaps';
  /** Helices with no stakeholder in scope. */
  absentHelices: Array<Helix>;
  /** One overall pentahelix balance score, with its components. */
  balance: BalanceScore;
  /** Single points of failure between helices. */
  brokers: Array<HelixBroker>;
  /** When the analysis was computed. */
  computedAt: Scalars['DateTime']['output'];
  /** Stakeholders with no ties at all. */
  isolated: Array<Stakeholder>;
  /** The 5x5 helix matrix as its 15 distinct cells (diagonal included), in pentahelix order. */
  matrix: Array<HelixPairCell>;
  /** Helix pairs with no ties although both helices are present. */
  missingPairs: Array<HelixPair>;
  /** Programs missing one or more helices. */
  programsMissingHelices: Array<ProgramGap>;
  /** Stakeholders whose ties all stay within their own helix. */
  siloed: Array<Stakeholder>;
  /** Stakeholders in the scope. */
  stakeholderCount: Scalars['Int']['output'];
  /** Suggested cross-helix partnerships, best first. */
  suggestions: Array<PartnershipSuggestion>;
  /** Ties in the scope. */
  tieCount: Scalars['Int']['output'];
};

/** A collaboration to record or replace (upsert by id). */
export type CollaborationInput = {
  /** What it is, in a few sentences. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day, if known (not before the first). */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Sources reporting it, each with the passage that says so. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** Stable id: lowercase letters, digits and single hyphens, at most 120 characters. */
  id: Scalars['ID']['input'];
  /** What kind of cooperation it is. */
  kind: CollaborationKind;
  /** Name (1-300 characters). */
  name: Scalars['String']['input'];
  /** Two or more distinct stakeholders. */
  parties: Array<PartyInput>;
  /** Id of the program it belongs to, if any. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** First day, if known. */
  startedOn?: InputMaybe<Scalars['Date']['input']>;
  /** ACTIVE when omitted. */
  status?: InputMaybe<CollaborationStatus>;
  /** In (0, 1]; 0.5 when omitted. */
  strength?: InputMaybe<Scalars['Float']['input']>;
};

/** What kind of cooperation a collaboration is. */
export type CollaborationKind =
  /** Advice or proposals. */
  | 'ADVISORY'
  /** A signed agreement (MoU, PKS). */
  | 'AGREEMENT'
  /** Hearing or consultation (RDP). */
  | 'CONSULTATION'
  /** Coordination of plans (rakor outcomes). */
  | 'COORDINATION'
  /** Corporate social responsibility (CSR, TJSLP). */
  | 'CSR'
  /** One party facilitates the other's work. */
  | 'FACILITATION'
  /** Any other kind of cooperation. */
  | 'OTHER'
  /** An ongoing partnership without a signed agreement. */
  | 'PARTNERSHIP'
  /** One party sponsors the other's activity. */
  | 'SPONSORSHIP';

/** Changes to a collaboration; omitted fields keep their value. */
export type CollaborationPatch = {
  /** Added to the existing evidence. */
  addEvidence?: InputMaybe<Array<EvidenceInput>>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New end date (not before the start). */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  /** New kind. */
  kind?: InputMaybe<CollaborationKind>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the parties (two or more). */
  parties?: InputMaybe<Array<PartyInput>>;
  /** Id of the program it now belongs to. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** New start date. */
  startedOn?: InputMaybe<Scalars['Date']['input']>;
  /** New status. */
  status?: InputMaybe<CollaborationStatus>;
  /** New strength, in (0, 1]. */
  strength?: InputMaybe<Scalars['Float']['input']>;
};

/** Result of writing a collaboration. */
export type CollaborationPayload = {
  __typename?: 'CollaborationPayload';
  /** The collaboration as stored after the write. */
  collaboration: Collaboration;
  /** True when it did not exist before. */
  created: Scalars['Boolean']['output'];
};

/** Lifecycle of a collaboration. */
export type CollaborationStatus =
  /** Under way. */
  | 'ACTIVE'
  /** Finished; endedOn says when. */
  | 'ENDED'
  /** Agreed or announced, not started yet (siap memfasilitasi). */
  | 'PLANNED';

/** The smallest group of intermediaries found to connect a group of stakeholders. */
export type ConnectorsResult = {
  __typename?: 'ConnectorsResult';
  /** True when every stakeholder of the group could be connected. */
  connected: Scalars['Boolean']['output'];
  /** Ties of the connecting tree. */
  edges: Array<NetworkEdge>;
  /** Intermediaries to involve (not in the group itself). */
  intermediaries: Array<Stakeholder>;
  /** Algorithm used, with its guarantee. */
  method: Scalars['String']['output'];
  /** True when the time limit stopped the search. */
  timedOut: Scalars['Boolean']['output'];
  /** Members of the group that could not be connected to the first one. */
  unreachable: Array<Stakeholder>;
};

/** Personal contact details. */
export type Contact = {
  __typename?: 'Contact';
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Telephone number. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** What to group counts by. */
export type CountDimension =
  /** The stakeholder's helix; a collaboration counts under each helix among its parties. */
  | 'HELIX'
  /** The stakeholder's kind, the collaboration's kind, or the kind of program taken part in. */
  | 'KIND'
  /** Level of the region the stakeholder is based in; a collaboration counts under each level among its parties. */
  | 'REGION_LEVEL'
  /**
   * Collaborations: the status recorded. Participations: from their dates on asOf (or today):
   * PLANNED before the start, ENDED after the end, ACTIVE between. Not for stakeholders.
   */
  | 'STATUS';

/** What grouped counts count. */
export type CountedItem =
  /** Collaborations with a party in the scope (started by asOf). */
  | 'COLLABORATIONS'
  /** Participations of the scope's stakeholders in programs, events and meetings (started by asOf). */
  | 'PARTICIPATIONS'
  /** Stakeholders of the scope. */
  | 'STAKEHOLDERS';

/** A new API key and its secret, shown this once. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The key's record. */
  apiKey: ApiKey;
  /** The key to send as `Authorization: Bearer <key>`; store it now, it cannot be shown again. */
  key: Scalars['String']['output'];
};

/** A new hook and its signing secret, shown this once. */
export type CreatedWebhook = {
  __typename?: 'CreatedWebhook';
  /** The secret that signs deliveries; store it now, it cannot be shown again. */
  secret: Scalars['String']['output'];
  /** The hook. */
  webhook: Webhook;
};

/** What a delete removed. */
export type DeletePayload = {
  __typename?: 'DeletePayload';
  /** Whether something was deleted (false when the id did not exist: deletes are idempotent). */
  deleted: Scalars['Boolean']['output'];
  /** Id of the deleted item. */
  id: Scalars['ID']['output'];
};

/** One attempt to deliver a change. */
export type DeliveryAttempt = {
  __typename?: 'DeliveryAttempt';
  /** When it started. */
  at: Scalars['DateTime']['output'];
  /** How long it took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** Why it failed (null when it succeeded). */
  error?: Maybe<Scalars['String']['output']>;
  /** The receiver's HTTP status (null when it did not answer). */
  httpStatus?: Maybe<Scalars['Int']['output']>;
  /** 1 for the first attempt. */
  number: Scalars['Int']['output'];
  /** True when the receiver answered 2xx. */
  succeeded: Scalars['Boolean']['output'];
};

/** What happened to a delivery. */
export type DeliveryStatus =
  /** A receiver answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed; no more are made. */
  | 'FAILED'
  /** Waiting for its first attempt or for a retry. */
  | 'PENDING';

/** Likely duplicates in a scope, best first. */
export type DuplicateCandidates = {
  __typename?: 'DuplicateCandidates';
  /** Pairs of people. */
  people: Array<PersonDuplicate>;
  /** Pairs of stakeholders. */
  stakeholders: Array<StakeholderDuplicate>;
};

/** One reason a pair is offered, with what it added to the score. */
export type DuplicateReason = {
  __typename?: 'DuplicateReason';
  /** What matched, in the data's own words. */
  detail: Scalars['String']['output'];
  /** What kind of evidence. */
  kind: DuplicateReasonKind;
  /** What it added to the score (negative: what it took away). */
  weight: Scalars['Float']['output'];
};

/** Why two records look like one. */
export type DuplicateReasonKind =
  /** One name abbreviates the other: a standard abbreviation (Disnaker = Dinas Tenaga Kerja) or one spelled from the words (DPRD, Disdukcapil). */
  | 'ABBREVIATION'
  /** They belong to different helices, which makes one organisation less likely (counts against the pair). */
  | 'DIFFERENT_HELIX'
  /** Their names name different places (Disnaker Bontang, Disnaker Bekasi): two offices, not one (counts against the pair). */
  | 'DIFFERENT_PLACE'
  /** The names (or a name and an alias) are the same once case, punctuation, legal forms (PT, CV, Tbk) and the head words Dinas and Universitas are set aside. */
  | 'SAME_NAME'
  /** Both hold offices in these organisations (people). */
  | 'SHARED_ORGANISATIONS'
  /** Both work with these partners. */
  | 'SHARED_PARTNERS'
  /** Both work in these regions. */
  | 'SHARED_REGION'
  /** The names share most of their distinctive words (rare words weigh more than Kota or Bontang); a one-letter typo still counts. */
  | 'SIMILAR_NAME';

/** Where to look for duplicates. */
export type DuplicateScope = {
  /** Stakeholders working in this region or below it (the region rule of `stakeholders(where: {region})`), and the people holding offices in them. Everything when left out. */
  region?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Krackhardt and Stern's E-I index (1988): (external - internal) / (external + internal) over ties.
 * +1: every tie crosses helices; -1: every tie stays within one; 0: as many of each.
 */
export type EiIndex = {
  __typename?: 'EiIndex';
  /**
   * What the index would be if ties fell at random over all pairs of stakeholders in the scope: the
   * baseline that group sizes alone imply (null for a single stakeholder, or without pairs).
   */
  expected?: Maybe<Scalars['Float']['output']>;
  /** Ties to (or across) other helices. */
  external: Scalars['Int']['output'];
  /** The index in [-1, 1]; null without ties. */
  index?: Maybe<Scalars['Float']['output']>;
  /** Ties within the own helix (for a helix: among its members, each once). */
  internal: Scalars['Int']['output'];
};

/** Where a fact comes from, with the sentence that reports it. */
export type Evidence = {
  __typename?: 'Evidence';
  /** How directly the quote states the fact: 1 = stated outright, lower = inferred. */
  confidence: Scalars['Float']['output'];
  /** The passage of the source that states the fact, verbatim and in its own language. */
  quote: Scalars['String']['output'];
  /** The article, agreement, decree or minutes that reports the fact. */
  source: Source;
};

/** Evidence to attach to a fact when writing it. */
export type EvidenceInput = {
  /** 1 = stated outright (default), lower = inferred; between 0 and 1. */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** The passage that states the fact (1-1000 characters). */
  quote: Scalars['String']['input'];
  /** Id of an existing source. */
  sourceId: Scalars['ID']['input'];
};

/** One file of an export. */
export type ExportFile = {
  __typename?: 'ExportFile';
  /** The content, as text. */
  content: Scalars['String']['output'];
  /** Media type of the content. */
  mediaType: Scalars['String']['output'];
  /** Suggested file name. */
  name: Scalars['String']['output'];
};

/** What to export as. */
export type ExportFormat =
  /** The importer's sheets, one CSV file each (a row keeps its first piece of evidence). */
  | 'CSV'
  /** GraphML (Gephi, yEd, NetworkX): stakeholders as nodes with name, helix, kind and region; ties as undirected edges with weight and number of facts. */
  | 'GRAPHML'
  /** The dataset format of seeds/pentahelix.json: importing it back changes nothing. */
  | 'JSON';

/** What to export and how. */
export type ExportInput = {
  /** The format. */
  format: ExportFormat;
  /** What to cover (default: the whole graph). */
  scope?: InputMaybe<ExportScope>;
};

/** What an export covers. */
export type ExportScope = {
  /**
   * The graph as it stood on this date: collaborations, participations and programs started by
   * then (undated ones count; programs they belong to always go along), ties weighed from those facts.
   */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Only the stakeholders based in this region or its sub-regions, the facts among them and the programs they take part in. */
  region?: InputMaybe<Scalars['ID']['input']>;
};

/** Something agreed at an interaction, with who does it and by when. */
export type FollowUp = {
  __typename?: 'FollowUp';
  /** When it was done or cancelled. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** What was promised. */
  commitment: Scalars['String']['output'];
  /** When it is due, if a date was set. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** Its interaction's id and its place in the list (`<interaction>--1`). */
  id: Scalars['ID']['output'];
  /** The interaction it was agreed at. */
  interaction: Interaction;
  /** Open and past its due date on the day asked (today, or `asOf`). */
  overdue: Scalars['Boolean']['output'];
  /** The person who is to do it. */
  owner?: Maybe<Person>;
  /** Open, done or cancelled (as of the date asked, in `followUps(where: {asOf})`). */
  status: FollowUpStatus;
  /**
   * Whether the caller may change it (mark it done or cancelled): it is part of its interaction, so this is the interaction's answer: false for viewers; true for editors and admins, except
   * that an editor whose credential is limited to regions or programmes (`viewer.scope`) may change
   * only what lies inside them, by the rule that refuses such an editor's writes with FORBIDDEN (an
   * item nothing places yet is in no one's area, so any editor may change it).
   */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** A page of follow-ups. */
export type FollowUpConnection = {
  __typename?: 'FollowUpConnection';
  /** The items with their cursors. */
  edges: Array<FollowUpEdge>;
  /** The items. */
  nodes: Array<FollowUp>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many items match, in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A follow-up in a page. */
export type FollowUpEdge = {
  __typename?: 'FollowUpEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: FollowUp;
};

/** Filters on follow-ups; all given conditions must hold. */
export type FollowUpFilter = {
  /** The log as it stood on this day: interactions by then, statuses and overdue on that day. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Only those open and past due (true), or not (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Owned by this person. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Agreed at an interaction serving this programme or one of its parts. */
  program?: InputMaybe<Scalars['ID']['input']>;
  /** Agreed at an interaction with a stakeholder that works in this region (the region rule of the map). */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Agreed at an interaction with this stakeholder. */
  stakeholder?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses, as of `asOf` (default: OPEN). */
  statuses?: InputMaybe<Array<FollowUpStatus>>;
};

/** A follow-up to record with an interaction. */
export type FollowUpInput = {
  /** When it was done or cancelled: only for DONE or CANCELLED (today when omitted). */
  closedOn?: InputMaybe<Scalars['Date']['input']>;
  /** What was promised (1-1000 characters). */
  commitment: Scalars['String']['input'];
  /** When it is due. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Id of the person who is to do it. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** OPEN when omitted. */
  status?: InputMaybe<FollowUpStatus>;
};

/** Result of changing a follow-up's status. */
export type FollowUpPayload = {
  __typename?: 'FollowUpPayload';
  /** The follow-up as stored after the write. */
  followUp: FollowUp;
};

/** Where a follow-up stands. */
export type FollowUpStatus =
  /** No longer to be done; closedOn says since when. */
  | 'CANCELLED'
  /** Done; closedOn says when. */
  | 'DONE'
  /** Still to be done. */
  | 'OPEN';

/** Committed writes in a scope, told after they committed (a write that rolled back is never told). */
export type GraphChangeEvent = {
  __typename?: 'GraphChangeEvent';
  /** When the last of the writes committed (null for RELOAD). */
  at?: Maybe<Scalars['DateTime']['output']>;
  /** The items the writes created, updated or deleted (empty for RELOAD). */
  items: Array<ChangedItem>;
  /** CHANGED, or RELOAD when the changes cannot be told one by one. */
  kind: GraphChangeKind;
  /** The version before them: the event covers the writes after `since` up to `version`. */
  since: Scalars['Int']['output'];
  /** Stakeholders whose ties (partners, weights) the writes changed. */
  stakeholders: Array<Scalars['ID']['output']>;
  /** The graph version after these writes: pass it as `since` when subscribing again. */
  version: Scalars['Int']['output'];
};

/** What a graph change event says. */
export type GraphChangeKind =
  /** Writes committed; `items` and `stakeholders` say what they changed. */
  | 'CHANGED'
  /**
   * Versions went by that the change log does not describe (a bulk import, or more writes than the
   * log keeps while the client was away): read again whatever you show.
   */
  | 'RELOAD';

/** A stakeholder placed on the power-interest grid by its latest assessment, with its ties beside it. */
export type GridEntry = {
  __typename?: 'GridEntry';
  /** Its latest assessment in the scope, as of the grid's date. */
  assessment: Assessment;
  /** What makes it stand out (see GridFlag). */
  flags: Array<GridFlag>;
  /** Rank by partners in the scope's network (1 = most; ties by id); null when it has no place in that network. */
  partnerRank?: Maybe<Scalars['Int']['output']>;
  /** Partners in the scope's network (degree), as of the grid's date: its structural influence. */
  partners: Scalars['Int']['output'];
  /** The cell its power and interest place it in. */
  quadrant: GridQuadrant;
  /** The stakeholder. */
  stakeholder: Stakeholder;
};

/** What makes an entry of the grid stand out. */
export type GridFlag =
  /**
   * Judged opposed (OPPOSES or STRONGLY_OPPOSES) while central in the scope's network: among the
   * best-connected quarter by partners, and with more than 2 of them.
   */
  | 'CENTRAL_BUT_OPPOSED'
  /** Judged powerful (power 4 or 5) but with few ties in the scope's network (2 partners or fewer): a hidden gatekeeper. */
  | 'HIDDEN_GATEKEEPER';

/** A cell of the power-interest grid (Mendelow). High means 4 or 5 on the 1-5 scale. */
export type GridQuadrant =
  /** Low power, high interest: keep them informed and listen to them. */
  | 'KEEP_INFORMED'
  /** High power, low interest: meet their needs, keep them satisfied. */
  | 'KEEP_SATISFIED'
  /** High power, high interest: involve them and work with them closely. */
  | 'MANAGE_CLOSELY'
  /** Low power, low interest: watch, with little effort. */
  | 'MONITOR';

/** The thresholds the grid and its flags use. */
export type GridThresholds = {
  __typename?: 'GridThresholds';
  /** Central: among this share of the scope's stakeholders with the most partners (and more than fewTiesAtMost). */
  centralTopShare: Scalars['Float']['output'];
  /** Hidden gatekeeper: high power and at most this many partners. */
  fewTiesAtMost: Scalars['Int']['output'];
  /** Power or interest at least this counts as high (on 1-5). */
  highFrom: Scalars['Int']['output'];
};

/** One group of a grouped count: the values it groups by (null: not grouped by it, or no value) and the count. */
export type GroupCount = {
  __typename?: 'GroupCount';
  /** The collaboration kind, when counting collaborations by KIND. */
  collaborationKind?: Maybe<CollaborationKind>;
  /** How many items fall in the group. */
  count: Scalars['Int']['output'];
  /** The helix, when grouped by HELIX. */
  helix?: Maybe<Helix>;
  /** The kind of program, when counting participations by KIND. */
  programKind?: Maybe<ProgramKind>;
  /** The region level, when grouped by REGION_LEVEL. */
  regionLevel?: Maybe<RegionLevel>;
  /** The stakeholder kind, when counting stakeholders by KIND. */
  stakeholderKind?: Maybe<StakeholderKind>;
  /** The status, when grouped by STATUS. */
  status?: Maybe<CollaborationStatus>;
};

/**
 * Counts for dashboards. An item with several values on a dimension (a collaboration with parties of
 * three helices) counts once in each, so the groups may add up to more than `total`.
 */
export type GroupedCounts = {
  __typename?: 'GroupedCounts';
  /** When the counts were computed. */
  computedAt: Scalars['DateTime']['output'];
  /** The dimensions grouped by, in the order asked. */
  groupBy: Array<CountDimension>;
  /** The groups, largest first. */
  groups: Array<GroupCount>;
  /** What was counted. */
  items: CountedItem;
  /** How many items were counted. */
  total: Scalars['Int']['output'];
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

/** A stakeholder whose loss would cut helices apart. */
export type HelixBroker = {
  __typename?: 'HelixBroker';
  /** Helix pairs that only it connects. */
  separates: Array<HelixPair>;
  /** The stakeholder whose loss would cut the helices apart. */
  stakeholder: Stakeholder;
};

/** A count per helix. */
export type HelixCount = {
  __typename?: 'HelixCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The helix. */
  helix: Helix;
};

/** Openness and synergy figures of a scope, with the counts they were computed from. */
export type HelixIndicators = {
  __typename?: 'HelixIndicators';
  /**
   * Newman's assortativity coefficient r on the helix (Newman 2003): 1 when ties stay within
   * helices, 0 for random mixing, negative when ties prefer other helices. Null when undefined (no
   * ties, or every tie within one helix).
   */
  assortativity?: Maybe<Scalars['Float']['output']>;
  /** When the figures were computed. */
  computedAt: Scalars['DateTime']['output'];
  /** E-I index of all ties of the scope: ties across helices against ties within. */
  openness: EiIndex;
  /** E-I index per helix, in pentahelix order. */
  opennessByHelix: Array<HelixOpenness>;
  /** Stakeholders in the scope. */
  stakeholderCount: Scalars['Int']['output'];
  /** Helix synergy for all ten triads of the five helices, in pentahelix order. */
  synergy: Array<TriadSynergy>;
  /** The units the synergy was counted over. */
  synergyOver: Array<SynergyUnit>;
  /** Ties in the scope. */
  tieCount: Scalars['Int']['output'];
};

/** The E-I index of one helix's ties. */
export type HelixOpenness = {
  __typename?: 'HelixOpenness';
  /** The helix. */
  helix: Helix;
  /** Ties from its members to other helices, and among its members, with the index. */
  openness: EiIndex;
  /** Its stakeholders in the scope. */
  stakeholders: Scalars['Int']['output'];
};

/** A pair of helices. */
export type HelixPair = {
  __typename?: 'HelixPair';
  /** First helix. */
  a: Helix;
  /** Second helix. */
  b: Helix;
};

/** Ties between two helices (the same helix on the diagonal). */
export type HelixPairCell = {
  __typename?: 'HelixPairCell';
  /** First helix of the pair (pentahelix order). */
  a: Helix;
  /** Second helix (the same as a on the diagonal). */
  b: Helix;
  /** Ties divided by the possible pairs. */
  density: Scalars['Float']['output'];
  /** True when no tie links the two helices although both are present. */
  gap: Scalars['Boolean']['output'];
  /** Sum of their weights. */
  strength: Scalars['Float']['output'];
  /** Number of ties between stakeholders of these helices. */
  ties: Scalars['Int']['output'];
  /** True when the ties are fewer than a quarter of what random mixing would give. */
  weak: Scalars['Boolean']['output'];
};

/** A helix's share. */
export type HelixShare = {
  __typename?: 'HelixShare';
  /** The helix. */
  helix: Helix;
  /** Its share of the stakeholders in scope, in [0, 1]. */
  share: Scalars['Float']['output'];
};

/** One hop of a path, with the facts behind the tie. */
export type Hop = {
  __typename?: 'Hop';
  /** Collaborations both are parties to (most recent first, at most 5). */
  collaborations: Array<Collaboration>;
  /** Evidence behind those facts (at most 5). */
  evidence: Array<Evidence>;
  /** A one-line explanation, e.g. `Both party to Rakor Pentahelix Program Wisata Kota Industri (COORDINATION)`. */
  explanation: Scalars['String']['output'];
  /** Where the hop starts. */
  from: Stakeholder;
  /** Programs both take part in (most recent first, at most 5). */
  programs: Array<Program>;
  /** Where the hop ends. */
  to: Stakeholder;
  /** Strength of the tie. */
  weight: Scalars['Float']['output'];
};

/** The importer's answer to a fuzzy match: this text in the file means this item. */
export type ImportConfirmation = {
  /** Id of the item it means. */
  id: Scalars['ID']['input'];
  /** The text as written in the file. */
  value: Scalars['String']['input'];
};

/** What an import did, or would do, to one kind of item. */
export type ImportCount = {
  __typename?: 'ImportCount';
  /** Items that did not exist. */
  created: Scalars['Int']['output'];
  /** The kind of item: sources, regions, stakeholders, people, programs, participations, collaborations. */
  kind: Scalars['String']['output'];
  /** Items that existed and are the same. */
  unchanged: Scalars['Int']['output'];
  /** Items that existed and changed. */
  updated: Scalars['Int']['output'];
};

/** One file of an import. */
export type ImportFileInput = {
  /** The content: text for JSON and CSV, base64 for XLSX. */
  content: Scalars['String']['input'];
  /** File name; for CSV it names the sheet (`stakeholders.csv`, `kolaborasi.csv`). */
  name: Scalars['String']['input'];
};

/** How the files of an import are written. */
export type ImportFormat =
  /** One CSV file per sheet (Sources, Regions, Stakeholders, Programs, Participations, Collaborations), named after it; `,` or `;` separated. */
  | 'CSV'
  /** The dataset format of seeds/pentahelix.json: collections of items that refer to each other by id. */
  | 'JSON'
  /** One workbook with a worksheet per sheet, base64-encoded. */
  | 'XLSX';

/** A name in the file that resembles a known item but is not it: confirm to use it. */
export type ImportFuzzyMatch = {
  __typename?: 'ImportFuzzyMatch';
  /** Id of the item it resembles. */
  candidateId: Scalars['ID']['output'];
  /** Name of that item. */
  candidateName: Scalars['String']['output'];
  /** Column header. */
  column: Scalars['String']['output'];
  /** Row as the spreadsheet numbers it. */
  row: Scalars['Int']['output'];
  /** Similarity, 0.8 to 1 (1 - edit distance / length). */
  score: Scalars['Float']['output'];
  /** Sheet or file name. */
  sheet: Scalars['String']['output'];
  /** The text in the file. */
  value: Scalars['String']['output'];
};

/** What to import and how. */
export type ImportInput = {
  /** Answers to fuzzy matches reported by an earlier attempt. */
  confirmations?: InputMaybe<Array<ImportConfirmation>>;
  /** Check and count only: the import runs in a transaction that is rolled back. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The files (1-20). */
  files: Array<ImportFileInput>;
  /** How the files are written. */
  format: ImportFormat;
};

/** A problem with the import, placed where the file has it. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** Column header as written (for JSON, the path of the field). */
  column?: Maybe<Scalars['String']['output']>;
  /** What is wrong and what was expected. */
  message: Scalars['String']['output'];
  /** Row as the spreadsheet numbers it (the header is row 1); null for the whole sheet or a JSON file. */
  row?: Maybe<Scalars['Int']['output']>;
  /** Sheet or file name. */
  sheet: Scalars['String']['output'];
};

/** The outcome of an import: all of it was written, or none of it. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** Whether the data was written (false for a dry run and for a rejected import). */
  applied: Scalars['Boolean']['output'];
  /** Per kind, what was (or would be) created, updated and left unchanged; empty when rejected. */
  counts: Array<ImportCount>;
  /** Whether this was a dry run. */
  dryRun: Scalars['Boolean']['output'];
  /** Names that resemble known items, awaiting confirmation. */
  fuzzyMatches: Array<ImportFuzzyMatch>;
  /** Every problem found; any problem rejects the whole import. */
  problems: Array<ImportProblem>;
};

/** A ranking whose top moved. */
export type InfluenceChange = {
  __typename?: 'InfluenceChange';
  /** Stakeholders now in the top that were not before (the whole top in the first event). */
  entered: Array<Scalars['ID']['output']>;
  /** Stakeholders that left the top. */
  left: Array<Scalars['ID']['output']>;
  /** The ranking's new top. */
  ranking: InfluenceRanking;
  /** The graph version the ranking reflects. */
  version: Scalars['Int']['output'];
};

/** A ranked stakeholder with the inputs that explain its score. */
export type InfluenceEntry = {
  __typename?: 'InfluenceEntry';
  /** Pairs of its partners that are not tied to each other: the connections it brokers (at most 3). */
  brokers: Array<BrokeredPair>;
  /** Partners per helix. */
  partnersByHelix: Array<HelixCount>;
  /** Position in the ranking (1 = highest). */
  rank: Scalars['Int']['output'];
  /** Value of the measure. */
  score: Scalars['Float']['output'];
  /** The stakeholder. */
  stakeholder: Stakeholder;
};

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

/** A ranking of stakeholders by one measure. */
export type InfluenceRanking = {
  __typename?: 'InfluenceRanking';
  /** True when betweenness is exact; false when sampled. */
  betweennessExact: Scalars['Boolean']['output'];
  /** When the figures were computed. */
  computedAt: Scalars['DateTime']['output'];
  /** The top stakeholders, best first. */
  entries: Array<InfluenceEntry>;
  /**
   * For estimated scores, the half-width of a 95% interval around each one (Hoeffding's bound
   * for the number of sources used): for betweenness in its own units, for closeness in hops of
   * the mean distance behind the score. Null when the scores are exact.
   */
  errorBound?: Maybe<Scalars['Float']['output']>;
  /**
   * True when the scores are estimates: betweenness and closeness above 5,000 stakeholders are
   * computed from sampled sources (256, fewer when the computation reaches its time budget).
   */
  estimated: Scalars['Boolean']['output'];
  /** The measure ranked by. */
  metric: InfluenceMetric;
  /** How the scores are normalised. */
  normalisation: Scalars['String']['output'];
  /** Stakeholders in the scope. */
  stakeholderCount: Scalars['Int']['output'];
  /** Ties in the scope. */
  tieCount: Scalars['Int']['output'];
};

/** Who can best influence a target: personalised PageRank with restarts at the target. */
export type InfluencerEntry = {
  __typename?: 'InfluencerEntry';
  /** Position (1 = best placed to influence the target). */
  rank: Scalars['Int']['output'];
  /** Personalised PageRank score. */
  score: Scalars['Float']['output'];
  /** The stakeholder. */
  stakeholder: Stakeholder;
};

/**
 * A contact with partners on a day: a meeting, call, letter, visit or message, who took part,
 * the programme it serves, notes and the follow-ups agreed. One with two or more stakeholders
 * taking part is evidence of the ties among them (see `Tie.evidence`).
 */
export type Interaction = Node & {
  __typename?: 'Interaction';
  /** When it was first logged. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether it counts as evidence of the ties among its stakeholders (two or more took part). */
  evidencesTies: Scalars['Boolean']['output'];
  /** What was agreed to do next, in the order logged. */
  followUps: Array<FollowUp>;
  /** Stable id (made from the date, kind and subject when the logger gave none). */
  id: Scalars['ID']['output'];
  /** Meeting, call, letter, visit or message. */
  kind: InteractionKind;
  /** Notes anyone who may read the graph may read. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The day it took place. */
  occurredOn: Scalars['Date']['output'];
  /** The people taking part. */
  people: Array<Person>;
  /** Notes for editors only: like contact details, null with FORBIDDEN on the field below EDITOR. */
  privateNotes?: Maybe<Scalars['String']['output']>;
  /** The programme it serves, if any. */
  program?: Maybe<Program>;
  /** The stakeholders taking part. */
  stakeholders: Array<Stakeholder>;
  /** What it was about, in a line. */
  subject: Scalars['String']['output'];
  /** When its details last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /**
   * Whether the caller may change it (edit or delete it, or the status of its follow-ups): false for viewers; true for editors and admins, except
   * that an editor whose credential is limited to regions or programmes (`viewer.scope`) may change
   * only what lies inside them, by the rule that refuses such an editor's writes with FORBIDDEN (an
   * item nothing places yet is in no one's area, so any editor may change it).
   */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** A page of interactions. */
export type InteractionConnection = {
  __typename?: 'InteractionConnection';
  /** The items with their cursors. */
  edges: Array<InteractionEdge>;
  /** The items. */
  nodes: Array<Interaction>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many items match, in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An interaction in a page. */
export type InteractionEdge = {
  __typename?: 'InteractionEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Interaction;
};

/** Filters on interactions. */
export type InteractionFilter = {
  /** On or before this day: the log as it stood then. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<InteractionKind>>;
  /** With this person taking part. */
  person?: InputMaybe<Scalars['ID']['input']>;
  /** Serving this programme or one of its parts. */
  program?: InputMaybe<Scalars['ID']['input']>;
  /** With a stakeholder taking part that works in this region (the region rule of the map). */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** On or after this day. */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** With this stakeholder taking part: its interaction history. */
  stakeholder?: InputMaybe<Scalars['ID']['input']>;
};

/** An interaction to log, or to replace (upsert by id). */
export type InteractionInput = {
  /** What was agreed to do next. */
  followUps?: InputMaybe<Array<FollowUpInput>>;
  /** Stable id (a lowercase slug); made from the date, kind and subject when omitted (send one to make a retry idempotent). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Meeting, call, letter, visit or message. */
  kind: InteractionKind;
  /** Notes anyone who may read the graph may read (up to 5,000 characters). */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The day it took place. */
  occurredOn: Scalars['Date']['input'];
  /** Ids of the people taking part. */
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Notes for editors only (up to 5,000 characters). */
  privateNotes?: InputMaybe<Scalars['String']['input']>;
  /** Id of the programme it serves. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** Ids of the stakeholders taking part (with personIds, at least one in all). */
  stakeholderIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What it was about (1-300 characters). */
  subject: Scalars['String']['input'];
};

/** How a coordinator engaged with partners. */
export type InteractionKind =
  /** A telephone or video call. */
  | 'CALL'
  /** A letter sent or received (surat). */
  | 'LETTER'
  /** Met in person, in a group or one to one (rapat, audiensi). */
  | 'MEETING'
  /** A message: e-mail, WhatsApp, chat. */
  | 'MESSAGE'
  /** A visit to the partner's office or site (kunjungan). */
  | 'VISIT';

/** Changes to an interaction; omitted fields keep their value. */
export type InteractionPatch = {
  /** Added after the existing follow-ups. */
  addFollowUps?: InputMaybe<Array<FollowUpInput>>;
  /** Replaces the follow-ups. */
  followUps?: InputMaybe<Array<FollowUpInput>>;
  /** New kind. */
  kind?: InputMaybe<InteractionKind>;
  /** New notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** New date. */
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  /** Replaces the people taking part. */
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New private notes. */
  privateNotes?: InputMaybe<Scalars['String']['input']>;
  /** Id of the programme it now serves. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces the stakeholders taking part. */
  stakeholderIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New subject. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** Result of logging or changing an interaction. */
export type InteractionPayload = {
  __typename?: 'InteractionPayload';
  /** True when it did not exist before. */
  created: Scalars['Boolean']['output'];
  /** The interaction as stored after the write. */
  interaction: Interaction;
};

/** What a write did to an item. */
export type ItemChange =
  /** It did not exist before the write. */
  | 'CREATED'
  /** It existed before the write and no longer does. */
  | 'DELETED'
  /** It existed before and after the write. */
  | 'UPDATED';

/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a stakeholder to a program in a role, or updates that participation. Idempotent. */
  addParticipant: ParticipationPayload;
  /** Creates an API key with a role; the response carries the key, shown this once. ADMIN only. */
  createApiKey: CreatedApiKey;
  /** Registers a webhook; the response carries its signing secret, shown this once. ADMIN only. */
  createWebhook: CreatedWebhook;
  /** Deletes an assessment (the rest of the history stays). Idempotent. */
  deleteAssessment: DeletePayload;
  /** Deletes a collaboration; the ties it supported are recomputed. */
  deleteCollaboration: DeletePayload;
  /** Deletes an interaction with its follow-ups; the ties it evidenced are recomputed. */
  deleteInteraction: DeletePayload;
  /**
   * Deletes a program with its participations. Refused (CONFLICT) while collaborations are
   * recorded under it or it has parts.
   */
  deleteProgram: DeletePayload;
  /**
   * Deletes a stakeholder with its participations, party memberships, offices held in it and ties.
   * Refused (CONFLICT) while it has units, or while it is one of only two parties of a
   * collaboration: end or delete those first.
   */
  deleteStakeholder: DeletePayload;
  /** Deletes a webhook with its deliveries; false when it was unknown. ADMIN only. */
  deleteWebhook: Scalars['Boolean']['output'];
  /** Ends a collaboration on a date (status ENDED). Idempotent. */
  endCollaboration: CollaborationPayload;
  /**
   * Imports stakeholders, collaborations with their parties, participations, programs, regions
   * and sources from JSON, CSV or XLSX, all or nothing. Names in spreadsheets are matched to
   * existing items by id, exact name or alias; a merely similar name is reported for
   * confirmation, never applied by itself. Upserts by id: importing the same file twice changes
   * nothing the second time. ADMIN; an EDITOR may import the draft of one report (readReport's
   * draft, reviewed): one JSON file with exactly one source, every stakeholder, programme,
   * participation, collaboration and office citing that source, every person with an office, at
   * most 1,000 items. Anything else is FORBIDDEN for an EDITOR, with what breaks the rule.
   */
  importGraph: ImportReport;
  /** Logs an interaction with its participants and follow-ups, or replaces it (upsert by id). */
  logInteraction: InteractionPayload;
  /**
   * Merges person `merge` into `keep` in one transaction: offices move (identical ones once), the
   * merged name and aliases become aliases, contact details fill what `keep` lacks. The merged id
   * then resolves to `keep` in `node`, `nodes` and `person`. Errors as for `mergeStakeholders`.
   */
  mergePeople: PersonMergePayload;
  /**
   * Merges stakeholder `merge` into `keep` in one transaction: every fact, participation, party
   * membership, office, unit and parent link and evidence citation moves to `keep`; the merged
   * name and aliases become aliases of `keep`; ties are recomputed; the audit trail records both.
   * Participations of both in the same program and role fold into one (the kept one's fields win,
   * the evidence of both is kept); a collaboration both are parties of keeps one party entry. The
   * merged id then resolves to `keep` in `node`, `nodes` and `stakeholder`; writes naming it are
   * refused (CONFLICT or NOT_FOUND naming `keep`). BAD_USER_INPUT when `keep` = `merge`;
   * NOT_FOUND when either is not a stakeholder; CONFLICT when the two are the only parties of a
   * collaboration (delete it first) or when `keep` would become a unit of itself.
   */
  mergeStakeholders: StakeholderMergePayload;
  /** Records an assessment, or corrects the one of the same stakeholder, scope and day. Idempotent. */
  recordAssessment: AssessmentPayload;
  /** Records a collaboration with its parties and evidence, or replaces it (upsert by id). Idempotent. */
  recordCollaboration: CollaborationPayload;
  /** Removes a stakeholder's role in a program. Idempotent. */
  removeParticipant: DeletePayload;
  /** Revokes an API key at once; false when it was unknown or already revoked. ADMIN only. */
  revokeApiKey: Scalars['Boolean']['output'];
  /** Sets a follow-up's status (mark it done or cancelled, or open it again). Idempotent. */
  setFollowUpStatus: FollowUpPayload;
  /** Computes a scope's figures now and keeps them. EDITOR or ADMIN. */
  takeSnapshot: NetworkSnapshot;
  /** Changes some fields of an existing collaboration. */
  updateCollaboration: CollaborationPayload;
  /** Changes some fields of an existing interaction. */
  updateInteraction: InteractionPayload;
  /** Creates or updates an office holder by id, replacing the offices held. Idempotent. */
  upsertPerson: Person;
  /** Creates or updates a program by id. Idempotent. */
  upsertProgram: ProgramPayload;
  /** Creates or updates a region by id. Idempotent. Refuses a hierarchy loop. */
  upsertRegion: Region;
  /** Creates or updates a source (evidence document) by id. Idempotent. */
  upsertSource: Source;
  /** Creates or updates a stakeholder by id. Idempotent. */
  upsertStakeholder: StakeholderPayload;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationAddParticipantArgs = {
  input: ParticipationInput;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
  role: Role;
  scope?: InputMaybe<WriteScopeInput>;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationCreateWebhookArgs = {
  input: WebhookInput;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationDeleteAssessmentArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationDeleteCollaborationArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationDeleteInteractionArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationDeleteProgramArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationDeleteStakeholderArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationEndCollaborationArgs = {
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationImportGraphArgs = {
  input: ImportInput;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationLogInteractionArgs = {
  input: InteractionInput;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationMergePeopleArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationMergeStakeholdersArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationRecordAssessmentArgs = {
  input: AssessmentInput;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationRecordCollaborationArgs = {
  input: CollaborationInput;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationRemoveParticipantArgs = {
  programId: Scalars['ID']['input'];
  role: ParticipationRole;
  stakeholderId: Scalars['ID']['input'];
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationSetFollowUpStatusArgs = {
  closedOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  status: FollowUpStatus;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationTakeSnapshotArgs = {
  input: SnapshotInput;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationUpdateCollaborationArgs = {
  id: Scalars['ID']['input'];
  patch: CollaborationPatch;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationUpdateInteractionArgs = {
  id: Scalars['ID']['input'];
  patch: InteractionPatch;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationUpsertPersonArgs = {
  input: PersonInput;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationUpsertProgramArgs = {
  input: ProgramInput;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationUpsertRegionArgs = {
  input: RegionInput;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationUpsertSourceArgs = {
  input: SourceInput;
};


/** Write operations. Each is one transaction; a rejected one changes nothing. Needs the EDITOR role. */
export type MutationUpsertStakeholderArgs = {
  input: StakeholderInput;
};

/** A drawable neighbourhood: nodes and the ties between them. */
export type Network = {
  __typename?: 'Network';
  /** Ties among those stakeholders. */
  edges: Array<NetworkEdge>;
  /** Stakeholders within the requested depth of the center (or of every center). */
  nodes: Array<NetworkNode>;
  /** True when the node limit cut the network short. */
  truncated: Scalars['Boolean']['output'];
};

/** What changed in a part of the network between two dates, each analysed as the network stood on it. */
export type NetworkChange = {
  __typename?: 'NetworkChange';
  /** Pentahelix balance score on the later date. */
  balanceAfter: Scalars['Float']['output'];
  /** Pentahelix balance score on the earlier date. */
  balanceBefore: Scalars['Float']['output'];
  /** Who fell most, by places lost. */
  fell: Array<StandingChange>;
  /** The earlier date. */
  from: Scalars['Date']['output'];
  /** Helix pairs with no ties on the earlier date that have ties on the later one. */
  gapsClosed: Array<HelixPair>;
  /** Helix pairs with ties on the earlier date and none on the later one (both helices present). */
  gapsOpened: Array<HelixPair>;
  /** Stakeholders with ties on the later date and none on the earlier one: new in the network. */
  joined: Array<Stakeholder>;
  /** Stakeholders with ties on the earlier date and none on the later one. */
  left: Array<Stakeholder>;
  /** The measure the standings are ranked by. */
  metric: InfluenceMetric;
  /** Who rose most, by places gained. */
  rose: Array<StandingChange>;
  /** Stakeholders in the scope on the later date. */
  stakeholdersAfter: Scalars['Int']['output'];
  /** Stakeholders in the scope on the earlier date. */
  stakeholdersBefore: Scalars['Int']['output'];
  /** Helix synergy of the ten triads on the later date, over collaborations. */
  synergyAfter?: Maybe<Array<TriadSynergy>>;
  /** Helix synergy of the ten triads on the earlier date, over collaborations (null: a snapshot taken before synergy was kept). */
  synergyBefore?: Maybe<Array<TriadSynergy>>;
  /** Ties in the scope on the later date. */
  tiesAfter: Scalars['Int']['output'];
  /** Ties in the scope on the earlier date. */
  tiesBefore: Scalars['Int']['output'];
  /** The later date. */
  to: Scalars['Date']['output'];
};

/** A tie in a network. */
export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  /** Collaborations both are parties to. */
  collaborations: Scalars['Int']['output'];
  /** Programs both take part in. */
  programs: Scalars['Int']['output'];
  /** Id of one stakeholder. */
  source: Scalars['ID']['output'];
  /** Id of the other stakeholder. */
  target: Scalars['ID']['output'];
  /** Tie strength. */
  weight: Scalars['Float']['output'];
};

/** Restrictions on the network around a center. */
export type NetworkFilter = {
  /** Only ties active on this date. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** The network as it stood on this date: ties backed by a fact started by then (history included). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Only stakeholders of these helices (centers are always kept). */
  helices?: InputMaybe<Array<Helix>>;
  /** At most this many nodes (1-2000, default 500). */
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** A stakeholder in a network, with its distance from the center (0 in `networkOf`, which has none). */
export type NetworkNode = {
  __typename?: 'NetworkNode';
  /** Hops from the nearest center. */
  depth: Scalars['Int']['output'];
  /** The stakeholder. */
  stakeholder: Stakeholder;
};

/**
 * A scope's influence and gap figures frozen when taken: every stakeholder's score by every
 * measure, the missing helix pairs and the balance score. Unlike an `asOf` analysis, which
 * recomputes the past from today's data, a snapshot keeps what was known when it was taken, so
 * later corrections and back-filled facts do not rewrite it.
 */
export type NetworkSnapshot = {
  __typename?: 'NetworkSnapshot';
  /** The date the figures describe: the scope's asOf, or the day it was taken. */
  asOf: Scalars['Date']['output'];
  /** Pentahelix balance score then. */
  balance: Scalars['Float']['output'];
  /** The helices the figures cover (null: all five). */
  helices?: Maybe<Array<Helix>>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What the planner called it ("Baseline RKPD 2026"). */
  label?: Maybe<Scalars['String']['output']>;
  /** Helix pairs with no ties then (both helices present). */
  missingPairs: Array<HelixPair>;
  /** The program the figures cover (null: not limited to a program). */
  program?: Maybe<Program>;
  /** The ranking by one measure as it was; stakeholders deleted since are left out and the ranks close up. */
  ranking: Array<SnapshotEntry>;
  /** The region the figures cover (null: not limited to a region). */
  region?: Maybe<Region>;
  /** Stakeholders in the scope. */
  stakeholderCount: Scalars['Int']['output'];
  /** Helix synergy of the ten triads then, over collaborations (null for snapshots taken before synergy was kept). */
  synergy?: Maybe<Array<TriadSynergy>>;
  /** When it was taken. */
  takenAt: Scalars['DateTime']['output'];
  /** Who took it (API key or token subject). */
  takenBy: Scalars['String']['output'];
  /** Ties in the scope. */
  tieCount: Scalars['Int']['output'];
};


/**
 * A scope's influence and gap figures frozen when taken: every stakeholder's score by every
 * measure, the missing helix pairs and the balance score. Unlike an `asOf` analysis, which
 * recomputes the past from today's data, a snapshot keeps what was known when it was taken, so
 * later corrections and back-filled facts do not rewrite it.
 */
export type NetworkSnapshotRankingArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  metric?: InfluenceMetric;
};

/** Why no path was returned. */
export type NoPathReason =
  /** They are connected, but only by more hops than maxHops. */
  | 'MAX_HOPS_EXCEEDED'
  /** The two stakeholders are not connected under these options. */
  | 'NO_PATH'
  /** The search hit its time limit. */
  | 'TIMED_OUT';

/**
 * Anything with a stable, readable id (`masata-bontang`). Ids are unique across all types, so
 * `node(id)` finds any of them.
 */
export type Node = {
  /** The stable, readable id (lowercase words joined by hyphens). */
  id: Scalars['ID']['output'];
};

/** A person holding an office in a stakeholder. */
export type Office = {
  __typename?: 'Office';
  /** The office holder. */
  person: Person;
  /** Since when, if known. */
  since?: Maybe<Scalars['Date']['output']>;
  /** Sources reporting the office. */
  sources: Array<Source>;
  /** The organisation. */
  stakeholder: Stakeholder;
  /** Title, e.g. `Wali Kota Bontang`. */
  title: Scalars['String']['output'];
  /** Until when, if known (null: still in office or unknown). */
  until?: Maybe<Scalars['Date']['output']>;
};

/** An office held, when writing a person. */
export type OfficeInput = {
  /** Sources reporting it, each with the passage that says so. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** Since when, if known. */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** Id of an existing stakeholder. */
  stakeholderId: Scalars['ID']['input'];
  /** Title of the office (Wali Kota Bontang). */
  title: Scalars['String']['input'];
  /** Until when, if known (not before since). */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item returned: pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last one returned. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items come before the first one returned. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item returned. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A stakeholder's part in a program. */
export type Participation = {
  __typename?: 'Participation';
  /** What it did, in a sentence. */
  description?: Maybe<Scalars['String']['output']>;
  /** Last day, if known (not before the first). */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Sources reporting it. */
  evidence: Array<Evidence>;
  /** Natural key: stakeholder, program and role. */
  id: Scalars['ID']['output'];
  /** In what. */
  program: Program;
  /** In which role. */
  role: ParticipationRole;
  /** Who takes part. */
  stakeholder: Stakeholder;
  /** First day, if known. */
  startedOn?: Maybe<Scalars['Date']['output']>;
  /**
   * Whether the caller may change it (edit or remove it): false for viewers; true for editors and admins, except
   * that an editor whose credential is limited to regions or programmes (`viewer.scope`) may change
   * only what lies inside them, by the rule that refuses such an editor's writes with FORBIDDEN (an
   * item nothing places yet is in no one's area, so any editor may change it).
   */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** A stakeholder taking part in a program (upsert by stakeholder, program and role). */
export type ParticipationInput = {
  /** What it did, in a sentence. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Not before startedOn. */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Sources reporting it, each with the passage that says so. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** Id of an existing program. */
  programId: Scalars['ID']['input'];
  /** The role it plays. */
  role: ParticipationRole;
  /** Id of an existing stakeholder. */
  stakeholderId: Scalars['ID']['input'];
  /** First day, if known. */
  startedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Result of adding a participant. */
export type ParticipationPayload = {
  __typename?: 'ParticipationPayload';
  /** True when it did not exist before. */
  created: Scalars['Boolean']['output'];
  /** The participation as stored after the write. */
  participation: Participation;
};

/** What a stakeholder did in a program. */
export type ParticipationRole =
  /** Advised on it (a proposal, a consultant's input). */
  | 'ADVISOR'
  /** Received an award in it. */
  | 'AWARDEE'
  /** Led the meeting (memimpin). */
  | 'CHAIR'
  /** Facilitated it (memfasilitasi). */
  | 'FACILITATOR'
  /** Funded it. */
  | 'FUNDER'
  /** Hosted it (tuan rumah). */
  | 'HOST'
  /** Conceived the program (menggagas). */
  | 'INITIATOR'
  /** Organised it (menyelenggarakan). */
  | 'ORGANIZER'
  /** Attended or took part. */
  | 'PARTICIPANT'
  /** Reported on it (media coverage). */
  | 'REPORTER'
  /** Spoke at it (narasumber). */
  | 'SPEAKER'
  /** Supported it. */
  | 'SUPPORTER';

/** Which stakeholders count as partners for `unengagedPartners`. */
export type PartnerScope = {
  /** Partners as of this day (a fact started by then), and interactions up to it. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Of these helices. */
  helices?: InputMaybe<Array<Helix>>;
  /** Taking part in this programme or one of its parts (directly or through a collaboration under it). */
  program?: InputMaybe<Scalars['ID']['input']>;
  /** Working in this region (the region rule of the map). */
  region?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A suggested partnership between two stakeholders of different helices that are not yet tied:
 * `b` from outside the scope when it would bring in a helix the scope lacks (`fillsAbsentHelix`).
 */
export type PartnershipSuggestion = {
  __typename?: 'PartnershipSuggestion';
  /** One stakeholder of the suggested pair. */
  a: Stakeholder;
  /** The other stakeholder. */
  b: Stakeholder;
  /** Whether it links a helix pair with no or few ties, or brings in an absent helix. */
  closesGap: Scalars['Boolean']['output'];
  /** Partners both already work with, strongest first. */
  commonPartners: Array<Stakeholder>;
  /** The helix absent from the scope that `b` (from outside the scope) would bring in; null for a pair within the scope. */
  fillsAbsentHelix?: Maybe<Helix>;
  /** Partners of both that belong to neither's helix: liaisons already placed to make the introduction. */
  liaisons: Array<Stakeholder>;
  /** Why, in words. */
  reason: Scalars['String']['output'];
  /** Adamic-Adar score, boosted when it closes a helix gap. */
  score: Scalars['Float']['output'];
};

/** A stakeholder's place in a collaboration. */
export type Party = {
  __typename?: 'Party';
  /** Its role in the collaboration, in free words (initiator, facilitator...). */
  role?: Maybe<Scalars['String']['output']>;
  /** The stakeholder taking part. */
  stakeholder: Stakeholder;
};

/** A party to record. */
export type PartyInput = {
  /** Its role in the collaboration, in free words (up to 100 characters). */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Id of an existing stakeholder. */
  stakeholderId: Scalars['ID']['input'];
};

/** A route from one stakeholder to another. */
export type Path = {
  __typename?: 'Path';
  /** Total cost: the number of hops, or the sum of tie costs in weighted mode. */
  cost: Scalars['Float']['output'];
  /** The hops, each explained. */
  hops: Array<Hop>;
  /** Number of hops (0 when both ends are the same stakeholder). */
  length: Scalars['Int']['output'];
  /** The stakeholders along the path, both ends included. */
  stakeholders: Array<Stakeholder>;
};

/** How to search for a path between stakeholders. */
export type PathOptions = {
  /** Only ties backed by a collaboration or program active on this date. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** The network as it stood on this date: only ties backed by a fact started by then (history included). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Stakeholders that must not be intermediaries. */
  avoid?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At most this many hops (1-8, default 6). */
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  /** Intermediaries must belong to these helices (the two ends are always allowed). */
  onlyHelices?: InputMaybe<Array<Helix>>;
  /** Intermediaries must be of these kinds. */
  onlyKinds?: InputMaybe<Array<StakeholderKind>>;
  /**
   * Cheapest instead of shortest: a tie costs less the stronger, the more recent and the better
   * evidenced it is (cost = (1 + 0.5 x years since last active) / (weight x (1 + 0.25 x extra sources))).
   */
  weighted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The answer to a path query: a path, or why there is none. */
export type PathResult = {
  __typename?: 'PathResult';
  /** The path, or null when there is none. */
  path?: Maybe<Path>;
  /** Why there is no path (null when there is one). */
  reason?: Maybe<NoPathReason>;
  /** True when the time limit stopped the search. */
  timedOut: Scalars['Boolean']['output'];
};

/** The k best introduction routes. */
export type PathsResult = {
  __typename?: 'PathsResult';
  /** Distinct paths, best first. */
  paths: Array<Path>;
  /** Why fewer than k paths came back, if so. */
  reason?: Maybe<NoPathReason>;
  /** True when the time limit stopped the search. */
  timedOut: Scalars['Boolean']['output'];
};

/** A person holding an office in a stakeholder (Wali Kota, Bupati). */
export type Person = Node & {
  __typename?: 'Person';
  /** Other names (Bunda Neni, Bung Agus). */
  aliases: Array<Scalars['String']['output']>;
  /** Contact details: personal data, visible to EDITOR and ADMIN only (FORBIDDEN otherwise). */
  contact?: Maybe<Contact>;
  /** Stable, readable id (lowercase words joined by hyphens). */
  id: Scalars['ID']['output'];
  /** Name as given in the sources. */
  name: Scalars['String']['output'];
  /** Offices held. */
  offices: Array<Office>;
  /**
   * Whether the caller may change them (edit them, merge them): false for viewers; true for editors and admins, except
   * that an editor whose credential is limited to regions or programmes (`viewer.scope`) may change
   * only what lies inside them, by the rule that refuses such an editor's writes with FORBIDDEN (an
   * item nothing places yet is in no one's area, so any editor may change it).
   */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** Two people that are likely one person. */
export type PersonDuplicate = {
  __typename?: 'PersonDuplicate';
  /** The one with the lower id. */
  a: Person;
  /** The other one. */
  b: Person;
  /** Why, strongest first. */
  reasons: Array<DuplicateReason>;
  /** Likelihood in [0, 1] (pairs from 0.55 up are offered). */
  score: Scalars['Float']['output'];
};

/** A person to create or update; offices are replaced. */
export type PersonInput = {
  /** Other names it goes by. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** E-mail address (personal data: EDITOR and above only). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Stable id: lowercase letters, digits and single hyphens, at most 120 characters. */
  id: Scalars['ID']['input'];
  /** Name (1-300 characters). */
  name: Scalars['String']['input'];
  /** Offices held; replaces the ones stored. */
  offices?: InputMaybe<Array<OfficeInput>>;
  /** Telephone number (personal data). */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** The result of merging two people. */
export type PersonMergePayload = {
  __typename?: 'PersonMergePayload';
  /** The merged id: it now resolves to the kept person. */
  mergedId: Scalars['ID']['output'];
  /** The kept person, with the merged one's offices. */
  person: Person;
};

/** Where a stakeholder stands on the aims of a program or region, from against to for. */
export type Position =
  /** Neither for nor against (netral). */
  | 'NEUTRAL'
  /** Leans against them (menolak). */
  | 'OPPOSES'
  /** Works against them (menolak keras). */
  | 'STRONGLY_OPPOSES'
  /** Works for them (mendukung penuh). */
  | 'STRONGLY_SUPPORTS'
  /** Leans for them (mendukung). */
  | 'SUPPORTS';

/** The power-interest grid of a program or region: the latest assessment of each stakeholder there. */
export type PowerInterestGrid = {
  __typename?: 'PowerInterestGrid';
  /** The date the grid stands on (null: today, every assessment counts). */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** Stakeholders assessed in the scope, by quadrant (MANAGE_CLOSELY first), then power and interest, highest first. */
  entries: Array<GridEntry>;
  /** Stakeholders in the scope's network, which partner ranks are out of. */
  networkSize: Scalars['Int']['output'];
  /** Entries per cell, in GridQuadrant order. */
  quadrants: Array<QuadrantCount>;
  /** The program or region. */
  scope: AssessmentScope;
  /** The thresholds in force. */
  thresholds: GridThresholds;
};

/** A program, event, meeting, workshop or award where stakeholders meet. */
export type Program = Node & {
  __typename?: 'Program';
  /** Other names (Program Wisata Industri, Pilot Program Wisata Industri Nasional). */
  aliases: Array<Scalars['String']['output']>;
  /** Collaborations recorded under it. */
  collaborations: Array<Collaboration>;
  /** When it was first recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** What it is, in a few sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Last day, if known. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** Sources reporting on it. */
  evidence: Array<Evidence>;
  /** Helices present among its participants and collaboration parties, in pentahelix order. */
  helices: Array<Helix>;
  /** Stable, readable id (lowercase words joined by hyphens). */
  id: Scalars['ID']['output'];
  /** What kind of activity it is. */
  kind: ProgramKind;
  /** Helices with no participant yet. */
  missingHelices: Array<Helix>;
  /** Name of the program, event or meeting. */
  name: Scalars['String']['output'];
  /** The program it is part of. */
  parent?: Maybe<Program>;
  /** Who takes part, and how. */
  participants: Array<Participation>;
  /** Its parts (meetings of a program, awards of a meeting). */
  parts: Array<Program>;
  /** The region it concerns. */
  region?: Maybe<Region>;
  /** First day, if known. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** When its details last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where it took place when that is not the region itself (Hotel Aston, Kota Batam). */
  venue?: Maybe<Scalars['String']['output']>;
  /**
   * Whether the caller may change it (edit or delete it): false for viewers; true for editors and admins, except
   * that an editor whose credential is limited to regions or programmes (`viewer.scope`) may change
   * only what lies inside them, by the rule that refuses such an editor's writes with FORBIDDEN (an
   * item nothing places yet is in no one's area, so any editor may change it).
   */
  viewerCanEdit: Scalars['Boolean']['output'];
};


/** A program, event, meeting, workshop or award where stakeholders meet. */
export type ProgramParticipantsArgs = {
  roles?: InputMaybe<Array<ParticipationRole>>;
};

/** A page of programs. */
export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  /** The items with their cursors. */
  edges: Array<ProgramEdge>;
  /** The items. */
  nodes: Array<Program>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many items match, in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A program in a page. */
export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Program;
};

/** Filters on programs; all given conditions must hold. */
export type ProgramFilter = {
  /** Running on this date. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Started by this date (undated ones count): the programs on record then. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<ProgramKind>>;
  /** Concerning this region or any region below it. */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Name or alias contains this text. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A program missing some helices. */
export type ProgramGap = {
  __typename?: 'ProgramGap';
  /** Helices with no participant, in pentahelix order. */
  missingHelices: Array<Helix>;
  /** The program. */
  program: Program;
};

/** A program to create or update (upsert by id). */
export type ProgramInput = {
  /** Other names it goes by. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What it is, in a few sentences. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Not before startsOn. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Sources reporting it, each with the passage that says so. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** Stable id: lowercase letters, digits and single hyphens, at most 120 characters. */
  id: Scalars['ID']['input'];
  /** What kind of activity it is. */
  kind: ProgramKind;
  /** Name (1-300 characters). */
  name: Scalars['String']['input'];
  /** Id of the program it is part of. */
  partOf?: InputMaybe<Scalars['ID']['input']>;
  /** Id of the region it concerns. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** First day, if known. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Where it takes place, when that is not its region. */
  venue?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of activity a program is. */
export type ProgramKind =
  /** An award (TJSLP Awards). */
  | 'AWARD'
  /** An event (Job Fair 2025, a festival). */
  | 'EVENT'
  /** A meeting: rakor, hearing (RDP), audience. */
  | 'MEETING'
  /** A regulation or policy that organises cooperation (a Perda). */
  | 'POLICY'
  /** A long-running programme (Program Wisata Kota Industri). */
  | 'PROGRAM'
  /** A workshop or training. */
  | 'WORKSHOP';

/** Result of a program upsert. */
export type ProgramPayload = {
  __typename?: 'ProgramPayload';
  /** True when it did not exist before. */
  created: Scalars['Boolean']['output'];
  /** The program as stored after the write. */
  program: Program;
};

/** How many entries a cell holds. */
export type QuadrantCount = {
  __typename?: 'QuadrantCount';
  /** Entries in it. */
  count: Scalars['Int']['output'];
  /** The cell. */
  quadrant: GridQuadrant;
};

/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type Query = {
  __typename?: 'Query';
  /** All API keys, valid and revoked, oldest first. ADMIN only. */
  apiKeys: Array<ApiKey>;
  /** One assessment by id; null if there is none. */
  assessment?: Maybe<Assessment>;
  /** The audit trail, newest first. ADMIN only. */
  auditTrail: AuditEventConnection;
  /**
   * Stakeholders ranked by the pairs they broker in one role: `role: LIAISON, between: [BUSINESS,
   * ACADEMIA]` asks who links business and academia while belonging to neither.
   */
  brokers: BrokerRanking;
  /** One collaboration by id; null if there is none. */
  collaboration?: Maybe<Collaboration>;
  /** The collaboration gaps of a scope (default: the whole graph), with up to `suggestions` (1-100) suggestions. */
  collaborationGaps: CollaborationGaps;
  /** Collaborations matching a filter, most recent first. */
  collaborations: CollaborationConnection;
  /**
   * The smallest set of intermediaries found to link a group of 2-20 stakeholders (a
   * Kou-Markowsky-Berman Steiner tree, at most twice the optimum).
   */
  connectors: ConnectorsResult;
  /**
   * Pairs of stakeholders, and of people, likely to be the same, scored from their names and
   * aliases, shared regions and shared partners (or organisations), with the reasons.
   * Candidates are compared within blocks of shared distinctive words, never all pairs.
   */
  duplicateCandidates: DuplicateCandidates;
  /** The graph or a region of it as files, for other tools or for re-import. Contact details are included for EDITOR and above only. */
  exportGraph: Array<ExportFile>;
  /** Follow-ups matching a filter (open ones by default), soonest due first, undated last. */
  followUps: FollowUpConnection;
  /** The graph's current version. Read it before what you show, then subscribe to graphChanged from it: no change is missed. */
  graphVersion: Scalars['Int']['output'];
  /** Stakeholders, collaborations or participations of a scope counted by up to four dimensions. */
  groupedCounts: GroupedCounts;
  /** Helix synergy, openness (E-I) and assortativity of a scope, as of a date if the scope says so. */
  helixIndicators: HelixIndicators;
  /** Stakeholders ranked by a measure within a scope (1-200). */
  influence: InfluenceRanking;
  /** Who can best influence the target (personalised PageRank relative to it), excluding itself (1-200). */
  influencersOf: Array<InfluencerEntry>;
  /** One interaction by id; null if there is none. */
  interaction?: Maybe<Interaction>;
  /** Interactions matching a filter, most recent first (a stakeholder's history with `where: {stakeholder}`). */
  interactions: InteractionConnection;
  /** The neighbourhood of one or more stakeholders up to `depth` hops (1-3), ready to draw. */
  network: Network;
  /** Compares a scope on two dates: who rose, who fell, which gaps closed. Planners compare this year with last year. */
  networkChange: NetworkChange;
  /**
   * The whole network of a scope (region, program, helices, date), ready to draw: the same
   * stakeholders and ties the influence and gap analyses of that scope run over. Above `limit`,
   * the stakeholders with the strongest ties are kept and `truncated` is set.
   */
  networkOf: Network;
  /** Any item by its id, whatever its type. */
  node?: Maybe<Node>;
  /** Several items by id, in the order asked; null where an id does not exist. */
  nodes: Array<Maybe<Node>>;
  /**
   * A shortest path (fewest hops; or cheapest with `weighted`) from one stakeholder to another,
   * each hop explained by the collaborations, programs and evidence behind it. No path is an
   * answer (`path: null` with a reason), not an error.
   */
  path: PathResult;
  /** The k best distinct paths (1-10), best first: alternative introduction routes. */
  paths: PathsResult;
  /** One office holder by id; null if there is none. */
  person?: Maybe<Person>;
  /** The power-interest grid of a program or region, as of a date (default today). */
  powerInterestGrid: PowerInterestGrid;
  /** One program by id. */
  program?: Maybe<Program>;
  /** Programs matching a filter, most recent first (1-100 per page). */
  programs: ProgramConnection;
  /**
   * Reads a news report, press release or meeting minutes (Indonesian or plain English) into a
   * draft of stakeholders, people with their offices, programmes and meetings, participations and
   * collaborations, each with the sentence it came from, and matches every proposal against the
   * graph. Rules of Indonesian institutional naming, not a model: no network, same text same draft.
   */
  readReport: ReportReading;
  /** One region by id; null if there is none. */
  region?: Maybe<Region>;
  /** Regions, optionally of one level or below one parent, by name. */
  regions: Array<Region>;
  /**
   * Full-text search over names, aliases and descriptions of stakeholders and programs, and over
   * the names and aliases of people (ask for their offices), tolerant of case and accents, with
   * prefix and typo-tolerant matching (`disnak`, `Pupuk Kaltm`). Whatever is named exactly as
   * searched (name or alias, case and punctuation aside) comes first: "MASATA" finds the
   * organisation whose alias is MASATA before the events that mention it.
   */
  search: Array<SearchHit>;
  /** One snapshot by id. */
  snapshot?: Maybe<NetworkSnapshot>;
  /**
   * Compares two snapshots of the same scope, or a snapshot with the network today when `to` is
   * left out: who rose and fell, which gaps closed and opened. Stakeholders deleted since a
   * snapshot are left out of the comparison.
   */
  snapshotChange: NetworkChange;
  /** Snapshots, newest first. */
  snapshots: Array<NetworkSnapshot>;
  /** One source by id; null if there is none. */
  source?: Maybe<Source>;
  /** Sources, most recent first (1-100). */
  sources: Array<Source>;
  /** One stakeholder by id; null if there is none. */
  stakeholder?: Maybe<Stakeholder>;
  /** Stakeholders matching a filter, as a Relay connection (1-100 per page). */
  stakeholders: StakeholderConnection;
  /** Stakeholders in a scope with no interaction on or after `since` (up to `scope.asOf`): longest unengaged first, never engaged before all. */
  unengagedPartners: UnengagedPartnerConnection;
  /** The caller of this request. */
  viewer: Viewer;
  /** Registered webhooks, oldest first. ADMIN only. */
  webhooks: Array<Webhook>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryAssessmentArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<AuditFilter>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryBrokersArgs = {
  between?: InputMaybe<Array<Helix>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: BrokerageRole;
  scope?: InputMaybe<AnalysisScope>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryCollaborationArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryCollaborationGapsArgs = {
  scope?: InputMaybe<AnalysisScope>;
  suggestions?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryCollaborationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<CollaborationFilter>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryConnectorsArgs = {
  options?: InputMaybe<PathOptions>;
  stakeholders: Array<Scalars['ID']['input']>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryDuplicateCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<DuplicateScope>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryExportGraphArgs = {
  input: ExportInput;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryFollowUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<FollowUpFilter>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryGroupedCountsArgs = {
  groupBy: Array<CountDimension>;
  items: CountedItem;
  scope?: InputMaybe<AnalysisScope>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryHelixIndicatorsArgs = {
  scope?: InputMaybe<AnalysisScope>;
  synergyOver?: InputMaybe<Array<SynergyUnit>>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryInfluenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  metric?: InfluenceMetric;
  scope?: InputMaybe<AnalysisScope>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryInfluencersOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<AnalysisScope>;
  target: Scalars['ID']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryInteractionArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryInteractionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<InteractionFilter>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryNetworkArgs = {
  center: Array<Scalars['ID']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<NetworkFilter>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryNetworkChangeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  metric?: InfluenceMetric;
  scope?: InputMaybe<AnalysisScope>;
  to: Scalars['Date']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryNetworkOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<AnalysisScope>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  options?: InputMaybe<PathOptions>;
  to: Scalars['ID']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  k?: InputMaybe<Scalars['Int']['input']>;
  options?: InputMaybe<PathOptions>;
  to: Scalars['ID']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryPowerInterestGridArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  scope: Scalars['ID']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryProgramArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ProgramFilter>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryReadReportArgs = {
  input: ReadReportInput;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryRegionsArgs = {
  level?: InputMaybe<RegionLevel>;
  parent?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QuerySnapshotArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QuerySnapshotChangeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  metric?: InfluenceMetric;
  to?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QuerySnapshotsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QuerySourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryStakeholderArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryStakeholdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StakeholderOrder>;
  where?: InputMaybe<StakeholderFilter>;
};


/** Read operations: look-ups, lists, search, paths, influence and gaps. */
export type QueryUnengagedPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<PartnerScope>;
  since: Scalars['Date']['input'];
};

/** A report to read: its text and what is known about where it was published. */
export type ReadReportInput = {
  /** Who wrote it. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** When it was published; without it, the dateline's date ("Selasa (15/1/2025)") is used. */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The outlet that published it; it becomes a news outlet reporting the event. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The report's text, as published (at most 60,000 characters). */
  text: Scalars['String']['input'];
  /** Its headline; without one, the first line is used. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where it was published (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A place in the Indonesian administrative hierarchy. */
export type Region = Node & {
  __typename?: 'Region';
  /** The regions directly below it. */
  children: Array<Region>;
  /** Stable, readable id (lowercase words joined by hyphens). */
  id: Scalars['ID']['output'];
  /** Administrative level. */
  level: RegionLevel;
  /** Official name (Kota Bontang, Kabupaten Bekasi). */
  name: Scalars['String']['output'];
  /** The region it is part of (a city's province). */
  parent?: Maybe<Region>;
  /** Stakeholders based in it or below it (1-100). */
  stakeholders: Array<Stakeholder>;
};


/** A place in the Indonesian administrative hierarchy. */
export type RegionStakeholdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A region to create or update. */
export type RegionInput = {
  /** Stable id: lowercase letters, digits and single hyphens, at most 120 characters. */
  id: Scalars['ID']['input'];
  /** Administrative level. */
  level: RegionLevel;
  /** Name (1-300 characters). */
  name: Scalars['String']['input'];
  /** Id of the region it lies within. */
  partOf?: InputMaybe<Scalars['ID']['input']>;
};

/** Indonesian administrative levels. */
export type RegionLevel =
  /** Kota. */
  | 'CITY'
  /** The country. */
  | 'COUNTRY'
  /** Kecamatan. */
  | 'DISTRICT'
  /** Provinsi. */
  | 'PROVINCE'
  /** Kabupaten. */
  | 'REGENCY'
  /** Kelurahan or desa. */
  | 'VILLAGE';

/** What a proposal matches in the graph. */
export type ReportMatch = {
  __typename?: 'ReportMatch';
  /** For an exact match: by id, name or alias. */
  by?: Maybe<Scalars['String']['output']>;
  /** Id of the matching item (exact and similar). */
  id?: Maybe<Scalars['ID']['output']>;
  /** Exact, similar or new. */
  kind: ReportMatchKind;
  /** Name of the matching item. */
  name?: Maybe<Scalars['String']['output']>;
  /** For a similar match: 1 - edit distance / length of the longer name. */
  score?: Maybe<Scalars['Float']['output']>;
};

/** How a proposal relates to what the graph already holds. */
export type ReportMatchKind =
  /** The graph holds it (same id, name or alias): the draft adds facts to it instead of a duplicate. */
  | 'EXACT'
  /** Nothing like it in the graph: importing creates it. */
  | 'NEW'
  /** A name at least 0.8 similar is in the graph: confirm before importing. */
  | 'SIMILAR';

/** One item the reader proposes, with the sentence it came from. */
export type ReportProposal = {
  __typename?: 'ReportProposal';
  /** Which collection of the draft holds it: stakeholders, people, programs, participations or collaborations. */
  collection: Scalars['String']['output'];
  /** How directly the sentence states it: 0.9 stated, 0.8 named, 0.6 inferred from the report, 0.5 guessed. */
  confidence: Scalars['Float']['output'];
  /** What it is: helix and kind, office, programme kind and date, role, tie kind. */
  detail: Scalars['String']['output'];
  /** Its id in the draft (for a participation: stakeholder--program--role). */
  id: Scalars['ID']['output'];
  /** A name to show. */
  label: Scalars['String']['output'];
  /** What it matches in the graph. */
  match: ReportMatch;
  /** Where the quote starts in the text (characters from the start). */
  offset: Scalars['Int']['output'];
  /** The sentence of the report it came from, verbatim. */
  quote: Scalars['String']['output'];
};

/** A report read into a draft: nothing is written until a person imports the reviewed draft. */
export type ReportReading = {
  __typename?: 'ReportReading';
  /**
   * The draft in the import dataset format (the JSON of seeds/pentahelix.json): one source, and
   * every item citing it with its quote and confidence. Known items are referred to by their graph
   * id instead of being proposed again. Pass it to importGraph (format JSON, dryRun first).
   */
  draft: Scalars['String']['output'];
  /** Every proposal, in the order of the draft, with its match in the graph. */
  proposals: Array<ReportProposal>;
};

/** A role a credential grants, in increasing order of power. */
export type Role =
  /** Also manages API keys, reads the audit trail and imports data. */
  | 'ADMIN'
  /** Also writes: stakeholders, programs, collaborations, participations, sources; sees contact details. */
  | 'EDITOR'
  /** Reads the graph and its analytics. */
  | 'VIEWER';

/** A search hit with its relevance. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The stakeholder, program or person found. */
  node: SearchResult;
  /** Relevance (higher is better); only comparable within one search. */
  score: Scalars['Float']['output'];
};

/** Something found by search: an organisation, a programme or a person. */
export type SearchResult = Person | Program | Stakeholder;

/** A stakeholder's place in a snapshot's ranking. */
export type SnapshotEntry = {
  __typename?: 'SnapshotEntry';
  /** 1 = first. */
  rank: Scalars['Int']['output'];
  /** The score then. */
  score: Scalars['Float']['output'];
  /** The stakeholder. */
  stakeholder: Stakeholder;
};

/** A snapshot to take. */
export type SnapshotInput = {
  /** A name for it, 1-200 characters. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Part of the network (default: all of it); with asOf, the figures describe that date. */
  scope?: InputMaybe<AnalysisScope>;
};

/** Sort direction. */
export type SortDirection =
  /** Ascending (A to Z, smallest first). */
  | 'ASC'
  /** Descending (Z to A, largest first). */
  | 'DESC';

/** A document that reports facts of the graph: the evidence behind them. */
export type Source = Node & {
  __typename?: 'Source';
  /** Who wrote it. */
  author?: Maybe<Scalars['String']['output']>;
  /** What it reports: the stakeholders, programs, collaborations and participations it is evidence for, by kind then id. */
  citations: Array<Citation>;
  /** Stable, readable id (lowercase words joined by hyphens). */
  id: Scalars['ID']['output'];
  /** What kind of document it is. */
  kind: SourceKind;
  /** Language code (`id` for Bahasa Indonesia). */
  language: Scalars['String']['output'];
  /** When it was published or the event it reports took place. */
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** Who published it (PRANALA.co). */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Headline or title. */
  title: Scalars['String']['output'];
  /** Where it can be read. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A document that reports facts of the graph: the evidence behind them. */
export type SourceCitationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A source to create or update. */
export type SourceInput = {
  /** Who wrote it. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** Stable id: lowercase letters, digits and single hyphens, at most 120 characters. */
  id: Scalars['ID']['input'];
  /** What kind of document it is (NEWS_ARTICLE when omitted). */
  kind?: InputMaybe<SourceKind>;
  /** Language code ('id' when omitted). */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Publication date. */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Headline or title (1-500 characters). */
  title: Scalars['String']['input'];
  /** An http(s) URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of document a source is. */
export type SourceKind =
  /** Decree (SK). */
  | 'DECREE'
  /** Meeting minutes (notulen). */
  | 'MINUTES'
  /** Memorandum of understanding. */
  | 'MOU'
  /** A news article. */
  | 'NEWS_ARTICLE'
  /** Anything else. */
  | 'OTHER'
  /** Regulation (Perda, Perwali). */
  | 'REGULATION'
  /** A report. */
  | 'REPORT'
  /** A web page. */
  | 'WEBSITE';

/**
 * An organisation or group that takes part in regional development: a city government, one of
 * its offices, a company, a university, a community organisation, a news outlet.
 */
export type Stakeholder = Node & {
  __typename?: 'Stakeholder';
  /** Other names it goes by: abbreviations, full Indonesian names, English glosses. */
  aliases: Array<Scalars['String']['output']>;
  /** Its assessments, newest first: the history of how it was judged. */
  assessments: Array<Assessment>;
  /** The collaborations it is a party to, most recent first. */
  collaborations: Array<Collaboration>;
  /** When it was first recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** What it is and does. */
  description?: Maybe<Scalars['String']['output']>;
  /** Sources that report on it. */
  evidence: Array<Evidence>;
  /** Which of the five helices it belongs to. */
  helix: Helix;
  /** Stable, readable id, e.g. `masata-bontang`. */
  id: Scalars['ID']['output'];
  /** Its openness (E-I index) and brokerage roles within a scope (default: the whole network); null outside the scope. */
  indicators?: Maybe<StakeholderIndicators>;
  /** Influence figures in the whole network (or a scope). */
  influence?: Maybe<StakeholderInfluence>;
  /** Its finer type. */
  kind: StakeholderKind;
  /** Official name, e.g. `DPC MASATA Kota Bontang`. */
  name: Scalars['String']['output'];
  /** People holding an office in it (Wali Kota, Bupati...), current ones first. */
  officeHolders: Array<Office>;
  /** The organisation it is a unit of (Disnaker is a unit of Pemkot Bontang). */
  parent?: Maybe<Stakeholder>;
  /** The programs, events and meetings it takes part in, most recent first. */
  participations: Array<Participation>;
  /** How many stakeholders it works with. */
  partnerCount: Scalars['Int']['output'];
  /** The stakeholders it works with (derived from shared collaborations and programs), strongest first. */
  partners: Array<Tie>;
  /** The region it is based in. */
  region?: Maybe<Region>;
  /** Free tags (sector, theme). */
  tags: Array<Scalars['String']['output']>;
  /** Its units (offices, branches), by name. */
  units: Array<Stakeholder>;
  /** When its details last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /**
   * Whether the caller may change it (edit, delete, assess it, log an interaction with it, merge it): false for viewers; true for editors and admins, except
   * that an editor whose credential is limited to regions or programmes (`viewer.scope`) may change
   * only what lies inside them, by the rule that refuses such an editor's writes with FORBIDDEN (an
   * item nothing places yet is in no one's area, so any editor may change it).
   */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Its website. */
  website?: Maybe<Scalars['String']['output']>;
};


/**
 * An organisation or group that takes part in regional development: a city government, one of
 * its offices, a company, a university, a community organisation, a news outlet.
 */
export type StakeholderAssessmentsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * An organisation or group that takes part in regional development: a city government, one of
 * its offices, a company, a university, a community organisation, a news outlet.
 */
export type StakeholderCollaborationsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<CollaborationStatus>;
};


/**
 * An organisation or group that takes part in regional development: a city government, one of
 * its offices, a company, a university, a community organisation, a news outlet.
 */
export type StakeholderIndicatorsArgs = {
  scope?: InputMaybe<AnalysisScope>;
};


/**
 * An organisation or group that takes part in regional development: a city government, one of
 * its offices, a company, a university, a community organisation, a news outlet.
 */
export type StakeholderInfluenceArgs = {
  scope?: InputMaybe<AnalysisScope>;
};


/**
 * An organisation or group that takes part in regional development: a city government, one of
 * its offices, a company, a university, a community organisation, a news outlet.
 */
export type StakeholderPartnersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  helices?: InputMaybe<Array<Helix>>;
};

/** A page of stakeholders. */
export type StakeholderConnection = {
  __typename?: 'StakeholderConnection';
  /** The items with their cursors. */
  edges: Array<StakeholderEdge>;
  /** The items. */
  nodes: Array<Stakeholder>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many stakeholders match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** Two stakeholders that are likely one organisation. */
export type StakeholderDuplicate = {
  __typename?: 'StakeholderDuplicate';
  /** The one with the lower id. */
  a: Stakeholder;
  /** The other one. */
  b: Stakeholder;
  /** Why, strongest first. */
  reasons: Array<DuplicateReason>;
  /** Likelihood in [0, 1] (pairs from 0.55 up are offered); a sum of the reasons' weights, not a calibrated probability. */
  score: Scalars['Float']['output'];
};

/** A stakeholder in a page. */
export type StakeholderEdge = {
  __typename?: 'StakeholderEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Stakeholder;
};

/** Filters on stakeholders; all given conditions must hold. */
export type StakeholderFilter = {
  /** Party to a collaboration, or in a program, active on this date. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /**
   * As the network stood on this date: party to a collaboration or in a program started by then,
   * and `hasTiesTo`/`lacksTiesTo` judged on the ties that existed then.
   */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Having at least one partner in each of these helices. */
  hasTiesTo?: InputMaybe<Array<Helix>>;
  /** Only these helices. */
  helices?: InputMaybe<Array<Helix>>;
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<StakeholderKind>>;
  /** Having no partner in any of these helices. */
  lacksTiesTo?: InputMaybe<Array<Helix>>;
  /** Taking part in this program (or one of its sub-programs), or party to a collaboration under it. */
  program?: InputMaybe<Scalars['ID']['input']>;
  /** Working in this region or any region below it (a province includes its cities): based there, or taking part in a program held there (directly or through a collaboration under it). */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Name or alias contains this text (case- and accent-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A stakeholder's openness and brokerage within a scope. */
export type StakeholderIndicators = {
  __typename?: 'StakeholderIndicators';
  /** The pairs of partners it brokers, by role. */
  brokerage: BrokerageCounts;
  /** The same pairs by the helices of the two partners, most first. */
  brokeredPairs: Array<BrokeredHelixPair>;
  /** E-I index of its ties: to other helices against its own (expected is null). */
  openness: EiIndex;
};

/** A stakeholder's influence figures within a scope. */
export type StakeholderInfluence = {
  __typename?: 'StakeholderInfluence';
  /** Whether its removal would split the network (a single point of failure). */
  articulationPoint: Scalars['Boolean']['output'];
  /** Share of shortest paths between others through it, in [0, 1] (sampled above 5,000 stakeholders). */
  betweenness: Scalars['Float']['output'];
  /** Wasserman-Faust closeness, in [0, 1]. */
  closeness: Scalars['Float']['output'];
  /** The community (Louvain) it belongs to. */
  community: Scalars['Int']['output'];
  /** When these figures were computed. */
  computedAt: Scalars['DateTime']['output'];
  /** Number of partners. */
  degree: Scalars['Int']['output'];
  /** Weighted eigenvector centrality, the largest in scope being 1. */
  eigenvector: Scalars['Float']['output'];
  /** Normalised entropy of its partners' helices, in [0, 1]: 1 = partners spread evenly over all five. */
  helixDiversity: Scalars['Float']['output'];
  /** Weighted PageRank (damping 0.85); sums to 1 over the scope. */
  pageRank: Scalars['Float']['output'];
  /** Partners per helix: the inputs of helix diversity. */
  partnersByHelix: Array<HelixCount>;
  /** Stakeholders within two hops. */
  reach: Scalars['Int']['output'];
  /** Sum of the strengths of its ties. */
  weightedDegree: Scalars['Float']['output'];
};

/** A stakeholder to create or update (upsert by id). */
export type StakeholderInput = {
  /** Other names. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What it is, in a few sentences. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Sources reporting on it. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** Which of the five helices it belongs to. */
  helix: Helix;
  /** Stable id: lowercase letters, digits and single hyphens, at most 120 characters. */
  id: Scalars['ID']['input'];
  /** Its finer type. */
  kind: StakeholderKind;
  /** Official name (1-300 characters). */
  name: Scalars['String']['input'];
  /** Id of the region it is based in. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** Free tags (sector, theme). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Id of the organisation it is a unit of. */
  unitOf?: InputMaybe<Scalars['ID']['input']>;
  /** An http(s) URL. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The finer type of a stakeholder, in the words Indonesian coordinators use. */
export type StakeholderKind =
  /** Business association or a group of businesses. */
  | 'BUSINESS_ASSOCIATION'
  /** Pemerintah Kota (Pemkot). */
  | 'CITY_GOVERNMENT'
  /** Community organisation (MASATA, women's organisations). */
  | 'COMMUNITY_ORGANISATION'
  /** Consultancy. */
  | 'CONSULTANCY'
  /** Kecamatan office (camat). */
  | 'DISTRICT_OFFICE'
  /** Industrial estate operator (kawasan industri). */
  | 'INDUSTRIAL_ESTATE'
  /** Regional leadership forum (Forkopimda). */
  | 'LEADERSHIP_FORUM'
  /** Kementerian or other central government body. */
  | 'NATIONAL_GOVERNMENT'
  /** News outlet. */
  | 'NEWS_OUTLET'
  /** Non-governmental organisation. */
  | 'NGO'
  /** Anything else. */
  | 'OTHER'
  /** Private company. */
  | 'PRIVATE_COMPANY'
  /** Pemerintah Provinsi. */
  | 'PROVINCIAL_GOVERNMENT'
  /** Pemerintah Kabupaten (Pemkab). */
  | 'REGENCY_GOVERNMENT'
  /** Regional council (DPRD). */
  | 'REGIONAL_COUNCIL'
  /** A regional office (OPD): dinas, badan, sekretariat (Disnaker, Bapperida). */
  | 'REGIONAL_OFFICE'
  /** Research institute. */
  | 'RESEARCH_INSTITUTE'
  /** School (SMK and other vocational schools included). */
  | 'SCHOOL'
  /** State-owned company (BUMN) or its subsidiary. */
  | 'STATE_OWNED_COMPANY'
  /** University (universitas, institut, politeknik). */
  | 'UNIVERSITY'
  /** Kelurahan or desa office (lurah, kepala desa). */
  | 'VILLAGE_OFFICE';

/** The result of merging two stakeholders. */
export type StakeholderMergePayload = {
  __typename?: 'StakeholderMergePayload';
  /** The merged id: it now resolves to the kept stakeholder. */
  mergedId: Scalars['ID']['output'];
  /** The kept stakeholder, with everything of the merged one. */
  stakeholder: Stakeholder;
};

/** Sort order of stakeholders; ties are broken by id so pages are stable. */
export type StakeholderOrder = {
  /** Ascending (default) or descending. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: StakeholderOrderField;
  /** The measure, with field INFLUENCE (and only then). */
  metric?: InputMaybe<InfluenceMetric>;
};

/** What to sort stakeholders by. */
export type StakeholderOrderField =
  /** By an influence measure (StakeholderOrder.metric) in the whole network, as of where.asOf if given. */
  | 'INFLUENCE'
  /** Alphabetically by name. */
  | 'NAME'
  /** Number of partners. */
  | 'PARTNER_COUNT'
  /** By when the details last changed. */
  | 'UPDATED_AT';

/** Result of an upsert. */
export type StakeholderPayload = {
  __typename?: 'StakeholderPayload';
  /** True when the stakeholder did not exist before. */
  created: Scalars['Boolean']['output'];
  /** The stakeholder as stored after the write. */
  stakeholder: Stakeholder;
};

/** How one stakeholder's standing moved between two dates. */
export type StandingChange = {
  __typename?: 'StandingChange';
  /** Rank on the later date. */
  rankAfter: Scalars['Int']['output'];
  /** Rank on the earlier date (1 = first). */
  rankBefore: Scalars['Int']['output'];
  /** Places gained (positive) or lost (negative). */
  rankChange: Scalars['Int']['output'];
  /** Score on the later date. */
  scoreAfter: Scalars['Float']['output'];
  /** Score on the earlier date. */
  scoreBefore: Scalars['Float']['output'];
  /** The stakeholder. */
  stakeholder: Stakeholder;
};

/**
 * Live updates, over Server-Sent Events: POST the subscription to /graphql with
 * `Accept: text/event-stream` (or GET with the query in the URL). Same role rules as queries.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Committed changes that concern a scope (default: the whole network), within a second of their
   * commit on any replica. A burst is told as one event (at most a few per second). `since` (a
   * `graphVersion` you read) first tells every change after it, or RELOAD when the log no longer
   * has them all.
   */
  graphChanged: GraphChangeEvent;
  /**
   * A ranking's top, each time it moves (who is in it, or their order). The first event is the
   * current top. Computed only while someone listens, after changes in the scope.
   */
  influenceChanged: InfluenceChange;
};


/**
 * Live updates, over Server-Sent Events: POST the subscription to /graphql with
 * `Accept: text/event-stream` (or GET with the query in the URL). Same role rules as queries.
 */
export type SubscriptionGraphChangedArgs = {
  scope?: InputMaybe<AnalysisScope>;
  since?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Live updates, over Server-Sent Events: POST the subscription to /graphql with
 * `Accept: text/event-stream` (or GET with the query in the URL). Same role rules as queries.
 */
export type SubscriptionInfluenceChangedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  metric?: InfluenceMetric;
  scope?: InputMaybe<AnalysisScope>;
};

/** What helix synergy is counted over: each unit is one observation of which helices are present. */
export type SynergyUnit =
  /** Each collaboration: the helices among its parties in the scope. */
  | 'COLLABORATIONS'
  /** Each program, event or meeting: the helices among its participants in the scope. */
  | 'PROGRAMS';

/**
 * The derived tie between two stakeholders that share at least one collaboration or program.
 * It is maintained with the facts behind it and never written by hand.
 */
export type Tie = {
  __typename?: 'Tie';
  /** Number of collaborations both are parties to. */
  collaborations: Scalars['Int']['output'];
  /** Number of distinct sources behind those facts, plus the interactions both took part in (each one piece of evidence). */
  evidence: Scalars['Int']['output'];
  /** The stakeholder at the other end. */
  partner: Stakeholder;
  /** Number of programs, events and meetings both take part in. */
  programs: Scalars['Int']['output'];
  /** Strength: the sum of the collaborations' strengths plus 0.5 per shared program. */
  weight: Scalars['Float']['output'];
};

/**
 * Leydesdorff's mutual information among three helices (Leydesdorff 2003):
 * T = H(X) + H(Y) + H(Z) - H(XY) - H(XZ) - H(YZ) + H(XYZ), where X, Y, Z say whether each helix is
 * present in a unit (a collaboration, a program). Negative T is synergy: knowing the three together
 * says more than the pairs do, as when each collaboration brings in whichever helix the other two lack.
 */
export type TriadSynergy = {
  __typename?: 'TriadSynergy';
  /** The three helices, in pentahelix order. */
  helices: Array<Helix>;
  /** T in millibits (thousandths of a bit); negative = synergy, positive = the helices move together or apart as blocks. */
  millibits: Scalars['Float']['output'];
  /** How many units (collaborations, programs) it was counted over. */
  units: Scalars['Int']['output'];
};

/** A stakeholder in a scope without an interaction since a date, with its last one. */
export type UnengagedPartner = {
  __typename?: 'UnengagedPartner';
  /** The day of its last interaction (before the date asked), null if none was ever logged. */
  lastEngagedOn?: Maybe<Scalars['Date']['output']>;
  /** The stakeholder. */
  stakeholder: Stakeholder;
};

/** A page of stakeholders not engaged since a date. */
export type UnengagedPartnerConnection = {
  __typename?: 'UnengagedPartnerConnection';
  /** The items with their cursors. */
  edges: Array<UnengagedPartnerEdge>;
  /** The items. */
  nodes: Array<UnengagedPartner>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many items match, in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A stakeholder not engaged since a date, in a page. */
export type UnengagedPartnerEdge = {
  __typename?: 'UnengagedPartnerEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: UnengagedPartner;
};

/** Who is calling: what the caller may do, so a client can show or hide write forms. */
export type Viewer = {
  __typename?: 'Viewer';
  /** True when the request carried an accepted credential (API key or token). */
  authenticated: Scalars['Boolean']['output'];
  /** The caller's effective role (an anonymous caller gets the deployment's anonymous role). */
  role: Role;
  /** Where the caller may write, when its credential is limited to regions or programmes; null: wherever its role may. */
  scope?: Maybe<WriteScope>;
};

/**
 * A URL told about committed changes. Each delivery is a JSON POST signed with the hook's secret:
 * `X-Pentahelix-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` (see the README's
 * Webhooks section).
 */
export type Webhook = {
  __typename?: 'Webhook';
  /** Changes of these kinds are delivered. */
  changes: Array<ItemChange>;
  /** When the hook was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Who registered it (`key:<api key id>`, `jwt:<subject>`). */
  createdBy: Scalars['String']['output'];
  /** Its deliveries, newest first, each with the log of its attempts. */
  deliveries: Array<WebhookDelivery>;
  /** What the hook is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** Id of the hook. */
  id: Scalars['ID']['output'];
  /** Changes to items of these types are delivered. */
  items: Array<ChangedItemType>;
  /** Where deliveries are POSTed. */
  url: Scalars['String']['output'];
};


/**
 * A URL told about committed changes. Each delivery is a JSON POST signed with the hook's secret:
 * `X-Pentahelix-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` (see the README's
 * Webhooks section).
 */
export type WebhookDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DeliveryStatus>;
};

/** One committed change told to one hook, with every attempt to deliver it. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** When the change was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** When a receiver accepted it. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** `graph.changed`, or `graph.reload` when the log missed changes and a receiver should re-read what it mirrors. */
  event: Scalars['String']['output'];
  /** Id of the delivery, sent as `X-Pentahelix-Delivery` with each attempt (a receiver drops repeats by it). */
  id: Scalars['ID']['output'];
  /** The attempts, first to last. */
  log: Array<DeliveryAttempt>;
  /** When the next attempt is due (null once delivered or failed). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the delivery stands. */
  status: DeliveryStatus;
  /** The graph version the change produced. */
  version: Scalars['Int']['output'];
};

/** A hook to register. */
export type WebhookInput = {
  /** Changes of these kinds are delivered (default: all). */
  changes?: InputMaybe<Array<ItemChange>>;
  /** What the hook is for, up to 200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Changes to items of these types are delivered (default: all). */
  items?: InputMaybe<Array<ChangedItemType>>;
  /** An http or https URL; private, loopback and link-local addresses are refused unless the deployment allows them. */
  url: Scalars['String']['input'];
};

/**
 * The regions and programmes a scoped editor writes in. An item is inside when it falls within any
 * of them: a region includes the regions inside it, a programme its sub-programmes. Reads are not
 * limited.
 */
export type WriteScope = {
  __typename?: 'WriteScope';
  /** Ids of the programmes the caller may write in, each with its sub-programmes. */
  programIds: Array<Scalars['ID']['output']>;
  /** Those programmes (one the graph no longer has is left out here, not from the scope). */
  programs: Array<Program>;
  /** Ids of the regions the caller may write in, each with every region inside it. */
  regionIds: Array<Scalars['ID']['output']>;
  /** Those regions (one the graph no longer has is left out here, not from the scope). */
  regions: Array<Region>;
};

/** Where a new key may write: at least one region or programme. */
export type WriteScopeInput = {
  /** Programme ids; each includes its sub-programmes. */
  programs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Region ids; each includes the regions inside it. */
  regions?: InputMaybe<Array<Scalars['ID']['input']>>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  AssessmentScope:
    | ( ProgramRow )
    | ( RegionRow )
  ;
  CitedFact:
    | ( CollaborationRow )
    | ( ParticipationRow )
    | ( ProgramRow )
    | ( StakeholderRow )
  ;
  SearchResult:
    | ( PersonRow )
    | ( ProgramRow )
    | ( StakeholderRow )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( CollaborationRow )
    | ( InteractionRow )
    | ( PersonRow )
    | ( ProgramRow )
    | ( RegionRow )
    | ( SourceRow )
    | ( StakeholderRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AnalysisScope: AnalysisScope;
  ApiKey: ResolverTypeWrapper<ApiKeyRecord>;
  Assessment: ResolverTypeWrapper<AssessmentRow>;
  AssessmentInput: AssessmentInput;
  AssessmentPayload: ResolverTypeWrapper<Omit<AssessmentPayload, 'assessment'> & { assessment: ResolversTypes['Assessment'] }>;
  AssessmentScope: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AssessmentScope']>;
  Attitude: Attitude;
  AuditEvent: ResolverTypeWrapper<AuditEventRow>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AuditEventEdge']>, nodes: Array<ResolversTypes['AuditEvent']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditFilter: AuditFilter;
  AuditOutcome: AuditOutcome;
  BalanceScore: ResolverTypeWrapper<BalanceScore>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BrokerEntry: ResolverTypeWrapper<BrokerEntryRow>;
  BrokerRanking: ResolverTypeWrapper<Omit<BrokerRanking, 'entries'> & { entries: Array<ResolversTypes['BrokerEntry']> }>;
  BrokerageCounts: ResolverTypeWrapper<BrokerageCounts>;
  BrokerageRole: BrokerageRole;
  BrokeredHelixPair: ResolverTypeWrapper<BrokeredHelixPair>;
  BrokeredPair: ResolverTypeWrapper<BrokeredPairRow>;
  ChangedItem: ResolverTypeWrapper<ChangedItem>;
  ChangedItemType: ChangedItemType;
  Citation: ResolverTypeWrapper<CitationRow>;
  CitedFact: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CitedFact']>;
  Collaboration: ResolverTypeWrapper<CollaborationRow>;
  CollaborationConnection: ResolverTypeWrapper<Omit<CollaborationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CollaborationEdge']>, nodes: Array<ResolversTypes['Collaboration']> }>;
  CollaborationEdge: ResolverTypeWrapper<Omit<CollaborationEdge, 'node'> & { node: ResolversTypes['Collaboration'] }>;
  CollaborationFilter: CollaborationFilter;
  CollaborationGaps: ResolverTypeWrapper<CollaborationGapsRow>;
  CollaborationInput: CollaborationInput;
  CollaborationKind: CollaborationKind;
  CollaborationPatch: CollaborationPatch;
  CollaborationPayload: ResolverTypeWrapper<Omit<CollaborationPayload, 'collaboration'> & { collaboration: ResolversTypes['Collaboration'] }>;
  CollaborationStatus: CollaborationStatus;
  ConnectorsResult: ResolverTypeWrapper<Omit<ConnectorsResult, 'intermediaries' | 'unreachable'> & { intermediaries: Array<ResolversTypes['Stakeholder']>, unreachable: Array<ResolversTypes['Stakeholder']> }>;
  Contact: ResolverTypeWrapper<Contact>;
  CountDimension: CountDimension;
  CountedItem: CountedItem;
  CreatedApiKey: ResolverTypeWrapper<Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  CreatedWebhook: ResolverTypeWrapper<Omit<CreatedWebhook, 'webhook'> & { webhook: ResolversTypes['Webhook'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  DeliveryAttempt: ResolverTypeWrapper<DeliveryAttemptRow>;
  DeliveryStatus: DeliveryStatus;
  DuplicateCandidates: ResolverTypeWrapper<DuplicateCandidatesRow>;
  DuplicateReason: ResolverTypeWrapper<DuplicateReason>;
  DuplicateReasonKind: DuplicateReasonKind;
  DuplicateScope: DuplicateScope;
  EiIndex: ResolverTypeWrapper<EiIndex>;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  EvidenceInput: EvidenceInput;
  ExportFile: ResolverTypeWrapper<ExportFile>;
  ExportFormat: ExportFormat;
  ExportInput: ExportInput;
  ExportScope: ExportScope;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUp: ResolverTypeWrapper<FollowUpRow>;
  FollowUpConnection: ResolverTypeWrapper<Omit<FollowUpConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['FollowUpEdge']>, nodes: Array<ResolversTypes['FollowUp']> }>;
  FollowUpEdge: ResolverTypeWrapper<Omit<FollowUpEdge, 'node'> & { node: ResolversTypes['FollowUp'] }>;
  FollowUpFilter: FollowUpFilter;
  FollowUpInput: FollowUpInput;
  FollowUpPayload: ResolverTypeWrapper<Omit<FollowUpPayload, 'followUp'> & { followUp: ResolversTypes['FollowUp'] }>;
  FollowUpStatus: FollowUpStatus;
  GraphChangeEvent: ResolverTypeWrapper<GraphFeedEvent>;
  GraphChangeKind: GraphChangeKind;
  GridEntry: ResolverTypeWrapper<GridEntryRow>;
  GridFlag: GridFlag;
  GridQuadrant: GridQuadrant;
  GridThresholds: ResolverTypeWrapper<GridThresholds>;
  GroupCount: ResolverTypeWrapper<GroupCountRow>;
  GroupedCounts: ResolverTypeWrapper<Omit<GroupedCounts, 'groups'> & { groups: Array<ResolversTypes['GroupCount']> }>;
  Helix: Helix;
  HelixBroker: ResolverTypeWrapper<HelixBrokerRow>;
  HelixCount: ResolverTypeWrapper<HelixCount>;
  HelixIndicators: ResolverTypeWrapper<HelixIndicators>;
  HelixOpenness: ResolverTypeWrapper<HelixOpenness>;
  HelixPair: ResolverTypeWrapper<HelixPair>;
  HelixPairCell: ResolverTypeWrapper<HelixPairCell>;
  HelixShare: ResolverTypeWrapper<HelixShare>;
  Hop: ResolverTypeWrapper<HopRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportConfirmation: ImportConfirmation;
  ImportCount: ResolverTypeWrapper<ImportCount>;
  ImportFileInput: ImportFileInput;
  ImportFormat: ImportFormat;
  ImportFuzzyMatch: ResolverTypeWrapper<ImportFuzzyMatch>;
  ImportInput: ImportInput;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  InfluenceChange: ResolverTypeWrapper<InfluenceChangeRow>;
  InfluenceEntry: ResolverTypeWrapper<InfluenceEntryRow>;
  InfluenceMetric: InfluenceMetric;
  InfluenceRanking: ResolverTypeWrapper<Omit<InfluenceRanking, 'entries'> & { entries: Array<ResolversTypes['InfluenceEntry']> }>;
  InfluencerEntry: ResolverTypeWrapper<InfluencerEntryRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Interaction: ResolverTypeWrapper<InteractionRow>;
  InteractionConnection: ResolverTypeWrapper<Omit<InteractionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InteractionEdge']>, nodes: Array<ResolversTypes['Interaction']> }>;
  InteractionEdge: ResolverTypeWrapper<Omit<InteractionEdge, 'node'> & { node: ResolversTypes['Interaction'] }>;
  InteractionFilter: InteractionFilter;
  InteractionInput: InteractionInput;
  InteractionKind: InteractionKind;
  InteractionPatch: InteractionPatch;
  InteractionPayload: ResolverTypeWrapper<Omit<InteractionPayload, 'interaction'> & { interaction: ResolversTypes['Interaction'] }>;
  ItemChange: ItemChange;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Network: ResolverTypeWrapper<Omit<Network, 'nodes'> & { nodes: Array<ResolversTypes['NetworkNode']> }>;
  NetworkChange: ResolverTypeWrapper<NetworkChangeRow>;
  NetworkEdge: ResolverTypeWrapper<NetworkEdge>;
  NetworkFilter: NetworkFilter;
  NetworkNode: ResolverTypeWrapper<NetworkNodeRow>;
  NetworkSnapshot: ResolverTypeWrapper<SnapshotSummary>;
  NoPathReason: NoPathReason;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Office: ResolverTypeWrapper<OfficeRow>;
  OfficeInput: OfficeInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participation: ResolverTypeWrapper<ParticipationRow>;
  ParticipationInput: ParticipationInput;
  ParticipationPayload: ResolverTypeWrapper<Omit<ParticipationPayload, 'participation'> & { participation: ResolversTypes['Participation'] }>;
  ParticipationRole: ParticipationRole;
  PartnerScope: PartnerScope;
  PartnershipSuggestion: ResolverTypeWrapper<PartnershipSuggestionRow>;
  Party: ResolverTypeWrapper<PartyRow>;
  PartyInput: PartyInput;
  Path: ResolverTypeWrapper<PathRow>;
  PathOptions: PathOptions;
  PathResult: ResolverTypeWrapper<Omit<PathResult, 'path'> & { path?: Maybe<ResolversTypes['Path']> }>;
  PathsResult: ResolverTypeWrapper<Omit<PathsResult, 'paths'> & { paths: Array<ResolversTypes['Path']> }>;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonDuplicate: ResolverTypeWrapper<DuplicatePair>;
  PersonInput: PersonInput;
  PersonMergePayload: ResolverTypeWrapper<MergeResult>;
  Position: Position;
  PowerInterestGrid: ResolverTypeWrapper<PowerInterestGridRow>;
  Program: ResolverTypeWrapper<ProgramRow>;
  ProgramConnection: ResolverTypeWrapper<Omit<ProgramConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProgramEdge']>, nodes: Array<ResolversTypes['Program']> }>;
  ProgramEdge: ResolverTypeWrapper<Omit<ProgramEdge, 'node'> & { node: ResolversTypes['Program'] }>;
  ProgramFilter: ProgramFilter;
  ProgramGap: ResolverTypeWrapper<ProgramGapRow>;
  ProgramInput: ProgramInput;
  ProgramKind: ProgramKind;
  ProgramPayload: ResolverTypeWrapper<Omit<ProgramPayload, 'program'> & { program: ResolversTypes['Program'] }>;
  QuadrantCount: ResolverTypeWrapper<QuadrantCount>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReadReportInput: ReadReportInput;
  Region: ResolverTypeWrapper<RegionRow>;
  RegionInput: RegionInput;
  RegionLevel: RegionLevel;
  ReportMatch: ResolverTypeWrapper<ReportMatch>;
  ReportMatchKind: ReportMatchKind;
  ReportProposal: ResolverTypeWrapper<ReportProposal>;
  ReportReading: ResolverTypeWrapper<ReportReading>;
  Role: Role;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['SearchResult'] }>;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  SnapshotEntry: ResolverTypeWrapper<SnapshotEntryRow>;
  SnapshotInput: SnapshotInput;
  SortDirection: SortDirection;
  Source: ResolverTypeWrapper<SourceRow>;
  SourceInput: SourceInput;
  SourceKind: SourceKind;
  Stakeholder: ResolverTypeWrapper<StakeholderRow>;
  StakeholderConnection: ResolverTypeWrapper<Omit<StakeholderConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['StakeholderEdge']>, nodes: Array<ResolversTypes['Stakeholder']> }>;
  StakeholderDuplicate: ResolverTypeWrapper<DuplicatePair>;
  StakeholderEdge: ResolverTypeWrapper<Omit<StakeholderEdge, 'node'> & { node: ResolversTypes['Stakeholder'] }>;
  StakeholderFilter: StakeholderFilter;
  StakeholderIndicators: ResolverTypeWrapper<StakeholderIndicators>;
  StakeholderInfluence: ResolverTypeWrapper<StakeholderInfluenceRow>;
  StakeholderInput: StakeholderInput;
  StakeholderKind: StakeholderKind;
  StakeholderMergePayload: ResolverTypeWrapper<MergeResult>;
  StakeholderOrder: StakeholderOrder;
  StakeholderOrderField: StakeholderOrderField;
  StakeholderPayload: ResolverTypeWrapper<Omit<StakeholderPayload, 'stakeholder'> & { stakeholder: ResolversTypes['Stakeholder'] }>;
  StandingChange: ResolverTypeWrapper<StandingChangeRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SynergyUnit: SynergyUnit;
  Tie: ResolverTypeWrapper<TieRow>;
  TriadSynergy: ResolverTypeWrapper<TriadSynergy>;
  UnengagedPartner: ResolverTypeWrapper<UnengagedRow>;
  UnengagedPartnerConnection: ResolverTypeWrapper<Omit<UnengagedPartnerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['UnengagedPartnerEdge']>, nodes: Array<ResolversTypes['UnengagedPartner']> }>;
  UnengagedPartnerEdge: ResolverTypeWrapper<Omit<UnengagedPartnerEdge, 'node'> & { node: ResolversTypes['UnengagedPartner'] }>;
  Viewer: ResolverTypeWrapper<Omit<Viewer, 'scope'> & { scope?: Maybe<ResolversTypes['WriteScope']> }>;
  Webhook: ResolverTypeWrapper<WebhookRecord>;
  WebhookDelivery: ResolverTypeWrapper<DeliveryRow>;
  WebhookInput: WebhookInput;
  WriteScope: ResolverTypeWrapper<WriteScopeModel>;
  WriteScopeInput: WriteScopeInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AnalysisScope: AnalysisScope;
  ApiKey: ApiKeyRecord;
  Assessment: AssessmentRow;
  AssessmentInput: AssessmentInput;
  AssessmentPayload: Omit<AssessmentPayload, 'assessment'> & { assessment: ResolversParentTypes['Assessment'] };
  AssessmentScope: ResolversUnionTypes<ResolversParentTypes>['AssessmentScope'];
  AuditEvent: AuditEventRow;
  AuditEventConnection: Omit<AuditEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AuditEventEdge']>, nodes: Array<ResolversParentTypes['AuditEvent']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditFilter: AuditFilter;
  BalanceScore: BalanceScore;
  Boolean: Scalars['Boolean']['output'];
  BrokerEntry: BrokerEntryRow;
  BrokerRanking: Omit<BrokerRanking, 'entries'> & { entries: Array<ResolversParentTypes['BrokerEntry']> };
  BrokerageCounts: BrokerageCounts;
  BrokeredHelixPair: BrokeredHelixPair;
  BrokeredPair: BrokeredPairRow;
  ChangedItem: ChangedItem;
  Citation: CitationRow;
  CitedFact: ResolversUnionTypes<ResolversParentTypes>['CitedFact'];
  Collaboration: CollaborationRow;
  CollaborationConnection: Omit<CollaborationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CollaborationEdge']>, nodes: Array<ResolversParentTypes['Collaboration']> };
  CollaborationEdge: Omit<CollaborationEdge, 'node'> & { node: ResolversParentTypes['Collaboration'] };
  CollaborationFilter: CollaborationFilter;
  CollaborationGaps: CollaborationGapsRow;
  CollaborationInput: CollaborationInput;
  CollaborationPatch: CollaborationPatch;
  CollaborationPayload: Omit<CollaborationPayload, 'collaboration'> & { collaboration: ResolversParentTypes['Collaboration'] };
  ConnectorsResult: Omit<ConnectorsResult, 'intermediaries' | 'unreachable'> & { intermediaries: Array<ResolversParentTypes['Stakeholder']>, unreachable: Array<ResolversParentTypes['Stakeholder']> };
  Contact: Contact;
  CreatedApiKey: Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  CreatedWebhook: Omit<CreatedWebhook, 'webhook'> & { webhook: ResolversParentTypes['Webhook'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeletePayload: DeletePayload;
  DeliveryAttempt: DeliveryAttemptRow;
  DuplicateCandidates: DuplicateCandidatesRow;
  DuplicateReason: DuplicateReason;
  DuplicateScope: DuplicateScope;
  EiIndex: EiIndex;
  Evidence: EvidenceRow;
  EvidenceInput: EvidenceInput;
  ExportFile: ExportFile;
  ExportInput: ExportInput;
  ExportScope: ExportScope;
  Float: Scalars['Float']['output'];
  FollowUp: FollowUpRow;
  FollowUpConnection: Omit<FollowUpConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['FollowUpEdge']>, nodes: Array<ResolversParentTypes['FollowUp']> };
  FollowUpEdge: Omit<FollowUpEdge, 'node'> & { node: ResolversParentTypes['FollowUp'] };
  FollowUpFilter: FollowUpFilter;
  FollowUpInput: FollowUpInput;
  FollowUpPayload: Omit<FollowUpPayload, 'followUp'> & { followUp: ResolversParentTypes['FollowUp'] };
  GraphChangeEvent: GraphFeedEvent;
  GridEntry: GridEntryRow;
  GridThresholds: GridThresholds;
  GroupCount: GroupCountRow;
  GroupedCounts: Omit<GroupedCounts, 'groups'> & { groups: Array<ResolversParentTypes['GroupCount']> };
  HelixBroker: HelixBrokerRow;
  HelixCount: HelixCount;
  HelixIndicators: HelixIndicators;
  HelixOpenness: HelixOpenness;
  HelixPair: HelixPair;
  HelixPairCell: HelixPairCell;
  HelixShare: HelixShare;
  Hop: HopRow;
  ID: Scalars['ID']['output'];
  ImportConfirmation: ImportConfirmation;
  ImportCount: ImportCount;
  ImportFileInput: ImportFileInput;
  ImportFuzzyMatch: ImportFuzzyMatch;
  ImportInput: ImportInput;
  ImportProblem: ImportProblem;
  ImportReport: ImportReport;
  InfluenceChange: InfluenceChangeRow;
  InfluenceEntry: InfluenceEntryRow;
  InfluenceRanking: Omit<InfluenceRanking, 'entries'> & { entries: Array<ResolversParentTypes['InfluenceEntry']> };
  InfluencerEntry: InfluencerEntryRow;
  Int: Scalars['Int']['output'];
  Interaction: InteractionRow;
  InteractionConnection: Omit<InteractionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InteractionEdge']>, nodes: Array<ResolversParentTypes['Interaction']> };
  InteractionEdge: Omit<InteractionEdge, 'node'> & { node: ResolversParentTypes['Interaction'] };
  InteractionFilter: InteractionFilter;
  InteractionInput: InteractionInput;
  InteractionPatch: InteractionPatch;
  InteractionPayload: Omit<InteractionPayload, 'interaction'> & { interaction: ResolversParentTypes['Interaction'] };
  Mutation: Record<PropertyKey, never>;
  Network: Omit<Network, 'nodes'> & { nodes: Array<ResolversParentTypes['NetworkNode']> };
  NetworkChange: NetworkChangeRow;
  NetworkEdge: NetworkEdge;
  NetworkFilter: NetworkFilter;
  NetworkNode: NetworkNodeRow;
  NetworkSnapshot: SnapshotSummary;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Office: OfficeRow;
  OfficeInput: OfficeInput;
  PageInfo: PageInfo;
  Participation: ParticipationRow;
  ParticipationInput: ParticipationInput;
  ParticipationPayload: Omit<ParticipationPayload, 'participation'> & { participation: ResolversParentTypes['Participation'] };
  PartnerScope: PartnerScope;
  PartnershipSuggestion: PartnershipSuggestionRow;
  Party: PartyRow;
  PartyInput: PartyInput;
  Path: PathRow;
  PathOptions: PathOptions;
  PathResult: Omit<PathResult, 'path'> & { path?: Maybe<ResolversParentTypes['Path']> };
  PathsResult: Omit<PathsResult, 'paths'> & { paths: Array<ResolversParentTypes['Path']> };
  Person: PersonRow;
  PersonDuplicate: DuplicatePair;
  PersonInput: PersonInput;
  PersonMergePayload: MergeResult;
  PowerInterestGrid: PowerInterestGridRow;
  Program: ProgramRow;
  ProgramConnection: Omit<ProgramConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProgramEdge']>, nodes: Array<ResolversParentTypes['Program']> };
  ProgramEdge: Omit<ProgramEdge, 'node'> & { node: ResolversParentTypes['Program'] };
  ProgramFilter: ProgramFilter;
  ProgramGap: ProgramGapRow;
  ProgramInput: ProgramInput;
  ProgramPayload: Omit<ProgramPayload, 'program'> & { program: ResolversParentTypes['Program'] };
  QuadrantCount: QuadrantCount;
  Query: Record<PropertyKey, never>;
  ReadReportInput: ReadReportInput;
  Region: RegionRow;
  RegionInput: RegionInput;
  ReportMatch: ReportMatch;
  ReportProposal: ReportProposal;
  ReportReading: ReportReading;
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['SearchResult'] };
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  SnapshotEntry: SnapshotEntryRow;
  SnapshotInput: SnapshotInput;
  Source: SourceRow;
  SourceInput: SourceInput;
  Stakeholder: StakeholderRow;
  StakeholderConnection: Omit<StakeholderConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['StakeholderEdge']>, nodes: Array<ResolversParentTypes['Stakeholder']> };
  StakeholderDuplicate: DuplicatePair;
  StakeholderEdge: Omit<StakeholderEdge, 'node'> & { node: ResolversParentTypes['Stakeholder'] };
  StakeholderFilter: StakeholderFilter;
  StakeholderIndicators: StakeholderIndicators;
  StakeholderInfluence: StakeholderInfluenceRow;
  StakeholderInput: StakeholderInput;
  StakeholderMergePayload: MergeResult;
  StakeholderOrder: StakeholderOrder;
  StakeholderPayload: Omit<StakeholderPayload, 'stakeholder'> & { stakeholder: ResolversParentTypes['Stakeholder'] };
  StandingChange: StandingChangeRow;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Tie: TieRow;
  TriadSynergy: TriadSynergy;
  UnengagedPartner: UnengagedRow;
  UnengagedPartnerConnection: Omit<UnengagedPartnerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['UnengagedPartnerEdge']>, nodes: Array<ResolversParentTypes['UnengagedPartner']> };
  UnengagedPartnerEdge: Omit<UnengagedPartnerEdge, 'node'> & { node: ResolversParentTypes['UnengagedPartner'] };
  Viewer: Omit<Viewer, 'scope'> & { scope?: Maybe<ResolversParentTypes['WriteScope']> };
  Webhook: WebhookRecord;
  WebhookDelivery: DeliveryRow;
  WebhookInput: WebhookInput;
  WriteScope: WriteScopeModel;
  WriteScopeInput: WriteScopeInput;
};

export type ApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['WriteScope']>, ParentType, ContextType>;
};

export type AssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = {
  assessedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  attitude?: Resolver<Maybe<ResolversTypes['Attitude']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interest?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  power?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quadrant?: Resolver<ResolversTypes['GridQuadrant'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['AssessmentScope'], ParentType, ContextType>;
  stakeholder?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AssessmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssessmentPayload'] = ResolversParentTypes['AssessmentPayload']> = {
  assessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AssessmentScopeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssessmentScope'] = ResolversParentTypes['AssessmentScope']> = {
  __resolveType: TypeResolveFn<'Program' | 'Region', ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type BalanceScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalanceScore'] = ResolversParentTypes['BalanceScore']> = {
  crossHelixShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  helixShares?: Resolver<Array<ResolversTypes['HelixShare']>, ParentType, ContextType>;
  pairEntropy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type BrokerEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrokerEntry'] = ResolversParentTypes['BrokerEntry']> = {
  pairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roles?: Resolver<ResolversTypes['BrokerageCounts'], ParentType, ContextType>;
  stakeholder?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
};

export type BrokerRankingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrokerRanking'] = ResolversParentTypes['BrokerRanking']> = {
  between?: Resolver<Maybe<Array<ResolversTypes['Helix']>>, ParentType, ContextType>;
  brokerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['BrokerEntry']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['BrokerageRole'], ParentType, ContextType>;
  stakeholderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BrokerageCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrokerageCounts'] = ResolversParentTypes['BrokerageCounts']> = {
  coordinator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gatekeeperRepresentative?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itinerant?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  liaison?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BrokeredHelixPairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrokeredHelixPair'] = ResolversParentTypes['BrokeredHelixPair']> = {
  a?: Resolver<ResolversTypes['Helix'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Helix'], ParentType, ContextType>;
  pairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['BrokerageRole'], ParentType, ContextType>;
};

export type BrokeredPairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrokeredPair'] = ResolversParentTypes['BrokeredPair']> = {
  a?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
};

export type ChangedItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangedItem'] = ResolversParentTypes['ChangedItem']> = {
  change?: Resolver<ResolversTypes['ItemChange'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ChangedItemType'], ParentType, ContextType>;
};

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['CitedFact'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CitedFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitedFact'] = ResolversParentTypes['CitedFact']> = {
  __resolveType: TypeResolveFn<'Collaboration' | 'Participation' | 'Program' | 'Stakeholder', ParentType, ContextType>;
};

export type CollaborationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Collaboration'] = ResolversParentTypes['Collaboration']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CollaborationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CollaborationStatus'], ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CollaborationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollaborationConnection'] = ResolversParentTypes['CollaborationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CollaborationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Collaboration']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CollaborationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollaborationEdge'] = ResolversParentTypes['CollaborationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Collaboration'], ParentType, ContextType>;
};

export type CollaborationGapsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollaborationGaps'] = ResolversParentTypes['CollaborationGaps']> = {
  absentHelices?: Resolver<Array<ResolversTypes['Helix']>, ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['BalanceScore'], ParentType, ContextType>;
  brokers?: Resolver<Array<ResolversTypes['HelixBroker']>, ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  isolated?: Resolver<Array<ResolversTypes['Stakeholder']>, ParentType, ContextType>;
  matrix?: Resolver<Array<ResolversTypes['HelixPairCell']>, ParentType, ContextType>;
  missingPairs?: Resolver<Array<ResolversTypes['HelixPair']>, ParentType, ContextType>;
  programsMissingHelices?: Resolver<Array<ResolversTypes['ProgramGap']>, ParentType, ContextType>;
  siloed?: Resolver<Array<ResolversTypes['Stakeholder']>, ParentType, ContextType>;
  stakeholderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['PartnershipSuggestion']>, ParentType, ContextType>;
  tieCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CollaborationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollaborationPayload'] = ResolversParentTypes['CollaborationPayload']> = {
  collaboration?: Resolver<ResolversTypes['Collaboration'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ConnectorsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorsResult'] = ResolversParentTypes['ConnectorsResult']> = {
  connected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  intermediaries?: Resolver<Array<ResolversTypes['Stakeholder']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unreachable?: Resolver<Array<ResolversTypes['Stakeholder']>, ParentType, ContextType>;
};

export type ContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreatedApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = {
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreatedWebhookResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedWebhook'] = ResolversParentTypes['CreatedWebhook']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DeliveryAttemptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeliveryAttempt'] = ResolversParentTypes['DeliveryAttempt']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  httpStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DuplicateCandidatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateCandidates'] = ResolversParentTypes['DuplicateCandidates']> = {
  people?: Resolver<Array<ResolversTypes['PersonDuplicate']>, ParentType, ContextType>;
  stakeholders?: Resolver<Array<ResolversTypes['StakeholderDuplicate']>, ParentType, ContextType>;
};

export type DuplicateReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateReason'] = ResolversParentTypes['DuplicateReason']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DuplicateReasonKind'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EiIndexResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EiIndex'] = ResolversParentTypes['EiIndex']> = {
  expected?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  external?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  index?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  internal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type ExportFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportFile'] = ResolversParentTypes['ExportFile']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FollowUpResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = {
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  commitment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interaction?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FollowUpStatus'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FollowUpConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowUpConnection'] = ResolversParentTypes['FollowUpConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FollowUpEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FollowUpEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowUpEdge'] = ResolversParentTypes['FollowUpEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FollowUp'], ParentType, ContextType>;
};

export type FollowUpPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowUpPayload'] = ResolversParentTypes['FollowUpPayload']> = {
  followUp?: Resolver<ResolversTypes['FollowUp'], ParentType, ContextType>;
};

export type GraphChangeEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphChangeEvent'] = ResolversParentTypes['GraphChangeEvent']> = {
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ChangedItem']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GraphChangeKind'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stakeholders?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GridEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GridEntry'] = ResolversParentTypes['GridEntry']> = {
  assessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['GridFlag']>, ParentType, ContextType>;
  partnerRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quadrant?: Resolver<ResolversTypes['GridQuadrant'], ParentType, ContextType>;
  stakeholder?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
};

export type GridThresholdsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GridThresholds'] = ResolversParentTypes['GridThresholds']> = {
  centralTopShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fewTiesAtMost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  highFrom?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupCount'] = ResolversParentTypes['GroupCount']> = {
  collaborationKind?: Resolver<Maybe<ResolversTypes['CollaborationKind']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  helix?: Resolver<Maybe<ResolversTypes['Helix']>, ParentType, ContextType>;
  programKind?: Resolver<Maybe<ResolversTypes['ProgramKind']>, ParentType, ContextType>;
  regionLevel?: Resolver<Maybe<ResolversTypes['RegionLevel']>, ParentType, ContextType>;
  stakeholderKind?: Resolver<Maybe<ResolversTypes['StakeholderKind']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['CollaborationStatus']>, ParentType, ContextType>;
};

export type GroupedCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupedCounts'] = ResolversParentTypes['GroupedCounts']> = {
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  groupBy?: Resolver<Array<ResolversTypes['CountDimension']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['GroupCount']>, ParentType, ContextType>;
  items?: Resolver<ResolversTypes['CountedItem'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HelixBrokerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelixBroker'] = ResolversParentTypes['HelixBroker']> = {
  separates?: Resolver<Array<ResolversTypes['HelixPair']>, ParentType, ContextType>;
  stakeholder?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
};

export type HelixCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelixCount'] = ResolversParentTypes['HelixCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  helix?: Resolver<ResolversTypes['Helix'], ParentType, ContextType>;
};

export type HelixIndicatorsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelixIndicators'] = ResolversParentTypes['HelixIndicators']> = {
  assortativity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openness?: Resolver<ResolversTypes['EiIndex'], ParentType, ContextType>;
  opennessByHelix?: Resolver<Array<ResolversTypes['HelixOpenness']>, ParentType, ContextType>;
  stakeholderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  synergy?: Resolver<Array<ResolversTypes['TriadSynergy']>, ParentType, ContextType>;
  synergyOver?: Resolver<Array<ResolversTypes['SynergyUnit']>, ParentType, ContextType>;
  tieCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HelixOpennessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelixOpenness'] = ResolversParentTypes['HelixOpenness']> = {
  helix?: Resolver<ResolversTypes['Helix'], ParentType, ContextType>;
  openness?: Resolver<ResolversTypes['EiIndex'], ParentType, ContextType>;
  stakeholders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HelixPairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelixPair'] = ResolversParentTypes['HelixPair']> = {
  a?: Resolver<ResolversTypes['Helix'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Helix'], ParentType, ContextType>;
};

export type HelixPairCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelixPairCell'] = ResolversParentTypes['HelixPairCell']> = {
  a?: Resolver<ResolversTypes['Helix'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Helix'], ParentType, ContextType>;
  density?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ties?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weak?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type HelixShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelixShare'] = ResolversParentTypes['HelixShare']> = {
  helix?: Resolver<ResolversTypes['Helix'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type HopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Hop'] = ResolversParentTypes['Hop']> = {
  collaborations?: Resolver<Array<ResolversTypes['Collaboration']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ImportCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportCount'] = ResolversParentTypes['ImportCount']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportFuzzyMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportFuzzyMatch'] = ResolversParentTypes['ImportFuzzyMatch']> = {
  candidateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  candidateName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['ImportCount']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fuzzyMatches?: Resolver<Array<ResolversTypes['ImportFuzzyMatch']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
};

export type InfluenceChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InfluenceChange'] = ResolversParentTypes['InfluenceChange']> = {
  entered?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  left?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  ranking?: Resolver<ResolversTypes['InfluenceRanking'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InfluenceEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InfluenceEntry'] = ResolversParentTypes['InfluenceEntry']> = {
  brokers?: Resolver<Array<ResolversTypes['BrokeredPair']>, ParentType, ContextType>;
  partnersByHelix?: Resolver<Array<ResolversTypes['HelixCount']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stakeholder?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
};

export type InfluenceRankingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InfluenceRanking'] = ResolversParentTypes['InfluenceRanking']> = {
  betweennessExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['InfluenceEntry']>, ParentType, ContextType>;
  errorBound?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  estimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['InfluenceMetric'], ParentType, ContextType>;
  normalisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stakeholderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tieCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InfluencerEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InfluencerEntry'] = ResolversParentTypes['InfluencerEntry']> = {
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stakeholder?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
};

export type InteractionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Interaction'] = ResolversParentTypes['Interaction']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evidencesTies?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InteractionKind'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  privateNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  stakeholders?: Resolver<Array<ResolversTypes['Stakeholder']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InteractionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InteractionConnection'] = ResolversParentTypes['InteractionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InteractionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Interaction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InteractionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InteractionEdge'] = ResolversParentTypes['InteractionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType>;
};

export type InteractionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InteractionPayload'] = ResolversParentTypes['InteractionPayload']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  interaction?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addParticipant?: Resolver<ResolversTypes['ParticipationPayload'], ParentType, ContextType, RequireFields<MutationAddParticipantArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'name' | 'role'>>;
  createWebhook?: Resolver<ResolversTypes['CreatedWebhook'], ParentType, ContextType, RequireFields<MutationCreateWebhookArgs, 'input'>>;
  deleteAssessment?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteAssessmentArgs, 'id'>>;
  deleteCollaboration?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteCollaborationArgs, 'id'>>;
  deleteInteraction?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteInteractionArgs, 'id'>>;
  deleteProgram?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteProgramArgs, 'id'>>;
  deleteStakeholder?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteStakeholderArgs, 'id'>>;
  deleteWebhook?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'id'>>;
  endCollaboration?: Resolver<ResolversTypes['CollaborationPayload'], ParentType, ContextType, RequireFields<MutationEndCollaborationArgs, 'endedOn' | 'id'>>;
  importGraph?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportGraphArgs, 'input'>>;
  logInteraction?: Resolver<ResolversTypes['InteractionPayload'], ParentType, ContextType, RequireFields<MutationLogInteractionArgs, 'input'>>;
  mergePeople?: Resolver<ResolversTypes['PersonMergePayload'], ParentType, ContextType, RequireFields<MutationMergePeopleArgs, 'keep' | 'merge'>>;
  mergeStakeholders?: Resolver<ResolversTypes['StakeholderMergePayload'], ParentType, ContextType, RequireFields<MutationMergeStakeholdersArgs, 'keep' | 'merge'>>;
  recordAssessment?: Resolver<ResolversTypes['AssessmentPayload'], ParentType, ContextType, RequireFields<MutationRecordAssessmentArgs, 'input'>>;
  recordCollaboration?: Resolver<ResolversTypes['CollaborationPayload'], ParentType, ContextType, RequireFields<MutationRecordCollaborationArgs, 'input'>>;
  removeParticipant?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationRemoveParticipantArgs, 'programId' | 'role' | 'stakeholderId'>>;
  revokeApiKey?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  setFollowUpStatus?: Resolver<ResolversTypes['FollowUpPayload'], ParentType, ContextType, RequireFields<MutationSetFollowUpStatusArgs, 'id' | 'status'>>;
  takeSnapshot?: Resolver<ResolversTypes['NetworkSnapshot'], ParentType, ContextType, RequireFields<MutationTakeSnapshotArgs, 'input'>>;
  updateCollaboration?: Resolver<ResolversTypes['CollaborationPayload'], ParentType, ContextType, RequireFields<MutationUpdateCollaborationArgs, 'id' | 'patch'>>;
  updateInteraction?: Resolver<ResolversTypes['InteractionPayload'], ParentType, ContextType, RequireFields<MutationUpdateInteractionArgs, 'id' | 'patch'>>;
  upsertPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationUpsertPersonArgs, 'input'>>;
  upsertProgram?: Resolver<ResolversTypes['ProgramPayload'], ParentType, ContextType, RequireFields<MutationUpsertProgramArgs, 'input'>>;
  upsertRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType, RequireFields<MutationUpsertRegionArgs, 'input'>>;
  upsertSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationUpsertSourceArgs, 'input'>>;
  upsertStakeholder?: Resolver<ResolversTypes['StakeholderPayload'], ParentType, ContextType, RequireFields<MutationUpsertStakeholderArgs, 'input'>>;
};

export type NetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NetworkChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkChange'] = ResolversParentTypes['NetworkChange']> = {
  balanceAfter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  balanceBefore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fell?: Resolver<Array<ResolversTypes['StandingChange']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  gapsClosed?: Resolver<Array<ResolversTypes['HelixPair']>, ParentType, ContextType>;
  gapsOpened?: Resolver<Array<ResolversTypes['HelixPair']>, ParentType, ContextType>;
  joined?: Resolver<Array<ResolversTypes['Stakeholder']>, ParentType, ContextType>;
  left?: Resolver<Array<ResolversTypes['Stakeholder']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['InfluenceMetric'], ParentType, ContextType>;
  rose?: Resolver<Array<ResolversTypes['StandingChange']>, ParentType, ContextType>;
  stakeholdersAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stakeholdersBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  synergyAfter?: Resolver<Maybe<Array<ResolversTypes['TriadSynergy']>>, ParentType, ContextType>;
  synergyBefore?: Resolver<Maybe<Array<ResolversTypes['TriadSynergy']>>, ParentType, ContextType>;
  tiesAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tiesBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type NetworkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = {
  collaborations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type NetworkNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkNode'] = ResolversParentTypes['NetworkNode']> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stakeholder?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
};

export type NetworkSnapshotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkSnapshot'] = ResolversParentTypes['NetworkSnapshot']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  helices?: Resolver<Maybe<Array<ResolversTypes['Helix']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  missingPairs?: Resolver<Array<ResolversTypes['HelixPair']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  ranking?: Resolver<Array<ResolversTypes['SnapshotEntry']>, ParentType, ContextType, RequireFields<NetworkSnapshotRankingArgs, 'first' | 'metric'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  stakeholderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  synergy?: Resolver<Maybe<Array<ResolversTypes['TriadSynergy']>>, ParentType, ContextType>;
  takenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  takenBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tieCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Collaboration' | 'Interaction' | 'Person' | 'Program' | 'Region' | 'Source' | 'Stakeholder', ParentType, ContextType>;
};

export type OfficeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Office'] = ResolversParentTypes['Office']> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stakeholder?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ParticipationRole'], ParentType, ContextType>;
  stakeholder?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParticipationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParticipationPayload'] = ResolversParentTypes['ParticipationPayload']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  participation?: Resolver<ResolversTypes['Participation'], ParentType, ContextType>;
};

export type PartnershipSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipSuggestion'] = ResolversParentTypes['PartnershipSuggestion']> = {
  a?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
  closesGap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commonPartners?: Resolver<Array<ResolversTypes['Stakeholder']>, ParentType, ContextType>;
  fillsAbsentHelix?: Resolver<Maybe<ResolversTypes['Helix']>, ParentType, ContextType>;
  liaisons?: Resolver<Array<ResolversTypes['Stakeholder']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party']> = {
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stakeholder?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hops?: Resolver<Array<ResolversTypes['Hop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stakeholders?: Resolver<Array<ResolversTypes['Stakeholder']>, ParentType, ContextType>;
};

export type PathResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathResult'] = ResolversParentTypes['PathResult']> = {
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['NoPathReason']>, ParentType, ContextType>;
  timedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PathsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathsResult'] = ResolversParentTypes['PathsResult']> = {
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['NoPathReason']>, ParentType, ContextType>;
  timedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offices?: Resolver<Array<ResolversTypes['Office']>, ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonDuplicateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonDuplicate'] = ResolversParentTypes['PersonDuplicate']> = {
  a?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DuplicateReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PersonMergePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonMergePayload'] = ResolversParentTypes['PersonMergePayload']> = {
  mergedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PowerInterestGridResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PowerInterestGrid'] = ResolversParentTypes['PowerInterestGrid']> = {
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['GridEntry']>, ParentType, ContextType>;
  networkSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quadrants?: Resolver<Array<ResolversTypes['QuadrantCount']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['AssessmentScope'], ParentType, ContextType>;
  thresholds?: Resolver<ResolversTypes['GridThresholds'], ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  collaborations?: Resolver<Array<ResolversTypes['Collaboration']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  helices?: Resolver<Array<ResolversTypes['Helix']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProgramKind'], ParentType, ContextType>;
  missingHelices?: Resolver<Array<ResolversTypes['Helix']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType, Partial<ProgramParticipantsArgs>>;
  parts?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgramConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgramConnection'] = ResolversParentTypes['ProgramConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgramEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgramEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgramEdge'] = ResolversParentTypes['ProgramEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
};

export type ProgramGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgramGap'] = ResolversParentTypes['ProgramGap']> = {
  missingHelices?: Resolver<Array<ResolversTypes['Helix']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
};

export type ProgramPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgramPayload'] = ResolversParentTypes['ProgramPayload']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
};

export type QuadrantCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuadrantCount'] = ResolversParentTypes['QuadrantCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quadrant?: Resolver<ResolversTypes['GridQuadrant'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  assessment?: Resolver<Maybe<ResolversTypes['Assessment']>, ParentType, ContextType, RequireFields<QueryAssessmentArgs, 'id'>>;
  auditTrail?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<QueryAuditTrailArgs>>;
  brokers?: Resolver<ResolversTypes['BrokerRanking'], ParentType, ContextType, RequireFields<QueryBrokersArgs, 'first' | 'role'>>;
  collaboration?: Resolver<Maybe<ResolversTypes['Collaboration']>, ParentType, ContextType, RequireFields<QueryCollaborationArgs, 'id'>>;
  collaborationGaps?: Resolver<ResolversTypes['CollaborationGaps'], ParentType, ContextType, RequireFields<QueryCollaborationGapsArgs, 'suggestions'>>;
  collaborations?: Resolver<ResolversTypes['CollaborationConnection'], ParentType, ContextType, RequireFields<QueryCollaborationsArgs, 'first'>>;
  connectors?: Resolver<ResolversTypes['ConnectorsResult'], ParentType, ContextType, RequireFields<QueryConnectorsArgs, 'stakeholders'>>;
  duplicateCandidates?: Resolver<ResolversTypes['DuplicateCandidates'], ParentType, ContextType, Partial<QueryDuplicateCandidatesArgs>>;
  exportGraph?: Resolver<Array<ResolversTypes['ExportFile']>, ParentType, ContextType, RequireFields<QueryExportGraphArgs, 'input'>>;
  followUps?: Resolver<ResolversTypes['FollowUpConnection'], ParentType, ContextType, RequireFields<QueryFollowUpsArgs, 'first'>>;
  graphVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groupedCounts?: Resolver<ResolversTypes['GroupedCounts'], ParentType, ContextType, RequireFields<QueryGroupedCountsArgs, 'groupBy' | 'items'>>;
  helixIndicators?: Resolver<ResolversTypes['HelixIndicators'], ParentType, ContextType, RequireFields<QueryHelixIndicatorsArgs, 'synergyOver'>>;
  influence?: Resolver<ResolversTypes['InfluenceRanking'], ParentType, ContextType, RequireFields<QueryInfluenceArgs, 'first' | 'metric'>>;
  influencersOf?: Resolver<Array<ResolversTypes['InfluencerEntry']>, ParentType, ContextType, RequireFields<QueryInfluencersOfArgs, 'first' | 'target'>>;
  interaction?: Resolver<Maybe<ResolversTypes['Interaction']>, ParentType, ContextType, RequireFields<QueryInteractionArgs, 'id'>>;
  interactions?: Resolver<ResolversTypes['InteractionConnection'], ParentType, ContextType, RequireFields<QueryInteractionsArgs, 'first'>>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<QueryNetworkArgs, 'center' | 'depth'>>;
  networkChange?: Resolver<ResolversTypes['NetworkChange'], ParentType, ContextType, RequireFields<QueryNetworkChangeArgs, 'first' | 'from' | 'metric' | 'to'>>;
  networkOf?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<QueryNetworkOfArgs, 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  path?: Resolver<ResolversTypes['PathResult'], ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'to'>>;
  paths?: Resolver<ResolversTypes['PathsResult'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'k' | 'to'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  powerInterestGrid?: Resolver<ResolversTypes['PowerInterestGrid'], ParentType, ContextType, RequireFields<QueryPowerInterestGridArgs, 'scope'>>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<QueryProgramArgs, 'id'>>;
  programs?: Resolver<ResolversTypes['ProgramConnection'], ParentType, ContextType, RequireFields<QueryProgramsArgs, 'first'>>;
  readReport?: Resolver<ResolversTypes['ReportReading'], ParentType, ContextType, RequireFields<QueryReadReportArgs, 'input'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'id'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionsArgs>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  snapshot?: Resolver<Maybe<ResolversTypes['NetworkSnapshot']>, ParentType, ContextType, RequireFields<QuerySnapshotArgs, 'id'>>;
  snapshotChange?: Resolver<ResolversTypes['NetworkChange'], ParentType, ContextType, RequireFields<QuerySnapshotChangeArgs, 'first' | 'from' | 'metric'>>;
  snapshots?: Resolver<Array<ResolversTypes['NetworkSnapshot']>, ParentType, ContextType, RequireFields<QuerySnapshotsArgs, 'first'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  stakeholder?: Resolver<Maybe<ResolversTypes['Stakeholder']>, ParentType, ContextType, RequireFields<QueryStakeholderArgs, 'id'>>;
  stakeholders?: Resolver<ResolversTypes['StakeholderConnection'], ParentType, ContextType, RequireFields<QueryStakeholdersArgs, 'first'>>;
  unengagedPartners?: Resolver<ResolversTypes['UnengagedPartnerConnection'], ParentType, ContextType, RequireFields<QueryUnengagedPartnersArgs, 'first' | 'since'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  webhooks?: Resolver<Array<ResolversTypes['Webhook']>, ParentType, ContextType>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  children?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  stakeholders?: Resolver<Array<ResolversTypes['Stakeholder']>, ParentType, ContextType, RequireFields<RegionStakeholdersArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReportMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportMatch'] = ResolversParentTypes['ReportMatch']> = {
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportMatchKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ReportProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportProposal'] = ResolversParentTypes['ReportProposal']> = {
  collection?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['ReportMatch'], ParentType, ContextType>;
  offset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportReadingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportReading'] = ResolversParentTypes['ReportReading']> = {
  draft?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['ReportProposal']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  __resolveType: TypeResolveFn<'Person' | 'Program' | 'Stakeholder', ParentType, ContextType>;
};

export type SnapshotEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SnapshotEntry'] = ResolversParentTypes['SnapshotEntry']> = {
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stakeholder?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<SourceCitationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StakeholderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stakeholder'] = ResolversParentTypes['Stakeholder']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  assessments?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType, Partial<StakeholderAssessmentsArgs>>;
  collaborations?: Resolver<Array<ResolversTypes['Collaboration']>, ParentType, ContextType, Partial<StakeholderCollaborationsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  helix?: Resolver<ResolversTypes['Helix'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Maybe<ResolversTypes['StakeholderIndicators']>, ParentType, ContextType, Partial<StakeholderIndicatorsArgs>>;
  influence?: Resolver<Maybe<ResolversTypes['StakeholderInfluence']>, ParentType, ContextType, Partial<StakeholderInfluenceArgs>>;
  kind?: Resolver<ResolversTypes['StakeholderKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officeHolders?: Resolver<Array<ResolversTypes['Office']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Stakeholder']>, ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  partnerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Tie']>, ParentType, ContextType, RequireFields<StakeholderPartnersArgs, 'first'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Stakeholder']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StakeholderConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StakeholderConnection'] = ResolversParentTypes['StakeholderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StakeholderEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Stakeholder']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StakeholderDuplicateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StakeholderDuplicate'] = ResolversParentTypes['StakeholderDuplicate']> = {
  a?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DuplicateReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type StakeholderEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StakeholderEdge'] = ResolversParentTypes['StakeholderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
};

export type StakeholderIndicatorsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StakeholderIndicators'] = ResolversParentTypes['StakeholderIndicators']> = {
  brokerage?: Resolver<ResolversTypes['BrokerageCounts'], ParentType, ContextType>;
  brokeredPairs?: Resolver<Array<ResolversTypes['BrokeredHelixPair']>, ParentType, ContextType>;
  openness?: Resolver<ResolversTypes['EiIndex'], ParentType, ContextType>;
};

export type StakeholderInfluenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StakeholderInfluence'] = ResolversParentTypes['StakeholderInfluence']> = {
  articulationPoint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  closeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eigenvector?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  helixDiversity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pageRank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  partnersByHelix?: Resolver<Array<ResolversTypes['HelixCount']>, ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weightedDegree?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type StakeholderMergePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StakeholderMergePayload'] = ResolversParentTypes['StakeholderMergePayload']> = {
  mergedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stakeholder?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
};

export type StakeholderPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StakeholderPayload'] = ResolversParentTypes['StakeholderPayload']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stakeholder?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
};

export type StandingChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandingChange'] = ResolversParentTypes['StandingChange']> = {
  rankAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rankBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rankChange?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scoreAfter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scoreBefore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stakeholder?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  graphChanged?: SubscriptionResolver<ResolversTypes['GraphChangeEvent'], "graphChanged", ParentType, ContextType, Partial<SubscriptionGraphChangedArgs>>;
  influenceChanged?: SubscriptionResolver<ResolversTypes['InfluenceChange'], "influenceChanged", ParentType, ContextType, RequireFields<SubscriptionInfluenceChangedArgs, 'first' | 'metric'>>;
};

export type TieResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Tie'] = ResolversParentTypes['Tie']> = {
  collaborations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
  programs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TriadSynergyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TriadSynergy'] = ResolversParentTypes['TriadSynergy']> = {
  helices?: Resolver<Array<ResolversTypes['Helix']>, ParentType, ContextType>;
  millibits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  units?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnengagedPartnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnengagedPartner'] = ResolversParentTypes['UnengagedPartner']> = {
  lastEngagedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  stakeholder?: Resolver<ResolversTypes['Stakeholder'], ParentType, ContextType>;
};

export type UnengagedPartnerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnengagedPartnerConnection'] = ResolversParentTypes['UnengagedPartnerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UnengagedPartnerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['UnengagedPartner']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnengagedPartnerEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnengagedPartnerEdge'] = ResolversParentTypes['UnengagedPartnerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UnengagedPartner'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  authenticated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['WriteScope']>, ParentType, ContextType>;
};

export type WebhookResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = {
  changes?: Resolver<Array<ResolversTypes['ItemChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, Partial<WebhookDeliveriesArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ChangedItemType']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  log?: Resolver<Array<ResolversTypes['DeliveryAttempt']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WriteScopeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WriteScope'] = ResolversParentTypes['WriteScope']> = {
  programIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  regionIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  ApiKey?: ApiKeyResolvers<ContextType>;
  Assessment?: AssessmentResolvers<ContextType>;
  AssessmentPayload?: AssessmentPayloadResolvers<ContextType>;
  AssessmentScope?: AssessmentScopeResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  BalanceScore?: BalanceScoreResolvers<ContextType>;
  BrokerEntry?: BrokerEntryResolvers<ContextType>;
  BrokerRanking?: BrokerRankingResolvers<ContextType>;
  BrokerageCounts?: BrokerageCountsResolvers<ContextType>;
  BrokeredHelixPair?: BrokeredHelixPairResolvers<ContextType>;
  BrokeredPair?: BrokeredPairResolvers<ContextType>;
  ChangedItem?: ChangedItemResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  CitedFact?: CitedFactResolvers<ContextType>;
  Collaboration?: CollaborationResolvers<ContextType>;
  CollaborationConnection?: CollaborationConnectionResolvers<ContextType>;
  CollaborationEdge?: CollaborationEdgeResolvers<ContextType>;
  CollaborationGaps?: CollaborationGapsResolvers<ContextType>;
  CollaborationPayload?: CollaborationPayloadResolvers<ContextType>;
  ConnectorsResult?: ConnectorsResultResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  CreatedWebhook?: CreatedWebhookResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  DeliveryAttempt?: DeliveryAttemptResolvers<ContextType>;
  DuplicateCandidates?: DuplicateCandidatesResolvers<ContextType>;
  DuplicateReason?: DuplicateReasonResolvers<ContextType>;
  EiIndex?: EiIndexResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  ExportFile?: ExportFileResolvers<ContextType>;
  FollowUp?: FollowUpResolvers<ContextType>;
  FollowUpConnection?: FollowUpConnectionResolvers<ContextType>;
  FollowUpEdge?: FollowUpEdgeResolvers<ContextType>;
  FollowUpPayload?: FollowUpPayloadResolvers<ContextType>;
  GraphChangeEvent?: GraphChangeEventResolvers<ContextType>;
  GridEntry?: GridEntryResolvers<ContextType>;
  GridThresholds?: GridThresholdsResolvers<ContextType>;
  GroupCount?: GroupCountResolvers<ContextType>;
  GroupedCounts?: GroupedCountsResolvers<ContextType>;
  HelixBroker?: HelixBrokerResolvers<ContextType>;
  HelixCount?: HelixCountResolvers<ContextType>;
  HelixIndicators?: HelixIndicatorsResolvers<ContextType>;
  HelixOpenness?: HelixOpennessResolvers<ContextType>;
  HelixPair?: HelixPairResolvers<ContextType>;
  HelixPairCell?: HelixPairCellResolvers<ContextType>;
  HelixShare?: HelixShareResolvers<ContextType>;
  Hop?: HopResolvers<ContextType>;
  ImportCount?: ImportCountResolvers<ContextType>;
  ImportFuzzyMatch?: ImportFuzzyMatchResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  InfluenceChange?: InfluenceChangeResolvers<ContextType>;
  InfluenceEntry?: InfluenceEntryResolvers<ContextType>;
  InfluenceRanking?: InfluenceRankingResolvers<ContextType>;
  InfluencerEntry?: InfluencerEntryResolvers<ContextType>;
  Interaction?: InteractionResolvers<ContextType>;
  InteractionConnection?: InteractionConnectionResolvers<ContextType>;
  InteractionEdge?: InteractionEdgeResolvers<ContextType>;
  InteractionPayload?: InteractionPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkChange?: NetworkChangeResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkNode?: NetworkNodeResolvers<ContextType>;
  NetworkSnapshot?: NetworkSnapshotResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Office?: OfficeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  ParticipationPayload?: ParticipationPayloadResolvers<ContextType>;
  PartnershipSuggestion?: PartnershipSuggestionResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathResult?: PathResultResolvers<ContextType>;
  PathsResult?: PathsResultResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonDuplicate?: PersonDuplicateResolvers<ContextType>;
  PersonMergePayload?: PersonMergePayloadResolvers<ContextType>;
  PowerInterestGrid?: PowerInterestGridResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  ProgramConnection?: ProgramConnectionResolvers<ContextType>;
  ProgramEdge?: ProgramEdgeResolvers<ContextType>;
  ProgramGap?: ProgramGapResolvers<ContextType>;
  ProgramPayload?: ProgramPayloadResolvers<ContextType>;
  QuadrantCount?: QuadrantCountResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  ReportMatch?: ReportMatchResolvers<ContextType>;
  ReportProposal?: ReportProposalResolvers<ContextType>;
  ReportReading?: ReportReadingResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SnapshotEntry?: SnapshotEntryResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Stakeholder?: StakeholderResolvers<ContextType>;
  StakeholderConnection?: StakeholderConnectionResolvers<ContextType>;
  StakeholderDuplicate?: StakeholderDuplicateResolvers<ContextType>;
  StakeholderEdge?: StakeholderEdgeResolvers<ContextType>;
  StakeholderIndicators?: StakeholderIndicatorsResolvers<ContextType>;
  StakeholderInfluence?: StakeholderInfluenceResolvers<ContextType>;
  StakeholderMergePayload?: StakeholderMergePayloadResolvers<ContextType>;
  StakeholderPayload?: StakeholderPayloadResolvers<ContextType>;
  StandingChange?: StandingChangeResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Tie?: TieResolvers<ContextType>;
  TriadSynergy?: TriadSynergyResolvers<ContextType>;
  UnengagedPartner?: UnengagedPartnerResolvers<ContextType>;
  UnengagedPartnerConnection?: UnengagedPartnerConnectionResolvers<ContextType>;
  UnengagedPartnerEdge?: UnengagedPartnerEdgeResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WriteScope?: WriteScopeResolvers<ContextType>;
};

