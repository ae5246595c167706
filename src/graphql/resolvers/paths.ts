import type { StakeholderRow } from '../../db/rows.js';
import type { ReadField } from '../../db/planner/compile.js';
import { PLAIN_STAKEHOLDER_FIELDS, type HopDetail, type HopRow, type PathRead, type PathService, type PlainStakeholderField } from '../../services/path-service.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { perOperation, selectionOf } from '../read-planner.js';
import { loadAll, mustLoad } from './shared.js';

const below = (fields: ReadField[], name: string) => fields.filter((f) => f.name === name).flatMap((f) => f.selection ?? []);
const PLAIN = new Set<string>(PLAIN_STAKEHOLDER_FIELDS);

/**
 * What the operation reads of the path, so the search fetches it with the path in one statement:
 * of its hops nothing, the explanation (with weight and ends), the facts' rows or their evidence
 * too; of its stakeholders only plain properties when no other field is asked of them (nor of a
 * hop's ends, which are loaded as whole rows). Worked out once per operation.
 */
const pathRead = perOperation((info): PathRead => {
  const path = below(selectionOf(info), 'path');
  const hops = below(path, 'hops');
  const asked = (...names: string[]) => hops.some((f) => names.includes(f.name));
  const detail: HopDetail = hops.length === 0 ? 'none' : asked('evidence') ? 'evidence' : asked('collaborations', 'programs') ? 'facts' : 'explained';
  const stakeholders = below(path, 'stakeholders');
  const plain = !asked('from', 'to') && stakeholders.every((f) => PLAIN.has(f.name) || f.name === '__typename');
  return plain ? { hops: detail, stakeholders: [...new Set(stakeholders.map((f) => f.name).filter((n) => PLAIN.has(n)))] as PlainStakeholderField[] } : { hops: detail };
});

/** A hop read without its facts fetches them once, whichever of its fact fields asks first. */
type HopFactRows = NonNullable<HopRow['facts']>;
const fetchedFacts = new WeakMap<HopRow, Promise<HopFactRows>>();
function factsOf(hop: HopRow, paths: PathService): Promise<HopFactRows> {
  if (hop.facts) return Promise.resolve(hop.facts);
  let facts = fetchedFacts.get(hop);
  if (!facts) fetchedFacts.set(hop, (facts = paths.hopFacts(hop)));
  return facts;
}

export const pathResolvers: Resolvers = {
  Query: {
    path: async (_p, { from, to, options }, { services, loaders }, info) => {
      const result = await services.paths.path(from, to, options, pathRead(info));
      // The rows came with the path: the stakeholders and the hops' ends cost no query.
      for (const row of result.path?.stakeholders ?? []) loaders.stakeholder.prime(row.id, row);
      return result;
    },
    paths: (_p, { from, to, k, options }, { services }) => services.paths.kPaths(from, to, k, options),
    connectors: async (_p, { stakeholders, options }, { services, loaders }) => {
      const result = await services.paths.connectors(stakeholders, options);
      return {
        ...result,
        intermediaries: await loadAll(loaders.stakeholder, result.intermediaries),
        unreachable: await loadAll(loaders.stakeholder, result.unreachable),
      };
    },
  },
  Path: {
    // Read with the path: every property the operation selects of them is there (see pathRead).
    stakeholders: (p, _a, { loaders }) => (p.selected as StakeholderRow[] | undefined) ?? loadAll(loaders.stakeholder, p.stakeholderIds),
    // Fetched with the path when the operation asked for them; otherwise explained here.
    hops: (p, _a, { services }) => p.hops ?? services.paths.hops(p.stakeholderIds),
  },
  Hop: {
    from: (h, _a, { loaders }) => mustLoad(loaders.stakeholder, h.from, 'stakeholder'),
    to: (h, _a, { loaders }) => mustLoad(loaders.stakeholder, h.to, 'stakeholder'),
    // The facts' rows are read with the hop unless the operation asked for its explanation alone.
    collaborations: async (h, _a, { services }) => (await factsOf(h, services.paths)).collaborations,
    programs: async (h, _a, { services }) => (await factsOf(h, services.paths)).programs,
    // Its quotes came with their sources.
    evidence: async (h, _a, { services, loaders }) => {
      const { evidence } = await factsOf(h, services.paths);
      for (const { source } of evidence) loaders.source.prime(source.id, source);
      return evidence;
    },
  },
};
