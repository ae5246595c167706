import { randomBytes } from 'node:crypto';
import { currentActor, type Actor } from '../domain/actor.js';
import type { ChangedItemType, ItemChange } from '../domain/changes.js';
import { recordAudit } from './audit-store.js';
import type { Database } from './database.js';
import { int } from './values.js';

export interface WebhookRecord {
  id: string;
  url: string;
  description: string | null;
  items: ChangedItemType[];
  changes: ItemChange[];
  createdAt: string;
  createdBy: string;
}

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface DeliveryAttemptRow {
  number: number;
  at: string;
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
  succeeded: boolean;
}

export interface DeliveryRow {
  id: string;
  webhookId: string;
  event: string;
  version: number;
  status: DeliveryStatus;
  attempts: number;
  createdAt: string;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  log: DeliveryAttemptRow[];
}

/** A delivery claimed for sending, with what sending needs. */
export interface ClaimedDelivery {
  id: string;
  event: string;
  payload: string;
  attempts: number;
  url: string;
  secret: string;
}

export interface NewDelivery {
  webhookId: string;
  event: string;
  version: number;
  payload: string;
}

const WEBHOOK_COLUMNS = 'w.id AS id, w.url AS url, w.description AS description, w.items AS items, w.changes AS changes, toString(w.createdAt) AS createdAt, w.createdBy AS createdBy';

/**
 * Hooks, their delivery queue and its log, in Neo4j beside the graph (no `Entity` label: never
 * searched, exported or analysed). The queue lives in the database so every replica shares it:
 * a delivery's id is its hook and graph version, so replicas that all read the same change
 * enqueue it once, and a replica claims a delivery with a lease before sending it.
 */
export class WebhookStore {
  constructor(private readonly db: Database) {}

  /** Creates a hook with a fresh secret (returned this once); audited like key management. */
  async create(hook: Pick<WebhookRecord, 'url' | 'description' | 'items' | 'changes'>, actor: Actor = currentActor()): Promise<{ secret: string; record: WebhookRecord }> {
    const id = randomBytes(6).toString('hex');
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const record = await this.db.write('webhook.create', async (tx) => {
      const [row] = await tx.rows<WebhookRecord>(
        'webhook.create',
        `CREATE (w:Webhook {id: $id, url: $url, description: $description, items: $items, changes: $changes, secret: $secret,
                           createdAt: datetime(), createdBy: $actor})
         RETURN ${WEBHOOK_COLUMNS}`,
        { id, ...hook, secret, actor: actor.subject },
      );
      await recordAudit(tx, actor, { action: 'webhook.create', itemId: id, outcome: 'CREATED' });
      return row!;
    });
    return { secret, record };
  }

  list(): Promise<WebhookRecord[]> {
    return this.db.query<WebhookRecord>('webhook.list', `MATCH (w:Webhook) WITH w ORDER BY w.createdAt RETURN ${WEBHOOK_COLUMNS}`);
  }

  /** Deletes a hook with its queue and log; false when there was none. */
  async delete(id: string, actor: Actor = currentActor()): Promise<boolean> {
    return this.db.write('webhook.delete', async (tx) => {
      const rows = await tx.rows(
        'webhook.delete',
        `MATCH (w:Webhook {id: $id})
         OPTIONAL MATCH (w)-[:DELIVERY]->(d:WebhookDelivery)
         OPTIONAL MATCH (d)-[:ATTEMPT]->(a:WebhookAttempt)
         WITH w, collect(DISTINCT d) AS deliveries, collect(DISTINCT a) AS attempts
         FOREACH (a IN attempts | DETACH DELETE a)
         FOREACH (d IN deliveries | DETACH DELETE d)
         DETACH DELETE w
         RETURN 1 AS deleted`,
        { id },
      );
      await recordAudit(tx, actor, { action: 'webhook.delete', itemId: id, outcome: rows.length > 0 ? 'DELETED' : 'UNCHANGED' });
      return rows.length > 0;
    });
  }

  /** The version the queue has taken events up to (null before the first), so a restart resumes where it stopped. */
  async cursor(): Promise<number | null> {
    const [row] = await this.db.query<{ version: number | null }>('webhook.cursor', "OPTIONAL MATCH (c:WebhookCursor {id: 'webhooks'}) RETURN c.version AS version");
    return row?.version ?? null;
  }

  /** The hooks with their filters, as the queue matches events against them. */
  filters(): Promise<Array<Pick<WebhookRecord, 'id' | 'items' | 'changes'>>> {
    return this.db.query('webhook.filters', 'MATCH (w:Webhook) RETURN w.id AS id, w.items AS items, w.changes AS changes');
  }

  /** Queues deliveries of the event of `version` and moves the cursor to it, in one transaction; queuing twice is a no-op. */
  async enqueue(version: number, deliveries: NewDelivery[]): Promise<void> {
    await this.db.write('webhook.enqueue', async (tx) => {
      if (deliveries.length) {
        await tx.rows(
          'webhook.enqueue',
          `UNWIND $deliveries AS d
           MATCH (w:Webhook {id: d.webhookId})
           MERGE (x:WebhookDelivery {id: d.webhookId + '.' + toString(d.version)})
           ON CREATE SET x.webhookId = d.webhookId, x.version = d.version, x.event = d.event, x.payload = d.payload,
                         x.status = 'PENDING', x.attempts = 0, x.createdAt = datetime(), x.nextAttemptAt = datetime()
           MERGE (w)-[:DELIVERY]->(x)`,
          { deliveries: deliveries.map((d) => ({ ...d, version: int(d.version) })) },
        );
      }
      await tx.rows(
        'webhook.cursor_move',
        "MERGE (c:WebhookCursor {id: 'webhooks'}) ON CREATE SET c.version = $version SET c.version = CASE WHEN c.version > $version THEN c.version ELSE $version END",
        { version: int(version) },
      );
    });
  }

  /**
   * Claims up to `limit` due deliveries for `leaseMs`. The write lock is taken before the lease
   * is checked again, so two replicas never both claim one delivery; a sender that dies leaves
   * its lease to expire and another takes the delivery over.
   */
  claim(token: string, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    return this.db.write('webhook.claim', (tx) =>
      tx.rows<ClaimedDelivery>(
        'webhook.claim',
        `MATCH (x:WebhookDelivery {status: 'PENDING'})
         WHERE x.nextAttemptAt <= datetime() AND (x.leaseUntil IS NULL OR x.leaseUntil < datetime())
         WITH x ORDER BY x.nextAttemptAt LIMIT $limit
         SET x.claiming = true REMOVE x.claiming
         WITH x WHERE x.status = 'PENDING' AND (x.leaseUntil IS NULL OR x.leaseUntil < datetime())
         MATCH (w:Webhook)-[:DELIVERY]->(x)
         SET x.lease = $token, x.leaseUntil = datetime() + duration({milliseconds: $leaseMs})
         RETURN x.id AS id, x.event AS event, x.payload AS payload, x.attempts AS attempts, w.url AS url, w.secret AS secret`,
        { token, limit: int(limit), leaseMs: int(leaseMs) },
      ),
    );
  }

  /** Records one attempt under the sender's lease, and what follows it: delivered, failed for good, or a retry at `retryInMs`. */
  async record(id: string, token: string, attempt: Omit<DeliveryAttemptRow, 'at'> & { at: string }, retryInMs: number | null): Promise<void> {
    const status: DeliveryStatus = attempt.succeeded ? 'DELIVERED' : retryInMs === null ? 'FAILED' : 'PENDING';
    await this.db.write('webhook.record', (tx) =>
      tx.rows(
        'webhook.record',
        `MATCH (x:WebhookDelivery {id: $id}) WHERE x.lease = $token
         SET x.attempts = $number, x.status = $status, x.lease = null, x.leaseUntil = null,
             x.nextAttemptAt = CASE WHEN $retryInMs IS NULL THEN null ELSE datetime() + duration({milliseconds: $retryInMs}) END,
             x.deliveredAt = CASE WHEN $status = 'DELIVERED' THEN datetime() ELSE null END
         CREATE (x)-[:ATTEMPT]->(:WebhookAttempt {number: $number, at: datetime($at), httpStatus: $httpStatus, error: $error,
                                                  durationMs: $durationMs, succeeded: $succeeded})`,
        {
          id,
          token,
          status,
          number: int(attempt.number),
          at: attempt.at,
          httpStatus: attempt.httpStatus === null ? null : int(attempt.httpStatus),
          error: attempt.error,
          durationMs: int(attempt.durationMs),
          succeeded: attempt.succeeded,
          retryInMs: retryInMs === null ? null : int(retryInMs),
        },
      ),
    );
  }

  /** A hook's deliveries, newest first, each with its attempts. */
  deliveries(webhookId: string, status: DeliveryStatus | null, first: number): Promise<DeliveryRow[]> {
    return this.db.query<DeliveryRow>(
      'webhook.deliveries',
      `MATCH (:Webhook {id: $webhookId})-[:DELIVERY]->(x:WebhookDelivery)
       WHERE $status IS NULL OR x.status = $status
       WITH x ORDER BY x.version DESC LIMIT $first
       RETURN x.id AS id, x.webhookId AS webhookId, x.event AS event, x.version AS version, x.status AS status, x.attempts AS attempts,
              toString(x.createdAt) AS createdAt, toString(x.nextAttemptAt) AS nextAttemptAt, toString(x.deliveredAt) AS deliveredAt,
              COLLECT { MATCH (x)-[:ATTEMPT]->(a:WebhookAttempt) WITH a ORDER BY a.number
                        RETURN a { .number, at: toString(a.at), .httpStatus, .error, .durationMs, .succeeded } } AS log`,
      { webhookId, status, first: int(first) },
    );
  }
}
