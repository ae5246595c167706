import type { Viewer } from '../domain/roles.js';
import type { RequestLimiter } from '../http/rate-limit.js';
import type { Services } from '../services/services.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Per-request context: who is asking, the shared services, and fresh DataLoaders. */
export interface Context {
  viewer: Viewer;
  services: Services;
  loaders: Loaders;
}

/**
 * Authenticates the caller and counts the request against its rate limit: by credential
 * subject, or by address for anonymous callers and for refused credentials (so guessing keys
 * is throttled like any other traffic).
 */
export async function createContext(services: Services, request: Request, limiter: RequestLimiter, address: string): Promise<Context> {
  let viewer: Viewer;
  try {
    viewer = await services.auth.authenticate(request);
  } catch (error) {
    await limiter.consume(`address:${address}`);
    throw error;
  }
  await limiter.consume(viewer.subject ?? `address:${address}`);
  return { viewer, services, loaders: createLoaders(services.stores, services.analytics.backend, services.indicators) };
}
