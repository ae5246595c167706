import { z } from 'zod';
import { idSchema, isoDateSchema } from './dataset.js';
import { HELICES } from './vocabulary.js';

/**
 * The two questions about time every read can ask: which facts are in force on a day
 * (`activeOn`), and what the graph looked like on a day (`asOf`, facts started by then).
 */
export const timeFilterSchema = z.object({ activeOn: isoDateSchema, asOf: isoDateSchema }).partial();

/** The part of the network an analysis, a snapshot or an export covers. */
export const scopeSchema = z
  .object({
    region: idSchema,
    program: idSchema,
    helices: z.array(z.enum(HELICES)).min(1),
    asOf: isoDateSchema,
  })
  .partial();
