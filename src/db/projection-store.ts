import neo4j, { type QueryResult, type RecordShape } from 'neo4j-driver';
import type { DeltaSink, ProjectionSink, ProjectionSource } from '../analytics/compact.js';
import type { ProjectedStakeholder } from '../analytics/projection.js';
import type { Helix, StakeholderKind } from '../domain/vocabulary.js';
import type { Database, Tx } from './database.js';
import { readGraphChanges, readGraphVersion } from './graph-version.js';
import { PROGRAM_MEMBERS } from './program-store.js';
import { worksIn } from './region-scope.js';
import { OPEN_END, OPEN_START } from './ties.js';

const num = (v: unknown): number => (neo4j.isInt(v) ? v.toNumber() : (v as number));

const STAKEHOLDER_ROW = `RETURN s.id AS id, s.name AS name, s.helix AS helix, s.kind AS kind,
  COLLECT { MATCH path = (s)-[:UNIT_OF*1..10]->(p:Stakeholder) RETURN p.id ORDER BY length(path) } AS ancestors,
  COLLECT { ${worksIn('s', 'r:Region', 'r.id AS id')} } AS regions`;

/** A fact's day as days since 1970-01-01, and null for the stored "open" sentinels (they stay in this file). */
const day = (sentinel: string) => `[d IN t.${sentinel === OPEN_START ? 'factStarts' : 'factEnds'} | CASE WHEN d = date('${sentinel}') THEN null ELSE toFloat(duration.inDays(date('1970-01-01'), d).days) END]`;
const TIE_ROW = `RETURN a.id AS a, b.id AS b, t.evidence AS e, [k IN t.factKinds | k = 'collaboration'] AS k,
  ${day(OPEN_START)} AS s, ${day(OPEN_END)} AS f, t.factWeights AS w`;

/**
 * The stakeholders a change to these items may re-describe: organisations below them, and who
 * works in a region (the region rule) below a changed region or through a changed program.
 */
const AFFECTED = `UNWIND $items AS item
  MATCH (x:Entity {id: item}) WHERE x:Stakeholder OR x:Region OR x:Program
  CALL (x) {
    MATCH (s:Stakeholder)-[:UNIT_OF*0..10]->(x) RETURN s
    UNION
    ${worksIn('s:Stakeholder', 'x', 's')}
    UNION
    MATCH (s:Stakeholder)-[:TAKES_PART]->(:Participation)-[:IN]->(x) RETURN s
    UNION
    MATCH (s:Stakeholder)-[:PARTY_TO]->(:Collaboration)-[:UNDER]->(x) RETURN s
  }
  RETURN DISTINCT s.id AS id`;

function stakeholderOf(r: { get(key: string): unknown }): ProjectedStakeholder {
  return {
    id: r.get('id') as string,
    name: r.get('name') as string,
    helix: r.get('helix') as Helix,
    kind: r.get('kind') as StakeholderKind,
    ancestors: r.get('ancestors') as string[],
    regions: r.get('regions') as string[],
  };
}

function putTie(sink: ProjectionSink, r: { get(key: string): unknown }): void {
  sink.tie(r.get('a') as string, r.get('b') as string, num(r.get('e')), r.get('k') as boolean[], r.get('s') as Array<number | null>, r.get('f') as Array<number | null>, r.get('w') as number[]);
}

/** Runs a query and hands each record over as it arrives, so a million ties are never held as records at once. */
async function stream(tx: Tx, cypher: string, params: Record<string, unknown>, each: (r: { get(key: string): unknown }) => void): Promise<void> {
  const result = tx.raw.run(cypher, params);
  for await (const record of result as AsyncIterable<QueryResult<RecordShape>['records'][number]>) each(record);
}

async function programMembers(tx: Tx, sink: ProjectionSink): Promise<void> {
  await stream(tx, `MATCH (root:Program) RETURN root.id AS program, COLLECT { ${PROGRAM_MEMBERS} RETURN DISTINCT s.id } AS members`, {}, (r) =>
    sink.programMembers(r.get('program') as string, r.get('members') as string[]),
  );
}

/**
 * The analytics engine's view of storage: the whole stakeholder-tie graph streamed as compact
 * rows, and the delta since a version, from the change log that every write through `mutate`
 * appends to in its own transaction (src/db/graph-version.ts).
 */
export class ProjectionStore implements ProjectionSource {
  constructor(private readonly db: Database) {}

  version(): Promise<number> {
    return this.db.read('graph_version', (tx) => readGraphVersion(tx));
  }

  load(sink: ProjectionSink): Promise<number> {
    return this.db.read(
      'projection.load',
      async (tx) => {
        sink.restart();
        const version = await readGraphVersion(tx);
        await stream(tx, `MATCH (s:Stakeholder) WITH s ORDER BY s.id ${STAKEHOLDER_ROW}`, {}, (r) => sink.stakeholder(stakeholderOf(r)));
        await stream(tx, `MATCH (a:Stakeholder)-[t:WORKS_WITH]->(b:Stakeholder) ${TIE_ROW}`, {}, (r) => putTie(sink, r));
        await programMembers(tx, sink);
        return version;
      },
      10 * 60_000,
    );
  }

  async changes(since: number, sink: DeltaSink): Promise<number | null> {
    const read = await this.db.read('projection.changes', async (tx) => {
      const version = await readGraphVersion(tx);
      if (version === since) return version;
      const changes = await readGraphChanges(tx, since, version);
      if (changes === null) return null;
      const items = [...new Set(changes.flatMap((c) => c.items))];
      const affected = items.length ? await tx.rows<{ id: string }>('projection.affected', AFFECTED, { items }) : [];
      // The written items too: a deleted stakeholder is no longer found by AFFECTED, yet must go.
      const ids = [...new Set([...changes.flatMap((c) => c.stakeholders), ...items, ...affected.map((r) => r.id)])];
      const rows = { stakeholders: [] as ProjectedStakeholder[], ties: [] as Array<{ get(key: string): unknown }>, members: new Map<string, string[]>() };
      await stream(tx, `MATCH (s:Stakeholder) WHERE s.id IN $ids ${STAKEHOLDER_ROW}`, { ids }, (r) => rows.stakeholders.push(stakeholderOf(r)));
      await stream(
        tx,
        `UNWIND $ids AS id MATCH (:Stakeholder {id: id})-[t:WORKS_WITH]-(:Stakeholder) WITH DISTINCT t MATCH (a)-[t]->(b) ${TIE_ROW}`,
        { ids },
        (r) => rows.ties.push(r),
      );
      await programMembers(tx, { ...sink, programMembers: (program, members) => rows.members.set(program, [...members]) });
      return { version, ids, rows };
    });
    if (read === null || typeof read === 'number') return read;
    sink.changed(read.ids);
    for (const s of read.rows.stakeholders) sink.stakeholder(s);
    for (const r of read.rows.ties) putTie(sink, r);
    for (const [program, members] of read.rows.members) sink.programMembers(program, members);
    return read.version;
  }
}
