import type { Named } from '../domain/dataset.js';
import { EXPORT_COLLECTIONS, type ExportBatch, type ExportCollection } from '../exchange/formats.js';
import type { Database, Tx } from './database.js';
import { int } from 'neo4j-driver';
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
  assessments: 'Assessment',
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

const PROGRAM_ITEM = `n {.id, .name, .aliases, .kind, .description, .startsOn, .endsOn, .venue, regionId: r.id, partOf: parent.id, evidence: ${EVIDENCE_OF('n')}}`;

/** Rows per read: each batch is its own short transaction, well inside the per-query limit. */
export const EXPORT_BATCH_SIZE = 2_000;

/**
 * One keyset-paged query per collection: `$after` is the last key of the previous batch,
 * `$limit` the batch size; each row has the `key` it is ordered by and its `items` (one item,
 * or a stakeholder's ties). Scope filters are row-wise and come before the limit, so the id
 * index yields the rows in order and a batch stops after `$limit` of them; the projections
 * (parties, evidence) are computed for the batch only.
 */
const PAGES: Record<ExportCollection, string> = {
  sources: `MATCH (n:Source) WHERE n.id > $after
    WITH n ORDER BY n.id LIMIT $limit
    RETURN n.id AS key, [n {.id, .title, .publisher, .author, .url, .publishedOn, .kind, .language}] AS items`,
  regions: `MATCH (n:Region) WHERE n.id > $after
    WITH n ORDER BY n.id LIMIT $limit
    OPTIONAL MATCH (n)-[:PART_OF]->(p:Region)
    RETURN n.id AS key, [n {.id, .name, .level, partOf: p.id}] AS items ORDER BY key`,
  stakeholders: `MATCH (s:Stakeholder) WHERE s.id > $after AND ($ids IS NULL OR s.id IN $ids)
    WITH s ORDER BY s.id LIMIT $limit
    OPTIONAL MATCH (s)-[:BASED_IN]->(r:Region)
    OPTIONAL MATCH (s)-[:UNIT_OF]->(p:Stakeholder)
    RETURN s.id AS key, [s {.id, .name, .aliases, .helix, .kind, .description, .website, .tags, regionId: r.id, unitOf: p.id, evidence: ${EVIDENCE_OF('s')}}] AS items
    ORDER BY key`,
  // A person goes along with an office in the scope; in a whole-graph export, every person does.
  people: `MATCH (n:Person) WHERE n.id > $after AND ($ids IS NULL OR EXISTS { MATCH (n)-[:HOLDS]->(s:Stakeholder) WHERE s.id IN $ids })
    WITH n ORDER BY n.id LIMIT $limit
    RETURN n.id AS key, [n {.id, .name, .aliases, contact: CASE WHEN $contacts THEN {email: n.email, phone: n.phone} END,
      offices: COLLECT { MATCH (n)-[h:HOLDS]->(s:Stakeholder) WHERE $ids IS NULL OR s.id IN $ids
                         RETURN {stakeholderId: s.id, title: h.title, since: h.since, until: h.until,
                                 evidence: [i IN range(0, size(coalesce(h.sourceIds, [])) - 1) | {sourceId: h.sourceIds[i], quote: h.quotes[i]}]} AS office
                         ORDER BY s.id, h.title }}] AS items`,
  participations: `MATCH (n:Participation) WHERE n.id > $after
      AND EXISTS { MATCH (s:Stakeholder)-[:TAKES_PART]->(n)-[:IN]->(p:Program)
                   WHERE ($ids IS NULL OR s.id IN $ids) AND ($asOf IS NULL OR ${startedBy('coalesce(n.startedOn, p.startsOn)')}) }
    WITH n ORDER BY n.id LIMIT $limit
    MATCH (s:Stakeholder)-[:TAKES_PART]->(n)-[:IN]->(p:Program)
    RETURN n.id AS key, [n {stakeholderId: s.id, programId: p.id, .role, .description, .startedOn, .endedOn, evidence: ${EVIDENCE_OF('n')}}] AS items
    ORDER BY key`,
  // In a scope, a collaboration goes along when every party is in it (no party outside it).
  collaborations: `MATCH (c:Collaboration) WHERE c.id > $after
      AND ($ids IS NULL OR NOT EXISTS { MATCH (s:Stakeholder)-[:PARTY_TO]->(c) WHERE NOT s.id IN $ids })
      AND ($asOf IS NULL OR ${startedBy('c.startedOn')})
    WITH c ORDER BY c.id LIMIT $limit
    OPTIONAL MATCH (c)-[:UNDER]->(p:Program)
    RETURN c.id AS key, [c {.id, .name, .kind, .description, .strength, .status, .startedOn, .endedOn, programId: p.id,
      parties: COLLECT { MATCH (s:Stakeholder)-[pt:PARTY_TO]->(c) RETURN {stakeholderId: s.id, role: pt.role} AS party ORDER BY s.id },
      evidence: ${EVIDENCE_OF('c')}}] AS items
    ORDER BY key`,
  // Every program: the whole graph today (a scope or a date reads PROGRAM_IDS instead).
  programs: `MATCH (n:Program) WHERE n.id > $after
    WITH n ORDER BY n.id LIMIT $limit
    OPTIONAL MATCH (n)-[:IN_REGION]->(r:Region)
    OPTIONAL MATCH (n)-[:PART_OF]->(parent:Program)
    RETURN n.id AS key, [${PROGRAM_ITEM}] AS items ORDER BY key`,
  // In a scoped or dated export, an assessment goes along when its stakeholder and its program do.
  // The assessor's comment and name are private as contacts are: only exports with contacts carry them.
  assessments: `MATCH (n:Assessment) WHERE n.id > $after
      AND ($asOf IS NULL OR ${startedBy('n.assessedOn')})
      AND EXISTS { MATCH (s:Stakeholder)<-[:ASSESSES]-(n)-[:WITHIN]->(g:Entity)
                   WHERE ($ids IS NULL OR s.id IN $ids) AND ($programs IS NULL OR g:Region OR g.id IN $programs) }
    WITH n ORDER BY n.id LIMIT $limit
    MATCH (s:Stakeholder)<-[:ASSESSES]-(n)-[:WITHIN]->(g:Entity)
    RETURN n.id AS key, [n {stakeholderId: s.id, scopeId: g.id, .assessedOn, .power, .interest, .position, .attitude,
      comment: CASE WHEN $contacts THEN n.comment END, assessedBy: CASE WHEN $contacts THEN n.assessedBy END}] AS items
    ORDER BY key`,
  ties: `MATCH (a:Stakeholder) WHERE a.id > $after AND ($ids IS NULL OR a.id IN $ids)
    WITH a ORDER BY a.id LIMIT $limit
    RETURN a.id AS key, COLLECT { MATCH (a)-[t:WORKS_WITH]->(b:Stakeholder)
      WHERE ($ids IS NULL OR b.id IN $ids) AND ${TIE_AS_OF}
      RETURN {a: a.id, b: b.id, weight: CASE WHEN $asOf IS NULL THEN ${tieFigures(false).weight} ELSE ${tieFigures(true).weight} END, facts: size([d IN coalesce(t.factStarts, []) WHERE $asOf IS NULL OR d <= date($asOf)])} AS tie
      ORDER BY b.id } AS items`,
};

/**
 * Programs of a scoped or dated export: in a scope, those in its region or with a fact in it, and those the
 * exported facts point to; always with every program they are part of, so the export stays
 * importable. Ids only (programs are few), read before their batches.
 */
const PROGRAM_IDS = `MATCH (m:Program)
  WHERE ($ids IS NULL AND $asOf IS NULL)
     OR (($asOf IS NULL OR ${startedBy('m.startsOn')}) AND ($ids IS NULL
         OR EXISTS { MATCH (m)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $region}) }
         OR EXISTS { MATCH (s:Stakeholder)-[:TAKES_PART]->(:Participation)-[:IN]->(m) WHERE s.id IN $ids }
         OR EXISTS { MATCH (c:Collaboration)-[:UNDER]->(m) WHERE all(x IN COLLECT { MATCH (s:Stakeholder)-[:PARTY_TO]->(c) RETURN s.id } WHERE x IN $ids) }))
     OR EXISTS { MATCH (s:Stakeholder)-[:TAKES_PART]->(n:Participation)-[:IN]->(m)
                 WHERE ($ids IS NULL OR s.id IN $ids) AND ($asOf IS NULL OR ${startedBy('coalesce(n.startedOn, m.startsOn)')}) }
     OR EXISTS { MATCH (c:Collaboration)-[:UNDER]->(m)
                 WHERE ($asOf IS NULL OR ${startedBy('c.startedOn')})
                   AND ($ids IS NULL OR all(x IN COLLECT { MATCH (s:Stakeholder)-[:PARTY_TO]->(c) RETURN s.id } WHERE x IN $ids)) }
  MATCH (m)-[:PART_OF*0..]->(n:Program)
  RETURN DISTINCT n.id AS id ORDER BY id`;

const PROGRAMS = `UNWIND $page AS id MATCH (n:Program {id: id})
  OPTIONAL MATCH (n)-[:IN_REGION]->(r:Region)
  OPTIONAL MATCH (n)-[:PART_OF]->(parent:Program)
  RETURN ${PROGRAM_ITEM} AS item
  ORDER BY n.id`;

/**
 * Reads an export in batches, each in its own read transaction, so no single query timeout
 * bounds the whole export. Batches are not one snapshot: an item written during the export may
 * be missing or present (the graph version before and after tells whether anything changed).
 */
export async function* readExportBatches(
  db: Database,
  scope: ExportScope,
  withContacts: boolean,
  collections: ReadonlySet<ExportCollection> = new Set(EXPORT_COLLECTIONS),
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<ExportBatch> {
  const region = scope.region ?? null;
  const ids = region
    ? (
        await db.query<{ id: string }>(
          'exchange.export.scope',
          'MATCH (s:Stakeholder) WHERE EXISTS { MATCH (s)-[:BASED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $region}) } RETURN s.id AS id',
          { region },
        )
      ).map((r) => r.id)
    : null;
  const params = { ids, region, asOf: scope.asOf ?? null, contacts: withContacts, programs: null as string[] | null };
  // A scoped or dated export holds some programs only: what refers to programs keeps to those.
  if (ids !== null || params.asOf !== null) params.programs = (await db.query<{ id: string }>('exchange.export.program_ids', PROGRAM_IDS, params)).map((r) => r.id);
  for (const collection of EXPORT_COLLECTIONS) {
    if (!collections.has(collection)) continue;
    if (collection === 'programs' && params.programs !== null) {
      const programIds = params.programs;
      for (let i = 0; i < programIds.length; i += batchSize) {
        const page = programIds.slice(i, i + batchSize);
        const rows = await db.query<{ item: unknown }>('exchange.export.programs', PROGRAMS, { page });
        yield { collection, items: rows.map((r) => r.item) };
      }
      continue;
    }
    for (let after = ''; ; ) {
      const rows = await db.query<{ key: string; items: unknown[] }>(`exchange.export.${collection}`, PAGES[collection], {
        ...params,
        after,
        limit: int(batchSize),
      });
      const items = rows.flatMap((r) => r.items);
      if (items.length > 0) yield { collection, items };
      if (rows.length < batchSize) break;
      after = rows.at(-1)!.key;
    }
  }
}
