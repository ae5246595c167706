import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphChangeEvent } from '../../src/domain/changes.js';
import { isPrivateAddress, matchingItems, retryDelay, signature, webhookUrlSchema } from '../../src/domain/webhooks.js';

describe('webhook retries', () => {
  const policy = { maxAttempts: 8, baseMs: 10_000, capMs: 3_600_000 };

  it('double the pause after each failure, up to the cap, with at most 20% jitter on top', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(policy, n, () => 0))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryDelay(policy, 20, () => 0)).toBe(3_600_000);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (attempt, r) => {
        const plain = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
        const delay = retryDelay(policy, attempt, () => r);
        return delay >= plain && delay <= plain * 1.2 + 1 && (attempt === 1 || delay >= retryDelay(policy, attempt - 1, () => 0));
      }),
    );
  });
});

describe('webhook signatures', () => {
  it('are HMAC-SHA256 of "<timestamp>.<body>" in hex, with the timestamp in the header', () => {
    const body = '{"event":"graph.changed"}';
    const header = signature('whsec_test', 1_796_000_000, body);
    expect(header).toBe(`t=1796000000,v1=${createHmac('sha256', 'whsec_test').update(`1796000000.${body}`).digest('hex')}`);
    expect(signature('whsec_other', 1_796_000_000, body)).not.toBe(header);
    expect(signature('whsec_test', 1_796_000_001, body)).not.toBe(header);
  });
});

describe('webhook URLs', () => {
  const strict = webhookUrlSchema(false);
  const relaxed = webhookUrlSchema(true);

  it('accept http and https only, without credentials', () => {
    expect(strict.parse('https://hooks.example.org/pentahelix')).toBe('https://hooks.example.org/pentahelix');
    for (const url of ['ftp://example.org/x', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', 'https://user:pw@example.org/']) {
      expect(strict.safeParse(url).success, url).toBe(false);
    }
  });

  it('refuse private, loopback and link-local hosts unless relaxed for local testing', () => {
    for (const url of ['http://127.0.0.1:8080/', 'http://localhost/', 'http://10.1.2.3/', 'http://192.168.0.10/', 'http://172.20.0.1/', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/', 'http://[fd00::1]/', 'http://[::ffff:127.0.0.1]/', 'http://0.0.0.0/']) {
      expect(strict.safeParse(url).success, url).toBe(false);
      expect(relaxed.safeParse(url).success, url).toBe(true);
    }
  });

  it('judge addresses by range', () => {
    expect(['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '172.32.0.1', '100.128.0.1'].map(isPrivateAddress)).toEqual([false, false, false, false, false]);
    expect(['127.0.0.1', '10.0.0.1', '100.64.0.1', '172.31.255.255', '192.168.1.1', '169.254.0.1', '::1', 'fe80::1', 'fc00::1', '::ffff:10.0.0.1', '224.0.0.1'].map(isPrivateAddress)).toEqual(Array(11).fill(true));
  });
});

describe('which changes a hook is told', () => {
  const event: GraphChangeEvent = {
    kind: 'CHANGED',
    since: 6,
    version: 7,
    action: 'collaboration.record',
    at: '2026-11-30T00:00:00.000Z',
    items: [
      { id: 'c1', type: 'COLLABORATION', change: 'CREATED' },
      { id: 's1', type: 'STAKEHOLDER', change: 'UPDATED' },
    ],
    stakeholders: ['s1'],
    reach: { regions: [], programs: [], helices: ['MEDIA'] },
  };

  it('only the items of the types and changes it asked for, or nothing', () => {
    expect(matchingItems(event, { items: ['COLLABORATION'], changes: ['CREATED', 'UPDATED', 'DELETED'] })).toEqual([event.items[0]]);
    expect(matchingItems(event, { items: ['STAKEHOLDER', 'COLLABORATION'], changes: ['UPDATED'] })).toEqual([event.items[1]]);
    expect(matchingItems(event, { items: ['PROGRAM'], changes: ['CREATED'] })).toBeNull();
    expect(matchingItems(event, { items: ['STAKEHOLDER'], changes: ['DELETED'] })).toBeNull();
  });

  it('a reload always: whatever it mirrors may be stale', () => {
    expect(matchingItems({ kind: 'RELOAD', since: 3, version: 9 }, { items: ['PROGRAM'], changes: ['DELETED'] })).toEqual([]);
  });
});
