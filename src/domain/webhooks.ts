import { createHmac } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import { z } from 'zod';
import { CHANGED_ITEM_TYPES, ITEM_CHANGES, type ChangedItem, type ChangedItemType, type GraphFeedEvent, type ItemChange } from './changes.js';

/** The header carrying a delivery's signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'x-pentahelix-signature';
/** The delivery's id: the same on every attempt, so a receiver can drop repeats. */
export const DELIVERY_HEADER = 'x-pentahelix-delivery';
/** `graph.changed` or `graph.reload`. */
export const EVENT_HEADER = 'x-pentahelix-event';

/** What a hook is told about: changes to items of these types, of these kinds. */
export interface WebhookFilter {
  items: ChangedItemType[];
  changes: ItemChange[];
}

/** Where private addresses are refused: loopback, private, link-local, carrier-grade NAT, multicast, reserved. */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(net, bits, 'ipv6');

/** Whether an IP address is one a hook may not reach (IPv4-mapped IPv6 is judged as its IPv4 address). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The host of a URL as an IP address when it is one (`[::1]` -> `::1`), else null. */
export const literalAddress = (url: URL): string | null => {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(host) ? host : null;
};

/**
 * A hook's URL: http or https, no credentials in it, at most 2,048 characters; unless private
 * addresses are allowed (local testing), a literal private address or `localhost` is refused
 * here, and every address a name resolves to is checked again when a delivery connects.
 */
export function webhookUrlSchema(allowPrivate: boolean) {
  return z
    .string()
    .trim()
    .max(2048)
    .transform((text, ctx) => {
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'expected an absolute http or https URL' });
        return z.NEVER;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: 'expected an http or https URL' });
      if (url.username || url.password) ctx.addIssue({ code: 'custom', message: 'must not carry credentials: the signature authenticates deliveries' });
      const literal = literalAddress(url);
      if (!allowPrivate && (url.hostname === 'localhost' || url.hostname.endsWith('.localhost') || (literal && isPrivateAddress(literal)))) {
        ctx.addIssue({ code: 'custom', message: 'must not point at a private, loopback or link-local address (WEBHOOK_ALLOW_PRIVATE=true allows it for local testing)' });
      }
      return url.toString();
    });
}

export const webhookFilterSchema = z.object({
  items: z.array(z.enum(CHANGED_ITEM_TYPES)).min(1).max(CHANGED_ITEM_TYPES.length).default([...CHANGED_ITEM_TYPES]),
  changes: z.array(z.enum(ITEM_CHANGES)).min(1).max(ITEM_CHANGES.length).default([...ITEM_CHANGES]),
});

/** The items of an event a hook asked for (a reload concerns every hook: nothing it mirrors can be trusted any more). */
export function matchingItems(event: GraphFeedEvent, filter: WebhookFilter): ChangedItem[] | null {
  if (event.kind === 'RELOAD') return [];
  const items = event.items.filter((i) => filter.items.includes(i.type) && filter.changes.includes(i.change));
  return items.length > 0 ? items : null;
}

/** What a receiver gets: the event's name, the graph version, and what changed. */
export function payloadOf(event: GraphFeedEvent, items: ChangedItem[]) {
  return event.kind === 'RELOAD'
    ? { event: 'graph.reload' as const, version: event.version, since: event.since }
    : { event: 'graph.changed' as const, version: event.version, action: event.action, at: event.at, items, reach: event.reach };
}

/** The signature header's value for a body sent at `timestamp` (unix seconds). */
export function signature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Pause after the first failure; each further one doubles it. */
  baseMs: number;
  /** The longest pause. */
  capMs: number;
}

/** The pause before attempt `attempt + 1` after `attempt` failed ones: exponential, capped, with up to 20% jitter so receivers that come back are not hit in step. */
export function retryDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const exponential = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.round(exponential * (1 + 0.2 * random()));
}
