import { GraphQLScalarType, Kind } from 'graphql';
import type { Role } from '../../domain/roles.js';
import { atLeast, requireRole } from '../../domain/roles.js';
import { isOutside } from '../../db/write-scope.js';
import type { Page } from '../../db/pagination.js';
import { encodeCursor } from '../../db/pagination.js';
import { notFound } from '../../domain/errors.js';
import type { CollaborationRow, InteractionRow, ParticipationRow, PersonRow, ProgramRow, RegionRow, SourceRow, StakeholderRow, Typed } from '../../db/rows.js';
import type { Context } from '../context.js';
import type { ResolverFn } from '../generated/resolvers-types.js';
import type { Loaders } from '../loaders.js';

/**
 * The one form of a role check: a resolver that runs only for callers with at least `role`
 * (UNAUTHENTICATED without a credential, FORBIDDEN below it). Parent and argument types come
 * from the generated resolver type the wrapper is assigned to.
 */
export const withRole =
  <P, A, R>(role: Role, resolve: ResolverFn<R, P, Context, A>): ResolverFn<R, P, Context, A> =>
  (parent, args, context, info) => {
    requireRole(context.viewer, role);
    return resolve(parent, args, context, info);
  };

/**
 * Whether the caller may change the item with this id: the role every write asks for and, for a
 * scoped editor, the rule its writes are checked by (write-scope.ts), on the item as it stands.
 */
export async function viewerCanEdit(id: string, { viewer, loaders }: Context): Promise<boolean> {
  if (!atLeast(viewer, 'EDITOR')) return false;
  if (!viewer.scope) return true;
  const placement = await loaders.placement(viewer.scope).load(id);
  return placement === null || !isOutside(placement);
}

/** The `viewerCanEdit` field of an item written under its own id. */
export const canEditItem = (item: { id: string }, _args: unknown, context: Context) => viewerCanEdit(item.id, context);

/** Loads an item that must exist (after a write, or for a non-null reference). */
export async function mustLoad<T>(loader: { load(id: string): Promise<T | null> }, id: string, what: string): Promise<T> {
  const value = await loader.load(id);
  if (value === null) throw notFound(what, id);
  return value;
}

/** Participation rows carry their program: prime the program loader so `program` costs no query. */
export function primePrograms(rows: ParticipationRow[], loaders: Loaders): ParticipationRow[] {
  for (const row of rows) loaders.program.prime(row.programId, row.program);
  return rows;
}

/** Loads several ids, dropping any that vanished between reads. */
export async function loadAll<T>(loader: { loadMany(ids: readonly string[]): Promise<Array<T | null | Error>> }, ids: readonly string[]): Promise<T[]> {
  const values = await loader.loadMany(ids);
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

export function toConnection<T>(page: Page<T>) {
  const edges = page.rows.map((node, i) => ({ node, cursor: encodeCursor(page.keys[i]!) }));
  return {
    /** What the read planner asked to fetch with the page, for it to attach to the nodes. */
    extras: page.extras,
    edges,
    nodes: page.rows,
    // Not counted only when the operation does not select it, so this 0 is never seen.
    totalCount: page.totalCount ?? 0,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (value: unknown): string => {
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value)) || new Date(value).toISOString().slice(0, 10) !== value) {
    throw new TypeError(`expected a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
};

export const scalars = {
  Date: new GraphQLScalarType({
    name: 'Date',
    description: 'A calendar date, YYYY-MM-DD.',
    serialize: (value) => validDate(value),
    parseValue: (value) => validDate(value),
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING) throw new TypeError('expected a calendar date as a string, YYYY-MM-DD');
      return validDate(ast.value);
    },
  }),
  DateTime: new GraphQLScalarType({
    name: 'DateTime',
    description: 'A point in time, ISO 8601.',
    serialize: (value) => new Date(String(value)).toISOString(),
    parseValue: (value) => {
      const parsed = new Date(String(value));
      if (Number.isNaN(parsed.getTime())) throw new TypeError('expected an ISO 8601 date-time');
      return parsed.toISOString();
    },
  }),
};

/** The rows behind each type an interface or union can resolve to. */
interface RowsByType {
  Stakeholder: StakeholderRow;
  Program: ProgramRow;
  Collaboration: CollaborationRow;
  Participation: ParticipationRow;
  Source: SourceRow;
  Region: RegionRow;
  Person: PersonRow;
  Interaction: InteractionRow;
}

/**
 * Loads an item of a known type and tags it with its GraphQL type name, so an interface or
 * union (`Node`, `SearchResult`, `CitedFact`) resolves it by that tag.
 */
export async function loadTyped<K extends keyof RowsByType>(type: K, id: string, loaders: Loaders): Promise<Typed<RowsByType[K], K> | null> {
  const byType: { [T in keyof RowsByType]: { load(id: string): Promise<RowsByType[T] | null> } } = {
    Stakeholder: loaders.stakeholder,
    Program: loaders.program,
    Collaboration: loaders.collaboration,
    Participation: loaders.participation,
    Source: loaders.source,
    Region: loaders.region,
    Person: loaders.person,
    Interaction: loaders.interaction,
  };
  const row = await byType[type].load(id);
  return row ? { ...row, __typename: type } : null;
}

/**
 * Loads an item by id, and when there is none, the item a merged id now resolves to (one more
 * look-up, only for ids that are not found).
 */
export async function loadCurrent<T>(type: 'Stakeholder' | 'Person', id: string, loaders: Loaders, load: (id: string) => Promise<T | null>): Promise<T | null> {
  const found = await load(id);
  if (found !== null) return found;
  const typed = await loaders.nodeType.load(id);
  return typed && typed.type === type && typed.current !== id ? load(typed.current) : null;
}

/** The type name loadTyped tagged a row with. */
export const typeName = <Name extends string>(row: object) => (row as { __typename: Name }).__typename;

