import { z } from 'zod';
import type { AssessmentStore } from '../db/assessment-store.js';
import type { Database } from '../db/database.js';
import { deleteAssessment } from '../db/deletes.js';
import { claimKeyed } from '../db/references.js';
import type { AssessmentRow } from '../db/rows.js';
import { upsertAssessments } from '../db/writes.js';
import { currentActor } from '../domain/actor.js';
import { centralCutoff, flagsOf, GRID_THRESHOLDS, quadrantOf } from '../domain/assessment.js';
import { assessmentKey, assessmentSchema, idSchema, isoDateSchema, itemIdSchema } from '../domain/dataset.js';
import { DomainError } from '../domain/errors.js';
import { GRID_QUADRANTS, type GridFlag, type GridQuadrant } from '../domain/vocabulary.js';
import type { AnalyticsBackend } from './analytics-service.js';
import { parseArgument } from './arguments.js';
import { lockAndRequire, lockWrite, mutate } from './mutation.js';

/** The latest day an assessment may carry: today where the calendar is furthest ahead (UTC+14). */
const latestDay = () => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);

/** Who judged comes from the credential, never from the input. */
const assessmentInput = assessmentSchema
  .omit({ assessedBy: true })
  .strict()
  .refine((a) => a.assessedOn <= latestDay(), { message: 'must not be after today', path: ['assessedOn'] });

const gridArguments = z.object({ scope: idSchema, asOf: isoDateSchema.optional() });
const historyArguments = z.object({ scope: idSchema.optional(), asOf: isoDateSchema.optional() });

export interface GridEntryRow {
  stakeholderId: string;
  assessment: AssessmentRow;
  quadrant: GridQuadrant;
  partners: number;
  partnerRank: number | null;
  flags: GridFlag[];
}

export interface PowerInterestGridRow {
  scopeId: string;
  scopeType: 'Program' | 'Region';
  asOf: string | null;
  entries: GridEntryRow[];
  quadrants: Array<{ quadrant: GridQuadrant; count: number }>;
  networkSize: number;
  thresholds: typeof GRID_THRESHOLDS;
}

const notAScope = (id: string, field: string) =>
  new DomainError('NOT_FOUND', `${field}: unknown program or region "${id}"`, { field, expected: 'the id of an existing program or region' });

export class AssessmentService {
  constructor(
    private readonly db: Database,
    readonly store: AssessmentStore,
    private readonly analytics: AnalyticsBackend,
  ) {}

  /** Records an assessment, or corrects the one of the same stakeholder, scope and day. */
  record(input: unknown): Promise<{ id: string; created: boolean }> {
    const record = { ...parseArgument(assessmentInput, input, 'input'), assessedBy: currentActor().subject };
    const id = assessmentKey(record.stakeholderId, record.scopeId, record.assessedOn);
    return mutate(this.db, 'assessment.record', async (tx) => {
      // Under the locks of the stakeholder and the scope, neither can be deleted before this commits.
      const found = await lockAndRequire(tx, [record.scopeId], [{ id: record.stakeholderId, type: 'Stakeholder', field: 'input.stakeholderId' }]);
      const scopeType = found.get(record.scopeId);
      if (scopeType !== 'Program' && scopeType !== 'Region') throw notAScope(record.scopeId, 'input.scopeId');
      const created = await claimKeyed(tx, 'Assessment', id);
      await upsertAssessments(tx, [record]);
      return { result: { id, created } };
    });
  }

  delete(id: string): Promise<{ id: string; deleted: boolean }> {
    parseArgument(itemIdSchema, id, 'id');
    return mutate(this.db, 'assessment.delete', async (tx) => {
      // Named as written, so a scoped editor's check sees the assessment before it goes.
      await lockWrite(tx, [id]);
      return { result: { id, deleted: await deleteAssessment(tx, id) } };
    });
  }

  /** Arguments of a stakeholder's assessment history, validated. */
  history(scope: unknown, asOf: unknown): { scope: string | null; asOf: string | null } {
    const args = parseArgument(historyArguments, { scope, asOf }, 'arguments');
    return { scope: args.scope ?? null, asOf: args.asOf ?? null };
  }

  /**
   * The latest assessment of each stakeholder assessed within a scope, placed on the grid, with
   * its partners in the scope's network as it stood on the same day (one measure: degree).
   */
  async grid(scope: string, asOf: string | null | undefined): Promise<PowerInterestGridRow> {
    const args = parseArgument(gridArguments, { scope, asOf }, 'arguments');
    const scopeType = await this.store.scopeType(args.scope);
    if (!scopeType) throw notAScope(args.scope, 'scope');
    const analysisScope = { [scopeType === 'Program' ? 'program' : 'region']: args.scope, ...(args.asOf ? { asOf: args.asOf } : {}) };
    const [latest, standings] = await Promise.all([this.store.latestInScope(args.scope, args.asOf ?? null), this.analytics.standings(analysisScope, 'DEGREE')]);
    const standingOf = new Map(standings.map((s) => [s.id, s]));
    const centralFrom = centralCutoff(standings.map((s) => s.score));
    const entries = latest
      .map((assessment): GridEntryRow => {
        const standing = standingOf.get(assessment.stakeholderId);
        const structure = { partners: standing?.score ?? 0, rank: standing?.rank ?? null, centralFrom };
        return {
          stakeholderId: assessment.stakeholderId,
          assessment,
          quadrant: quadrantOf(assessment.power, assessment.interest),
          partners: structure.partners,
          partnerRank: structure.rank,
          flags: flagsOf(assessment, structure),
        };
      })
      .sort(
        (a, b) =>
          GRID_QUADRANTS.indexOf(a.quadrant) - GRID_QUADRANTS.indexOf(b.quadrant) ||
          b.assessment.power - a.assessment.power ||
          b.assessment.interest - a.assessment.interest ||
          (a.stakeholderId < b.stakeholderId ? -1 : 1),
      );
    return {
      scopeId: args.scope,
      scopeType,
      asOf: args.asOf ?? null,
      entries,
      quadrants: GRID_QUADRANTS.map((quadrant) => ({ quadrant, count: entries.filter((e) => e.quadrant === quadrant).length })),
      networkSize: standings.length,
      thresholds: GRID_THRESHOLDS,
    };
  }
}
