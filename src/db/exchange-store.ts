import type { Named } from '../domain/dataset.js';
import type { Database, Tx } from './database.js';
import { startedBy, TIE_AS_OF, tieFigures } from './time.js';

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

  /** Everything a spreadsheet or a report may name, by kind: ids, names and aliases. */
  async catalogs(): Promise<Record<'stakeholder' | 'program' | 'region' | 'source' | 'person', Named[]>> {
    return this.db.read('exchange.catalogs', async (tx) => {
      const named = (name: string, label: 'Stakeholder' | 'Program' | 'Region' | 'Source' | 'Person', title = 'name') =>
        tx.rows<Named>(name, `MATCH (n:${label}) RETURN n.id AS id, coalesce(n.${title}, n.id) AS name, coalesce(n.aliases, []) AS aliases`);
      return {
        stakeholder: await named('exchange.catalog.stakeholders', 'Stakeholder'),
        program: await named('exchange.catalog.programs', 'Program'),
        region: await named('exchange.catalog.regions', 'Region'),
        source: await named('exchange.catalog.sources', 'Source', 'title'),
        person: await named('exchange.catalog.people', 'Person'),
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

/** What an export covers: the whole graph, or the stakeholders based in a region (and its sub-regions). */
export interface ExportScope {
  region?: string;
  /** The graph as it stood on this date: facts started by then, ties weighed from them. */
  asOf?: string;
}

const EVIDENCE_OF = (v: string) =>
  `COLLECT { MATCH (${v})-[e:EVIDENCED_BY]->(src:Source) RETURN {sourceId: src.id, quote: e.quote, confidence: e.confidence} AS ev ORDER BY src.id, e.quote }`;

/** Rows in the dataset format (nulls where a field is absent), read in one transaction. */
export interface ExportRows {
  sources: unknown[];
  regions: unknown[];
  stakeholders: Array<{ id: string }>;
  people: unknown[];
  programs: unknown[];
  participations: unknown[];
  collaborations: unknown[];
  ties: Array<{ a: string; b: string; weight: number; facts: number }>;
}

export async function readExport(db: Database, scope: ExportScope, withContacts: boolean): Promise<ExportRows> {
  return db.read('exchange.export', async (tx) => {
    const item = async <T = unknown>(name: string, cypher: string, params: Record<string, unknown> = {}) =>
      (await tx.rows<{ item: T }>(name, cypher, params)).map((r) => r.item);
    const stakeholders = await item<{ id: string }>(
      'exchange.export.stakeholders',
      `MATCH (s:Stakeholder)
       WHERE $region IS NULL OR EXISTS { MATCH (s)-[:BASED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $region}) }
       OPTIONAL MATCH (s)-[:BASED_IN]->(r:Region)
       OPTIONAL MATCH (s)-[:UNIT_OF]->(p:Stakeholder)
       RETURN s {.id, .name, .aliases, .helix, .kind, .description, .website, .tags, regionId: r.id, unitOf: p.id, evidence: ${EVIDENCE_OF('s')}} AS item
       ORDER BY s.id`,
      { region: scope.region ?? null },
    );
    const ids = scope.region ? stakeholders.map((s) => s.id) : null;
    const asOf = scope.asOf ?? null;
    const participations = await item<{ programId: string }>(
      'exchange.export.participations',
      `MATCH (s:Stakeholder)-[:TAKES_PART]->(n:Participation)-[:IN]->(p:Program)
       WHERE ($ids IS NULL OR s.id IN $ids) AND ($asOf IS NULL OR ${startedBy('coalesce(n.startedOn, p.startsOn)')})
       RETURN n {stakeholderId: s.id, programId: p.id, .role, .description, .startedOn, .endedOn, evidence: ${EVIDENCE_OF('n')}} AS item
       ORDER BY n.id`,
      { ids, asOf },
    );
    const collaborations = await item<{ programId: string | null }>(
      'exchange.export.collaborations',
      `MATCH (c:Collaboration)
       WITH c, COLLECT { MATCH (s:Stakeholder)-[pt:PARTY_TO]->(c) RETURN {stakeholderId: s.id, role: pt.role} AS party ORDER BY s.id } AS parties
       WHERE ($ids IS NULL OR all(x IN parties WHERE x.stakeholderId IN $ids)) AND ($asOf IS NULL OR ${startedBy('c.startedOn')})
       OPTIONAL MATCH (c)-[:UNDER]->(p:Program)
       RETURN c {.id, .name, .kind, .description, .strength, .status, .startedOn, .endedOn, programId: p.id, parties: parties, evidence: ${EVIDENCE_OF('c')}} AS item
       ORDER BY c.id`,
      { ids, asOf },
    );
    // Programs the exported facts point to, and the programs every exported program is part of,
    // always go along, so the export stays importable.
    const referenced = [...participations, ...collaborations].flatMap((f) => (f.programId ? [f.programId] : []));
    const programs = await item(
      'exchange.export.programs',
      `MATCH (m:Program)
       WHERE m.id IN $referenced OR (($asOf IS NULL OR ${startedBy('m.startsOn')}) AND ($ids IS NULL
          OR EXISTS { MATCH (m)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $region}) }
          OR EXISTS { MATCH (s:Stakeholder)-[:TAKES_PART]->(:Participation)-[:IN]->(m) WHERE s.id IN $ids }
          OR EXISTS { MATCH (c:Collaboration)-[:UNDER]->(m) WHERE all(x IN COLLECT { MATCH (s:Stakeholder)-[:PARTY_TO]->(c) RETURN s.id } WHERE x IN $ids) }))
       MATCH (m)-[:PART_OF*0..]->(n:Program)
       WITH DISTINCT n
       OPTIONAL MATCH (n)-[:IN_REGION]->(r:Region)
       OPTIONAL MATCH (n)-[:PART_OF]->(parent:Program)
       RETURN n {.id, .name, .aliases, .kind, .description, .startsOn, .endsOn, .venue, regionId: r.id, partOf: parent.id, evidence: ${EVIDENCE_OF('n')}} AS item
       ORDER BY n.id`,
      { ids, region: scope.region ?? null, asOf, referenced },
    );
    const people = await item(
      'exchange.export.people',
      `MATCH (n:Person)-[:HOLDS]->(s:Stakeholder) WHERE $ids IS NULL OR s.id IN $ids
       WITH DISTINCT n
       RETURN n {.id, .name, .aliases, contact: CASE WHEN $contacts THEN {email: n.email, phone: n.phone} END,
                 offices: COLLECT { MATCH (n)-[h:HOLDS]->(s:Stakeholder) WHERE $ids IS NULL OR s.id IN $ids
                                    RETURN {stakeholderId: s.id, title: h.title, since: h.since, until: h.until,
                                            evidence: [i IN range(0, size(coalesce(h.sourceIds, [])) - 1) | {sourceId: h.sourceIds[i], quote: h.quotes[i]}]} AS office
                                    ORDER BY s.id, h.title }} AS item
       ORDER BY n.id`,
      { ids, contacts: withContacts },
    );
    const regions = await item(
      'exchange.export.regions',
      `MATCH (n:Region) OPTIONAL MATCH (n)-[:PART_OF]->(p:Region) RETURN n {.id, .name, .level, partOf: p.id} AS item ORDER BY n.id`,
    );
    const sources = await item('exchange.export.sources', `MATCH (n:Source) RETURN n {.id, .title, .publisher, .author, .url, .publishedOn, .kind, .language} AS item ORDER BY n.id`);
    const ties = await tx.rows<{ a: string; b: string; weight: number; facts: number }>(
      'exchange.export.ties',
      `MATCH (a:Stakeholder)-[t:WORKS_WITH]->(b:Stakeholder)
       WHERE ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids)) AND ${TIE_AS_OF}
       RETURN a.id AS a, b.id AS b,
              ${tieFigures(asOf !== null).weight} AS weight,
              size([d IN coalesce(t.factStarts, []) WHERE $asOf IS NULL OR d <= date($asOf)]) AS facts ORDER BY a, b`,
      { ids, asOf },
    );
    return { sources, regions, stakeholders, people, programs, participations, collaborations, ties };
  });
}
