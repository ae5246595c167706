import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await createTestApp();
  await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => t.app.server.close(() => resolve()));
  await t.close();
});

/** POSTs an operation over real HTTP and returns the raw answer. */
function post(query: string, encoding: string | null): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${t.key('VIEWER')}`,
          ...(encoding ? { 'accept-encoding': encoding } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const LARGE = `{ stakeholders(first: 50) { nodes { id name aliases helix kind description region { name } } } }`;

describe('GraphQL answers are compressed when the client accepts it', () => {
  it('sends gzip, br or plain JSON as asked, with the same data', async () => {
    const plain = await post(LARGE, null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const json = JSON.parse(plain.body.toString('utf8'));
    expect(json.data.stakeholders.nodes.length).toBeGreaterThan(10);

    const gzip = await post(LARGE, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(gunzipSync(gzip.body).toString('utf8'))).toEqual(json);
    expect(gzip.body.length).toBeLessThan(plain.body.length / 3);

    const br = await post(LARGE, 'br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(json);
  });

  it('leaves small answers as they are', async () => {
    const small = await post('{ __typename }', 'gzip, br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });
});
