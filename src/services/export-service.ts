import { z } from 'zod';
import type { Database } from '../db/database.js';
import { readExportBatches } from '../db/exchange-store.js';
import { readGraphVersion } from '../db/graph-version.js';
import { encodeExport, EXPORT_FORMATS, exportTargets, type ExportBatch, type ExportCollection, type ExportFile, type ExportSink, type ExportTarget } from '../exchange/formats.js';
import {
  assessmentSchema,
  collaborationSchema,
  participationSchema,
  personSchema,
  programSchema,
  regionSchema,
  sourceSchema,
  stakeholderSchema,
} from '../domain/dataset.js';
import { parseArgument, withoutNulls } from './arguments.js';
import { scopeSchema } from '../domain/filters.js';

const requestSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  scope: scopeSchema.pick({ region: true, asOf: true }).default({}),
});
export type ExportRequest = z.infer<typeof requestSchema>;

/** Each exported item is parsed with the import schema: what leaves is exactly what the importer accepts. */
const ITEM_SCHEMAS: Record<Exclude<ExportCollection, 'ties'>, z.ZodType> = {
  sources: sourceSchema,
  regions: regionSchema,
  stakeholders: stakeholderSchema,
  people: personSchema,
  participations: participationSchema,
  collaborations: collaborationSchema,
  programs: programSchema,
  assessments: assessmentSchema,
};

/** What a streamed export wrote, and whether the graph stayed still while it was read. */
export interface ExportReport {
  files: string[];
  /** Items written per collection. */
  counts: Partial<Record<ExportCollection, number>>;
  /** False when a write committed during the export (batches may then disagree). */
  unchanged: boolean;
}

/**
 * Exports the whole graph or the stakeholders of a region (with the facts among them, the
 * programs they take part in, all regions and sources) as the JSON dataset (re-importable:
 * importing it changes nothing), the importer's CSV sheets, or GraphML. The data is read in
 * batches of short transactions and encoded as it arrives, so an export of any size streams to
 * files or to an HTTP download; `exportGraph` collects the same stream in memory for small graphs.
 */
export class ExportService {
  constructor(private readonly db: Database) {}

  parse(request: unknown): ExportRequest {
    return parseArgument(requestSchema, request, 'input');
  }

  async exportGraph(request: unknown, withContacts: boolean): Promise<ExportFile[]> {
    const files: ExportFile[] = [];
    await this.stream(this.parse(request), withContacts, (target) => {
      const file = { name: target.name, mediaType: target.mediaType, content: '' };
      files.push(file);
      return { write: (chunk) => void (file.content += chunk) };
    });
    return files;
  }

  /**
   * Streams an export into sinks opened per file; `only` narrows it to some of the format's
   * files (one CSV sheet for a download); `progress` hears of every batch written.
   */
  async stream(
    { format, scope }: ExportRequest,
    withContacts: boolean,
    open: (target: ExportTarget) => ExportSink,
    options: { only?: readonly string[]; progress?: (batch: ExportBatch, counts: ExportReport['counts']) => void; batchSize?: number } = {},
  ): Promise<ExportReport> {
    const targets = exportTargets(format).filter((t) => !options.only || options.only.includes(t.name));
    const collections = new Set(targets.flatMap((t) => t.collections));
    const counts: ExportReport['counts'] = {};
    const before = await this.db.read('exchange.export.version', readGraphVersion);
    const db = this.db;
    async function* checked(): AsyncGenerator<ExportBatch> {
      for await (const batch of readExportBatches(db, scope, withContacts, collections, options.batchSize)) {
        const schema = batch.collection === 'ties' ? null : ITEM_SCHEMAS[batch.collection];
        const items = schema ? batch.items.map((item) => schema.parse(withoutNulls(item))) : batch.items;
        counts[batch.collection] = (counts[batch.collection] ?? 0) + items.length;
        yield { collection: batch.collection, items };
        options.progress?.(batch, counts);
      }
    }
    await encodeExport(format, targets, checked(), open);
    const after = await this.db.read('exchange.export.version', readGraphVersion);
    return { files: targets.map((t) => t.name), counts, unchanged: before === after };
  }
}
