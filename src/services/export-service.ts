import { z } from 'zod';
import type { Database } from '../db/database.js';
import { readExport } from '../db/exchange-store.js';
import { toCsv, toGraphml, type ExportFile } from '../exchange/formats.js';
import { datasetShape, type Dataset } from '../domain/dataset.js';
import { parseArgument, withoutNulls } from './arguments.js';
import { scopeSchema } from '../domain/filters.js';

export const EXPORT_FORMATS = ['JSON', 'CSV', 'GRAPHML'] as const;

const requestSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  scope: scopeSchema.pick({ region: true, asOf: true }).default({}),
});

/**
 * Exports the whole graph or the stakeholders of a region (with the facts among them, the
 * programs they take part in, all regions and sources) as the JSON dataset (re-importable:
 * importing it changes nothing), the importer's CSV sheets, or GraphML.
 */
export class ExportService {
  constructor(private readonly db: Database) {}

  async exportGraph(request: unknown, withContacts: boolean): Promise<ExportFile[]> {
    const { format, scope } = parseArgument(requestSchema, request, 'input');
    const rows = await readExport(this.db, scope, withContacts);
    const { ties, ...collections } = rows;
    // Parsed with the import schema: what leaves is exactly what the importer accepts.
    const data: Dataset = datasetShape.parse(withoutNulls(collections));
    if (format === 'JSON') return [{ name: 'pentahelix.json', mediaType: 'application/json', content: `${JSON.stringify(data, null, 2)}\n` }];
    if (format === 'CSV') return toCsv(data);
    return [toGraphml(data, ties)];
  }
}
