import { z } from 'zod';
import type { CollaborationStore } from '../db/collaboration-store.js';
import type { Database, Tx } from '../db/database.js';
import type { ReferenceStore } from '../db/reference-store.js';
import { upsertCollaborations } from '../db/writes.js';
import { notFound } from '../domain/errors.js';
import { COLLABORATION_KINDS, COLLABORATION_STATUSES } from '../domain/vocabulary.js';
import { collaborationSchema, evidenceSchema, idSchema, isoDateSchema, partySchema, type CollaborationRecord } from '../domain/dataset.js';
import { evidenceRefs, inOrder, claimId, mutate, parseArgument, requireReferences } from './mutation.js';
import { pageArguments } from './stakeholder-service.js';
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
    private readonly references: ReferenceStore,
  ) {}

  list(where: unknown, first: number | null | undefined, after: string | null | undefined) {
    const filter = parseArgument(filterSchema, where ?? {}, 'where');
    const page = pageArguments(first, after);
    return this.store.list(filter, page.first, page.after);
  }

  /** Records a collaboration or replaces it whole (parties and evidence included). */
  record(input: unknown): Promise<{ id: string; created: boolean }> {
    const record = parseArgument(collaborationInput, input, 'input');
    return mutate(this.db, 'collaboration.record', async (tx) => {
      const created = await claimId(tx, 'Collaboration', record.id);
      return { result: { id: record.id, created }, touched: await this.write(tx, record, 'input') };
    });
  }

  /** Applies a patch to the stored collaboration and validates the result as a whole. */
  async update(id: string, patch: unknown, argument = 'patch'): Promise<{ id: string; created: boolean }> {
    parseArgument(idSchema, id, 'id');
    const changes = parseArgument(patchSchema, patch, argument);
    const current = await this.current(id);
    const { addEvidence, ...rest } = changes;
    const merged = parseArgument(
      collaborationInput,
      { ...current, ...rest, evidence: [...current.evidence, ...(addEvidence ?? [])] },
      argument,
    );
    return mutate(this.db, 'collaboration.update', async (tx) => ({
      result: { id, created: false },
      touched: await this.write(tx, merged, argument),
    }));
  }

  end(id: string, endedOn: string): Promise<{ id: string; created: boolean }> {
    return this.update(id, { endedOn, status: 'ENDED' }, 'endedOn');
  }

  async delete(id: string): Promise<{ id: string; deleted: boolean }> {
    parseArgument(idSchema, id, 'id');
    return mutate<{ id: string; deleted: boolean }>(this.db, 'collaboration.delete', async (tx) => {
      const rows = await tx.rows<{ parties: string[] }>(
        'collaboration.delete',
        `MATCH (c:Collaboration {id: $id})
         WITH c, COLLECT { MATCH (c)<-[:PARTY_TO]-(s:Stakeholder) RETURN s.id } AS parties
         DETACH DELETE c
         RETURN parties`,
        { id },
      );
      const parties = rows[0]?.parties;
      return { result: { id, deleted: parties !== undefined }, touched: parties ?? [] };
    });
  }

  private async write(tx: Tx, record: CollaborationRecord, argument: string): Promise<string[]> {
    await requireReferences(tx, [
      ...record.parties.map((p, i) => ({ id: p.stakeholderId, type: 'Stakeholder' as const, field: `${argument}.parties.${i}.stakeholderId` })),
      ...(record.programId ? [{ id: record.programId, type: 'Program' as const, field: `${argument}.programId` }] : []),
      ...evidenceRefs(record.evidence, argument),
    ]);
    return upsertCollaborations(tx, [record]);
  }

  /** The stored collaboration in input form, for patching. */
  private async current(id: string): Promise<CollaborationRecord> {
    const [row] = await this.store.byIds([id]);
    if (!row) throw notFound('collaboration', id, 'id');
    const [[parties], [programId], [evidence]] = await Promise.all([
      this.store.parties([id]),
      this.store.programIds([id]),
      this.references.evidence('Collaboration', [id]),
    ]);
    return {
      id,
      name: row.name,
      kind: row.kind,
      description: row.description ?? undefined,
      strength: row.strength,
      status: row.status,
      startedOn: row.startedOn ?? undefined,
      endedOn: row.endedOn ?? undefined,
      programId: programId ?? undefined,
      parties: (parties ?? []).map((p) => ({ stakeholderId: p.stakeholderId, role: p.role ?? undefined })),
      evidence: (evidence ?? []).map((e) => ({ sourceId: e.sourceId, quote: e.quote, confidence: e.confidence })),
    };
  }
}
