import {
  defaultFieldResolver,
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { planEach, planOne, PLANNED, type PlannedItem, type ReadField, type ReadPlan, type RootEntity } from '../db/planner/compile.js';
import { isPlanned } from '../db/planner/fields.js';
import type { ExtraProjection } from '../db/pagination.js';
import type { Context } from './context.js';
import { loadCurrent } from './resolvers/shared.js';

/**
 * The hook between GraphQL and the read planner. A root read (`stakeholder`, `program`,
 * `collaboration`, or the nodes of their list connections) hands its whole selection to the
 * planner and fetches it in one statement; every nested resolver the planner covers then finds
 * its answer on the item it is given, and any other falls back to its DataLoader as before.
 * Plans are compiled once per operation document and reused with each request's variables.
 */

/** Where an argument value comes from: the field's definition and its node in the document. */
interface ArgumentSource {
  definition: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

interface Compiled {
  plan: ReadPlan;
  sources: ArgumentSource[];
  /** Whether a list root's selection asks for its total (the page is counted only then). */
  total: boolean;
}

const ROOTS: Record<string, { entity: RootEntity; list: boolean }> = {
  stakeholder: { entity: 'Stakeholder', list: false },
  program: { entity: 'Program', list: false },
  collaboration: { entity: 'Collaboration', list: false },
  stakeholders: { entity: 'Stakeholder', list: true },
  programs: { entity: 'Program', list: true },
  collaborations: { entity: 'Collaboration', list: true },
};

const applies = (condition: string | undefined, type: GraphQLObjectType) =>
  condition === undefined || condition === type.name || type.getInterfaces().some((i) => i.name === condition);

/** The field nodes selected on `type` by these selection sets, fragments spread, by response key. */
function fieldNodesOf(type: GraphQLObjectType, sets: readonly SelectionSetNode[], info: GraphQLResolveInfo): Map<string, FieldNode[]> {
  const byKey = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        byKey.set(key, [...(byKey.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, type)) visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value, type)) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return byKey;
}

/** The fields selected on `type` by these selection sets, fragments spread, same response keys merged. */
function collect(type: GraphQLObjectType, sets: readonly SelectionSetNode[], info: GraphQLResolveInfo, sources: ArgumentSource[]): ReadField[] {
  const fields: ReadField[] = [];
  for (const [key, nodes] of fieldNodesOf(type, sets, info)) {
    const name = nodes[0]!.name.value;
    const definition = type.getFields()[name];
    if (!definition) continue;
    const field: ReadField = { key, name };
    if (definition.args.length > 0) {
      field.args = sources.length;
      sources.push({ definition, node: nodes[0]! });
    }
    const named = getNamedType(definition.type);
    const childSets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    if (isObjectType(named) && childSets.length > 0) field.selection = collect(named, childSets, info, sources);
    fields.push(field);
  }
  return fields;
}

/** The fields a resolver's selection asks of its result, fragments spread: for a resolver that fetches what is asked. */
export function selectionOf(info: GraphQLResolveInfo): ReadField[] {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return [];
  return collect(type, info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])), info, []);
}

/**
 * `compute` once per operation document and root field (by response key): for resolvers that
 * decide from their selection what to fetch.
 */
export function perOperation<T>(compute: (info: GraphQLResolveInfo) => T): (info: GraphQLResolveInfo) => T {
  const byOperation = new WeakMap<OperationDefinitionNode, Map<string, T>>();
  return (info) => {
    let byKey = byOperation.get(info.operation);
    if (!byKey) byOperation.set(info.operation, (byKey = new Map<string, T>()));
    const key = String(info.path.key);
    if (byKey.has(key)) return byKey.get(key)!;
    const value = compute(info);
    byKey.set(key, value);
    return value;
  };
}

/**
 * The fields asked of each possible type of `field`, a union or interface field of the resolver's
 * result (a search hit's `node`): by type name, fragments spread.
 */
export function selectionByType(info: GraphQLResolveInfo, field: string): Map<string, ReadField[]> {
  const type = getNamedType(info.returnType);
  const byType = new Map<string, ReadField[]>();
  if (!isObjectType(type)) return byType;
  const abstract = getNamedType(type.getFields()[field]?.type);
  if (!abstract || !isAbstractType(abstract)) return byType;
  const nodes = [...fieldNodesOf(type, info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])), info).values()].flat().filter((n) => n.name.value === field);
  const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const possible of info.schema.getPossibleTypes(abstract)) byType.set(possible.name, collect(possible, sets, info, []));
  return byType;
}

/** The selection under a connection's items: `nodes`, or else `edges { node }` (both at once are left to the resolvers). */
function itemSets(info: GraphQLResolveInfo): { type: GraphQLObjectType; sets: SelectionSetNode[] } | null {
  const connection = getNamedType(info.returnType) as GraphQLObjectType;
  const nodes: SelectionSetNode[] = [];
  const edges: SelectionSetNode[] = [];
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || !selection.selectionSet) continue;
      if (selection.name.value === 'nodes') nodes.push(selection.selectionSet);
      if (selection.name.value === 'edges') {
        for (const inner of selection.selectionSet.selections) {
          if (inner.kind === Kind.FIELD && inner.name.value === 'node' && inner.selectionSet) edges.push(inner.selectionSet);
        }
      }
    }
  }
  if (nodes.length > 0 && edges.length > 0) return null;
  const type = getNamedType(connection.getFields().nodes!.type) as GraphQLObjectType;
  return { type, sets: nodes.length > 0 ? nodes : edges };
}

const cache = new WeakMap<OperationDefinitionNode, Map<string, Compiled | null>>();
/**
 * The same plans by operation text, for a document parsed again (a client of `graphql()` without
 * a parser cache): compiling costs more than the lookup. Bounded, oldest text out first.
 */
const byText = new WeakMap<GraphQLSchema, Map<string, Map<string, Compiled | null>>>();
const TEXTS = 500;

function plansOf(info: GraphQLResolveInfo): Map<string, Compiled | null> {
  let plans = cache.get(info.operation);
  if (plans) return plans;
  const body = info.operation.loc?.source.body;
  if (body !== undefined) {
    let texts = byText.get(info.schema);
    if (!texts) byText.set(info.schema, (texts = new Map<string, Map<string, Compiled | null>>()));
    const key = `${info.operation.name?.value ?? ''}\n${body}`;
    plans = texts.get(key);
    if (!plans) {
      if (texts.size >= TEXTS) texts.delete(texts.keys().next().value!);
      texts.set(key, (plans = new Map<string, Compiled | null>()));
    }
  }
  plans ??= new Map();
  cache.set(info.operation, plans);
  return plans;
}

/** The compiled plan of this root field in this operation (null: nothing to plan). */
function compiled(info: GraphQLResolveInfo, entity: RootEntity, list: boolean): Compiled | null {
  const plans = plansOf(info);
  const key = String(info.path.key);
  if (plans.has(key)) return plans.get(key)!;
  const sources: ArgumentSource[] = [];
  let result: Compiled | null = null;
  if (list) {
    const items = itemSets(info);
    if (items && items.sets.length > 0) {
      const plan = planEach(entity, collect(items.type, items.sets, info, sources));
      if (plan.planned > 0) result = { plan, sources, total: selectionOf(info).some((field) => field.name === 'totalCount') };
    }
  } else {
    const type = getNamedType(info.returnType) as GraphQLObjectType;
    const sets = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    result = { plan: planOne(entity, collect(type, sets, info, sources)), sources, total: false };
  }
  plans.set(key, result);
  return result;
}

const argumentsOf = (sources: ArgumentSource[], info: GraphQLResolveInfo) =>
  sources.map((s) => getArgumentValues(s.definition, s.node, info.variableValues) as Record<string, unknown>);

/** The plan for a root field as the planner would write it (for tests and EXPLAIN checks). */
export function planFor(info: GraphQLResolveInfo): { cypher: string; params: Record<string, unknown> } | null {
  const root = ROOTS[info.fieldName];
  const found = root ? compiled(info, root.entity, root.list) : null;
  return found ? { cypher: found.plan.cypher, params: found.plan.params(argumentsOf(found.sources, info)) } : null;
}

/**
 * The plans an operation's root reads would run, by response key, without running them: what
 * the tests check the generated Cypher against, and what EXPLAIN checks send to a database.
 */
export function planOperation(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): Record<string, { cypher: string; params: Record<string, unknown> }> {
  const operation = getOperationAST(document);
  if (!operation) throw new Error('expected a document with one operation');
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0] ?? new Error('invalid variables');
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const query = schema.getQueryType()!;
  const plans: Record<string, { cypher: string; params: Record<string, unknown> }> = {};
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const field = query.getFields()[selection.name.value];
    if (!field) continue;
    const key = selection.alias?.value ?? selection.name.value;
    const info = {
      fieldName: field.name,
      fieldNodes: [selection],
      returnType: field.type,
      parentType: query,
      path: { prev: undefined, key, typename: query.name },
      schema,
      fragments,
      rootValue: undefined,
      operation,
      variableValues: coerced.coerced,
    } satisfies GraphQLResolveInfo;
    const plan = planFor(info);
    if (plan) plans[key] = plan;
  }
  return plans;
}

type Resolver = GraphQLFieldResolver<unknown, Context>;

/** Where a list root's arguments carry the plan's projection to its resolver, to fetch with the page. */
const EXTRA = Symbol('extra');

/** The projection a list resolver may fetch with its page (absent: the planner fetches it after, by id). */
export const plannedExtra = (args: object): ExtraProjection | undefined => (args as { [EXTRA]?: ExtraProjection })[EXTRA];

const rootResolver = (entity: RootEntity, list: boolean, original: Resolver): Resolver =>
  list
    ? async (parent, args, context, info) => {
        const found = compiled(info, entity, true);
        const extra: ExtraProjection | undefined = found
          ? { projection: found.plan.projection, params: found.plan.params(argumentsOf(found.sources, info)), replacesRow: found.plan.covers, total: found.total }
          : undefined;
        const connection = (await original(parent, { ...args, [EXTRA]: extra }, context, info)) as {
          nodes: Array<PlannedItem & { id: string }>;
          extras?: Array<Record<string, unknown>>;
        };
        if (!found || connection.nodes.length === 0) return connection;
        if (connection.extras) {
          // Fetched with the page: one statement for the list and everything under it.
          connection.nodes.forEach((node, i) => (node[PLANNED] = found.plan.materialise(connection.extras![i]!)[PLANNED]));
          return connection;
        }
        const ids = connection.nodes.map((n) => n.id);
        const items = await context.services.stores.reads.each(entity, found.plan, ids, argumentsOf(found.sources, info));
        for (const node of connection.nodes) node[PLANNED] = items.get(node.id)?.[PLANNED];
        return connection;
      }
    : (_parent, args, context, info) => {
        const found = compiled(info, entity, false)!;
        const load = (id: string) => context.services.stores.reads.one(entity, found.plan, id, argumentsOf(found.sources, info));
        const { id } = args as { id: string };
        return entity === 'Stakeholder' ? loadCurrent(entity, id, context.loaders, load) : load(id);
      };

/** A nested resolver that answers from the plan when its item was planned, else as before. */
const plannedOr =
  (original: Resolver): Resolver =>
  (parent, args, context, info) => {
    const planned = (parent as PlannedItem | null)?.[PLANNED];
    if (planned && info.path.key in planned) return planned[info.path.key as string];
    return original(parent, args, context, info);
  };

/** Installs the planner on a built schema: root reads plan their selection; covered fields read the plan. */
export function planReads(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType()!;
  for (const [name, { entity, list }] of Object.entries(ROOTS)) {
    const field = query.getFields()[name];
    if (field) field.resolve = rootResolver(entity, list, (field.resolve ?? defaultFieldResolver) as Resolver);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (isPlanned(type.name, field.name)) field.resolve = plannedOr((field.resolve ?? defaultFieldResolver) as Resolver);
    }
  }
  return schema;
}
