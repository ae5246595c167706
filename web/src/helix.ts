export const HELICES = ['GOVERNMENT', 'BUSINESS', 'ACADEMIA', 'COMMUNITY', 'MEDIA'] as const;
export type Helix = (typeof HELICES)[number];

/** Colour-blind-safe (Okabe-Ito) so the five helices stay apart for every reader. */
export const HELIX_COLORS: Record<Helix, string> = {
  GOVERNMENT: '#0072B2',
  BUSINESS: '#E69F00',
  ACADEMIA: '#CC79A7',
  COMMUNITY: '#009E73',
  MEDIA: '#D55E00',
};
