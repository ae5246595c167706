import { distance } from 'fastest-levenshtein';
import type { Named } from '../domain/dataset.js';

export type Match =
  | { kind: 'exact'; id: string; by: 'id' | 'name' | 'alias' }
  | { kind: 'fuzzy'; id: string; name: string; score: number }
  | { kind: 'none' };

/** Lower case, accents and punctuation folded, spaces collapsed: "PT. Badak  LNG" ~ "pt badak lng". */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Similarity in [0, 1]: 1 - edit distance / length of the longer text, on normalised names. */
export function similarity(a: string, b: string): number {
  const x = normalise(a);
  const y = normalise(b);
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 1 : 1 - distance(x, y) / longest;
}

/** Below this, two names are not offered as the same organisation. */
export const FUZZY_THRESHOLD = 0.8;

/**
 * Resolves names to ids: exact id, then exact name, then alias (both normalised); failing those,
 * the most similar name or alias above the threshold is a *fuzzy* match, which the importer
 * reports for confirmation and never applies by itself (a wrong merge of two organisations is
 * worse than a question).
 */
export class Catalog {
  private readonly ids = new Set<string>();
  private readonly byName = new Map<string, string>();
  private readonly byAlias = new Map<string, string>();
  private readonly entries: Named[] = [];

  constructor(items: Iterable<Named>) {
    for (const item of items) this.add(item);
  }

  add(item: Named): void {
    this.ids.add(item.id);
    this.entries.push(item);
    this.byName.set(normalise(item.name), item.id);
    for (const alias of item.aliases) if (!this.byAlias.has(normalise(alias))) this.byAlias.set(normalise(alias), item.id);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  match(text: string): Match {
    const value = text.trim();
    if (this.ids.has(value)) return { kind: 'exact', id: value, by: 'id' };
    const key = normalise(value);
    const named = this.byName.get(key);
    if (named) return { kind: 'exact', id: named, by: 'name' };
    const aliased = this.byAlias.get(key);
    if (aliased) return { kind: 'exact', id: aliased, by: 'alias' };
    let best: { id: string; name: string; score: number } | null = null;
    for (const entry of this.entries) {
      for (const candidate of [entry.name, ...entry.aliases]) {
        const score = similarity(value, candidate);
        if (score >= FUZZY_THRESHOLD && (!best || score > best.score)) best = { id: entry.id, name: entry.name, score };
      }
    }
    return best ? { kind: 'fuzzy', ...best } : { kind: 'none' };
  }
}

/** A readable id from a name: "Dinas Pariwisata Kota Bontang" -> "dinas-pariwisata-kota-bontang". */
export function slugify(name: string): string {
  return normalise(name).replace(/ /g, '-').slice(0, 120).replace(/-+$/, '');
}
