import type { DeltaSink, ProjectionSink, ProjectionSource } from '../analytics/compact.js';
import type { ProjectedStakeholder } from '../analytics/projection.js';
import type { Helix, StakeholderKind } from '../domain/vocabulary.js';
import type { Database, Tx } from './database.js';
import { readGraphChanges, readGraphVersion, readVersionStamp } from './graph-version.js';
import { PROGRAM_MEMBERS } from './program-store.js';
import { worksIn } from './region-scope.js';
import { OPEN_END, OPEN_START } from './ties.js';

/**
 * Each row is one list rather than named columns, and every number a float: the driver then
 * builds no key lookup per record and no Integer object per value, which is most of what a load
 * costs beyond the database's own work.
 */
const STAKEHOLDER_ROW = `RETURN [s.id, s.name, s.helix, s.kind,
  COLLECT { MATCH path = (s)-[:UNIT_OF*1..10]->(p:Stakeholder) RETURN p.id ORDER BY length(path) },
  COLLECT { ${worksIn('s', 'r:Region', 'r.id AS id')} }] AS row`;

/** A fact's day as days since 1970-01-01, and null for the stored "open" sentinels (they stay in this file). */
const day = (sentinel: string) => `[d IN t.${sentinel === OPEN_START ? 'factStarts' : 'factEnds'} | CASE WHEN d = date('${sentinel}') THEN null ELSE toFloat(duration.inDays(date('1970-01-01'), d).days) END]`;
const TIE_ROW = `RETURN [a.id, b.id, toFloat(t.evidence), [k IN t.factKinds | k = 'collaboration'], ${day(OPEN_START)}, ${day(OPEN_END)}, t.factWeights] AS row`;

type StakeholderList = [string, string, Helix, StakeholderKind, string[], string[]];
type TieList = [string, string, number, boolean[], Array<number | null>, Array<number | null>, number[]];

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

const stakeholderOf = ([id, name, helix, kind, ancestors, regions]: StakeholderList): ProjectedStakeholder => ({ id, name, helix, kind, ancestors, regions });

const putTie = (sink: ProjectionSink, [a, b, evidence, kinds, starts, ends, weights]: TieList): void => sink.tie(a, b, evidence, kinds, starts, ends, weights);

/**
 * Runs a query of one-list rows and hands each row over as it arrives (so a million ties are
 * never held at once), by the driver's callbacks: no promise per record as async iteration has.
 */
function stream<Row>(tx: Tx, cypher: string, params: Record<string, unknown>, each: (row: Row) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.raw.run(cypher, params).subscribe({
      onNext: (record) => {
        try {
          each(record.get(0) as Row);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      },
      onCompleted: () => resolve(),
      onError: reject,
    });
  });
}

/**
 * The members of every program, or of those a delta reaches, with what the gap report filters and
 * orders programs by (so it needs no query of its own). A written program or region also reaches
 * the programs below it: their lists of parent programs and regions include what the write moved.
 */
async function programMembers(tx: Tx, sink: ProjectionSink, reached?: { programs: readonly string[]; items: readonly string[] }): Promise<void> {
  // Each branch starts from an index lookup, so a delta reads no program it does not reach.
  const roots = reached
    ? `CALL () {
         MATCH (root:Program) WHERE root.id IN $programs RETURN root
         UNION
         MATCH (written:Program)<-[:PART_OF*1..]-(root:Program) WHERE written.id IN $items RETURN root
         UNION
         MATCH (written:Region)<-[:PART_OF*0..]-(:Region)<-[:IN_REGION]-(root:Program) WHERE written.id IN $items RETURN root
       }`
    : 'MATCH (root:Program)';
  await stream<[string, string[], number | null, string[], string[]]>(
    tx,
    `${roots} RETURN [root.id, COLLECT { ${PROGRAM_MEMBERS} RETURN DISTINCT s.id },
       CASE WHEN root.startsOn IS NULL THEN null ELSE toFloat(duration.inDays(date('1970-01-01'), root.startsOn).days) END,
       COLLECT { MATCH (root)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(r:Region) RETURN DISTINCT r.id },
       COLLECT { MATCH (root)-[:PART_OF*1..]->(p:Program) RETURN DISTINCT p.id }] AS row`,
    { programs: reached?.programs ?? [], items: reached?.items ?? [] },
    ([program, members, startsOn, regions, partOf]) => sink.programMembers(program, members, { startsOn, regions, partOf }),
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

  stamp(version: number): Promise<string | null> {
    return this.db.read('projection.stamp', (tx) => readVersionStamp(tx, version));
  }

  load(sink: ProjectionSink): Promise<number> {
    return this.db.read(
      'projection.load',
      async (tx) => {
        sink.restart();
        const version = await readGraphVersion(tx);
        await stream<StakeholderList>(tx, `MATCH (s:Stakeholder) WITH s ORDER BY s.id ${STAKEHOLDER_ROW}`, {}, (r) => sink.stakeholder(stakeholderOf(r)));
        await stream<TieList>(tx, `MATCH (a:Stakeholder)-[t:WORKS_WITH]->(b:Stakeholder) ${TIE_ROW}`, {}, (r) => putTie(sink, r));
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
      // A write changes the members only of programs it reaches (before or after it), ancestors included.
      const programs = [...new Set(changes.flatMap((c) => c.reach.programs))];
      const rows = { stakeholders: [] as ProjectedStakeholder[], ties: [] as TieList[], programs: [] as Parameters<ProjectionSink['programMembers']>[] };
      await stream<StakeholderList>(tx, `MATCH (s:Stakeholder) WHERE s.id IN $ids ${STAKEHOLDER_ROW}`, { ids }, (r) => rows.stakeholders.push(stakeholderOf(r)));
      await stream<TieList>(
        tx,
        `UNWIND $ids AS id MATCH (:Stakeholder {id: id})-[t:WORKS_WITH]-(:Stakeholder) WITH DISTINCT t MATCH (a)-[t]->(b) ${TIE_ROW}`,
        { ids },
        (r) => rows.ties.push(r),
      );
      if (programs.length || items.length) await programMembers(tx, { ...sink, programMembers: (...program) => rows.programs.push(program) }, { programs, items });
      return { version, ids, programs: [...new Set([...programs, ...rows.programs.map(([program]) => program)])], rows };
    });
    if (read === null || typeof read === 'number') return read;
    sink.changed(read.ids, read.programs);
    for (const s of read.rows.stakeholders) sink.stakeholder(s);
    for (const r of read.rows.ties) putTie(sink, r);
    for (const program of read.rows.programs) sink.programMembers(...program);
    return read.version;
  }
}
