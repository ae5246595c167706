import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { INFLUENCE_METRICS, type InfluenceMetric } from '../analytics/centrality.js';
import type { HelixPair } from '../analytics/change.js';
import { TRIADS, type TriadSynergy } from '../analytics/indicators.js';
import type { Actor } from '../domain/actor.js';
import { HELICES, type Helix } from '../domain/vocabulary.js';
import { recordAudit } from './audit-store.js';
import { inKeyOrder } from './batch.js';
import type { Database } from './database.js';
import { parseRows } from './rows.js';
import { int } from './values.js';

/** What a snapshot is: its scope, when it was taken and its headline figures. */
export interface SnapshotSummary {
  id: string;
  label: string | null;
  region: string | null;
  program: string | null;
  helices: Helix[] | null;
  /** The date the figures describe. */
  asOf: string;
  takenAt: string;
  takenBy: string;
  missingPairs: HelixPair[];
  balance: number;
  stakeholderCount: number;
  tieCount: number;
  /** Synergy of the ten triads over collaborations; null for snapshots taken before it was kept. */
  synergy: TriadSynergy[] | null;
}

/** A scope's figures frozen when taken: every stakeholder's score by every measure, and the gaps. */
export interface SnapshotRecord extends SnapshotSummary {
  /** Stakeholders of the scope, by id; every score list is parallel to it. */
  stakeholderIds: string[];
  scores: Record<InfluenceMetric, number[]>;
}

/** A helix pair is stored as "A|B" (a list property cannot hold maps). */
const pair = z
  .string()
  .transform((p) => {
    const [a, b] = p.split('|');
    return { a, b };
  })
  .pipe(z.object({ a: z.enum(HELICES), b: z.enum(HELICES) }));

const summaryRow = z.object({
  id: z.string(),
  label: z.string().nullable(),
  region: z.string().nullable(),
  program: z.string().nullable(),
  helices: z.array(z.enum(HELICES)).nullable(),
  asOf: z.string(),
  takenAt: z.string(),
  takenBy: z.string(),
  missingPairs: z.array(pair),
  balance: z.number(),
  stakeholderCount: z.number(),
  tieCount: z.number(),
  // Stored as the ten triads' millibits (TRIADS order) and the units counted.
  synergy: z
    .object({ millibits: z.array(z.number()).length(TRIADS.length), units: z.number() })
    .nullable()
    .transform((s) => (s ? TRIADS.map((triad, i) => ({ helices: triad.map((h) => HELICES[h]!) as TriadSynergy['helices'], millibits: s.millibits[i]!, units: s.units })) : null)),
});

const recordRow = summaryRow.extend({
  stakeholderIds: z.array(z.string()),
  scores: z.object(Object.fromEntries(INFLUENCE_METRICS.map((m) => [m, z.array(z.number())])) as Record<InfluenceMetric, z.ZodArray<z.ZodNumber>>),
});

/** Stored property of each measure's score list: fixed names from the measure enum, never input. */
const scoreProperty = (metric: InfluenceMetric) => `score${metric}`;

const SUMMARY_FIELDS = `.id, .label, .region, .program, .helices, asOf: toString(n.asOf), takenAt: toString(n.takenAt), .takenBy,
  .missingPairs, .balance, .stakeholderCount, .tieCount,
  synergy: CASE WHEN n.synergyMillibits IS NULL THEN null ELSE { millibits: n.synergyMillibits, units: n.synergyUnits } END`;

const RECORD_FIELDS = `${SUMMARY_FIELDS}, .stakeholderIds, scores: { ${INFLUENCE_METRICS.map((m) => `${m}: n.${scoreProperty(m)}`).join(', ')} }`;

/**
 * Snapshots are kept apart from the graph (label NetworkSnapshot, not Entity): taking one does
 * not move the graph version, and later corrections to the facts leave it as it was.
 */
export class SnapshotStore {
  constructor(private readonly db: Database) {}

  async create(record: Omit<SnapshotRecord, 'id' | 'takenAt' | 'takenBy' | 'stakeholderCount'>, actor: Actor): Promise<string> {
    const id = `snapshot-${randomBytes(6).toString('hex')}`;
    const scores = Object.fromEntries(INFLUENCE_METRICS.map((m) => [scoreProperty(m), record.scores[m]]));
    await this.db.write('snapshot.create', async (tx) => {
      await tx.rows(
        'snapshot.create',
        `CREATE (n:NetworkSnapshot {id: $id, label: $label, region: $region, program: $program, helices: $helices,
                 asOf: date($asOf), takenAt: datetime(), takenBy: $takenBy, stakeholderIds: $stakeholderIds,
                 missingPairs: $missingPairs, balance: $balance, stakeholderCount: size($stakeholderIds), tieCount: $tieCount,
                 synergyMillibits: $synergyMillibits, synergyUnits: $synergyUnits})
         SET n += $scores`,
        {
          ...record,
          id,
          takenBy: actor.subject,
          missingPairs: record.missingPairs.map((p) => `${p.a}|${p.b}`),
          tieCount: int(record.tieCount),
          synergyMillibits: record.synergy?.map((t) => t.millibits) ?? null,
          synergyUnits: record.synergy ? int(record.synergy[0]?.units ?? 0) : null,
          scores,
        },
      );
      await recordAudit(tx, actor, { action: 'snapshot.take', itemId: id, outcome: 'CREATED' });
    });
    return id;
  }

  /** Whole snapshots, scores included (a score list per measure, as long as the scope). */
  async byIds(ids: readonly string[]): Promise<(SnapshotRecord | null)[]> {
    const rows = await this.db.query<{ n: unknown }>('snapshot.by_ids', `UNWIND $ids AS id MATCH (n:NetworkSnapshot {id: id}) RETURN n { ${RECORD_FIELDS} } AS n`, { ids });
    return inKeyOrder(ids, parseRows(recordRow, rows.map((r) => r.n), 'snapshot.by_ids'), (s) => s.id);
  }

  /** Summaries, newest first (the score lists stay in the database). */
  async list(first: number): Promise<SnapshotSummary[]> {
    const rows = await this.db.query<{ n: unknown }>(
      'snapshot.list',
      `MATCH (n:NetworkSnapshot) RETURN n { ${SUMMARY_FIELDS} } AS n ORDER BY n.takenAt DESC, n.id LIMIT $first`,
      { first: int(first) },
    );
    return parseRows(summaryRow, rows.map((r) => r.n), 'snapshot.list');
  }
}

/** Which of these stakeholders still exist (snapshots outlive deletions). */
export async function existingStakeholders(db: Database, ids: readonly string[]): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>('snapshot.existing', 'UNWIND $ids AS id MATCH (s:Stakeholder {id: id}) RETURN id', { ids });
  return new Set(rows.map((r) => r.id));
}
