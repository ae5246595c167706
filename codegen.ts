import type { CodegenConfig } from '@graphql-codegen/cli';

const row = (name: string) => `../../db/rows.js#${name}`;

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    // A typed document set for TypeScript apps: the example app's operations, with their
    // result and variable types and a persisted-documents manifest for trusted mode.
    'examples/app/generated/': {
      documents: 'examples/app/documents.ts',
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: { documentMode: 'string', emitLegacyCommonJSImports: false, enumsAsTypes: true, useTypeImports: true, scalars: { Date: 'string', DateTime: 'string' } },
    },
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.js#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
        mappers: {
          Stakeholder: row('StakeholderRow'),
          Program: row('ProgramRow'),
          Participation: row('ParticipationRow'),
          Collaboration: row('CollaborationRow'),
          Party: row('PartyRow'),
          Source: row('SourceRow'),
          Citation: row('CitationRow'),
          Region: row('RegionRow'),
          Person: row('PersonRow'),
          Office: row('OfficeRow'),
          Evidence: row('EvidenceRow'),
          Tie: row('TieRow'),
          Assessment: row('AssessmentRow'),
          GridEntry: '../../services/assessment-service.js#GridEntryRow',
          PowerInterestGrid: '../../services/assessment-service.js#PowerInterestGridRow',
          Interaction: row('InteractionRow'),
          FollowUp: row('FollowUpRow'),
          UnengagedPartner: row('UnengagedRow'),
          NetworkNode: '../../services/network-service.js#NetworkNodeRow',
          Path: '../../services/path-service.js#PathRow',
          Hop: '../../services/path-service.js#HopRow',
          StakeholderInfluence: '../../services/analytics-results.js#StakeholderInfluenceRow',
          InfluenceEntry: '../../services/analytics-results.js#InfluenceEntryRow',
          BrokeredPair: '../../services/analytics-results.js#BrokeredPairRow',
          InfluencerEntry: '../../services/analytics-results.js#InfluencerEntryRow',
          PartnershipSuggestion: '../../services/analytics-results.js#PartnershipSuggestionRow',
          ProgramGap: '../../services/analytics-results.js#ProgramGapRow',
          HelixBroker: '../../services/analytics-results.js#HelixBrokerRow',
          CollaborationGaps: '../../services/analytics-results.js#CollaborationGapsRow',
          NetworkChange: '../../analytics/change.js#NetworkChangeRow',
          StandingChange: '../../analytics/change.js#StandingChangeRow',
          NetworkSnapshot: '../../db/snapshot-store.js#SnapshotSummary',
          SnapshotEntry: '../../services/snapshot-service.js#SnapshotEntryRow',
          ApiKey: '../../db/api-key-store.js#ApiKeyRecord',
          AuditEvent: '../../db/audit-store.js#AuditEventRow',
          Webhook: '../../db/webhook-store.js#WebhookRecord',
          WebhookDelivery: '../../db/webhook-store.js#DeliveryRow',
          DeliveryAttempt: '../../db/webhook-store.js#DeliveryAttemptRow',
          BrokerEntry: '../../services/indicator-service.js#BrokerEntryRow',
          GroupCount: '../../services/indicator-service.js#GroupCountRow',
          StakeholderDuplicate: '../../analytics/duplicates.js#DuplicatePair',
          PersonDuplicate: '../../analytics/duplicates.js#DuplicatePair',
          DuplicateCandidates: '../../services/duplicate-service.js#DuplicateCandidatesRow',
          StakeholderMergePayload: '../../services/duplicate-service.js#MergeResult',
          PersonMergePayload: '../../services/duplicate-service.js#MergeResult',
          GraphChangeEvent: '../../domain/changes.js#GraphFeedEvent',
          InfluenceChange: '../../services/live-service.js#InfluenceChangeRow',
          WriteScope: '../../domain/roles.js#WriteScope as WriteScopeModel',
        },
      },
    },
    // The Explorer's types, from the operations it sends (web/src/queries.ts) checked against the SDL.
    'web/src/generated/operations.ts': {
      documents: 'web/src/queries.ts',
      plugins: ['typescript-operations'],
      config: {
        enumsAsTypes: true,
        skipTypename: true,
        avoidOptionals: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
