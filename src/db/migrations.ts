import type { Logger } from '../logger.js';
import type { Database } from './database.js';
import { upgradeTies } from './ties.js';

/**
 * Constraints and indexes, created idempotently at every start. `Entity` is carried by every
 * node that has a public id, so one constraint makes ids unique across types and `node(id)`
 * is a single index lookup; the per-label constraints give the planner label-specific indexes.
 */
const STATEMENTS: Array<[name: string, cypher: string]> = [
  ['entity_id', 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE'],
  ['stakeholder_id', 'CREATE CONSTRAINT stakeholder_id IF NOT EXISTS FOR (n:Stakeholder) REQUIRE n.id IS UNIQUE'],
  ['program_id', 'CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE'],
  ['collaboration_id', 'CREATE CONSTRAINT collaboration_id IF NOT EXISTS FOR (n:Collaboration) REQUIRE n.id IS UNIQUE'],
  ['participation_id', 'CREATE CONSTRAINT participation_id IF NOT EXISTS FOR (n:Participation) REQUIRE n.id IS UNIQUE'],
  ['assessment_id', 'CREATE CONSTRAINT assessment_id IF NOT EXISTS FOR (n:Assessment) REQUIRE n.id IS UNIQUE'],
  ['source_id', 'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE'],
  ['region_id', 'CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE'],
  ['person_id', 'CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE'],
  ['interaction_id', 'CREATE CONSTRAINT interaction_id IF NOT EXISTS FOR (n:Interaction) REQUIRE n.id IS UNIQUE'],
  ['interaction_occurred', 'CREATE INDEX interaction_occurred IF NOT EXISTS FOR (n:Interaction) ON (n.occurredOn)'],
  ['follow_up_id', 'CREATE CONSTRAINT follow_up_id IF NOT EXISTS FOR (n:FollowUp) REQUIRE n.id IS UNIQUE'],
  ['redirect_id', 'CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (n:Redirect) REQUIRE n.id IS UNIQUE'],
  ['redirect_to', 'CREATE INDEX redirect_to IF NOT EXISTS FOR (n:Redirect) ON (n.to)'],
  ['graph_meta_id', 'CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (n:GraphMeta) REQUIRE n.id IS UNIQUE'],
  ['snapshot_id', 'CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (n:NetworkSnapshot) REQUIRE n.id IS UNIQUE'],
  ['snapshot_taken', 'CREATE INDEX snapshot_taken IF NOT EXISTS FOR (n:NetworkSnapshot) ON (n.takenAt)'],
  ['api_key_id', 'CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE'],
  ['webhook_id', 'CREATE CONSTRAINT webhook_id IF NOT EXISTS FOR (n:Webhook) REQUIRE n.id IS UNIQUE'],
  // One delivery per hook and graph version, however many replicas read the change.
  ['webhook_delivery_id', 'CREATE CONSTRAINT webhook_delivery_id IF NOT EXISTS FOR (n:WebhookDelivery) REQUIRE n.id IS UNIQUE'],
  ['webhook_delivery_due', 'CREATE INDEX webhook_delivery_due IF NOT EXISTS FOR (n:WebhookDelivery) ON (n.status, n.nextAttemptAt)'],
  ['webhook_cursor_id', 'CREATE CONSTRAINT webhook_cursor_id IF NOT EXISTS FOR (n:WebhookCursor) REQUIRE n.id IS UNIQUE'],
  ['graph_change_version', 'CREATE INDEX graph_change_version IF NOT EXISTS FOR (n:GraphChange) ON (n.version)'],
  ['audit_at', 'CREATE INDEX audit_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at)'],
  ['audit_item', 'CREATE INDEX audit_item IF NOT EXISTS FOR (n:AuditEvent) ON (n.itemId)'],
  ['audit_actor', 'CREATE INDEX audit_actor IF NOT EXISTS FOR (n:AuditEvent) ON (n.actor)'],
  ['stakeholder_helix', 'CREATE INDEX stakeholder_helix IF NOT EXISTS FOR (n:Stakeholder) ON (n.helix)'],
  ['stakeholder_kind', 'CREATE INDEX stakeholder_kind IF NOT EXISTS FOR (n:Stakeholder) ON (n.kind)'],
  ['stakeholder_sort_name', 'CREATE INDEX stakeholder_sort_name IF NOT EXISTS FOR (n:Stakeholder) ON (n.sortName)'],
  ['stakeholder_updated', 'CREATE INDEX stakeholder_updated IF NOT EXISTS FOR (n:Stakeholder) ON (n.updatedAt)'],
  ['program_kind', 'CREATE INDEX program_kind IF NOT EXISTS FOR (n:Program) ON (n.kind)'],
  ['collaboration_status', 'CREATE INDEX collaboration_status IF NOT EXISTS FOR (n:Collaboration) ON (n.status)'],
  [
    'search',
    // standard-folding lower-cases and strips accents, so "Dinas" finds "dinas" and "Kaltim" finds "KALTIM".
    "CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Stakeholder|Program) ON EACH [n.name, n.aliasText, n.description] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
  ],
  [
    'person_search',
    // People are searched by name and alias, apart from the organisations and programmes (whose index
    // existing stores already hold), with the same folding.
    "CREATE FULLTEXT INDEX person_search IF NOT EXISTS FOR (n:Person) ON EACH [n.name, n.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
  ],
  // People written before they had aliasText get it once.
  ['person_alias_text', "MATCH (n:Person) WHERE n.aliasText IS NULL SET n.aliasText = reduce(t = '', a IN coalesce(n.aliases, []) | t + ' ' + a)"],
];

export async function migrate(db: Database, logger: Logger): Promise<void> {
  for (const [name, cypher] of STATEMENTS) {
    await db.write(`migrate.${name}`, (tx) => tx.rows(name, cypher));
  }
  await db.write('migrate.graph_meta', (tx) =>
    tx.rows('graph_meta', "MERGE (m:GraphMeta {id: 'graph'}) ON CREATE SET m.version = 0"),
  );
  // The newest version of a store written before versions kept one stamp (readVersionStamp) gets
  // one: kept for a bulk load, the log's entry given the version node's time otherwise, so an
  // analytics image taken at it is recognised after later writes.
  await db.write('migrate.graph_meta_stamp', (tx) =>
    tx.rows(
      'graph_meta_stamp',
      `MATCH (m:GraphMeta {id: 'graph'}) WHERE m.version > 0
       SET m.changedAt = coalesce(m.changedAt, datetime())
       WITH m OPTIONAL MATCH (c:GraphChange {version: m.version})
       FOREACH (_ IN CASE WHEN c IS NULL AND m.bulkVersion IS NULL THEN [1] ELSE [] END | SET m.bulkVersion = m.version, m.bulkAt = m.changedAt)
       FOREACH (_ IN CASE WHEN c.at <> m.changedAt THEN [1] ELSE [] END | SET c.at = m.changedAt)`,
    ),
  );
  await db.read('migrate.await_indexes', (tx) => tx.rows('await_indexes', 'CALL db.awaitIndexes(300)'));
  const upgraded = await upgradeTies(db);
  if (upgraded > 0) logger.info({ stakeholders: upgraded }, 'ties rebuilt with their facts\' kinds');
  logger.debug({ statements: STATEMENTS.length }, 'migrations applied');
}
