import type { Named } from '../exchange/matching.js';
import type { Database, Tx } from './database.js';

/** Labels an import writes, with the dataset collection each comes from: an allow-list. */
export const IMPORTED_LABELS = {
  sources: 'Source',
  regions: 'Region',
  stakeholders: 'Stakeholder',
  people: 'Person',
  programs: 'Program',
  participations: 'Participation',
  collaborations: 'Collaboration',
} as const;
export type ImportedCollection = keyof typeof IMPORTED_LABELS;

export class ExchangeStore {
  constructor(private readonly db: Database) {}

  /** Everything a spreadsheet may name, by kind: ids, names and aliases. */
  async catalogs(): Promise<Record<'stakeholder' | 'program' | 'region' | 'source', Named[]>> {
    return this.db.read('exchange.catalogs', async (tx) => {
      const named = (name: string, label: 'Stakeholder' | 'Program' | 'Region' | 'Source', title = 'name') =>
        tx.rows<Named>(name, `MATCH (n:${label}) RETURN n.id AS id, coalesce(n.${title}, n.id) AS name, coalesce(n.aliases, []) AS aliases`);
      return {
        stakeholder: await named('exchange.catalog.stakeholders', 'Stakeholder'),
        program: await named('exchange.catalog.programs', 'Program'),
        region: await named('exchange.catalog.regions', 'Region'),
        source: await named('exchange.catalog.sources', 'Source', 'title'),
      };
    });
  }
}

/** Content hashes of the given items (absent when an item does not exist), read inside a write. */
export async function contentHashes(tx: Tx, collection: ImportedCollection, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.rows<{ id: string; hash: string | null }>(
    `exchange.hashes.${collection}`,
    `UNWIND $ids AS id MATCH (n:${IMPORTED_LABELS[collection]} {id: id}) RETURN n.id AS id, n.contentHash AS hash`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r.hash ?? '']));
}
