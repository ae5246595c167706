import neo4j, { isDate, isDateTime, isInt, isNode, isRelationship, type Integer } from 'neo4j-driver';

/**
 * Conversion of driver values to plain JSON-like values at the boundary: Integers become
 * numbers (or fail loudly outside the safe range), dates become ISO strings, nodes and
 * relationships their properties. Nothing past src/db sees a driver type. The driver hands
 * each record fresh lists and maps, so those are converted in place: a big nested result
 * (a planned read) is not copied a second time.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toNative(value[i]);
    return value;
  }
  if (isInt(value)) return integerToNumber(value);
  if (isDate(value)) return value.toString();
  if (isDateTime(value)) return new Date(value.toString()).toISOString();
  if (isNode(value) || isRelationship(value)) return toNative(value.properties);
  const map = value as Record<string, unknown>;
  if (Object.getPrototypeOf(map) === Object.prototype) {
    for (const key of Object.keys(map)) map[key] = toNative(map[key]);
    return map;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(map)) out[k] = toNative(v);
  return out;
}

function integerToNumber(value: Integer): number {
  if (!neo4j.integer.inSafeRange(value)) throw new RangeError(`integer ${value.toString()} is outside the safe range`);
  return value.toNumber();
}

/** An integer parameter: Cypher LIMIT/SKIP and range() need integers, not floats. */
export const int = (value: number): Integer => neo4j.int(value);
