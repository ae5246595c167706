import { mergeTypeDefs } from '@graphql-tools/merge';
import { buildASTSchema, isEnumType, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { INFLUENCE_METRICS } from '../../src/analytics/centrality.js';
import { BROKERAGE_ROLES } from '../../src/analytics/indicators.js';
import { AUDIT_OUTCOMES } from '../../src/db/audit-store.js';
import { GRANTABLE_ROLES } from '../../src/domain/roles.js';
import * as vocabulary from '../../src/domain/vocabulary.js';
import { IMPORT_FORMATS } from '../../src/exchange/files.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { EXPORT_FORMATS } from '../../src/exchange/formats.js';
import { MATCH_KINDS } from '../../src/reader/match.js';
import { COUNT_DIMENSIONS, COUNTED_ITEMS, SYNERGY_UNITS } from '../../src/services/indicator-service.js';

/** Each closed list of the code beside the GraphQL enum it must equal, value for value. */
const LISTS: Record<string, readonly string[]> = {
  Helix: vocabulary.HELICES,
  StakeholderKind: vocabulary.STAKEHOLDER_KINDS,
  RegionLevel: vocabulary.REGION_LEVELS,
  ProgramKind: vocabulary.PROGRAM_KINDS,
  ParticipationRole: vocabulary.PARTICIPATION_ROLES,
  CollaborationKind: vocabulary.COLLABORATION_KINDS,
  CollaborationStatus: vocabulary.COLLABORATION_STATUSES,
  SourceKind: vocabulary.SOURCE_KINDS,
  Position: vocabulary.POSITIONS,
  Attitude: vocabulary.ATTITUDES,
  GridQuadrant: vocabulary.GRID_QUADRANTS,
  GridFlag: vocabulary.GRID_FLAGS,
  Role: GRANTABLE_ROLES,
  AuditOutcome: AUDIT_OUTCOMES,
  ImportFormat: IMPORT_FORMATS,
  ExportFormat: EXPORT_FORMATS,
  InfluenceMetric: INFLUENCE_METRICS,
  BrokerageRole: BROKERAGE_ROLES,
  SynergyUnit: SYNERGY_UNITS,
  CountedItem: COUNTED_ITEMS,
  CountDimension: COUNT_DIMENSIONS,
  ReportMatchKind: MATCH_KINDS,
};

/** Enums that only name an answer or an ordering: the code holds them as types, not lists. */
const TYPES_ONLY = new Set(['SortDirection', 'NoPathReason', 'StakeholderOrderField']);

const schema = buildASTSchema(parse(print(mergeTypeDefs(loadTypeDefs()))));
const sdlEnums = new Map(
  Object.values(schema.getTypeMap())
    .filter(isEnumType)
    .filter((type) => !type.name.startsWith('__'))
    .map((type) => [type.name, type.getValues().map((v) => v.name)]),
);

describe('the vocabularies and the GraphQL enums', () => {
  it.each(Object.entries(LISTS))('%s has exactly the values of its list, in both directions', (name, list) => {
    const values = sdlEnums.get(name);
    expect(values, `schema/ has no enum ${name}`).toBeDefined();
    expect({ onlyInSchema: values!.filter((v) => !list.includes(v)), onlyInCode: list.filter((v) => !values!.includes(v)) }).toEqual({
      onlyInSchema: [],
      onlyInCode: [],
    });
  });

  it('binds every vocabulary of src/domain to an enum', () => {
    const lists = Object.entries(vocabulary).filter(([, value]) => Array.isArray(value));
    const bound = new Set(Object.values(LISTS));
    expect(lists.filter(([, list]) => !bound.has(list as readonly string[])).map(([name]) => name)).toEqual([]);
  });

  it('binds every enum of the schema to a list, or knows it as a type only', () => {
    expect([...sdlEnums.keys()].filter((name) => !(name in LISTS) && !TYPES_ONLY.has(name))).toEqual([]);
  });
});
