import { z } from 'zod';
import type { Database, Tx } from '../db/database.js';
import { contentHashes, IMPORTED_LABELS, type ExchangeStore, type ImportedCollection } from '../db/exchange-store.js';
import { lockItems } from '../db/locks.js';
import { DomainError } from '../domain/errors.js';
import { textProblemsIn } from '../domain/text.js';
import { readTables, IMPORT_FORMATS, type ImportFile, type ImportFormat } from '../exchange/files.js';
import { Catalog } from '../exchange/matching.js';
import { locate, tabulate, type Confirmation, type FuzzyMatch, type Problem } from '../exchange/tables.js';
import { crossCheck, datasetShape, idSchema, assessmentKey, participationKey, type Dataset } from '../domain/dataset.js';
import { oneReportProblems } from '../reader/one-report.js';
import { parseArgument } from './arguments.js';
import { mutateDataset } from './mutation.js';

export interface ImportCount {
  kind: ImportedCollection;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  /** True when the data was written (never for a dry run or a rejected import). */
  applied: boolean;
  dryRun: boolean;
  /** What was (or, in a dry run, would be) created, updated and left unchanged, per kind. */
  counts: ImportCount[];
  /** Every problem; one is enough to reject the whole import. */
  problems: Problem[];
  /** Names that resemble a known item: confirm them to use them. */
  fuzzyMatches: FuzzyMatch[];
}

const requestSchema = z.object({
  format: z.enum(IMPORT_FORMATS),
  files: z.array(z.object({ name: z.string().trim().min(1).max(200), content: z.string() })).min(1).max(20),
  dryRun: z.boolean().default(false),
  confirmations: z.array(z.object({ value: z.string().min(1).max(300), id: idSchema })).max(1000).default([]),
});

/** Thrown inside the transaction of a dry run, so everything it wrote is rolled back. */
class DryRunDone extends Error {
  constructor(readonly counts: ImportCount[]) {
    super('dry run');
  }
}

const itemIds = (data: Dataset, collection: ImportedCollection): string[] =>
  collection === 'participations'
    ? data.participations.map((p) => participationKey(p.stakeholderId, p.programId, p.role))
    : collection === 'assessments'
      ? data.assessments.map((a) => assessmentKey(a.stakeholderId, a.scopeId, a.assessedOn))
      : data[collection].map((item) => item.id);

/** The ids a dataset refers to without defining them: items already in the graph. */
function externalReferences(data: Dataset): string[] {
  const defined = new Set<string>();
  const referred = new Set<string>();
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (key === 'id') defined.add(value);
      else if (key.endsWith('Id') || key === 'unitOf' || key === 'partOf') referred.add(value);
    } else if (Array.isArray(value)) value.forEach((item) => walk(item));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(data);
  return [...referred].filter((id) => !defined.has(id));
}

/**
 * Locks the items an import refers to and checks, under the locks, that they are still there:
 * they were checked when the files were read, and one may have been deleted since.
 */
async function lockReferences(tx: Tx, data: Dataset): Promise<void> {
  const found = await lockItems(tx, externalReferences(data));
  const gone = crossCheck(data, new Set(found.keys()));
  if (gone.length > 0) {
    throw new DomainError('CONFLICT', `items the import refers to were deleted while it ran (${gone.slice(0, 3).map((i) => i.message).join('; ')}); import again`, { retryable: true });
  }
}

/**
 * Imports a dataset (JSON) or a workbook of sheets (CSV files, XLSX) all-or-nothing: every row is
 * checked and every problem listed with its sheet, row and column before anything is written;
 * then the whole import is one transaction. A dry run is the same transaction rolled back, so
 * its counts are exactly what the import would do, constraints included.
 */
export class ImportService {
  constructor(
    private readonly db: Database,
    private readonly store: ExchangeStore,
  ) {}

  /**
   * `wholeGraph` is the ADMIN's right to import anything; without it only the draft of one report
   * (one JSON file, see oneReportProblems) is accepted, and anything else is FORBIDDEN.
   */
  async importGraph(request: unknown, access: { wholeGraph: boolean } = { wholeGraph: true }): Promise<ImportReport> {
    const { format, files, dryRun, confirmations } = parseArgument(requestSchema, request, 'input');
    if (!access.wholeGraph && (format !== 'JSON' || files.length !== 1)) {
      throw new DomainError('FORBIDDEN', 'an EDITOR may import the draft of one report only: one JSON file (whole-graph imports need the ADMIN role)', {
        field: 'input.format',
        expected: 'format JSON with exactly one file',
      });
    }
    const { data, problems, fuzzyMatches } = await this.prepare(format, files, confirmations);
    if (!data || problems.length > 0) return { applied: false, dryRun, counts: [], problems, fuzzyMatches };
    if (!access.wholeGraph) {
      const broken = oneReportProblems(data).map((p) => ({ field: `input.files.0.${p.field}`.replace(/\.$/u, ''), message: p.message }));
      if (broken.length > 0) {
        throw new DomainError('FORBIDDEN', `an EDITOR may import the draft of one report only: ${broken.slice(0, 3).map((p) => `${p.field}: ${p.message}`).join('; ')}`, {
          field: broken[0]!.field,
          expected: 'one source, every fact citing it (whole-graph imports need the ADMIN role)',
          problems: broken,
        });
      }
    }
    try {
      const counts = await mutateDataset(this.db, 'graph.import', data, async (tx, writeFacts) => {
        await lockReferences(tx, data);
        const result = await this.count(tx, data, writeFacts);
        if (dryRun) throw new DryRunDone(result);
        return result;
      });
      return { applied: true, dryRun, counts, problems: [], fuzzyMatches: [] };
    } catch (error) {
      if (error instanceof DryRunDone) return { applied: false, dryRun, counts: error.counts, problems: [], fuzzyMatches: [] };
      throw error;
    }
  }

  /** Reads, matches and validates; a dataset is returned only when it has no problem. */
  private async prepare(format: ImportFormat, files: ImportFile[], confirmations: Confirmation[]) {
    const named = await this.store.catalogs();
    const known = new Set(Object.values(named).flatMap((items) => items.map((i) => i.id)));
    if (format === 'JSON') {
      const problems: Problem[] = [];
      const merged: Record<string, unknown[]> = {};
      for (const file of files) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(file.content);
        } catch (error) {
          problems.push({ sheet: file.name, row: null, column: null, message: `not JSON: ${(error as Error).message.slice(0, 200)}` });
          continue;
        }
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
          problems.push({ sheet: file.name, row: null, column: null, message: 'expected an object with sources, regions, stakeholders, people, programs, participations, collaborations' });
          continue;
        }
        for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) merged[key] = [...(merged[key] ?? []), ...(Array.isArray(value) ? (value as unknown[]) : [value])];
      }
      const checked = this.check(merged, known, (path) => ({ sheet: files[0]!.name, row: null, column: path.join('.') }));
      return { data: checked.data, problems: [...problems, ...checked.problems], fuzzyMatches: [] };
    }
    const read = await readTables(format, files);
    const catalogs = { stakeholder: new Catalog(named.stakeholder), program: new Catalog(named.program), region: new Catalog(named.region), source: new Catalog(named.source) };
    const tabulated = tabulate(read.tables, catalogs, confirmations);
    const checked = this.check(tabulated.data, known, (path) => locate(tabulated.origins, path));
    return { data: checked.data, problems: [...read.problems, ...tabulated.problems, ...checked.problems], fuzzyMatches: tabulated.fuzzy };
  }

  private check(input: unknown, known: ReadonlySet<string>, place: (path: ReadonlyArray<string | number>) => Omit<Problem, 'message'>) {
    const parsed = datasetShape.safeParse(input);
    if (!parsed.success) {
      return { data: null, problems: parsed.error.issues.map((issue) => ({ ...place(issue.path as Array<string | number>), message: issue.message })) };
    }
    const issues = [...textProblemsIn(parsed.data), ...crossCheck(parsed.data, known)];
    return { data: parsed.data, problems: issues.map((issue) => ({ ...place(issue.path), message: issue.message })) };
  }

  /** Writes the facts and counts, by their content before and after, what was created, updated and left alone. */
  private async count(tx: Tx, data: Dataset, writeFacts: () => Promise<void>): Promise<ImportCount[]> {
    const collections = Object.keys(IMPORTED_LABELS) as ImportedCollection[];
    const before = new Map<ImportedCollection, Map<string, string>>();
    for (const c of collections) before.set(c, await contentHashes(tx, c, itemIds(data, c)));
    await writeFacts();
    const counts: ImportCount[] = [];
    for (const c of collections) {
      const ids = itemIds(data, c);
      if (ids.length === 0) continue;
      const after = await contentHashes(tx, c, ids);
      const was = before.get(c)!;
      const count = { kind: c, created: 0, updated: 0, unchanged: 0 };
      for (const id of new Set(ids)) {
        if (!was.has(id)) count.created++;
        else if (was.get(id) !== after.get(id)) count.updated++;
        else count.unchanged++;
      }
      counts.push(count);
    }
    return counts;
  }
}
