import { z } from 'zod';
import type { Database, Tx } from '../db/database.js';
import { deleteInteraction } from '../db/deletes.js';
import { interactionRecord, type EngagementStore } from '../db/engagement-store.js';
import { lockItems } from '../db/locks.js';
import { claimNode, typeOfId, type Reference } from '../db/references.js';
import { upsertInteractions } from '../db/writes.js';
import { followUpSchema, idSchema, interactionProblems, interactionSchema, isoDateSchema, type InteractionRecord } from '../domain/dataset.js';
import { badInput, conflict, notFound } from '../domain/errors.js';
import { scopeSchema } from '../domain/filters.js';
import { FOLLOW_UP_STATUSES, INTERACTION_KINDS, type FollowUpStatus } from '../domain/vocabulary.js';
import { slugify } from '../exchange/matching.js';
import { afterCursor, parseArgument } from './arguments.js';
import { claimId, lockAndRequire, mutate } from './mutation.js';

const today = () => new Date().toISOString().slice(0, 10);

/** The rules of one interaction, as zod issues (shared with the dataset's cross-check). */
const withRules = <S extends z.ZodType<InteractionRecord | Omit<InteractionRecord, 'id'>>>(schema: S, participants = true) =>
  schema.superRefine((record, ctx) => {
    for (const issue of interactionProblems(record as InteractionRecord, { participants })) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

/** A follow-up closed without a date was closed on the day it was written. */
const closedToday = <T extends { followUps: Array<{ status: FollowUpStatus; closedOn?: string }> }>(record: T): T => ({
  ...record,
  followUps: record.followUps.map((f) => (f.status !== 'OPEN' && !f.closedOn ? { ...f, closedOn: today() } : f)),
});

const inputSchema = withRules(interactionSchema.extend({ id: idSchema.optional() }));
/** A stored interaction changed: it needs someone taking part only when the change names who (see interactionProblems). */
const recordSchema = withRules(interactionSchema, false);
const withParticipantsSchema = withRules(interactionSchema);

const patchSchema = interactionSchema
  .omit({ id: true })
  .extend({ addFollowUps: z.array(followUpSchema).max(50) })
  .partial()
  .extend({ stakeholderIds: z.array(idSchema).max(100).optional(), personIds: z.array(idSchema).max(100).optional(), followUps: z.array(followUpSchema).max(50).optional() });

const interactionFilterSchema = z
  .object({
    stakeholder: idSchema,
    person: idSchema,
    program: idSchema,
    region: idSchema,
    kinds: z.array(z.enum(INTERACTION_KINDS)),
    since: isoDateSchema,
    asOf: isoDateSchema,
  })
  .partial();

const followUpFilterSchema = z.object({
  owner: idSchema.optional(),
  region: idSchema.optional(),
  program: idSchema.optional(),
  stakeholder: idSchema.optional(),
  statuses: z.array(z.enum(FOLLOW_UP_STATUSES)).min(1).default(['OPEN']),
  overdue: z.boolean().optional(),
  asOf: isoDateSchema.optional(),
});

/** `<interaction id>--<place in its list, from 1>`. */
const followUpIdSchema = z
  .string()
  .max(130)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*--[1-9]\d{0,2}$/, 'expected the id of a follow-up, `<interaction id>--<n>`');


/**
 * The engagement log: interactions with partners and the follow-ups agreed at them. Every write
 * goes through the one write path (locks, audit, graph version, and the ties an interaction of
 * two or more stakeholders evidences).
 */
export class EngagementService {
  constructor(
    private readonly db: Database,
    readonly store: EngagementStore,
  ) {}

  list(where: unknown, first: number, after: string | null | undefined) {
    return this.store.list(parseArgument(interactionFilterSchema, where ?? {}, 'where'), first, afterCursor(after));
  }

  followUps(where: unknown, first: number, after: string | null | undefined) {
    return this.store.followUps(parseArgument(followUpFilterSchema, where ?? {}, 'where'), first, afterCursor(after));
  }

  unengaged(since: string, scope: unknown, first: number, after: string | null | undefined) {
    const day = parseArgument(isoDateSchema, since, 'since');
    return this.store.unengaged(parseArgument(scopeSchema, scope ?? {}, 'scope'), day, first, afterCursor(after));
  }

  /** Logs an interaction, or replaces it whole when its id exists (upsert by id). */
  log(input: unknown): Promise<{ id: string; created: boolean }> {
    const { id: given, ...rest } = closedToday(parseArgument(inputSchema, input, 'input'));
    return mutate(this.db, 'interaction.log', async (tx) => {
      const { id, created } = given ? { id: given, created: await claimId(tx, 'Interaction', given) } : { id: await this.claimNew(tx, rest), created: true };
      return { result: { id, created }, touched: await this.write(tx, { ...rest, id }, 'input') };
    });
  }

  /** Applies a patch to the stored interaction (read under its lock) and validates the result whole. */
  async update(id: string, patch: unknown): Promise<{ id: string; created: boolean }> {
    parseArgument(idSchema, id, 'id');
    const { addFollowUps, ...rest } = parseArgument(patchSchema, patch, 'patch');
    return mutate(this.db, 'interaction.update', async (tx) => {
      const current = await this.current(tx, id, 'id');
      const followUps = [...((rest.followUps ?? current.followUps) as unknown[]), ...(addFollowUps ?? [])];
      const changesWho = rest.stakeholderIds !== undefined || rest.personIds !== undefined;
      const merged = closedToday(parseArgument(changesWho ? withParticipantsSchema : recordSchema, { ...current, ...rest, followUps }, 'patch'));
      return { result: { id, created: false }, touched: await this.write(tx, merged, 'patch') };
    });
  }

  /** Marks a follow-up done or cancelled (on `closedOn`, today by default), or opens it again. */
  async setFollowUpStatus(followUpId: string, status: unknown, closedOn: unknown): Promise<{ id: string; created: boolean }> {
    parseArgument(followUpIdSchema, followUpId, 'id');
    const newStatus = parseArgument(z.enum(FOLLOW_UP_STATUSES), status, 'status');
    const closed = parseArgument(isoDateSchema.optional(), closedOn, 'closedOn');
    if (newStatus === 'OPEN' && closed) throw badInput('closedOn', 'an open follow-up has no closing date', 'no closedOn with status OPEN');
    const cut = followUpId.lastIndexOf('--');
    const interactionId = followUpId.slice(0, cut);
    const index = Number(followUpId.slice(cut + 2)) - 1;
    return mutate(this.db, 'follow_up.status', async (tx) => {
      const current = await this.current(tx, interactionId, 'id');
      const followUps = [...(current.followUps as Array<Record<string, unknown>>)];
      const followUp = followUps[index];
      if (!followUp) throw notFound('follow-up', followUpId, 'id');
      const closedOn = newStatus === 'OPEN' ? null : (closed ?? today());
      if (closedOn && closedOn < String(current.occurredOn)) throw badInput('closedOn', `must not be before the interaction (${String(current.occurredOn)})`, `a date on or after ${String(current.occurredOn)}`);
      followUps[index] = { ...followUp, status: newStatus, closedOn };
      const merged = parseArgument(recordSchema, { ...current, followUps }, 'id');
      return { result: { id: followUpId, created: false }, touched: await this.write(tx, merged, '') };
    });
  }

  async delete(id: string): Promise<{ id: string; deleted: boolean }> {
    parseArgument(idSchema, id, 'id');
    return mutate<{ id: string; deleted: boolean }>(this.db, 'interaction.delete', async (tx) => {
      await lockItems(tx, [id]);
      const stakeholders = await deleteInteraction(tx, id);
      return { result: { id, deleted: stakeholders !== null }, touched: stakeholders && stakeholders.length >= 2 ? stakeholders : [] };
    });
  }

  /** The stored interaction in the exchange format, under its lock: NOT_FOUND when it is gone. */
  private async current(tx: Tx, id: string, field: string): Promise<Record<string, unknown>> {
    const current = (await lockItems(tx, [id])).get(id) === 'Interaction' ? await interactionRecord(tx, id) : null;
    if (!current) throw notFound('interaction', id, field);
    return current;
  }

  /** A new id from the date, kind and subject, numbered when taken (`...-2`, `...-3`). */
  private async claimNew(tx: Tx, record: Omit<InteractionRecord, 'id'>): Promise<string> {
    const base = slugify(`${record.occurredOn} ${record.kind} ${record.subject}`).slice(0, 110).replace(/-+$/, '');
    for (let n = 1; n <= 1000; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if ((await typeOfId(tx, id)) === null && (await claimNode(tx, 'Interaction', id))) return id;
    }
    throw conflict(`too many interactions named "${base}" on one day; give an id`, 'input.id');
  }

  /** Writes an interaction under the locks of it, its participants, programme and owners. */
  private async write(tx: Tx, record: InteractionRecord, argument: string): Promise<string[]> {
    const at = (field: string) => (argument ? `${argument}.${field}` : field);
    const refs: Reference[] = [
      ...record.stakeholderIds.map((id, i) => ({ id, type: 'Stakeholder' as const, field: at(`stakeholderIds.${i}`) })),
      ...record.personIds.map((id, i) => ({ id, type: 'Person' as const, field: at(`personIds.${i}`) })),
      ...(record.programId ? [{ id: record.programId, type: 'Program' as const, field: at('programId') }] : []),
      ...record.followUps.flatMap((f, i) => (f.ownerId ? [{ id: f.ownerId, type: 'Person' as const, field: at(`followUps.${i}.ownerId`) }] : [])),
    ];
    await lockAndRequire(tx, [record.id], refs);
    return upsertInteractions(tx, [record]);
  }
}
