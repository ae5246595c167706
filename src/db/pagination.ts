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
  totalCount: number;
}

/** Escapes text for a Lucene query and makes each word a prefix match with light typo tolerance. */
export function luceneQuery(text: string): string {
  const words = text
    .normalize('NFKC')
    .split(/\s+/)
    .map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter((w) => w.length > 0)
    .slice(0, 12);
  // Each word: exact (boosted), prefix, or within one edit; all words should match.
  return words.map((w) => (w.length >= 4 ? `(${w}^3 OR ${w}* OR ${w}~1)` : `(${w}^3 OR ${w}*)`)).join(' AND ');
}
