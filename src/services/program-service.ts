import { z } from 'zod';
import type { Database } from '../db/database.js';
import { deleteProgram, programDependants } from '../db/deletes.js';
import type { ProgramStore } from '../db/program-store.js';
import { claimKeyed, wouldCycle } from '../db/references.js';
import { deleteParticipations, upsertParticipations, upsertPrograms } from '../db/writes.js';
import { badInput, conflict } from '../domain/errors.js';
import { PARTICIPATION_ROLES, PROGRAM_KINDS } from '../domain/vocabulary.js';
import { idSchema, participationKey, participationSchema, programSchema } from '../domain/dataset.js';
import { afterCursor, inOrder, parseArgument } from './arguments.js';
import { evidenceRefs, claimId, lockAndRequire, lockWrite, mutate } from './mutation.js';
import { timeFilterSchema } from '../domain/filters.js';

const filterSchema = z
  .object({
    kinds: z.array(z.enum(PROGRAM_KINDS)),
    region: idSchema,
    ...timeFilterSchema.shape,
    text: z.string().trim().min(1).max(200),
  })
  .partial();

const programInput = inOrder(programSchema, 'startsOn', 'endsOn');
const participationInput = inOrder(participationSchema, 'startedOn', 'endedOn');

export class ProgramService {
  constructor(
    private readonly db: Database,
    readonly store: ProgramStore,
  ) {}

  list(where: unknown, first: number, after: string | null | undefined) {
    const filter = parseArgument(filterSchema, where ?? {}, 'where');
    return this.store.list(filter, first, afterCursor(after));
  }

  async upsert(input: unknown): Promise<{ id: string; created: boolean }> {
    const record = parseArgument(programInput, input, 'input');
    return mutate(this.db, 'program.upsert', async (tx) => {
      const created = await claimId(tx, 'Program', record.id);
      await lockAndRequire(tx, [record.id], [
        ...(record.regionId ? [{ id: record.regionId, type: 'Region' as const, field: 'input.regionId' }] : []),
        ...(record.partOf ? [{ id: record.partOf, type: 'Program' as const, field: 'input.partOf' }] : []),
        ...evidenceRefs(record.evidence, 'input'),
      ]);
      if (record.partOf && (record.partOf === record.id || (await wouldCycle(tx, 'PART_OF', record.id, record.partOf)))) {
        throw badInput('input.partOf', `"${record.partOf}" is part of "${record.id}": programs would contain each other`, 'a program above, not below');
      }
      const touched = await upsertPrograms(tx, [record]);
      return { result: { id: record.id, created }, touched };
    }, { about: [record.id] });
  }

  /** Deletes a program and its participations; blocked by parts and collaborations under it. */
  async delete(id: string): Promise<{ id: string; deleted: boolean }> {
    parseArgument(idSchema, id, 'id');
    return mutate<{ id: string; deleted: boolean }>(this.db, 'program.delete', async (tx) => {
      // Under the program's lock, nothing can be recorded under it or added to it before this commits.
      if ((await lockWrite(tx, [id])).get(id) !== 'Program') return { result: { id, deleted: false } };
      const row = await programDependants(tx, id);
      if (!row) return { result: { id, deleted: false } };
      if (row.parts.length > 0) throw conflict(`"${id}" has parts (${row.parts.join(', ')}): delete or move them first`, 'id');
      if (row.collaborations.length > 0) {
        throw conflict(`collaborations are recorded under "${id}" (${row.collaborations.join(', ')}): move or delete them first`, 'id');
      }
      await deleteProgram(tx, id);
      return { result: { id, deleted: true }, touched: row.participants };
    }, { about: [id] });
  }

  async addParticipant(input: unknown): Promise<{ id: string; created: boolean }> {
    const record = parseArgument(participationInput, input, 'input');
    const id = participationKey(record.stakeholderId, record.programId, record.role);
    return mutate(this.db, 'program.add_participant', async (tx) => {
      await lockAndRequire(tx, [id], [
        { id: record.stakeholderId, type: 'Stakeholder', field: 'input.stakeholderId' },
        { id: record.programId, type: 'Program', field: 'input.programId' },
        ...evidenceRefs(record.evidence, 'input'),
      ]);
      const created = await claimKeyed(tx, 'Participation', id);
      const touched = await upsertParticipations(tx, [record]);
      return { result: { id, created }, touched };
    }, { about: [id] });
  }

  async removeParticipant(stakeholderId: string, programId: string, role: string): Promise<{ id: string; deleted: boolean }> {
    const args = parseArgument(
      z.object({ stakeholderId: idSchema, programId: idSchema, role: z.enum(PARTICIPATION_ROLES) }),
      { stakeholderId, programId, role },
      'arguments',
    );
    const id = participationKey(args.stakeholderId, args.programId, args.role);
    return mutate(this.db, 'program.remove_participant', async (tx) => {
      await lockWrite(tx, [id], [args.stakeholderId, args.programId]);
      const touched = await deleteParticipations(tx, [id]);
      return { result: { id, deleted: touched.length > 0 }, touched };
    }, { about: [id] });
  }
}
