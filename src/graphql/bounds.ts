import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLList,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { badInput } from '../domain/errors.js';
import { MAX_SCOPE_ITEMS } from '../domain/roles.js';
import { textProblem } from '../domain/text.js';
import {
  COLLABORATION_KINDS,
  COLLABORATION_STATUSES,
  FOLLOW_UP_STATUSES,
  HELICES,
  INTERACTION_KINDS,
  ID_MAX_LENGTH,
  PARTICIPATION_ROLES,
  PROGRAM_KINDS,
  STAKEHOLDER_KINDS,
} from '../domain/vocabulary.js';
import { MAX_GROUP } from '../services/path-service.js';
import { CHANGED_ITEM_TYPES, ITEM_CHANGES } from '../domain/changes.js';

/**
 * The bound of every list an argument or input field takes, by position (`Type.field.argument`
 * or `InputType.field`). Enforced before any resolver runs, whatever the operation, and written
 * into the schema's descriptions; the schema test fails on a list position missing here. Lists
 * of an enum are bounded by the enum's size.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Query.nodes.ids': 100,
  'Query.network.center': 50,
  'Query.connectors.stakeholders': MAX_GROUP,
  'Stakeholder.partners.helices': HELICES.length,
  'Program.participants.roles': PARTICIPATION_ROLES.length,
  'StakeholderFilter.ids': 1_000,
  'StakeholderFilter.helices': HELICES.length,
  'StakeholderFilter.kinds': STAKEHOLDER_KINDS.length,
  'StakeholderFilter.hasTiesTo': HELICES.length,
  'StakeholderFilter.lacksTiesTo': HELICES.length,
  'StakeholderInput.aliases': 50,
  'StakeholderInput.tags': 50,
  'StakeholderInput.evidence': 50,
  'ProgramFilter.kinds': PROGRAM_KINDS.length,
  'ProgramInput.aliases': 50,
  'ProgramInput.evidence': 50,
  'ParticipationInput.evidence': 50,
  'CollaborationFilter.statuses': COLLABORATION_STATUSES.length,
  'CollaborationFilter.kinds': COLLABORATION_KINDS.length,
  'CollaborationInput.parties': 100,
  'CollaborationInput.evidence': 50,
  'CollaborationPatch.parties': 100,
  'CollaborationPatch.addEvidence': 50,
  'PersonInput.aliases': 20,
  'PersonInput.offices': 50,
  'OfficeInput.evidence': 50,
  'ImportInput.files': 20,
  'ImportInput.confirmations': 1_000,
  'AnalysisScope.helices': HELICES.length,
  'NetworkFilter.helices': HELICES.length,
  'PathOptions.onlyHelices': HELICES.length,
  'PathOptions.onlyKinds': STAKEHOLDER_KINDS.length,
  'PathOptions.avoid': 200,
  'Query.helixIndicators.synergyOver': 2,
  'Query.brokers.between': 2,
  'Query.groupedCounts.groupBy': 4,
  'InteractionInput.stakeholderIds': 100,
  'InteractionInput.personIds': 100,
  'InteractionInput.followUps': 50,
  'InteractionPatch.stakeholderIds': 100,
  'InteractionPatch.personIds': 100,
  'InteractionPatch.followUps': 50,
  'InteractionPatch.addFollowUps': 50,
  'InteractionFilter.kinds': INTERACTION_KINDS.length,
  'FollowUpFilter.statuses': FOLLOW_UP_STATUSES.length,
  'PartnerScope.helices': HELICES.length,
  'WebhookInput.items': CHANGED_ITEM_TYPES.length,
  'WebhookInput.changes': ITEM_CHANGES.length,
  'WriteScopeInput.regions': MAX_SCOPE_ITEMS,
  'WriteScopeInput.programs': MAX_SCOPE_ITEMS,
};

/** Longest string an argument or input field takes, unless STRING_BOUNDS names its position. */
export const DEFAULT_STRING_BOUND = 5_000;
/** Longest ID (every id of the graph is a slug of at most ID_MAX_LENGTH characters; others are shorter). */
export const ID_BOUND = ID_MAX_LENGTH;
/** Strings allowed to be longer than the default: an imported file (the request body cap bounds it too). */
export const STRING_BOUNDS: Readonly<Record<string, number>> = {
  'ImportFileInput.content': 4 * 1024 * 1024,
};

/**
 * Kinds of type by their string tag rather than graphql-js's `is*` helpers: graphql-tools builds
 * the schema with graphql's CommonJS build while this module may load its ESM build, and the
 * helpers refuse a type "from another realm".
 */
const tag = (type: unknown) => Object.prototype.toString.call(type);
export const isList = (type: unknown): type is GraphQLList<GraphQLInputType> => tag(type) === '[object GraphQLList]';
export const isInputObject = (type: unknown): type is GraphQLInputObjectType => tag(type) === '[object GraphQLInputObjectType]';
const isObject = (type: unknown): type is GraphQLObjectType => tag(type) === '[object GraphQLObjectType]';
/** The type without its non-null wrapper. */
export const nullable = (type: GraphQLInputType): GraphQLInputType =>
  tag(type) === '[object GraphQLNonNull]' ? (type as { ofType: GraphQLInputType }).ofType : type;

/** Where a value sits: `position` keys the tables, `path` names the field in errors (`input.parties.2.stakeholderId`). */
interface At {
  position: string;
  path: string;
}

/** Refuses, with BAD_USER_INPUT naming the field, a list over its bound or a string that is too long or not clean text. */
function check(type: GraphQLInputType, value: unknown, at: At): void {
  if (value === null || value === undefined) return;
  const inner = nullable(type);
  if (isList(inner)) {
    const bound = LIST_BOUNDS[at.position];
    if (bound === undefined) throw new Error(`no bound declared for the list at ${at.position}`);
    const items = Array.isArray(value) ? value : [value];
    if (items.length > bound) throw badInput(at.path, `takes at most ${bound} items (got ${items.length})`, `a list of at most ${bound} items`);
    items.forEach((item, i) => check(inner.ofType, item, { position: at.position, path: `${at.path}.${i}` }));
  } else if (isInputObject(inner)) {
    for (const [name, field] of Object.entries(inner.getFields())) {
      check(field.type, (value as Record<string, unknown>)[name], { position: `${inner.name}.${name}`, path: `${at.path}.${name}` });
    }
  } else if (typeof value === 'string') {
    const { name } = inner as GraphQLNamedType;
    const bound = STRING_BOUNDS[at.position] ?? (name === 'ID' ? ID_BOUND : DEFAULT_STRING_BOUND);
    if (value.length > bound) throw badInput(at.path, `is longer than ${bound} characters`, `at most ${bound} characters`);
    const problem = textProblem(value);
    if (problem) throw badInput(at.path, problem, 'text without control characters or lone surrogates');
  }
}

const describeBound = (description: string | null | undefined, bound: number) => `${description ?? ''}${description ? ' ' : ''}At most ${bound} items.`;

/**
 * Puts the bounds in force on a built schema: every field with arguments checks them (lists,
 * strings, text hygiene, through input objects at any depth) before its resolver runs, and the
 * description of every list position states its bound (GraphiQL and introspection show it).
 */
export function enforceBounds(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObject(type)) {
      for (const field of Object.values(type.getFields())) {
        const bound = LIST_BOUNDS[`${type.name}.${field.name}`];
        if (bound !== undefined) field.description = describeBound(field.description, bound);
      }
    }
    if (!isObject(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      for (const arg of field.args) {
        const bound = LIST_BOUNDS[`${type.name}.${field.name}.${arg.name}`];
        if (bound !== undefined) arg.description = describeBound(arg.description, bound);
      }
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const args = field.args;
      const prefix = `${type.name}.${field.name}`;
      const checkAll = (values: unknown) => {
        for (const arg of args) check(arg.type, (values as Record<string, unknown>)[arg.name], { position: `${prefix}.${arg.name}`, path: arg.name });
      };
      // The values come from the field's node and the operation's variables alone: a field under
      // every item of a list is checked once per execution, not once per item (a refusal is not
      // remembered, so each item still reports it).
      const checked = new WeakMap<object, WeakSet<object>>();
      field.resolve = (source, values, context, info) => {
        const node = info.fieldNodes[0]!;
        let seen = checked.get(node);
        if (!seen?.has(info.variableValues)) {
          checkAll(values);
          if (!seen) checked.set(node, (seen = new WeakSet()));
          seen.add(info.variableValues);
        }
        return resolve(source, values, context, info);
      };
      // A subscription's arguments are checked when it starts, not at its first event.
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, values, context, info) => {
          checkAll(values);
          return subscribe(source, values, context, info);
        };
      }
    }
  }
  return schema;
}
