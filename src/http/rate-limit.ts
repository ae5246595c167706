import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
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
