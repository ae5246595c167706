import { createHash } from 'node:crypto';
import neo4j, { type Integer, type Transaction } from 'neo4j-driver';
import type { Database } from './database.js';

/**
 * A backup is JSON lines: a header, every node (labels and properties), every relationship
 * (type, properties, and the keys of its two nodes), and a trailer with the counts, so a cut-off
 * file is recognised. Property values keep their Neo4j types (integers, floats, dates,
 * date-times, durations) through a small tagged encoding, so a restore gives back the same
 * database, not a JSON approximation of it.
 */
export const BACKUP_FORMAT = 'pentahelix-backup';
const BACKUP_VERSION = 1;

/** Labels and relationship types a restore may create: an allow-list, never the file's say-so. */
export const BACKUP_LABELS = new Set([
  'Entity', 'Stakeholder', 'Program', 'Collaboration', 'Participation', 'Assessment', 'Source', 'Region', 'Person',
  'GraphMeta', 'GraphChange', 'NetworkSnapshot', 'ApiKey', 'AuditEvent',
]);
export const BACKUP_TYPES = new Set(['ASSESSES', 'WITHIN', 'BASED_IN', 'EVIDENCED_BY', 'HOLDS', 'IN', 'IN_REGION', 'PARTY_TO', 'PART_OF', 'TAKES_PART', 'UNDER', 'UNIT_OF', 'WORKS_WITH']);

type Encoded = null | boolean | string | number | Encoded[] | { [tag: string]: unknown };

const fields = (value: object, names: string[]) => names.map((name) => {
  const v = (value as Record<string, unknown>)[name];
  return neo4j.isInt(v) ? v.toNumber() : (v ?? null);
});
const DATE = ['year', 'month', 'day'];
const LOCAL_DATE_TIME = [...DATE, 'hour', 'minute', 'second', 'nanosecond'];

/** A driver value as JSON: integers as numbers, floats tagged (JSON cannot tell 1 from 1.0). */
export function encodeValue(value: unknown): Encoded {
  if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'string') return value ?? null;
  if (typeof value === 'number') return { $f: value };
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : { $i: value.toString() };
  if (Array.isArray(value)) {
    // Property lists hold one type: a list of floats is tagged once, not per element.
    if (value.length > 0 && typeof value[0] === 'number') return { $f: value as number[] };
    return value.map(encodeValue);
  }
  if (neo4j.isDate(value)) return { $date: fields(value, DATE) };
  if (neo4j.isDateTime(value)) return { $datetime: [...fields(value, LOCAL_DATE_TIME), ...fields(value, ['timeZoneOffsetSeconds', 'timeZoneId'])] };
  if (neo4j.isLocalDateTime(value)) return { $localdatetime: fields(value, LOCAL_DATE_TIME) };
  if (neo4j.isDuration(value)) return { $duration: fields(value, ['months', 'days', 'seconds', 'nanoseconds']) };
  throw new Error(`a property of a type the backup does not know: ${Object.prototype.toString.call(value)}`);
}

export function decodeValue(value: Encoded): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'number' ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const [[tag, body]] = Object.entries(value) as [[string, unknown]];
  const n = (x: unknown) => neo4j.int(x as number);
  const parts = body as Array<number | string | null>;
  switch (tag) {
    case '$f':
      return body;
    case '$i':
      return neo4j.int(body as string);
    case '$date':
      return new neo4j.types.Date(n(parts[0]), n(parts[1]), n(parts[2]));
    case '$localdatetime':
      return new neo4j.types.LocalDateTime(...(parts.slice(0, 7).map(n) as [Integer, Integer, Integer, Integer, Integer, Integer, Integer]));
    case '$datetime': {
      const [offset, zone] = parts.slice(7) as [number | null, string | null];
      const local = parts.slice(0, 7).map(n) as [Integer, Integer, Integer, Integer, Integer, Integer, Integer];
      return zone ? new neo4j.types.DateTime(...local, undefined, zone) : new neo4j.types.DateTime(...local, n(offset ?? 0));
    }
    case '$duration':
      return new neo4j.types.Duration(n(parts[0]), n(parts[1]), n(parts[2]), n(parts[3]));
    default:
      throw new Error(`unknown value tag ${tag.slice(0, 20)}`);
  }
}

const encodeProperties = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).map(([k, v]) => [k, encodeValue(v)]));
const decodeProperties = (props: Record<string, Encoded>) => Object.fromEntries(Object.entries(props).map(([k, v]) => [k, decodeValue(v)]));

export interface BackupHeader {
  kind: 'header';
  format: typeof BACKUP_FORMAT;
  version: number;
  takenAt: string;
  graphVersion: number;
}
interface NodeLine {
  kind: 'node';
  key: string;
  labels: string[];
  properties: Record<string, Encoded>;
}
interface RelationshipLine {
  kind: 'rel';
  type: string;
  start: string;
  end: string;
  properties: Record<string, Encoded>;
}
interface TrailerLine {
  kind: 'end';
  nodes: number;
  relationships: number;
}
type BackupLine = BackupHeader | NodeLine | RelationshipLine | TrailerLine;

export interface BackupCounts {
  nodes: number;
  relationships: number;
  graphVersion: number;
}

type NodeRecord = { key: string; labels: string[]; properties: Record<string, unknown> };
type RelationshipRecord = { type: string; start: string; end: string; properties: Record<string, unknown> };
const NODES = 'MATCH (n) RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS properties';
const RELATIONSHIPS = 'MATCH (a)-[r]->(b) RETURN type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS properties';

/**
 * Streams every node and relationship of the database, one JSON line each, to `write` (awaited:
 * backpressure reaches the database through the driver's fetch size).
 *
 * Consistency: it is one transaction that first takes the write lock of the graph's version
 * node and keeps it to the end. Every write of the service takes that lock in its own
 * transaction (graph changes bump the version; every write records an audit event, which takes
 * the lock too), so each one commits wholly before the backup starts or waits until it ends:
 * the backup is the database exactly as of one moment. Reads go on meanwhile; writes wait for
 * the backup (seconds for the curated graph and 10,000 stakeholders).
 */
export async function writeBackup(db: Database, write: (line: string) => unknown, progress?: (counts: BackupCounts) => void): Promise<BackupCounts> {
  return db.unbounded('backup', async (tx) => {
    // The lock of lockGraph, held to the end of this transaction.
    const locked = await tx.run("MATCH (m:GraphMeta {id: 'graph'}) SET m.backupLock = true REMOVE m.backupLock RETURN m.version AS version");
    const counts = { nodes: 0, relationships: 0, graphVersion: Number(locked.records[0]?.get('version') ?? 0) };
    const emit = async (line: BackupLine) => void (await write(`${JSON.stringify(line)}\n`));
    await emit({ kind: 'header', format: BACKUP_FORMAT, version: BACKUP_VERSION, takenAt: new Date().toISOString(), graphVersion: counts.graphVersion });
    for await (const record of tx.run<NodeRecord>(NODES)) {
      await emit({ kind: 'node', key: record.get('key'), labels: record.get('labels'), properties: encodeProperties(record.get('properties')) });
      if (++counts.nodes % 10_000 === 0) progress?.(counts);
    }
    for await (const record of tx.run<RelationshipRecord>(RELATIONSHIPS)) {
      await emit({ kind: 'rel', type: record.get('type'), start: record.get('start'), end: record.get('end'), properties: encodeProperties(record.get('properties')) });
      if (++counts.relationships % 10_000 === 0) progress?.(counts);
    }
    await emit({ kind: 'end', nodes: counts.nodes, relationships: counts.relationships });
    progress?.(counts);
    return counts;
  });
}

/** The marker label and property of restored nodes until their relationships are in. */
const RESTORE_LABEL = 'RestoreKey';
const RESTORE_BATCH = 1_000;

export class RestoreError extends Error {}

/** Items by key, in first-seen order (Map.groupBy arrives with Node 21). */
function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Labels of a node as Cypher, from the allow-list only. */
function labelsOf(labels: string[]): string {
  const unknown = labels.find((label) => !BACKUP_LABELS.has(label));
  if (unknown !== undefined) throw new RestoreError(`the backup has a node labelled "${unknown.slice(0, 40)}", which this version does not know`);
  return labels.map((label) => `:\`${label}\``).join('');
}

/**
 * Loads a backup into an empty store (one holding at most the version node the migrations
 * create), in batches. Refuses a store with data; a file cut short or with an unknown label
 * stops it with a RestoreError (the store is then partly restored: empty it and restore again).
 */
export async function restoreBackup(db: Database, lines: AsyncIterable<string>, progress?: (counts: BackupCounts) => void): Promise<BackupCounts> {
  const [existing] = await db.query<{ nodes: number }>(
    'restore.existing',
    "MATCH (n) WHERE NOT (n:GraphMeta AND n.id = 'graph' AND n.version = 0 AND NOT EXISTS { (n)--() }) RETURN count(n) AS nodes",
  );
  if ((existing?.nodes ?? 0) > 0) throw new RestoreError(`the store is not empty (${existing!.nodes} nodes): restore into an empty store only`);
  await db.write('restore.index', (tx) => tx.rows('restore.index', `CREATE INDEX restore_key IF NOT EXISTS FOR (n:${RESTORE_LABEL}) ON (n.restoreKey)`), 0);
  await db.read('restore.await_index', (tx) => tx.rows('restore.await_index', 'CALL db.awaitIndexes(300)'), 0);
  await db.write('restore.clear_meta', (tx) => tx.rows('restore.clear_meta', "MATCH (m:GraphMeta {id: 'graph'}) DELETE m"), 0);

  const counts = { nodes: 0, relationships: 0, graphVersion: 0 };
  let header: BackupHeader | null = null;
  let trailer: TrailerLine | null = null;
  let nodes: NodeLine[] = [];
  let relationships: RelationshipLine[] = [];
  const flushNodes = async () => {
    const groups = groupBy(nodes, (line) => labelsOf([...line.labels].sort()));
    await db.write('restore.nodes', async (tx) => {
      for (const [labels, group] of groups) {
        await tx.rows('restore.nodes', `UNWIND $rows AS row CREATE (n${labels}:${RESTORE_LABEL} {restoreKey: row.key}) SET n += row.properties`, {
          rows: group.map((line) => ({ key: line.key, properties: decodeProperties(line.properties) })),
        });
      }
    }, 0);
    counts.nodes += nodes.length;
    nodes = [];
  };
  const flushRelationships = async () => {
    const groups = groupBy(relationships, (line) => line.type);
    await db.write('restore.relationships', async (tx) => {
      for (const [type, group] of groups) {
        if (!BACKUP_TYPES.has(type)) throw new RestoreError(`the backup has a relationship of type "${type.slice(0, 40)}", which this version does not know`);
        const created = await tx.rows<{ n: number }>(
          'restore.relationships',
          `UNWIND $rows AS row
           MATCH (a:${RESTORE_LABEL} {restoreKey: row.start}) MATCH (b:${RESTORE_LABEL} {restoreKey: row.end})
           CREATE (a)-[r:\`${type}\`]->(b) SET r += row.properties RETURN count(r) AS n`,
          { rows: group.map((line) => ({ start: line.start, end: line.end, properties: decodeProperties(line.properties) })) },
        );
        if (created[0]?.n !== group.length) throw new RestoreError('the backup has a relationship whose node is not in it');
      }
    }, 0);
    counts.relationships += relationships.length;
    relationships = [];
  };

  for await (const text of lines) {
    if (text.trim() === '') continue;
    const line = JSON.parse(text) as BackupLine;
    if (!header) {
      if (line.kind !== 'header' || line.format !== BACKUP_FORMAT) throw new RestoreError('not a backup of this service (no backup header)');
      if (line.version !== BACKUP_VERSION) throw new RestoreError(`a backup of format version ${line.version}; this version reads ${BACKUP_VERSION}`);
      header = line;
      counts.graphVersion = line.graphVersion;
      continue;
    }
    if (trailer) throw new RestoreError('the backup goes on after its end line');
    if (line.kind === 'node') {
      if (relationships.length > 0 || counts.relationships > 0) throw new RestoreError('the backup has a node after its relationships');
      nodes.push(line);
      if (nodes.length >= RESTORE_BATCH) await flushNodes();
    } else if (line.kind === 'rel') {
      if (nodes.length > 0) await flushNodes();
      relationships.push(line);
      if (relationships.length >= RESTORE_BATCH) await flushRelationships();
    } else if (line.kind === 'end') {
      trailer = line;
    } else {
      throw new RestoreError('the backup has a line of an unknown kind');
    }
    if ((counts.nodes + counts.relationships) % 10_000 === 0) progress?.(counts);
  }
  if (nodes.length > 0) await flushNodes();
  if (relationships.length > 0) await flushRelationships();
  if (!header) throw new RestoreError('the file is empty');
  if (!trailer || trailer.nodes !== counts.nodes || trailer.relationships !== counts.relationships) {
    throw new RestoreError(`the backup is cut short: ${counts.nodes} nodes and ${counts.relationships} relationships read, no complete end line`);
  }
  for (;;) {
    const [done] = await db.write('restore.unmark', (tx) =>
      tx.rows<{ n: number }>('restore.unmark', `MATCH (n:${RESTORE_LABEL}) WITH n LIMIT 10000 REMOVE n:${RESTORE_LABEL}, n.restoreKey RETURN count(n) AS n`), 0);
    if ((done?.n ?? 0) === 0) break;
  }
  await db.write('restore.drop_index', (tx) => tx.rows('restore.drop_index', 'DROP INDEX restore_key IF EXISTS'), 0);
  progress?.(counts);
  return counts;
}

/**
 * A hash of the whole database: every node's labels and properties, every relationship's type
 * and properties with the nodes at its ends; independent of internal ids and of order.
 */
export async function databaseFingerprint(db: Database): Promise<{ nodes: number; relationships: number; hash: string }> {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const canonical = (props: Record<string, unknown>) => JSON.stringify(Object.entries(encodeProperties(props)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return db.unbounded('fingerprint', async (tx: Transaction) => {
    const nodeHash = new Map<string, string>();
    for await (const record of tx.run<NodeRecord>(NODES)) {
      nodeHash.set(record.get('key'), sha(JSON.stringify([[...record.get('labels')].sort(), canonical(record.get('properties'))])));
    }
    const relationshipHashes: string[] = [];
    for await (const record of tx.run<RelationshipRecord>(RELATIONSHIPS)) {
      relationshipHashes.push(sha(JSON.stringify([record.get('type'), canonical(record.get('properties')), nodeHash.get(record.get('start')), nodeHash.get(record.get('end'))])));
    }
    const all = [...nodeHash.values(), ...relationshipHashes].sort();
    return { nodes: nodeHash.size, relationships: relationshipHashes.length, hash: sha(all.join('\n')) };
  });
}
