import { z } from 'zod';
import { sourceSchema } from '../domain/dataset.js';
import type { ExchangeStore } from '../db/exchange-store.js';
import { matchReading, type Proposal } from '../reader/match.js';
import { readReport } from '../reader/read.js';
import { parseArgument } from './arguments.js';

/** The longest report text read in one request: about 8,000 words, far beyond a news report. */
export const REPORT_TEXT_MAX_CHARS = 60_000;

const inputSchema = z.object({
  text: z.string().trim().min(1, 'must not be empty').max(REPORT_TEXT_MAX_CHARS, `at most ${REPORT_TEXT_MAX_CHARS} characters`),
  title: sourceSchema.shape.title.optional(),
  publisher: sourceSchema.shape.publisher,
  author: sourceSchema.shape.author,
  publishedOn: sourceSchema.shape.publishedOn,
  url: sourceSchema.shape.url,
});

export interface ReportReading {
  /** The draft in the import dataset format, as the JSON text importGraph takes. */
  draft: string;
  proposals: Proposal[];
}

/** Reads a report into a draft and matches it against the graph; writes nothing. */
export class ReaderService {
  constructor(private readonly store: ExchangeStore) {}

  async readReport(input: unknown): Promise<ReportReading> {
    const args = parseArgument(inputSchema, input, 'input');
    const reading = readReport(args);
    const matched = matchReading(reading, await this.store.catalogs());
    return { draft: JSON.stringify(matched.draft, null, 2), proposals: matched.proposals };
  }
}
