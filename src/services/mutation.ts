import { currentActor } from '../domain/actor.js';
import { recordAudit, type AuditEntry } from '../db/audit-store.js';
import type { Database, Tx } from '../db/database.js';
import { readReach, type ReachRead } from '../db/change-reach.js';
import { bumpGraphVersion, type GraphChange } from '../db/graph-version.js';
import type { NodeType } from '../db/graph-store.js';
import { lockAndPlace } from '../db/locks.js';
import { redirectsOf } from '../db/merges.js';
import { isOutside, placements, type Placement } from '../db/write-scope.js';
import { describeScope, type WriteScope } from '../domain/roles.js';
import { claimNode, missingReferences, typeOfId, type Reference } from '../db/references.js';
import { recomputeTies } from '../db/ties.js';
import {
  upsertAssessments,
  upsertCollaborations,
  upsertInteractions,
  upsertParticipations,
  upsertPeople,
  upsertPrograms,
  upsertRedirects,
  upsertRegions,
  upsertSources,
  upsertStakeholders,
} from '../db/writes.js';
import { joinReach } from '../domain/changes.js';
import { participationKey, type Dataset } from '../domain/dataset.js';
import { conflict, DomainError } from '../domain/errors.js';
import { REGION_LEVELS } from '../domain/vocabulary.js';

export interface MutationOutcome<T> {
  result: T;
  /** Stakeholders whose derived ties the change affects. */
  touched?: Iterable<string>;
  /** Audit events for other items the write changed (a merge records the merged id too). */
  alsoAudited?: AuditEntry[];
}

/** What an audit entry says about a write's result (`{ id, created }`, `{ id, deleted }` or an id). */
export function auditEntryOf(action: string, result: unknown): AuditEntry {
  // A write that returns a bare id (a region, source or person upsert) names its item by it.
  const r = (typeof result === 'object' && result !== null ? result : typeof result === 'string' ? { id: result } : {}) as { id?: unknown; created?: unknown; deleted?: unknown };
  const outcome = r.created === true ? 'CREATED' : r.deleted === true ? 'DELETED' : r.deleted === false ? 'UNCHANGED' : 'UPDATED';
  return { action, itemId: typeof r.id === 'string' ? r.id : null, outcome };
}

/**
 * Runs a write in one transaction: the change, the recomputation of the ties it touches, the
 * graph version bump and the audit event commit together or not at all. The work may run more
 * than once (the driver retries transient failures), so it must only read and write through
 * `tx`: upserts by id make a retried write land once.
 */
export function mutate<T>(
  db: Database,
  name: string,
  work: (tx: Tx) => Promise<MutationOutcome<T>>,
  { audited = true, changeLogged = true, about = [] }: WriteOptions = {},
): Promise<T> {
  const actor = currentActor();
  return db.write(name, async (tx) => {
    if (actor.scope) guards.set(tx, { scope: actor.scope, written: new Set(), checked: false });
    const before = changeLogged && about.length ? await readReach(tx, about, []) : null;
    const { result, touched, alsoAudited = [] } = await work(tx);
    const entry = auditEntryOf(name, result);
    await requireInScope(tx, entry.itemId ? [entry.itemId] : []);
    const stakeholders = [...new Set(touched ?? [])];
    if (stakeholders.length) await recomputeTies(tx, stakeholders);
    await bumpGraphVersion(tx, changeLogged ? await describeChange(tx, entry, stakeholders, before) : undefined);
    if (audited) for (const e of [entry, ...alsoAudited]) await recordAudit(tx, actor, e);
    return result;
  });
}

/** The change log's entry for a write: its item with its type and outcome, the ties it touched, and its reach before and after. */
async function describeChange(tx: Tx, entry: AuditEntry, stakeholders: string[], before: ReachRead | null): Promise<GraphChange> {
  const items = entry.itemId ? [entry.itemId] : [];
  const after = await readReach(tx, items, stakeholders);
  const type = entry.itemId ? (after.types.get(entry.itemId) ?? before?.types.get(entry.itemId)) : undefined;
  const changed = type && entry.outcome !== 'UNCHANGED' ? [{ id: entry.itemId!, type, change: entry.outcome }] : [];
  const reach = before ? joinReach(before.reach, after.reach) : after.reach;
  return { action: entry.action, stakeholders, items, changed, reach };
}

/**
 * A scoped editor's write (see WriteScope): its scope and the items it writes. Kept per
 * transaction: a retried write starts afresh.
 */
interface ScopeGuard {
  scope: WriteScope;
  written: Set<string>;
  checked: boolean;
}
const guards = new WeakMap<Tx, ScopeGuard>();

/**
 * The scoped editor's rule: every item a write changes (locked through lockWrite or
 * lockAndRequire, or named by its result) stood inside the scope before the write, if it existed
 * (checked by lockWrite, under the lock), and stands inside it after, if it still exists (checked
 * here, once, after the changes, in the same transaction). An item nothing places is in no one's
 * area and passes. Stakeholders whose ties a write recomputes count through the item that links
 * them (a collaboration counts when any of its parties is in scope: see the README's Trust
 * section). A refused write changes nothing: its transaction rolls back.
 */
async function requireInScope(tx: Tx, more: string[]): Promise<void> {
  const guard = guards.get(tx);
  if (!guard || guard.checked) return;
  guard.checked = true;
  for (const id of more) guard.written.add(id);
  const after = (await placements(tx, [...guard.written], guard.scope)).find(isOutside);
  if (after) throw outsideScope(after, guard.scope, 'would be');
}

function outsideScope(item: Placement, scope: WriteScope, tense: 'is' | 'would be'): DomainError {
  const what = `${item.type.toLowerCase()} "${item.id}"${item.name ? ` (${item.name})` : ''}`;
  return new DomainError('FORBIDDEN', `${what} ${tense} outside this credential's scope (${describeScope(scope)})`, {
    expected: "items within the credential's regions (or regions inside them) or programmes (or their sub-programmes)",
  });
}

export interface WriteOptions {
  /**
   * False only for loading the seed: it is the baseline, not a change someone made, and loading
   * it again must change nothing at all (not even the trail).
   */
  audited?: boolean;
  /**
   * Whether the write's change (the stakeholders whose ties it recomputed, the item it wrote) is
   * logged for the analytics to patch itself with. False for a whole dataset: it re-describes
   * more than its ties say (regions, parents), so the analytics reload it.
   */
  changeLogged?: boolean;
  /**
   * The items the write changes, known before it runs (an id argument): where they reach before
   * the write goes into the change log with where they reach after, so a delete, or a move out of
   * a region, is told to that region's subscribers.
   */
  about?: string[];
}

/** One collection of a dataset and how it is written; `write` returns the stakeholders whose ties it touches. */
export interface FactStep<T = unknown> {
  collection: keyof Dataset;
  rows: T[];
  /** The id of a row's item. */
  keyOf: (row: T) => string;
  write: (tx: Tx, rows: T[]) => Promise<string[] | void>;
}

const step = <T>(
  collection: keyof Dataset,
  rows: T[],
  write: (tx: Tx, rows: T[]) => Promise<string[] | void>,
  keyOf: (row: T) => string = (row) => (row as { id: string }).id,
): FactStep => ({ collection, rows, write, keyOf }) as FactStep;

/**
 * The facts of a dataset in the order they can be written: every reference (a region's parent,
 * a stakeholder's parent organisation, a program's parent, evidence sources) lands before what
 * refers to it, so each step, and each batch of a step, can link to what is already there.
 */
export function factSteps(data: Dataset): FactStep[] {
  return [
    step('sources', data.sources, upsertSources),
    step('regions', sortRegions(data.regions), upsertRegions),
    step('stakeholders', sortByDepth(data.stakeholders, (s) => s.unitOf), upsertStakeholders),
    step('people', data.people, upsertPeople),
    step('programs', sortByDepth(data.programs, (p) => p.partOf), upsertPrograms),
    step('participations', data.participations, upsertParticipations, (p) => participationKey(p.stakeholderId, p.programId, p.role)),
    step('collaborations', data.collaborations, upsertCollaborations),
    step('assessments', data.assessments, upsertAssessments),
    step('interactions', data.interactions, upsertInteractions),
    step('redirects', data.redirects, upsertRedirects),
  ];
}

/**
 * The bulk form of mutate, for a whole dataset (seed, import): its facts, then the same ties,
 * version and audit steps, in one transaction, so all of it lands or none of it. `around` runs
 * in that transaction with the writing of the facts in its hands: the importer reads what was
 * there before and after, and a dry run throws to roll everything back.
 */
export function mutateDataset<T = void>(
  db: Database,
  name: string,
  data: Dataset,
  around: (tx: Tx, writeFacts: () => Promise<void>) => Promise<T> = (_tx, writeFacts) => writeFacts() as Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  return mutate(
    db,
    name,
    async (tx) => {
      const touched: string[] = [];
      const result = await around(tx, async () => {
        const steps = factSteps(data);
        // A scoped editor's import: every row is one of its writes, checked here so a dry run is refused too.
        if (guards.has(tx)) await lockWrite(tx, steps.flatMap((s) => s.rows.map(s.keyOf)));
        for (const { rows, write } of steps) touched.push(...((await write(tx, rows)) ?? []));
        await requireInScope(tx, []);
      });
      return { result, touched };
    },
    { ...options, changeLogged: false },
  );
}

/** Parents before children. */
function sortRegions<T extends { level: (typeof REGION_LEVELS)[number] }>(regions: T[]): T[] {
  return [...regions].sort((a, b) => REGION_LEVELS.indexOf(a.level) - REGION_LEVELS.indexOf(b.level));
}

function sortByDepth<T extends { id: string }>(rows: T[], parentOf: (row: T) => string | undefined): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const depth = new Map<string, number>();
  const depthOf = (row: T): number => {
    let d = 0;
    const seen = new Set<string>();
    for (let parent = parentOf(row); parent && byId.has(parent) && !seen.has(parent); parent = parentOf(byId.get(parent)!)) {
      seen.add(parent);
      d++;
    }
    return d;
  };
  for (const row of rows) depth.set(row.id, depthOf(row));
  return [...rows].sort((a, b) => depth.get(a.id)! - depth.get(b.id)!);
}

/** Fails with NOT_FOUND naming the first unresolved reference (a read: nothing is locked). */
export async function requireReferences(tx: Tx, refs: Reference[]): Promise<void> {
  failOnMissing(await missingReferences(tx, refs));
}

/**
 * Locks the items a write changes and every item it refers to (see lockItems), then fails with
 * NOT_FOUND naming the first reference that does not resolve. Every write checks its references
 * this way, so what it checked still holds when it commits. Returns the type of each item found.
 */
export async function lockAndRequire(tx: Tx, items: string[], refs: Reference[]): Promise<Map<string, NodeType>> {
  const found = await lockWrite(tx, items, refs.map((r) => r.id));
  const missing = refs.filter((r) => found.get(r.id) !== r.type);
  const merged = missing.filter((r) => (found.get(r.id) as string) === 'Redirect').map((r) => r.id);
  failOnMissing(missing, merged.length > 0 ? await redirectsOf(tx, merged) : new Map<string, { to: string }>());
  return found;
}

/**
 * Locks the items a write changes (`written`) and others its checks read (see lockItems); for a
 * scoped editor, the same statement notes where each written item stands before the change.
 * Returns the type of each item found.
 */
export async function lockWrite(tx: Tx, written: string[], others: string[] = []): Promise<Map<string, NodeType>> {
  const guard = guards.get(tx);
  const { found, before } = await lockAndPlace(tx, [...written, ...others], written, guard?.scope ?? null);
  if (guard) {
    for (const id of written) guard.written.add(id);
    // Refused at once, before the write's own checks: an item outside the scope is not this editor's to change.
    const outside = before.find(isOutside);
    if (outside) throw outsideScope(outside, guard.scope, 'is');
  }
  return found;
}

/**
 * A write naming a merged id is refused, not redirected: the caller's data still says the old
 * record, and the message names the id to use instead.
 */
function failOnMissing(missing: Reference[], redirects: Map<string, { to: string }> = new Map()): void {
  const first = missing[0];
  if (!first) return;
  const problems = missing.map((m) => {
    const to = redirects.get(m.id)?.to;
    return { field: m.field, message: to ? `"${m.id}" was merged into "${to}": use "${to}"` : `unknown ${m.type.toLowerCase()} "${m.id}"` };
  });
  throw new DomainError('NOT_FOUND', problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
    field: first.field,
    expected: `the id of an existing ${first.type.toLowerCase()}`,
    problems,
  });
}

/**
 * Claims an id for an item of `type` at the start of a write and tells whether it is new.
 * MERGE takes the uniqueness constraint's lock, so of concurrent upserts of one id exactly one
 * sees it created; the rest wait and then find it. Fails with CONFLICT when the id belongs to
 * an item of another type (ids are unique across types).
 */
export async function claimId(tx: Tx, type: NodeType, id: string, field = 'input.id'): Promise<boolean> {
  const existing = await typeOfId(tx, id);
  if ((existing as string) === 'Redirect') {
    const to = (await redirectsOf(tx, [id])).get(id)?.to;
    throw conflict(`id "${id}" was merged into "${to}" and stays reserved for its redirect: write to "${to}"`, field);
  }
  if (existing && existing !== type) throw conflict(`id "${id}" is already used by a ${existing}`, field);
  return claimNode(tx, type, id);
}

export const evidenceRefs = (evidence: Array<{ sourceId: string }>, prefix: string): Reference[] =>
  evidence.map((e, i) => ({ id: e.sourceId, type: 'Source' as const, field: `${prefix}.evidence.${i}.sourceId` }));
