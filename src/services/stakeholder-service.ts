import { z } from 'zod';
import type { Database } from '../db/database.js';
import { deleteStakeholder, stakeholderDependants } from '../db/deletes.js';
import { wouldCycle } from '../db/references.js';
import type { StakeholderFilter, StakeholderOrderField, StakeholderStore } from '../db/stakeholder-store.js';
import { upsertStakeholders } from '../db/writes.js';
import { badInput, conflict } from '../domain/errors.js';
import { HELICES, STAKEHOLDER_KINDS } from '../domain/vocabulary.js';
import { idSchema, stakeholderSchema } from '../domain/dataset.js';
import { lockItems } from '../db/locks.js';
import { afterCursor, parseArgument } from './arguments.js';
import { evidenceRefs, claimId, lockAndRequire, mutate } from './mutation.js';
import { timeFilterSchema } from '../domain/filters.js';

const filterSchema = z
  .object({
    ids: z.array(idSchema).max(1000),
    helices: z.array(z.enum(HELICES)),
    kinds: z.array(z.enum(STAKEHOLDER_KINDS)),
    region: idSchema,
    program: idSchema,
    ...timeFilterSchema.shape,
    hasTiesTo: z.array(z.enum(HELICES)),
    lacksTiesTo: z.array(z.enum(HELICES)),
    text: z.string().trim().min(1).max(200),
  })
  .partial();

export class StakeholderService {
  constructor(
    private readonly db: Database,
    readonly store: StakeholderStore,
  ) {}

  list(
    where: unknown,
    orderBy: { field: StakeholderOrderField; direction?: 'ASC' | 'DESC' | null } | null | undefined,
    first: number,
    after: string | null | undefined,
  ) {
    const filter: StakeholderFilter = parseArgument(filterSchema, where ?? {}, 'where');
    return this.store.list(filter, { field: orderBy?.field ?? 'NAME', direction: orderBy?.direction ?? 'ASC' }, first, afterCursor(after));
  }

  async upsert(input: unknown): Promise<{ id: string; created: boolean }> {
    const record = parseArgument(stakeholderSchema, input, 'input');
    return mutate(this.db, 'stakeholder.upsert', async (tx) => {
      const created = await claimId(tx, 'Stakeholder', record.id);
      await lockAndRequire(tx, [record.id], [
        ...(record.regionId ? [{ id: record.regionId, type: 'Region' as const, field: 'input.regionId' }] : []),
        ...(record.unitOf ? [{ id: record.unitOf, type: 'Stakeholder' as const, field: 'input.unitOf' }] : []),
        ...evidenceRefs(record.evidence, 'input'),
      ]);
      if (record.unitOf && (record.unitOf === record.id || (await wouldCycle(tx, 'UNIT_OF', record.id, record.unitOf)))) {
        throw badInput('input.unitOf', `"${record.unitOf}" is already a unit of "${record.id}": the hierarchy would loop`, 'an organisation above, not below');
      }
      await upsertStakeholders(tx, [record]);
      return { result: { id: record.id, created } };
    });
  }

  /**
   * Removes a stakeholder with its participations, party memberships, offices and ties. Its
   * units, and collaborations that would be left with one party, block the delete. The check
   * runs under the locks of the stakeholder, its collaborations and partners, so a concurrent
   * delete of another party, or a collaboration recorded with it, waits for this one.
   */
  async delete(id: string): Promise<{ id: string; deleted: boolean }> {
    parseArgument(idSchema, id, 'id');
    return mutate<{ id: string; deleted: boolean }>(this.db, 'stakeholder.delete', async (tx) => {
      if ((await lockItems(tx, [id])).get(id) !== 'Stakeholder') return { result: { id, deleted: false } };
      const row = await stakeholderDependants(tx, id);
      if (!row) return { result: { id, deleted: false } };
      if (row.units.length > 0) throw conflict(`"${id}" still has units (${row.units.join(', ')}): delete or move them first`, 'id');
      if (row.pairs.length > 0) {
        throw conflict(`"${id}" is one of only two parties of ${row.pairs.join(', ')}: end or delete those collaborations first`, 'id');
      }
      // Ties of the remaining parties among themselves do not change: only the ones to s go.
      await deleteStakeholder(tx, id);
      return { result: { id, deleted: true } };
    });
  }
}
