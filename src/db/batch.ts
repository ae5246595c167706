/** Rows back in the order of the keys asked for (DataLoader's contract); null where missing. */
export function inKeyOrder<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Rows grouped per key, in the order of the keys; a key with no rows gets an empty list. */
export function groupedInKeyOrder<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
