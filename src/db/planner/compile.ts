import type { Database } from '../database.js';
import { FIELDS, LINKS, NEEDED, type Entity, type FieldSpec, type Vars } from './fields.js';

/**
 * The read planner: a selection (what a GraphQL operation asks of an item, as a tree of fields)
 * becomes one Cypher statement that fetches all of it, nested lists included, projecting only
 * the fields asked for. The text depends only on the shape of the selection (field names and
 * nesting, never on argument values or aliases) and on which optional arguments are given (an
 * absent one writes no condition at all, see optional.ts): argument values are parameters, so
 * one operation compiles once per presence and runs with any variables.
 */

/** Where a planned item keeps the answers of its planned resolver fields, by response key. */
export const PLANNED = Symbol('planned');

/** One selected field: its response key (alias or name), its name, its selection, and which argument set is its own. */
export interface ReadField {
  key: string;
  name: string;
  /** Index of this field's argument values in the array given to `params` (fields with arguments only). */
  args?: number;
  selection?: ReadField[];
}

export type PlannedItem = Record<string, unknown> & { [PLANNED]?: Record<string, unknown> };

/** Which parameters (by name, as `params` writes them) are given: the text written depends on it. */
export type Given = (param: string) => boolean;

/** Nothing optional given: the text of the usual request. */
const NONE: Given = () => false;

export interface ReadPlan {
  /** The statement: fixed text for this shape and presence of optional arguments. */
  cypher: string;
  /** How many resolver fields the plan answers (0: nothing beyond the item itself). */
  planned: number;
  /** The parameters for one execution, from each field's argument values (the same for every presence). */
  params(args: ReadonlyArray<Record<string, unknown> | undefined>): Record<string, unknown>;
  /** Builds the item the resolvers see from a row's `row` column. */
  materialise: (raw: Record<string, unknown>) => PlannedItem;
  /** The statement's map projection of the item bound to `v0` alone, for a list query to fetch with its page. */
  projection: string;
  /**
   * Whether the projection holds all the item's resolvers read (no selected field is left to a
   * resolver the planner does not know): then a list query needs no row of the item beside it.
   */
  covers: boolean;
}

/** Labels a root item can be fetched by: an allow-list. */
const ROOT_LABELS = { Stakeholder: 'Stakeholder', Program: 'Program', Collaboration: 'Collaboration' } as const;
export type RootEntity = keyof typeof ROOT_LABELS;

type Binding = { ref: number; args: Record<string, (value: unknown) => unknown> };

interface Projection {
  cypher: string;
  planned: number;
  /** A selected field the planner does not know, whose resolver may read any property of the item. */
  unknown: boolean;
  materialise: (raw: Record<string, unknown>) => PlannedItem;
}

class Compiler {
  private variables = 0;
  readonly bindings: Binding[] = [];

  constructor(private readonly given: Given) {}

  fresh = () => `v${++this.variables}`;

  /**
   * The map projection of an item bound to `vars`, with everything `fields` asks of it. A nested
   * item carries its links (the ids fallback resolvers read) only when a field is left to a
   * resolver; the root item always does (list reads match their rows to it by id).
   */
  project(entity: Entity, vars: Vars, fields: ReadField[], root = false): Projection {
    const entries = new Map<string, string>();
    for (const [name, cypher] of Object.entries(LINKS[entity])) entries.set(name, cypher(vars));
    const steps: Array<(raw: Record<string, unknown>, planned: Record<string, unknown>) => void> = [];
    let planned = 0;
    let resolved = false;
    let unknown = false;
    for (const field of fields) {
      const spec: FieldSpec | undefined = FIELDS[entity][field.name];
      if (!spec) {
        // __typename is answered by graphql-js; any other field by its resolver.
        if (field.name !== '__typename') resolved = unknown = true;
        continue;
      }
      if (spec.kind === 'scalar') {
        entries.set(field.name, spec.cypher(vars));
      } else if (spec.kind === 'needs') {
        resolved = true;
        for (const name of spec.fields) {
          entries.set(name, NEEDED[entity]![name]!(vars));
        }
      } else if (spec.kind === 'value') {
        const key = `_${entries.size}`;
        entries.set(key, spec.cypher(vars));
        const finish = spec.finish ?? ((raw: unknown) => raw);
        steps.push((raw, out) => (out[field.key] = finish(raw[key])));
        planned++;
      } else {
        if (!field.selection || (spec.args && field.args === undefined)) {
          resolved = true;
          continue;
        }
        const ref = field.args;
        if (spec.args && ref !== undefined) this.bindings.push({ ref, args: spec.args });
        const param = (arg: string) => `a${ref}_${arg}`;
        const reached = spec.reach(vars, { fresh: this.fresh, param, given: (arg) => this.given(param(arg)) });
        const child = this.project(spec.entity, reached.vars, field.selection);
        const key = `_${entries.size}`;
        const collected = `COLLECT { ${reached.match} RETURN ${child.cypher}${reached.after ? ` ${reached.after}` : ''} }`;
        entries.set(key, reached.match === '' ? child.cypher : spec.many ? collected : `${collected}[0]`);
        steps.push(
          spec.many
            ? (raw, out) => (out[field.key] = (raw[key] as Array<Record<string, unknown>>).map(child.materialise))
            : (raw, out) => (out[field.key] = raw[key] === null ? null : child.materialise(raw[key] as Record<string, unknown>)),
        );
        planned += 1 + child.planned;
      }
    }
    if (!root && !resolved) {
      for (const name of Object.keys(LINKS[entity])) {
        // A link a selected field projects anyway stays (its entry is that field's now).
        if (FIELDS[entity][name]?.kind === 'scalar' && fields.some((f) => f.name === name)) continue;
        entries.delete(name);
      }
    }
    const cypher = `{${[...entries].map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
    return {
      cypher,
      planned,
      unknown,
      // The row becomes the item (the driver's maps are fresh per record): its projected
      // properties stay where the default resolvers read them, the planned answers go beside.
      materialise: (raw) => {
        const out: Record<string, unknown> = {};
        for (const step of steps) step(raw, out);
        const item = raw as PlannedItem;
        item[PLANNED] = out;
        return item;
      },
    };
  }

  params(args: ReadonlyArray<Record<string, unknown> | undefined>): Record<string, unknown> {
    const params: Record<string, unknown> = {};
    for (const { ref, args: normalise } of this.bindings) {
      for (const [name, value] of Object.entries(normalise)) params[`a${ref}_${name}`] = value(args[ref]?.[name]);
    }
    return params;
  }
}

function plan(entity: RootEntity, fields: ReadField[], head: string, given: Given): ReadPlan {
  const compiler = new Compiler(given);
  const projection = compiler.project(entity, { node: 'v0' }, fields, true);
  return {
    // One line: the fragments' own line breaks and indents carry no meaning.
    cypher: `${head} RETURN ${projection.cypher} AS row`.replace(/\s+/g, ' '),
    planned: projection.planned,
    params: (args) => compiler.params(args),
    materialise: projection.materialise,
    projection: projection.cypher.replace(/\s+/g, ' '),
    covers: !projection.unknown,
  };
}

/** One item by id (`$id`), with its whole selection. */
export const planOne = (entity: RootEntity, fields: ReadField[], given: Given = NONE): ReadPlan =>
  plan(entity, fields, `MATCH (v0:${ROOT_LABELS[entity]} {id: $id})`, given);

/** The selection under each of several items (`$ids`), already fetched by a list query. */
export const planEach = (entity: RootEntity, fields: ReadField[], given: Given = NONE): ReadPlan =>
  plan(entity, fields, `UNWIND $ids AS id MATCH (v0:${ROOT_LABELS[entity]} {id: id})`, given);

/** Runs plans: one statement, one round trip, whatever the nesting. */
export class PlannedReads {
  constructor(private readonly db: Database) {}

  async one(entity: RootEntity, plan: ReadPlan, id: string, params: Record<string, unknown>): Promise<PlannedItem | null> {
    const [row] = await this.db.query<{ row: Record<string, unknown> }>(`planned.${entity}`, plan.cypher, { ...params, id });
    return row ? plan.materialise(row.row) : null;
  }

  /** Materialised items of the ids that exist, by id. */
  async each(entity: RootEntity, plan: ReadPlan, ids: string[], params: Record<string, unknown>): Promise<Map<string, PlannedItem>> {
    const rows = await this.db.query<{ row: Record<string, unknown> }>(`planned.${entity}_list`, plan.cypher, { ...params, ids });
    return new Map(rows.map(({ row }) => [row.id as string, plan.materialise(row)]));
  }
}
