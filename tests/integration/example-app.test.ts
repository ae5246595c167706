import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefing } from '../../examples/app/app.js';
import { createClient, GraphQLRequestError } from '../../examples/app/client.js';
import { HowToReach } from '../../examples/app/documents.js';
import { createTestApp, type TestApp } from '../support/app.js';

describe('the example app, with the typed document set, against the running service', () => {
  let t: TestApp;
  let endpoint: string;
  let manifests: string;

  beforeAll(async () => {
    // In trusted mode, with the app's generated manifest registered as an operator would.
    manifests = mkdtempSync(path.join(tmpdir(), 'example-app-'));
    copyFileSync('examples/app/generated/persisted-documents.json', path.join(manifests, 'example-app.json'));
    t = await createTestApp({ config: { webRoot: manifests, manifestsDir: manifests, trustedOperations: 'manifest' } });
    await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => t.app.server.close(() => resolve()));
    await t.close();
    rmSync(manifests, { recursive: true, force: true });
  });

  it('shows how MASATA reaches Disnaker and who matters most, sending operation ids only', async () => {
    const lines = await briefing(createClient({ endpoint, apiKey: t.key('VIEWER'), persisted: true }), 'masata-bontang', 'disnaker-bontang');
    expect(lines[0]).toMatch(/^masata-bontang reaches disnaker-bontang in [1-6] hops:$/);
    const hops = lines.slice(1, lines.findIndex((l) => l.startsWith('Who matters most')));
    expect(hops.length).toBeGreaterThanOrEqual(1);
    for (const hop of hops) expect(hop).toMatch(/^ {2}.+ -> .+: \S/);
    const ranking = lines.slice(lines.findIndex((l) => l.startsWith('Who matters most')) + 1);
    expect(ranking.map((l) => l.trim().split('.')[0])).toEqual(['1', '2', '3', '4', '5']);
  });

  it('is refused when it sends document text to a service in trusted mode', async () => {
    const asText = createClient({ endpoint, apiKey: t.key('VIEWER') });
    const refusal = await asText(HowToReach, { from: 'masata-bontang', to: 'disnaker-bontang' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(GraphQLRequestError);
    expect((refusal as GraphQLRequestError).errors[0]?.extensions?.code).toBe('OPERATION_NOT_TRUSTED');
  });
});
