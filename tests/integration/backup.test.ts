import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, restoreBackup, RestoreError, writeBackup } from '../../src/db/backup.js';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrations.js';
import { loadDataset, readCuratedSeed } from '../../src/seed/load.js';
import { openPrivateStore, type PrivateStore } from '../support/app.js';

/**
 * A store of its own (the backup must see a database nobody else writes to when it compares
 * fingerprints): the curated seed, API keys, audit events and a snapshot; backed up under a
 * write load, and restored into the same store emptied.
 */
let store: PrivateStore;
let db: Database;
let editorKey: string;
const call = (query: string, variables: Record<string, unknown> = {}) => store.call(editorKey, query, variables);

beforeAll(async () => {
  store = await openPrivateStore('backup', { anonymousRole: 'ANONYMOUS' });
  db = store.db;
  await loadDataset(db, await readCuratedSeed());
  const keys = store.app.services.stores.apiKeys;
  editorKey = (await keys.create('backup-editor', 'EDITOR')).key;
  await keys.revoke((await keys.create('backup-revoked', 'VIEWER')).record.id);
  const snapshot = await call('mutation { takeSnapshot(input: { label: "sebelum cadangan" }) { id } }');
  expect(snapshot.errors).toBeUndefined();
  const assessed = await call(
    'mutation { recordAssessment(input: { stakeholderId: "masata-bontang", scopeId: "kota-bontang", assessedOn: "2025-05-01", power: 3, interest: 5, position: SUPPORTS, comment: "cadangan" }) { created } }',
  );
  expect(assessed.errors).toBeUndefined();
}, 300_000);

afterAll(() => store?.close());

async function backup(): Promise<string[]> {
  const lines: string[] = [];
  await writeBackup(db, (line) => void lines.push(line));
  return lines;
}

/** The lines as a stream, the way the restore command reads a file. */
const each = (lines: string[]): AsyncIterable<string> => ({ [Symbol.asyncIterator]: () => lines[Symbol.iterator]() as unknown as AsyncIterator<string> });

/** Empties the store the way a fresh one starts: no data, the migrations applied. */
async function emptyStore() {
  await db.write('test.empty', (tx) => tx.rows('test.empty', 'MATCH (n) DETACH DELETE n'), 0);
  await migrate(db, store.logger);
}

const UPSERT = 'mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { stakeholder { id } } }';

describe('backup and restore', () => {
  it('a backup taken under writes is one moment: each write is in it with its audit event, or neither is', async () => {
    let running = true;
    const acknowledged: Array<{ id: string; at: number }> = [];
    let n = 0;
    const writer = async () => {
      while (running) {
        const id = `backup-org-${n++}`;
        const result = await call(UPSERT, { input: { id, name: `Organisasi ${id}`, helix: 'COMMUNITY', kind: 'NGO', regionId: 'kota-bontang' } });
        expect(result.errors).toBeUndefined();
        acknowledged.push({ id, at: performance.now() });
      }
    };
    const writers = Promise.all([writer(), writer()]);
    while (acknowledged.length < 10) await new Promise((resolve) => setTimeout(resolve, 20));
    const startedAt = performance.now();
    const lines = await backup();
    running = false;
    await writers;

    const items = lines.map((line) => JSON.parse(line));
    const nodes = items.filter((i) => i.kind === 'node');
    const header = items[0];
    const meta = nodes.find((node) => node.labels.includes('GraphMeta'));
    expect(meta.properties.version).toBe(header.graphVersion);
    const stakeholders = new Set(nodes.filter((node) => node.labels.includes('Stakeholder') && node.properties.id.startsWith('backup-org-')).map((node) => node.properties.id));
    const audited = new Set(
      nodes.filter((node) => node.labels.includes('AuditEvent') && node.properties.action === 'stakeholder.upsert' && node.properties.itemId?.startsWith('backup-org-')).map((node) => node.properties.itemId),
    );
    expect([...audited].sort()).toEqual([...stakeholders].sort());
    for (const write of acknowledged.filter((w) => w.at < startedAt)) expect(stakeholders.has(write.id), write.id).toBe(true);
    expect(stakeholders.size).toBeLessThan(acknowledged.length);
    expect(items.at(-1)).toMatchObject({ kind: 'end', nodes: nodes.length });
  }, 300_000);

  it('restores into an empty store the very same database: labels, properties and relationships', async () => {
    const before = await databaseFingerprint(db);
    const lines = await backup();
    const labels = new Set(lines.flatMap((line) => JSON.parse(line).labels ?? []));
    for (const label of ['Stakeholder', 'Person', 'Source', 'Collaboration', 'Participation', 'Assessment', 'Program', 'Region', 'AuditEvent', 'ApiKey', 'NetworkSnapshot', 'GraphMeta']) {
      expect(labels.has(label), label).toBe(true);
    }
    expect(before.nodes).toBeGreaterThan(100);

    await expect(restoreBackup(db, each(lines))).rejects.toThrow(/not empty/);
    await emptyStore();
    expect((await databaseFingerprint(db)).hash).not.toBe(before.hash);
    const restored = await restoreBackup(db, each(lines));
    expect(restored).toMatchObject({ nodes: before.nodes, relationships: before.relationships });
    expect(await databaseFingerprint(db)).toEqual(before);
    // The restored service works: keys verify, the graph answers.
    const answer = await call('{ stakeholder(id: "masata-bontang") { name partners(first: 1) { weight } } snapshots { label } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data.snapshots.map((s: { label: string }) => s.label)).toContain('sebelum cadangan');
  }, 300_000);

  it('refuses a file cut short and one with a label it does not know', async () => {
    const lines = await backup();
    await emptyStore();
    await expect(restoreBackup(db, each(lines.slice(0, -1)))).rejects.toThrow(/cut short/);
    await emptyStore();
    const at = lines.findIndex((line) => JSON.parse(line).kind === 'node');
    const node = JSON.parse(lines[at]!);
    const hostile = lines.with(at, JSON.stringify({ ...node, labels: [...node.labels, 'Source`) DETACH DELETE n //'] }));
    await expect(restoreBackup(db, each(hostile))).rejects.toBeInstanceOf(RestoreError);
    // Back to a whole store for whoever looks at it next.
    await emptyStore();
    await restoreBackup(db, each(lines));
  }, 300_000);
});
