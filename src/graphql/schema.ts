import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ROOT_DIR } from '../config.js';
import { enforceBounds } from './bounds.js';
import { adminResolvers } from './resolvers/admin.js';
import { analyticsResolvers } from './resolvers/analytics.js';
import { assessmentResolvers } from './resolvers/assessment.js';
import { exchangeResolvers } from './resolvers/exchange.js';
import { indicatorResolvers } from './resolvers/indicators.js';
import { collaborationResolvers } from './resolvers/collaboration.js';
import { networkResolvers } from './resolvers/network.js';
import { pathResolvers } from './resolvers/paths.js';
import { planReads } from './read-planner.js';
import { programResolvers } from './resolvers/program.js';
import { readerResolvers } from './resolvers/reader.js';
import { referenceResolvers } from './resolvers/reference.js';
import { scalars } from './resolvers/shared.js';
import { snapshotResolvers } from './resolvers/snapshot.js';
import { stakeholderResolvers } from './resolvers/stakeholder.js';
import { viewerResolvers } from './resolvers/viewer.js';
import type { Resolvers } from './generated/resolvers-types.js';

const SCHEMA_DIR = path.join(ROOT_DIR, 'schema');

/** The SDL files of schema/, in a stable order (base first). */
export function loadTypeDefs(): string[] {
  const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.graphql')).sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((f) => readFileSync(path.join(SCHEMA_DIR, f), 'utf8'));
}

const domains: Resolvers[] = [
  adminResolvers,
  exchangeResolvers,
  stakeholderResolvers, programResolvers, collaborationResolvers, assessmentResolvers, referenceResolvers, networkResolvers, pathResolvers, analyticsResolvers, snapshotResolvers,
  indicatorResolvers, readerResolvers, viewerResolvers];

/**
 * The executable schema, with the input bounds of bounds.ts in force (checked before every
 * resolver, the planned ones included); `plannedReads: false` leaves every read to the resolvers
 * and DataLoaders (the planner's reference in tests and benchmarks).
 */
export function createSchema(options: { plannedReads?: boolean } = {}) {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: [scalars, ...domains] as never });
  return enforceBounds(options.plannedReads === false ? schema : planReads(schema));
}
