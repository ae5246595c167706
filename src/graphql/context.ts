import type { Viewer } from '../domain/roles.js';
import type { Services } from '../services/services.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Per-request context: who is asking, the shared services, and fresh DataLoaders. */
export interface Context {
  viewer: Viewer;
  /** Who the per-client limits count against: the credential's subject, or the address when anonymous. */
  client: string;
  services: Services;
  loaders: Loaders;
}

/** The context of a request whose caller is already known (authenticated and counted on arrival, see http/rate-limit). */
export function createContext(services: Services, viewer: Viewer, client: string): Context {
  return { viewer, client, services, loaders: createLoaders(services.stores, services.analytics.backend, services.indicators) };
}

/**
 * New DataLoaders for each event of a subscription: its context lives as long as the
 * subscription, and loaders cache for their context's life (an event must not show the items
 * as the first event found them).
 */
export function refreshLoaders(context: Context): void {
  context.loaders = createLoaders(context.services.stores, context.services.analytics.backend, context.services.indicators);
}
