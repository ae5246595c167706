/**
 * The closed vocabularies of the pentahelix model. They are the single allow-list for every
 * value that reaches Cypher as a label, a relationship type or an enum, and they mirror the
 * GraphQL enums of the same names in schema/ (a unit test keeps the two in step).
 */

export const HELICES = ['GOVERNMENT', 'BUSINESS', 'ACADEMIA', 'COMMUNITY', 'MEDIA'] as const;
export type Helix = (typeof HELICES)[number];

/** The finer type of a stakeholder, in the words Indonesian coordinators use. */
export const STAKEHOLDER_KINDS = [
  'NATIONAL_GOVERNMENT',
  'PROVINCIAL_GOVERNMENT',
  'CITY_GOVERNMENT',
  'REGENCY_GOVERNMENT',
  'REGIONAL_OFFICE',
  'REGIONAL_COUNCIL',
  'LEADERSHIP_FORUM',
  'DISTRICT_OFFICE',
  'VILLAGE_OFFICE',
  'STATE_OWNED_COMPANY',
  'PRIVATE_COMPANY',
  'INDUSTRIAL_ESTATE',
  'BUSINESS_ASSOCIATION',
  'CONSULTANCY',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'SCHOOL',
  'COMMUNITY_ORGANISATION',
  'NGO',
  'NEWS_OUTLET',
  'OTHER',
] as const;
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];

/** Indonesian administrative levels, from the country down to the kelurahan/desa. */
export const REGION_LEVELS = ['COUNTRY', 'PROVINCE', 'REGENCY', 'CITY', 'DISTRICT', 'VILLAGE'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const PROGRAM_KINDS = ['PROGRAM', 'EVENT', 'MEETING', 'WORKSHOP', 'AWARD', 'POLICY'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

/** What a stakeholder did in a program, event or meeting. */
export const PARTICIPATION_ROLES = [
  'INITIATOR',
  'ORGANIZER',
  'HOST',
  'CHAIR',
  'FUNDER',
  'FACILITATOR',
  'ADVISOR',
  'SPEAKER',
  'SUPPORTER',
  'AWARDEE',
  'REPORTER',
  'PARTICIPANT',
] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

export const COLLABORATION_KINDS = [
  'AGREEMENT',
  'PARTNERSHIP',
  'COORDINATION',
  'FACILITATION',
  'CONSULTATION',
  'ADVISORY',
  'SPONSORSHIP',
  'CSR',
  'OTHER',
] as const;
export type CollaborationKind = (typeof COLLABORATION_KINDS)[number];

export const COLLABORATION_STATUSES = ['PLANNED', 'ACTIVE', 'ENDED'] as const;
export type CollaborationStatus = (typeof COLLABORATION_STATUSES)[number];

export const SOURCE_KINDS = ['NEWS_ARTICLE', 'MOU', 'DECREE', 'REGULATION', 'MINUTES', 'REPORT', 'WEBSITE', 'OTHER'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Stable, readable ids: lowercase words joined by single hyphens (`masata-bontang`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 120;

/** Where a stakeholder stands on a programme's or region's aims, from against to for (an assessment). */
export const POSITIONS = ['STRONGLY_OPPOSES', 'OPPOSES', 'NEUTRAL', 'SUPPORTS', 'STRONGLY_SUPPORTS'] as const;
export type Position = (typeof POSITIONS)[number];

/**
 * How a stakeholder engages: the five engagement levels of the stakeholder engagement assessment
 * matrix of the PMBOK Guide (unaware, resistant, neutral, supportive, leading).
 */
export const ATTITUDES = ['UNAWARE', 'RESISTANT', 'NEUTRAL', 'SUPPORTIVE', 'LEADING'] as const;
export type Attitude = (typeof ATTITUDES)[number];

/** The cells of Mendelow's power-interest grid. */
export const GRID_QUADRANTS = ['MANAGE_CLOSELY', 'KEEP_SATISFIED', 'KEEP_INFORMED', 'MONITOR'] as const;
export type GridQuadrant = (typeof GRID_QUADRANTS)[number];

/** What makes an assessed stakeholder stand out on the grid (thresholds in src/domain/assessment.ts). */
export const GRID_FLAGS = ['HIDDEN_GATEKEEPER', 'CENTRAL_BUT_OPPOSED'] as const;
export type GridFlag = (typeof GRID_FLAGS)[number];
