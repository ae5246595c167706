import { z } from 'zod';
import type { GraphStore, HitFields, SearchCandidate } from '../db/graph-store.js';
import { normalise } from '../exchange/matching.js';
import { HELICES } from '../domain/vocabulary.js';
import { idSchema } from '../domain/dataset.js';
import { parseArgument } from './arguments.js';
import { timeFilterSchema } from '../domain/filters.js';

/** A stakeholder placed in a drawn network, by id. */
export interface NetworkNodeRow {
  id: string;
  depth: number;
}

const searchText = z.string().trim().min(1, 'must not be empty').max(200);

const networkArgs = z.object({
  center: z.array(idSchema).min(1, 'give at least one stakeholder').max(50),
  depth: z.number().int().min(1).max(3),
  where: z
    .object({
      helices: z.array(z.enum(HELICES)).optional(),
      ...timeFilterSchema.shape,
      limit: z.number().int().min(1).max(2000).default(500),
    })
    .default({ limit: 500 }),
});

export class NetworkService {
  constructor(readonly store: GraphStore) {}

  /**
   * Full-text hits, with whatever is named exactly as searched first ("MASATA" is the organisation
   * whose alias is MASATA before the events with MASATA in their names), then by relevance.
   */
  async search(text: string, first: number, fields: HitFields = null): Promise<SearchCandidate[]> {
    const wanted = parseArgument(searchText, text, 'text');
    // Fetch more than asked: an exact name can score below longer names that repeat the word.
    const candidates = await this.store.search(wanted, Math.max(first * 4, 40), fields);
    const key = normalise(wanted);
    const exact = ({ row }: SearchCandidate) => normalise(row.name) === key || row.aliases.some((n) => normalise(n) === key);
    return candidates
      .map((candidate) => ({ candidate, exact: exact(candidate) }))
      .sort((a, b) => Number(b.exact) - Number(a.exact) || b.candidate.score - a.candidate.score || a.candidate.row.id.localeCompare(b.candidate.row.id))
      .slice(0, first)
      .map(({ candidate }) => candidate);
  }

  async network(center: string[], depth: number | null | undefined, where: unknown) {
    const args = parseArgument(networkArgs, { center, depth: depth ?? 1, where: where ?? undefined }, 'arguments');
    const result = await this.store.network(args.center, args.depth, {
      helices: args.where.helices ?? null,
      activeOn: args.where.activeOn ?? null,
      asOf: args.where.asOf ?? null,
      limit: args.where.limit,
    });
    return {
      nodes: [...result.depths].map(([id, depth]): NetworkNodeRow => ({ id, depth })),
      edges: result.ties,
      truncated: result.truncated,
    };
  }
}
