import type { z } from 'zod';
import { decodeCursor, type Cursor } from '../db/pagination.js';
import { badInput, fromZod } from '../domain/errors.js';

/** The helpers every service validates its arguments with: one boundary, one error shape. */

/** GraphQL sends explicit nulls for omitted optionals; the zod schemas expect them absent. */
export function withoutNulls(value: unknown): unknown {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value === 'object' && value !== undefined) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
  }
  return value;
}

/** Validates an argument with zod; failures become one BAD_USER_INPUT naming every field. */
export function parseArgument<S extends z.ZodType>(schema: S, value: unknown, argument: string): z.infer<S> {
  const parsed = schema.safeParse(withoutNulls(value));
  if (!parsed.success) throw fromZod(argument, parsed.error);
  return parsed.data;
}

/** Decodes `after` of a connection (its size is checked at the edge, by the size policy). */
export function afterCursor(after: string | null | undefined): Cursor | null {
  if (after === null || after === undefined) return null;
  const cursor = decodeCursor(after);
  if (!cursor) throw badInput('after', 'is not a cursor returned by this API', 'the endCursor of a previous page');
  return cursor;
}

/** Adds the rule "`to` is not before `from`" (ISO dates compare as strings) to an input schema. */
export function inOrder<S extends z.ZodType<Record<string, unknown>>>(schema: S, from: string, to: string) {
  return schema.refine(
    (value) => {
      const start = value[from];
      const end = value[to];
      return typeof start !== 'string' || typeof end !== 'string' || end >= start;
    },
    { message: `must not be before ${from}`, path: [to] },
  );
}
