import type { Viewer } from '../auth/roles.js';
import type { Services } from '../services/services.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Per-request context: who is asking, the shared services, and fresh DataLoaders. */
export interface Context {
  viewer: Viewer;
  services: Services;
  loaders: Loaders;
}

export async function createContext(services: Services, request: Request): Promise<Context> {
  const viewer = await services.auth.authenticate(request);
  return { viewer, services, loaders: createLoaders(services.stores, services.analytics.backend) };
}
