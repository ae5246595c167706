import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Viewer } from '../domain/roles.js';
import { DomainError } from '../domain/errors.js';

/**
 * Requests per minute per client, with rate-limiter-flexible's in-memory store: the count is
 * per process, so N replicas allow N times the rate (its Redis store makes it shared, with the
 * same interface). Clients are keyed by credential subject, or by address when anonymous.
 */
export class RequestLimiter {
  private readonly limiter: RateLimiterMemory | null;

  constructor(perMinute: number) {
    this.limiter = perMinute > 0 ? new RateLimiterMemory({ points: perMinute, duration: 60 }) : null;
  }

  /** Counts one request; RATE_LIMITED (HTTP 429 with Retry-After) when the client is over. */
  async consume(client: string): Promise<void> {
    if (!this.limiter) return;
    try {
      await this.limiter.consume(client);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new DomainError('RATE_LIMITED', `too many requests; retry in ${seconds} s`, {
        retryable: true,
        http: { status: 429, headers: { 'retry-after': String(seconds) } },
      });
    }
  }
}

/** Who sent a request, as the limiter found it: the viewer, or why the credential was refused. */
export type Caller = { viewer: Viewer } | { refused: unknown };

/** The key a client's requests and subscriptions are counted under. */
export const clientKey = (viewer: Viewer | null, remoteAddress: string | undefined): string =>
  viewer?.subject || `address:${remoteAddress ?? 'in-process'}`;

/**
 * Authenticates and counts every request when it arrives, before it is parsed: a request that
 * fails parsing or validation costs its sender like any other, so a throttled client cannot
 * keep the service busy with broken documents. By credential subject, or by address for
 * anonymous callers and refused credentials (so guessing keys is throttled too). The caller is
 * kept for the request's context (`callerOf`), so a request is authenticated once.
 */
export function useRateLimit(limiter: RequestLimiter, authenticate: (request: Request) => Promise<Viewer>) {
  const callers = new WeakMap<Request, Caller>();
  const plugin: Plugin<Record<string, unknown>, { req?: { socket: { remoteAddress?: string } } }> = {
    async onRequest(payload) {
      const { request, serverContext, fetchAPI } = payload;
      let caller: Caller;
      try {
        caller = { viewer: await authenticate(request) };
      } catch (refused) {
        caller = { refused };
      }
      callers.set(request, caller);
      try {
        await limiter.consume(clientKey('viewer' in caller ? caller.viewer : null, serverContext?.req?.socket.remoteAddress));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const { http, ...detail } = error.detail;
        payload.endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.code, ...detail } }] }), {
            status: http?.status ?? 429,
            headers: { 'content-type': 'application/json; charset=utf-8', ...http?.headers },
          }),
        );
      }
    },
  };
  return {
    plugin,
    /** The caller found for a request (authenticating it now if the plugin did not see it). */
    async callerOf(request: Request): Promise<Viewer> {
      const caller = callers.get(request) ?? { viewer: await authenticate(request) };
      if ('refused' in caller) throw caller.refused;
      return caller.viewer;
    },
  };
}
