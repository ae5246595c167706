import { z } from 'zod';
import type { Database } from '../db/database.js';
import { decodeCursor, type Cursor } from '../db/pagination.js';
import { wouldCycle } from '../db/references.js';
import type { StakeholderFilter, StakeholderOrderField, StakeholderStore } from '../db/stakeholder-store.js';
import { upsertStakeholders } from '../db/writes.js';
import { badInput, conflict } from '../domain/errors.js';
import { HELICES, STAKEHOLDER_KINDS } from '../domain/vocabulary.js';
import { idSchema, stakeholderSchema } from '../domain/dataset.js';
import { evidenceRefs, claimId, mutate, parseArgument, requireReferences } from './mutation.js';
import { timeFilterSchema } from '../domain/filters.js';

export const MAX_PAGE = 100;

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

/** Validates `first` and `after` of a connection. */
export function pageArguments(first: number | null | undefined, after: string | null | undefined): { first: number; after: Cursor | null } {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) throw badInput('first', `must be between 1 and ${MAX_PAGE}`, `an integer from 1 to ${MAX_PAGE}`);
  if (after === null || after === undefined) return { first: size, after: null };
  const cursor = decodeCursor(after);
  if (!cursor) throw badInput('after', 'is not a cursor returned by this API', 'the endCursor of a previous page');
  return { first: size, after: cursor };
}

export class StakeholderService {
  constructor(
    private readonly db: Database,
    readonly store: StakeholderStore,
  ) {}

  list(
    where: unknown,
    orderBy: { field: StakeholderOrderField; direction?: 'ASC' | 'DESC' | null } | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ) {
    const filter: StakeholderFilter = parseArgument(filterSchema, where ?? {}, 'where');
    const page = pageArguments(first, after);
    return this.store.list(filter, { field: orderBy?.field ?? 'NAME', direction: orderBy?.direction ?? 'ASC' }, page.first, page.after);
  }

  async upsert(input: unknown): Promise<{ id: string; created: boolean }> {
    const record = parseArgument(stakeholderSchema, input, 'input');
    return mutate(this.db, 'stakeholder.upsert', async (tx) => {
      const created = await claimId(tx, 'Stakeholder', record.id);
      await requireReferences(tx, [
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
   * units, and collaborations that would be left with one party, block the delete.
   */
  async delete(id: string): Promise<{ id: string; deleted: boolean }> {
    parseArgument(idSchema, id, 'id');
    return mutate<{ id: string; deleted: boolean }>(this.db, 'stakeholder.delete', async (tx) => {
      const [row] = await tx.rows<{ units: string[]; pairs: string[] }>(
        'stakeholder.delete_check',
        `MATCH (s:Stakeholder {id: $id})
         RETURN COLLECT { MATCH (s)<-[:UNIT_OF]-(u:Stakeholder) RETURN u.id } AS units,
                COLLECT { MATCH (s)-[:PARTY_TO]->(c:Collaboration) WHERE COUNT { (c)<-[:PARTY_TO]-() } <= 2 RETURN c.id } AS pairs`,
        { id },
      );
      if (!row) return { result: { id, deleted: false } };
      if (row.units.length > 0) throw conflict(`"${id}" still has units (${row.units.join(', ')}): delete or move them first`, 'id');
      if (row.pairs.length > 0) {
        throw conflict(`"${id}" is one of only two parties of ${row.pairs.join(', ')}: end or delete those collaborations first`, 'id');
      }
      // Ties of the remaining parties among themselves do not change: only the ones to s go.
      await tx.rows(
        'stakeholder.delete',
        `MATCH (s:Stakeholder {id: $id})
         OPTIONAL MATCH (s)-[:TAKES_PART]->(pa:Participation)
         DETACH DELETE pa
         WITH DISTINCT s
         DETACH DELETE s`,
        { id },
      );
      return { result: { id, deleted: true } };
    });
  }
}
