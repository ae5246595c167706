import { randomUUID } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ClaimedDelivery, WebhookStore } from '../db/webhook-store.js';
import type { GraphFeedEvent } from '../domain/changes.js';
import { excerpt } from '../domain/text.js';
import { DELIVERY_HEADER, EVENT_HEADER, isPrivateAddress, literalAddress, matchingItems, payloadOf, retryDelay, signature, SIGNATURE_HEADER, type RetryPolicy } from '../domain/webhooks.js';
import type { Logger } from '../logger.js';
import type { ChangeFeed } from './change-feed.js';
import { SerialRun } from './serial-run.js';

export interface WebhookOptions {
  /** Let hooks reach private, loopback and link-local addresses (local testing only). */
  allowPrivate: boolean;
  retry: RetryPolicy;
  /** The longest one attempt may take, connection included. */
  timeoutMs: number;
  /** How often due retries (and deliveries whose sender died) are looked for. */
  pollMs: number;
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = {
  allowPrivate: false,
  retry: { maxAttempts: 8, baseMs: 10_000, capMs: 3_600_000 },
  timeoutMs: 10_000,
  pollMs: 1_000,
};

/** Deliveries claimed at once by one sender. */
const BATCH = 10;

interface Answer {
  httpStatus: number | null;
  error: string | null;
}

/** Resolves a name, refusing it when any of its addresses is private (checked where the connection is made, so a name cannot change its answer between check and use). */
const publicOnly: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const denied = addresses.find((a) => isPrivateAddress(a.address));
    if (denied) return callback(new Error(`${hostname} resolves to ${denied.address}, a private address`), '', 0);
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/** POSTs a body and reports the status, or why there was none. Redirects are not followed (a 3xx is a failure). */
function post(url: string, body: string, headers: Record<string, string>, options: WebhookOptions): Promise<Answer> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const literal = literalAddress(target);
    if (!options.allowPrivate && literal && isPrivateAddress(literal)) return resolve({ httpStatus: null, error: `${literal} is a private address` });
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const request: RequestOptions = {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      signal: AbortSignal.timeout(options.timeoutMs),
      ...(options.allowPrivate ? {} : { lookup: publicOnly }),
    };
    const req = send(target, request, (res) => {
      // The answer's body is not kept: only its status counts.
      res.resume();
      res.on('end', () => resolve({ httpStatus: res.statusCode ?? null, error: null }));
      res.on('error', (error) => resolve({ httpStatus: res.statusCode ?? null, error: excerpt(error.message, 300) }));
    });
    req.on('error', (error) => resolve({ httpStatus: null, error: excerpt(error.name === 'AbortError' || error.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : error.message, 300) }));
    req.end(body);
  });
}

/**
 * The webhook queue: it listens to the change feed (committed changes, read from the log after
 * commit, so the write path is untouched and never waits for a receiver), queues a delivery per
 * matching hook in the database, and sends due deliveries signed, retrying failures with
 * exponential backoff up to the policy's attempts, each attempt logged with its outcome.
 */
export class WebhookDispatcher {
  private unsubscribe: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private queued: Promise<void> = Promise.resolve();
  private readonly sends = new SerialRun(
    () => this.sendDue(),
    (error: unknown) => this.logger.warn({ err: error }, 'webhook deliveries could not be sent'),
    () => this.unsubscribe !== null,
  );
  /** This sender's lease token. */
  private readonly token = randomUUID();

  constructor(
    private readonly store: WebhookStore,
    private readonly feed: ChangeFeed,
    private readonly logger: Logger,
    private readonly options: WebhookOptions,
  ) {}

  /** Starts where the queue stopped (the stored cursor; from now the first time). */
  async start(): Promise<void> {
    if (this.unsubscribe) return;
    const since = await this.store.cursor();
    this.unsubscribe = this.feed.subscribe((event) => this.take(event), since ?? undefined);
    this.timer = setInterval(() => this.wake(), this.options.pollMs);
    this.timer.unref();
    this.wake();
  }

  /** Stops listening and sending; waits for the work under way. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.queued;
    await this.sends.current;
  }

  /** Queues and sending both done (tests wait for it). */
  async settled(): Promise<void> {
    await this.queued;
    while (this.sends.current) await this.sends.current;
  }

  private take(event: GraphFeedEvent): void {
    this.queued = this.queued
      .then(() => this.enqueue(event))
      .catch((error: unknown) => this.logger.error({ err: error, version: event.version }, 'webhook deliveries could not be queued'))
      .then(() => this.wake());
  }

  private async enqueue(event: GraphFeedEvent): Promise<void> {
    const hooks = await this.store.filters();
    const deliveries = hooks.flatMap((hook) => {
      const items = matchingItems(event, hook);
      if (!items) return [];
      const payload = payloadOf(event, items);
      return [{ webhookId: hook.id, version: event.version, event: payload.event, payload: JSON.stringify(payload) }];
    });
    await this.store.enqueue(event.version, deliveries);
  }

  /** Sends what is due now; a call while sending runs one more round after it. */
  private wake(): void {
    this.sends.run();
  }

  private async sendDue(): Promise<void> {
    const leaseMs = this.options.timeoutMs * 2 + 5_000;
    for (;;) {
      const claimed = await this.store.claim(this.token, BATCH, leaseMs);
      if (claimed.length === 0) return;
      await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
    }
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const number = delivery.attempts + 1;
    const at = new Date();
    const started = performance.now();
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'pentahelix-graph-webhooks',
      [EVENT_HEADER]: delivery.event,
      [DELIVERY_HEADER]: delivery.id,
      [SIGNATURE_HEADER]: signature(delivery.secret, Math.floor(at.getTime() / 1000), delivery.payload),
    };
    const answer = await post(delivery.url, delivery.payload, headers, this.options);
    const succeeded = answer.httpStatus !== null && answer.httpStatus >= 200 && answer.httpStatus < 300;
    const error = succeeded ? null : (answer.error ?? `answered HTTP ${answer.httpStatus}`);
    const retryInMs = succeeded || number >= this.options.retry.maxAttempts ? null : retryDelay(this.options.retry, number);
    if (!succeeded) this.logger.info({ delivery: delivery.id, attempt: number, error, retryInMs }, 'webhook delivery failed');
    await this.store.record(
      delivery.id,
      this.token,
      { number, at: at.toISOString(), httpStatus: answer.httpStatus, error, durationMs: Math.round(performance.now() - started), succeeded },
      retryInMs,
    );
  }
}
