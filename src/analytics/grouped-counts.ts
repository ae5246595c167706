/**
 * Counts of items by any combination of dimensions, for dashboards. An item can take several
 * values on one dimension (a collaboration has parties of several helices): it counts once in
 * every combination of its values, so groups can add up to more than the items counted, and
 * an item with no value on a dimension counts under null there.
 */
export type Grouping<D extends string> = Record<D, ReadonlyArray<string | null>>;

export interface GroupCount<D extends string> {
  values: Record<D, string | null>;
  count: number;
}

export function groupCounts<D extends string>(items: Iterable<Grouping<D>>, dimensions: readonly D[]): GroupCount<D>[] {
  const groups = new Map<string, GroupCount<D>>();
  for (const item of items) {
    let combinations: Array<Array<string | null>> = [[]];
    for (const d of dimensions) {
      const values = [...new Set(item[d].length > 0 ? item[d] : [null])];
      combinations = combinations.flatMap((prefix) => values.map((v) => [...prefix, v]));
    }
    for (const combination of combinations) {
      const key = JSON.stringify(combination);
      const group = groups.get(key);
      if (group) group.count++;
      else groups.set(key, { values: Object.fromEntries(dimensions.map((d, i) => [d, combination[i]!])) as Record<D, string | null>, count: 1 });
    }
  }
  // Largest first; equal counts in a stable order of their values.
  return [...groups.entries()].sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0)).map(([, g]) => g);
}
