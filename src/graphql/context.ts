import type { Viewer } from '../domain/roles.js';
import type { Services } from '../services/services.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Per-request context: who is asking, the shared services, and fresh DataLoaders. */
export interface Context {
  viewer: Viewer;
  services: Services;
  loaders: Loaders;
}

/** The context of a request whose caller is already known (authenticated and counted on arrival, see http/rate-limit). */
export function createContext(services: Services, viewer: Viewer): Context {
  return { viewer, services, loaders: createLoaders(services.stores, services.analytics.backend, services.indicators) };
}
