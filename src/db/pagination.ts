import type { z } from 'zod';
import type { Database } from './database.js';
import { parseRows } from './rows.js';
import { int } from './values.js';

/**
 * Keyset pagination: a cursor is the sort key and id of the last item, so pages stay stable
 * while the graph changes and a deep page costs the same as the first.
 */
export interface Cursor {
  key: string | number;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

/** Returns null for a cursor this service did not issue. */
export function decodeCursor(value: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === 'string' || typeof parsed[0] === 'number') &&
      typeof parsed[1] === 'string'
    ) {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through: not a cursor of ours
  }
  return null;
}

export interface Page<T> {
  rows: T[];
  keys: Cursor[];
  hasNextPage: boolean;
  /** Null when the total was not asked for (see ExtraProjection.total). */
  totalCount: number | null;
  /** Each row's extra projection (see KeysetQuery.extra), in row order. */
  extras?: Array<Record<string, unknown>>;
}

/** More of each item, fetched with the page in the same statement: a map over the item bound to `v0`. */
export interface ExtraProjection {
  projection: string;
  params: Record<string, unknown>;
  /** The projection holds all the item's readers need: the page fetches it as the row, not beside the full row. */
  replacesRow?: boolean;
  /** False when nothing asks for the total: the page is not counted. */
  total?: boolean;
}

/** Escapes text for a Lucene query and makes each word a prefix match with light typo tolerance. */
export function luceneQuery(text: string): string {
  // Lower case: the index folds case anyway, and Lucene's operators (AND, OR, NOT, TO) are
  // upper case, so a search for "Dinas OR Badan" stays a search for words.
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter((w) => w.length > 0)
    .slice(0, 12);
  // Each word: exact (boosted), prefix, or within one edit; all words should match.
  return words.map((w) => (w.length >= 4 ? `(${w}^3 OR ${w}* OR ${w}~1)` : `(${w}^3 OR ${w}*)`)).join(' AND ');
}

export interface KeysetQuery {
  /** Names the transaction and its queries. */
  name: string;
  /** MATCH ... WHERE ... binding `variable`: fixed fragments only, values in params. */
  filtered: string;
  variable: string;
  /** Sort expression, from an allow-list. */
  sortKey: string;
  direction: 'ASC' | 'DESC';
  /** Map projection of `variable` into a row. */
  fields: string;
  params: Record<string, unknown>;
  first: number;
  after: Cursor | null;
  extra?: ExtraProjection | undefined;
  /**
   * How the total is counted: `apart`, by its own subquery (the default: a bare label match is
   * answered by the count store without reading a row), or `with-page`, in the one pass over
   * the matches that also finds the page (a filter is evaluated once, not twice).
   */
  count?: 'apart' | 'with-page';
}

/**
 * The statement of one page (columns key, id and, unless the extra projection replaces it, row),
 * its total unless not asked for (column total), and with an extra projection, extra.
 */
export function keysetStatement(q: KeysetQuery): string {
  const v = q.variable;
  const cmp = q.direction === 'DESC' ? '<' : '>';
  const after = `$afterId IS NULL OR key ${cmp} $afterKey OR (key = $afterKey AND ${v}.id > $afterId)`;
  const extra = q.extra ? `, ${q.extra.projection} AS extra` : '';
  const row = q.extra?.replacesRow ? '' : `${q.fields} AS row, `;
  if (q.extra?.total === false) {
    // The page alone: the extra projection is evaluated for its items only, after the limit.
    return `${q.filtered}
       WITH ${v}, ${q.sortKey} AS key
       WHERE ${after}
       WITH ${v}, key ORDER BY key ${q.direction}, ${v}.id ASC LIMIT $limit
       WITH ${v}, key, ${v} AS v0
       RETURN ${row}key, ${v}.id AS id${extra}`;
  }
  if (q.count === 'with-page') {
    // Every match once: collected with its key (the total is the list's size), then the page is
    // the first after the cursor. The item is bound to v0 too, for the extra projection.
    return `${q.filtered}
       WITH ${v}, ${q.sortKey} AS key
       WITH collect({node: ${v}, key: key}) AS matched
       UNWIND matched AS hit
       WITH size(matched) AS total, hit.node AS ${v}, hit.key AS key
       WHERE ${after}
       WITH total, ${v}, key ORDER BY key ${q.direction}, ${v}.id ASC LIMIT $limit
       WITH total, ${v}, key, ${v} AS v0
       RETURN ${row}key, ${v}.id AS id, total${extra}`;
  }
  return `CALL () { ${countStatement(q)} }
       CALL () {
         ${q.filtered}
         WITH ${v}, ${q.sortKey} AS key
         WHERE ${after}
         RETURN ${row}key, ${v}.id AS id${q.extra ? `, ${v} AS v0` : ''}
         ORDER BY key ${q.direction}, ${v}.id ASC
         LIMIT $limit
       }
       RETURN ${q.extra?.replacesRow ? '' : 'row, '}key, id, total${extra}`;
}

const countStatement = (q: KeysetQuery) => `${q.filtered} RETURN count(${q.variable}) AS total`;

/**
 * One page after a cursor, and the total, in one statement (one round trip); ties on the key
 * break by id. A page past the end (after a cursor) has no row to carry the total, so it is
 * counted apart; an empty first page means nothing matched. Without the total, one query.
 */
export async function keysetPage<S extends z.ZodType>(db: Database, q: KeysetQuery, schema: S): Promise<Page<z.infer<S>>> {
  type Row = { row?: unknown; key: string | number; id: string; total?: number; extra?: Record<string, unknown> };
  const params = { ...q.extra?.params, ...q.params, afterKey: q.after?.key ?? null, afterId: q.after?.id ?? null, limit: int(q.first + 1) };
  const name = q.extra ? `${q.name}.planned` : q.name;
  const counted = q.extra?.total !== false;
  // One auto-commit statement (a transaction function costs two more messages to the database);
  // only a page past the end, which has no row to carry the total, counts in a second one.
  const rows = await db.query<Row>(name, keysetStatement(q), params);
  const total = !counted ? null : (rows[0]?.total ?? (q.after ? ((await db.query<{ total: number }>(`${q.name}.count`, countStatement(q), params))[0]?.total ?? 0) : 0));
  const page = rows.slice(0, q.first);
  return {
    // A replacing projection is the item as its resolvers read it (the planner materialises it).
    rows: q.extra?.replacesRow ? (page.map((r) => r.extra) as Array<z.infer<S>>) : parseRows(schema, page.map((r) => r.row), q.name),
    keys: page.map((r) => ({ key: r.key, id: r.id })),
    hasNextPage: rows.length > q.first,
    totalCount: total,
    ...(q.extra ? { extras: page.map((r) => r.extra ?? {}) } : {}),
  };
}
