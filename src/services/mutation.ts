import type { z } from 'zod';
import { currentActor } from '../domain/actor.js';
import { recordAudit, type AuditEntry } from '../db/audit-store.js';
import type { Database, Tx } from '../db/database.js';
import { bumpGraphVersion } from '../db/graph-version.js';
import { NODE_TYPES, type NodeType } from '../db/graph-store.js';
import { missingReferences, typeOfId, type Reference } from '../db/references.js';
import { recomputeTies } from '../db/ties.js';
import { conflict, DomainError, fromZod } from '../domain/errors.js';

/** GraphQL sends explicit nulls for omitted optionals; the zod schemas expect them absent. */
export function withoutNulls(value: unknown): unknown {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value === 'object' && value !== undefined) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
  }
  return value;
}

/** Validates an argument with zod; failures become one BAD_USER_INPUT naming every field. */
export function parseArgument<S extends z.ZodType>(schema: S, value: unknown, argument: string): z.infer<S> {
  const parsed = schema.safeParse(withoutNulls(value));
  if (!parsed.success) throw fromZod(argument, parsed.error);
  return parsed.data;
}

export interface MutationOutcome<T> {
  result: T;
  /** Stakeholders whose derived ties the change affects. */
  touched?: Iterable<string>;
}

/** What an audit entry says about a write's result (`{ id, created }` or `{ id, deleted }`). */
export function auditEntryOf(action: string, result: unknown): AuditEntry {
  const r = (typeof result === 'object' && result !== null ? result : {}) as { id?: unknown; created?: unknown; deleted?: unknown };
  const outcome = r.created === true ? 'CREATED' : r.deleted === true ? 'DELETED' : r.deleted === false ? 'UNCHANGED' : 'UPDATED';
  return { action, itemId: typeof r.id === 'string' ? r.id : null, outcome };
}

/**
 * Runs a write in one transaction: the change, the recomputation of the ties it touches, the
 * graph version bump and the audit event commit together or not at all. The work may run more
 * than once (the driver retries transient failures), so it must only read and write through
 * `tx`: upserts by id make a retried write land once.
 */
export function mutate<T>(db: Database, name: string, work: (tx: Tx) => Promise<MutationOutcome<T>>): Promise<T> {
  const actor = currentActor();
  return db.write(name, async (tx) => {
    const { result, touched } = await work(tx);
    if (touched) await recomputeTies(tx, touched);
    await bumpGraphVersion(tx);
    await recordAudit(tx, actor, auditEntryOf(name, result));
    return result;
  });
}

/** Fails with NOT_FOUND naming the first unresolved reference. */
export async function requireReferences(tx: Tx, refs: Reference[]): Promise<void> {
  const missing = await missingReferences(tx, refs);
  const first = missing[0];
  if (first) {
    const problems = missing.map((m) => ({ field: m.field, message: `unknown ${m.type.toLowerCase()} "${m.id}"` }));
    throw new DomainError('NOT_FOUND', problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
      field: first.field,
      expected: `the id of an existing ${first.type.toLowerCase()}`,
      problems,
    });
  }
}

/**
 * Claims an id for an item of `type` at the start of a write and tells whether it is new.
 * MERGE takes the uniqueness constraint's lock, so of concurrent upserts of one id exactly one
 * sees it created; the rest wait and then find it. Fails with CONFLICT when the id belongs to
 * an item of another type (ids are unique across types).
 */
export async function claimId(tx: Tx, type: NodeType, id: string, field = 'input.id'): Promise<boolean> {
  const existing = await typeOfId(tx, id);
  if (existing && existing !== type) throw conflict(`id "${id}" is already used by a ${existing}`, field);
  if (!NODE_TYPES.includes(type)) throw new Error(`not a node type: ${type}`);
  const [row] = await tx.rows<{ created: boolean }>(
    `claim.${type}`,
    `MERGE (n:${type} {id: $id}) ON CREATE SET n:Entity, n.claimedAt = datetime()
     RETURN n.createdAt IS NULL AS created`,
    { id },
  );
  return row?.created ?? false;
}

export const evidenceRefs = (evidence: Array<{ sourceId: string }>, prefix: string): Reference[] =>
  evidence.map((e, i) => ({ id: e.sourceId, type: 'Source' as const, field: `${prefix}.evidence.${i}.sourceId` }));

/** Adds the rule "`to` is not before `from`" (ISO dates compare as strings) to an input schema. */
export function inOrder<S extends z.ZodType<Record<string, unknown>>>(schema: S, from: string, to: string) {
  return schema.refine(
    (value) => {
      const start = value[from];
      const end = value[to];
      return typeof start !== 'string' || typeof end !== 'string' || end >= start;
    },
    { message: `must not be before ${from}`, path: [to] },
  );
}
