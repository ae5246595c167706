import type { Role } from './generated/operations';
import type { Helix } from './helix';

/** The part of the network the map, the panel and the gaps view look at (AnalysisScope). */
export interface Scope {
  region?: string;
  program?: string;
  helices?: Helix[];
  asOf?: string;
}

export type { Role };

export const canEdit = (role: Role | null) => role === 'EDITOR' || role === 'ADMIN';
