import type { Helix } from '../../src/domain/vocabulary';

// The API's enums, from the service's own vocabulary (plain constants, bundled at build time), so
// the page's choices cannot drift from what the API accepts.
export { ATTITUDES, COLLABORATION_KINDS, COLLABORATION_STATUSES, HELICES, PARTICIPATION_ROLES, POSITIONS, STAKEHOLDER_KINDS, type Helix } from '../../src/domain/vocabulary';

/** Colour-blind-safe (Okabe-Ito) so the five helices stay apart for every reader. */
export const HELIX_COLORS: Record<Helix, string> = {
  GOVERNMENT: '#0072B2',
  BUSINESS: '#E69F00',
  ACADEMIA: '#CC79A7',
  COMMUNITY: '#009E73',
  MEDIA: '#D55E00',
};
