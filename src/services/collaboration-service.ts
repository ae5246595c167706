import { z } from 'zod';
import { collaborationRecord, type CollaborationStore } from '../db/collaboration-store.js';
import type { Database, Tx } from '../db/database.js';
import { deleteCollaboration } from '../db/deletes.js';
import { upsertCollaborations } from '../db/writes.js';
import { notFound } from '../domain/errors.js';
import { COLLABORATION_KINDS, COLLABORATION_STATUSES } from '../domain/vocabulary.js';
import { collaborationSchema, evidenceSchema, idSchema, isoDateSchema, partySchema, type CollaborationRecord } from '../domain/dataset.js';
import { afterCursor, inOrder, parseArgument } from './arguments.js';
import { evidenceRefs, claimId, lockAndRequire, lockWrite, mutate } from './mutation.js';
import { timeFilterSchema } from '../domain/filters.js';

const collaborationInput = inOrder(collaborationSchema, 'startedOn', 'endedOn').refine(
  (c) => new Set(c.parties.map((p) => p.stakeholderId)).size === c.parties.length,
  { message: 'each stakeholder may be a party once', path: ['parties'] },
);

const patchSchema = z
  .object({
    name: z.string(),
    kind: z.enum(COLLABORATION_KINDS),
    description: z.string(),
    strength: z.number(),
    status: z.enum(COLLABORATION_STATUSES),
    startedOn: isoDateSchema,
    endedOn: isoDateSchema,
    programId: idSchema,
    parties: z.array(partySchema),
    addEvidence: z.array(evidenceSchema).max(50),
  })
  .partial();

const filterSchema = z
  .object({
    statuses: z.array(z.enum(COLLABORATION_STATUSES)),
    kinds: z.array(z.enum(COLLABORATION_KINDS)),
    program: idSchema,
    stakeholder: idSchema,
    ...timeFilterSchema.shape,
  })
  .partial();

export class CollaborationService {
  constructor(
    private readonly db: Database,
    readonly store: CollaborationStore,
  ) {}

  list(where: unknown, first: number, after: string | null | undefined) {
    const filter = parseArgument(filterSchema, where ?? {}, 'where');
    return this.store.list(filter, first, afterCursor(after));
  }

  /** Records a collaboration or replaces it whole (parties and evidence included). */
  record(input: unknown): Promise<{ id: string; created: boolean }> {
    const record = parseArgument(collaborationInput, input, 'input');
    return mutate(this.db, 'collaboration.record', async (tx) => {
      const created = await claimId(tx, 'Collaboration', record.id);
      return { result: { id: record.id, created }, touched: await this.write(tx, record, 'input') };
    }, { about: [record.id] });
  }

  /**
   * Applies a patch to the stored collaboration and validates the result as a whole. The stored
   * one is read under its lock in the write's transaction: a concurrent delete makes this
   * NOT_FOUND (never brings it back), a concurrent patch is not lost.
   */
  async update(id: string, patch: unknown, argument = 'patch'): Promise<{ id: string; created: boolean }> {
    parseArgument(idSchema, id, 'id');
    const { addEvidence, ...rest } = parseArgument(patchSchema, patch, argument);
    return mutate(this.db, 'collaboration.update', async (tx) => {
      const current = (await lockWrite(tx, [id])).get(id) === 'Collaboration' ? await collaborationRecord(tx, id) : null;
      if (!current) throw notFound('collaboration', id, 'id');
      const evidence = [...(current.evidence as unknown[]), ...(addEvidence ?? [])];
      const merged = parseArgument(collaborationInput, { ...current, ...rest, evidence }, argument);
      return { result: { id, created: false }, touched: await this.write(tx, merged, argument) };
    }, { about: [id] });
  }

  end(id: string, endedOn: string): Promise<{ id: string; created: boolean }> {
    return this.update(id, { endedOn, status: 'ENDED' }, 'endedOn');
  }

  async delete(id: string): Promise<{ id: string; deleted: boolean }> {
    parseArgument(idSchema, id, 'id');
    return mutate<{ id: string; deleted: boolean }>(this.db, 'collaboration.delete', async (tx) => {
      await lockWrite(tx, [id]);
      const parties = await deleteCollaboration(tx, id);
      return { result: { id, deleted: parties !== null }, touched: parties ?? [] };
    }, { about: [id] });
  }

  /** Writes a collaboration under the locks of it, its parties (old and new) and its program. */
  private async write(tx: Tx, record: CollaborationRecord, argument: string): Promise<string[]> {
    await lockAndRequire(tx, [record.id], [
      ...record.parties.map((p, i) => ({ id: p.stakeholderId, type: 'Stakeholder' as const, field: `${argument}.parties.${i}.stakeholderId` })),
      ...(record.programId ? [{ id: record.programId, type: 'Program' as const, field: `${argument}.programId` }] : []),
      ...evidenceRefs(record.evidence, argument),
    ]);
    return upsertCollaborations(tx, [record]);
  }
}
