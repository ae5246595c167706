import { z } from 'zod';
import type { Database } from '../db/database.js';
import { INFLUENCE_METRICS, type InfluenceMetric } from '../analytics/centrality.js';
import type { Standing } from '../analytics/change.js';
import { deleteStakeholder, stakeholderDependants } from '../db/deletes.js';
import type { Cursor, ExtraProjection, Page } from '../db/pagination.js';
import type { StakeholderRow } from '../db/rows.js';
import { wouldCycle } from '../db/references.js';
import type { Direction, StakeholderFilter, StakeholderStore } from '../db/stakeholder-store.js';
import { upsertStakeholders } from '../db/writes.js';
import { badInput, conflict } from '../domain/errors.js';
import { HELICES, STAKEHOLDER_KINDS } from '../domain/vocabulary.js';
import { idSchema, stakeholderSchema } from '../domain/dataset.js';
import type { AnalysisScope } from '../analytics/engine.js';
import { afterCursor, parseArgument } from './arguments.js';
import { evidenceRefs, claimId, lockAndRequire, lockWrite, mutate } from './mutation.js';
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

const orderSchema = z
  .object({
    field: z.enum(['NAME', 'PARTNER_COUNT', 'UPDATED_AT', 'INFLUENCE']),
    direction: z.enum(['ASC', 'DESC']).nullish(),
    metric: z.enum(INFLUENCE_METRICS).nullish(),
  })
  .refine((o) => (o.field === 'INFLUENCE') === Boolean(o.metric), { message: 'is required with field INFLUENCE and only then', path: ['metric'] });

/** Where influence standings come from (the analytics backend): everyone in a scope, best first. */
export interface StandingsSource {
  standings(scope: AnalysisScope, metric: InfluenceMetric): Promise<Standing[]>;
}

export class StakeholderService {
  constructor(
    private readonly db: Database,
    readonly store: StakeholderStore,
    private readonly influence: StandingsSource,
  ) {}

  /** A page of stakeholders; `extra`, when given, is fetched with each (a page ordered by influence comes without it). */
  list(where: unknown, orderBy: unknown, first: number, after: string | null | undefined, extra?: ExtraProjection): Promise<Page<StakeholderRow>> {
    const filter: StakeholderFilter = parseArgument(filterSchema, where ?? {}, 'where');
    const order = parseArgument(orderSchema, orderBy ?? { field: 'NAME' }, 'orderBy');
    const cursor = afterCursor(after);
    const direction = order.direction ?? 'ASC';
    if (order.field === 'INFLUENCE') return this.byInfluence(filter, order.metric!, direction, first, cursor);
    return this.store.list(filter, { field: order.field, direction }, first, cursor, extra);
  }

  /**
   * A page of the filter's stakeholders ordered by an influence measure in the whole network (as
   * of the filter's asOf). The measure lives in memory, so the filter's ids come from the
   * database and the keyset (score, id) is applied here: ties on the score break by id, as in
   * every other order.
   */
  private async byInfluence(filter: StakeholderFilter, metric: InfluenceMetric, direction: Direction, first: number, after: Cursor | null): Promise<Page<StakeholderRow>> {
    if (after && typeof after.key !== 'number') throw badInput('after', 'is a cursor of another order', 'the endCursor of a page in this order');
    const [ids, standings] = await Promise.all([this.store.matchingIds(filter), this.influence.standings(filter.asOf ? { asOf: filter.asOf } : {}, metric)]);
    const score = new Map(standings.map((s) => [s.id, s.score]));
    const sign = direction === 'DESC' ? -1 : 1;
    const ordered = ids.map((id) => ({ key: score.get(id) ?? 0, id })).sort((a, b) => sign * (a.key - b.key) || (a.id < b.id ? -1 : 1));
    const start = after ? ordered.findIndex((c) => sign * (c.key - (after.key as number)) > 0 || (c.key === after.key && c.id > after.id)) : 0;
    const slice = start < 0 ? [] : ordered.slice(start, start + first + 1);
    const keys = slice.slice(0, first);
    const rows = await this.store.byIds(keys.map((k) => k.id));
    // A stakeholder deleted between the two reads drops out of the page rather than failing it.
    const kept = keys.flatMap((k, i) => (rows[i] ? [{ key: k, row: rows[i] }] : []));
    return { rows: kept.map((k) => k.row), keys: kept.map((k) => k.key), hasNextPage: slice.length > first, totalCount: ids.length };
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
    }, { about: [record.id] });
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
      if ((await lockWrite(tx, [id])).get(id) !== 'Stakeholder') return { result: { id, deleted: false } };
      const row = await stakeholderDependants(tx, id);
      if (!row) return { result: { id, deleted: false } };
      if (row.units.length > 0) throw conflict(`"${id}" still has units (${row.units.join(', ')}): delete or move them first`, 'id');
      if (row.pairs.length > 0) {
        throw conflict(`"${id}" is one of only two parties of ${row.pairs.join(', ')}: end or delete those collaborations first`, 'id');
      }
      // Ties of the remaining parties among themselves do not change: only the ones to s go.
      await deleteStakeholder(tx, id);
      return { result: { id, deleted: true } };
    }, { about: [id] });
  }
}
