import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../domain/actor.js';
import type { Cursor } from './pagination.js';
import { keysetPage } from './pagination.js';
import type { Database, Tx } from './database.js';

export const AUDIT_OUTCOMES = ['CREATED', 'UPDATED', 'DELETED', 'UNCHANGED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditEntry {
  /** What was done, e.g. `stakeholder.upsert`. */
  action: string;
  itemId: string | null;
  outcome: AuditOutcome;
}

export const auditEventRow = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  role: z.string(),
  operation: z.string().nullable(),
  action: z.string(),
  itemId: z.string().nullable(),
  outcome: z.enum(AUDIT_OUTCOMES),
});
export type AuditEventRow = z.infer<typeof auditEventRow>;

export interface AuditFilter {
  actor?: string;
  itemId?: string;
  action?: string;
  since?: string;
  until?: string;
}

/**
 * Records one event per write in the write's own transaction, so the trail holds exactly the
 * changes that committed. Events carry no `Entity` label: they are not part of the graph and
 * never show up in searches, exports or analytics. Values are not copied (the trail must not
 * become a second store of personal contact details): what, who, when and the outcome.
 */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.rows(
    'audit.record',
    `CREATE (:AuditEvent {id: $id, at: datetime(), actor: $actor, role: $role, operation: $operation,
                          action: $action, itemId: $itemId, outcome: $outcome})`,
    { id: randomUUID(), actor: actor.subject, role: actor.role, operation: actor.operation, ...entry },
  );
}

export class AuditStore {
  constructor(private readonly db: Database) {}

  /** Newest first. */
  list(filter: AuditFilter, first: number, after: Cursor | null) {
    return keysetPage(
      this.db,
      {
        name: 'audit.list',
        filtered: `MATCH (e:AuditEvent)
          WHERE ($actor IS NULL OR e.actor = $actor) AND ($itemId IS NULL OR e.itemId = $itemId)
            AND ($action IS NULL OR e.action = $action)
            AND ($since IS NULL OR e.at >= datetime($since)) AND ($until IS NULL OR e.at < datetime($until))`,
        variable: 'e',
        sortKey: 'e.at.epochMillis',
        direction: 'DESC',
        fields: `e { .id, at: toString(e.at), .actor, .role, .operation, .action, .itemId, .outcome }`,
        params: {
          actor: filter.actor ?? null,
          itemId: filter.itemId ?? null,
          action: filter.action ?? null,
          since: filter.since ?? null,
          until: filter.until ?? null,
        },
        first,
        after,
      },
      auditEventRow,
    );
  }
}
