import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

/**
 * The GraphQL-over-HTTP audits of `graphql-http` against the service on a real socket. A client
 * that is not a browser sends the CSRF header, as any non-browser client of this API must.
 */
let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await createTestApp();
  t.app.server.listen(0, '127.0.0.1');
  await once(t.app.server, 'listening');
  url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  t.app.server.close();
  await t.close();
});

const audits = serverAudits({
  url: () => url,
  fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    headers.set('authorization', `Bearer ${t.key('VIEWER')}`);
    headers.set('x-graphql-yoga-csrf', '1');
    return fetch(input, { ...init, headers });
  },
});

describe('GraphQL over HTTP (graphql-http audits)', () => {
  for (const audit of audits.filter((a) => a.name.startsWith('MUST'))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
    });
  }

  it('reports the SHOULD and MAY audits', async () => {
    const optional = audits.filter((a) => !a.name.startsWith('MUST'));
    const results = await Promise.all(optional.map(async (a) => ({ name: a.name, result: await a.fn() })));
    const notOk = results.filter((r) => r.result.status !== 'ok');
    console.info(
      `graphql-http: ${results.length - notOk.length}/${results.length} SHOULD/MAY audits ok` +
        notOk.map((r) => `\n  ${r.result.status}: ${r.name}${'reason' in r.result ? ` (${r.result.reason})` : ''}`).join(''),
    );
    expect(results.length).toBeGreaterThan(0);
  });
});
