import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, graphFingerprint, unique, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the database is a real Neo4j', () => {
  it('rejects a duplicate id through the uniqueness constraint', async () => {
    const id = unique('dup');
    await t.db.write('test.create', (tx) => tx.rows('test.create', 'CREATE (:Entity:Stakeholder {id: $id, name: "first"})', { id }));
    await expect(
      t.db.write('test.duplicate', (tx) => tx.rows('test.duplicate', 'CREATE (:Entity:Program {id: $id, name: "second"})', { id })),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
    await t.db.write('test.cleanup', (tx) => tx.rows('test.cleanup', 'MATCH (n:Entity {id: $id}) DETACH DELETE n', { id }));
  });

  it('reads back what one transaction wrote, and nothing of one that failed', async () => {
    const kept = unique('kept');
    const lost = unique('lost');
    await t.db.write('test.kept', async (tx) => {
      await tx.rows('test.kept', 'CREATE (:Probe {id: $id, n: 1})', { id: kept });
      await tx.rows('test.kept', 'MATCH (p:Probe {id: $id}) SET p.n = p.n + 1', { id: kept });
    });
    await expect(
      t.db.write('test.lost', async (tx) => {
        await tx.rows('test.lost', 'CREATE (:Probe {id: $id})', { id: lost });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const rows = await t.db.query<{ id: string; n: number }>('test.read', 'MATCH (p:Probe) WHERE p.id IN $ids RETURN p.id AS id, p.n AS n', { ids: [kept, lost] });
    expect(rows).toEqual([{ id: kept, n: 2 }]);
    await t.db.write('test.cleanup', (tx) => tx.rows('test.cleanup', 'MATCH (p:Probe) DETACH DELETE p'));
  });

  it('answers { __typename } through GraphQL', async () => {
    expect(await t.gql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('HTTP endpoints', () => {
  it('serves /health, /ready and GraphQL over a real socket', async () => {
    const { server } = t.app;
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${base}/health`)).status).toBe(200);
      const ready = await fetch(`${base}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
      const ask = (headers: Record<string, string>) =>
        fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: '{ stakeholder(id: "masata-bontang") { id } }' }),
        }).then((r) => r.json());
      expect(await ask({ authorization: `Bearer ${t.key('VIEWER')}` })).toEqual({ data: { stakeholder: { id: 'masata-bontang' } } });
      // This app keeps reads for VIEWER and above (ANONYMOUS_ROLE=ANONYMOUS).
      expect(await ask({})).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    } finally {
      server.close();
    }
  });
});

describe('errors', () => {
  it('masks unexpected failures and keeps expected ones', async () => {
    const before = await graphFingerprint(t.db);
    const result = await t.gql('mutation { deleteStakeholder(id: "masata-bontang") { deleted } }', {}, 'VIEWER');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(result)).not.toMatch(/MATCH|stack|at .*\.ts/);
    expect(await graphFingerprint(t.db)).toBe(before);
  });
});
