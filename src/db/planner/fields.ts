import { HELICES } from '../../domain/vocabulary.js';
import { ifGiven, where } from '../optional.js';
import { PROGRAM_MEMBERS } from '../program-store.js';
import { startedBy, tieAsOf, tieFigures } from '../time.js';
import { int } from '../values.js';

/**
 * What the read planner knows how to fetch: for each GraphQL type it serves, the Cypher that
 * projects each field. These are the same patterns, filters and orders as the stores' batch
 * reads (a field planned here answers exactly what its DataLoader would), written over the
 * variables the planner binds. A field not listed is left to its resolver and DataLoader.
 */
export type Entity = 'Stakeholder' | 'Program' | 'Collaboration' | 'Participation' | 'Tie' | 'Party' | 'Office' | 'Person' | 'Region' | 'Evidence' | 'Source';

/** The Cypher variables an item is bound to: `node` the item (or a link's far end), plus its links and figures. */
export interface Vars {
  node: string;
  rel?: string;
  person?: string;
  stakeholder?: string;
  program?: string;
  weight?: string;
  collaborations?: string;
  programs?: string;
}

/** Writes a fresh variable name and parameter names for one field's arguments, and tells which optional ones are given. */
export interface Scope {
  fresh(): string;
  param(arg: string): string;
  /** Whether this argument's parameter is non-null in the request being written for: an absent one gets no condition. */
  given(arg: string): boolean;
}

/** A field the default resolver reads off the item: one Cypher expression. */
interface ScalarField {
  kind: 'scalar';
  cypher: (v: Vars) => string;
}

/** A field with a resolver whose whole answer is one Cypher value (a count, a list of helices), finished in JS like the resolver does. */
interface ValueField {
  kind: 'value';
  cypher: (v: Vars) => string;
  finish?: (raw: unknown) => unknown;
}

/** A field leading to other items: the pattern that reaches them, their order and limit. */
interface NestedField {
  kind: 'nested';
  entity: Entity;
  many: boolean;
  /** Arguments and how each is normalised into a parameter (defaults and bounds as in the resolvers; null: absent). */
  args?: Record<string, (value: unknown) => unknown>;
  /** Cypher from MATCH up to (not including) RETURN, the child's variables, and what follows RETURN. */
  reach: (v: Vars, scope: Scope) => { match: string; vars: Vars; after?: string };
}

/** A field left to its resolver, which reads these properties of the item (so they are projected). */
interface NeedsField {
  kind: 'needs';
  fields: string[];
}

export type FieldSpec = ScalarField | ValueField | NestedField | NeedsField;

/** Properties every item of a type carries, whatever is selected: what fallback resolvers read. */
export const LINKS: Record<Entity, Record<string, (v: Vars) => string>> = {
  Stakeholder: { id: (v) => `${v.node}.id` },
  Program: { id: (v) => `${v.node}.id` },
  Collaboration: { id: (v) => `${v.node}.id` },
  Participation: { id: (v) => `${v.node}.id`, stakeholderId: (v) => `${v.stakeholder}.id`, programId: (v) => `${v.program}.id` },
  Tie: { partnerId: (v) => `${v.node}.id` },
  Party: { stakeholderId: (v) => `${v.node}.id` },
  Office: { personId: (v) => `${v.person}.id`, stakeholderId: (v) => `${v.node}.id`, sourceIds: (v) => `coalesce(${v.rel}.sourceIds, [])` },
  Person: { id: (v) => `${v.node}.id` },
  Region: { id: (v) => `${v.node}.id` },
  Evidence: { sourceId: (v) => `${v.node}.id` },
  Source: { id: (v) => `${v.node}.id` },
};

const prop = (name: string): ScalarField => ({ kind: 'scalar', cypher: (v) => `${v.node}.${name}` });
const list = (name: string): ScalarField => ({ kind: 'scalar', cypher: (v) => `coalesce(${v.node}.${name}, [])` });
const text = (name: string, on: 'node' | 'rel' = 'node'): ScalarField => ({ kind: 'scalar', cypher: (v) => `toString(${v[on]}.${name})` });
const relProp = (name: string): ScalarField => ({ kind: 'scalar', cypher: (v) => `${v.rel}.${name}` });

/** A shared fragment written for `$asOf` (and a tie `t`), rebound to this field's parameter (and tie variable). */
const rebind = (fragment: string, asOf: string, tie?: string) =>
  (tie ? fragment.replace(/\bt\./g, `${tie}.`) : fragment).replace(/\$asOf\b/g, `$${asOf}`);

const bounded = (fallback: number, max: number) => (value: unknown) => int(Math.min(Math.max(typeof value === 'number' ? value : fallback, 1), max));
const orNull = (value: unknown) => value ?? null;

/** Reaches one item: a single match, at most one row. */
const one = (entity: Entity, pattern: (v: Vars, x: string) => string): NestedField => ({
  kind: 'nested',
  entity,
  many: false,
  reach: (v, scope) => {
    const x = scope.fresh();
    return { match: `MATCH ${pattern(v, x)}`, vars: { node: x }, after: 'LIMIT 1' };
  },
});

/** Reaches several items over one pattern, in an order. */
const many = (entity: Entity, pattern: (v: Vars, x: string) => string, order: (x: string) => string): NestedField => ({
  kind: 'nested',
  entity,
  many: true,
  reach: (v, scope) => {
    const x = scope.fresh();
    return { match: `MATCH ${pattern(v, x)}`, vars: { node: x }, after: `ORDER BY ${order(x)}` };
  },
});

const evidence: NestedField = {
  kind: 'nested',
  entity: 'Evidence',
  many: true,
  reach: (v, scope) => {
    const e = scope.fresh();
    const src = scope.fresh();
    return { match: `MATCH (${v.node})-[${e}:EVIDENCED_BY]->(${src}:Source)`, vars: { rel: e, node: src }, after: `ORDER BY ${src}.publishedOn DESC, ${src}.id` };
  },
};

const STAMPS = { createdAt: text('createdAt'), updatedAt: text('updatedAt') };

export const FIELDS: Record<Entity, Record<string, FieldSpec>> = {
  Stakeholder: {
    id: prop('id'),
    name: prop('name'),
    aliases: list('aliases'),
    helix: prop('helix'),
    kind: prop('kind'),
    description: prop('description'),
    website: prop('website'),
    tags: list('tags'),
    ...STAMPS,
    region: one('Region', (v, x) => `(${v.node})-[:BASED_IN]->(${x}:Region)`),
    parent: one('Stakeholder', (v, x) => `(${v.node})-[:UNIT_OF]->(${x}:Stakeholder)`),
    units: many('Stakeholder', (v, x) => `(${v.node})<-[:UNIT_OF]-(${x}:Stakeholder)`, (x) => `${x}.sortName`),
    officeHolders: {
      kind: 'nested',
      entity: 'Office',
      many: true,
      reach: (v, scope) => {
        const person = scope.fresh();
        const h = scope.fresh();
        return {
          match: `MATCH (${person}:Person)-[${h}:HOLDS]->(${v.node})`,
          vars: { node: v.node, rel: h, person },
          after: `ORDER BY ${h}.until IS NULL DESC, ${h}.since DESC, ${person}.name`,
        };
      },
    },
    partners: {
      kind: 'nested',
      entity: 'Tie',
      many: true,
      args: { helices: orNull, first: bounded(100, 500), asOf: orNull },
      reach: (v, scope) => {
        const t = scope.fresh();
        const o = scope.fresh();
        const w = scope.fresh();
        const past = scope.given('asOf');
        const tied = (fragment: string) => rebind(fragment, scope.param('asOf'), t);
        // Without a date, the figures as stored; with one, from the facts started by then.
        const figures = tieFigures(past);
        return {
          match: `MATCH (${v.node})-[${t}:WORKS_WITH]-(${o}:Stakeholder)
            ${where(ifGiven(scope.given('helices'), `${o}.helix IN $${scope.param('helices')}`), tied(tieAsOf(past)))}
            WITH ${t}, ${o}, ${tied(figures.weight)} AS ${w}`,
          vars: { node: o, rel: t, weight: w, collaborations: tied(figures.collaborations), programs: tied(figures.programs) },
          after: `ORDER BY ${w} DESC, ${o}.id LIMIT $${scope.param('first')}`,
        };
      },
    },
    partnerCount: { kind: 'value', cypher: (v) => `COUNT { (${v.node})-[:WORKS_WITH]-() }` },
    participations: {
      kind: 'nested',
      entity: 'Participation',
      many: true,
      reach: (v, scope) => {
        const n = scope.fresh();
        const p = scope.fresh();
        return {
          match: `MATCH (${v.node})-[:TAKES_PART]->(${n}:Participation)-[:IN]->(${p}:Program)`,
          vars: { node: n, stakeholder: v.node, program: p },
          after: `ORDER BY coalesce(${n}.startedOn, ${p}.startsOn) DESC, ${p}.name`,
        };
      },
    },
    collaborations: {
      kind: 'nested',
      entity: 'Collaboration',
      many: true,
      args: { status: orNull, asOf: orNull },
      reach: (v, scope) => {
        const c = scope.fresh();
        return {
          match: `MATCH (${v.node})-[:PARTY_TO]->(${c}:Collaboration)
            ${where(
              ifGiven(scope.given('status'), `${c}.status = $${scope.param('status')}`),
              ifGiven(scope.given('asOf'), rebind(startedBy(`${c}.startedOn`), scope.param('asOf'))),
            )}`,
          vars: { node: c },
          after: `ORDER BY ${c}.startedOn DESC, ${c}.name`,
        };
      },
    },
    evidence,
  },
  Program: {
    id: prop('id'),
    name: prop('name'),
    aliases: list('aliases'),
    kind: prop('kind'),
    description: prop('description'),
    venue: prop('venue'),
    startsOn: text('startsOn'),
    endsOn: text('endsOn'),
    ...STAMPS,
    region: one('Region', (v, x) => `(${v.node})-[:IN_REGION]->(${x}:Region)`),
    parent: one('Program', (v, x) => `(${v.node})-[:PART_OF]->(${x}:Program)`),
    parts: many('Program', (v, x) => `(${v.node})<-[:PART_OF]-(${x}:Program)`, (x) => `${x}.startsOn, ${x}.name`),
    participants: {
      kind: 'nested',
      entity: 'Participation',
      many: true,
      args: { roles: orNull },
      reach: (v, scope) => {
        const n = scope.fresh();
        const s = scope.fresh();
        return {
          match: `MATCH (${v.node})<-[:IN]-(${n}:Participation)<-[:TAKES_PART]-(${s}:Stakeholder) ${where(ifGiven(scope.given('roles'), `${n}.role IN $${scope.param('roles')}`))}`,
          vars: { node: n, stakeholder: s, program: v.node },
          after: `ORDER BY ${n}.role, ${s}.sortName`,
        };
      },
    },
    collaborations: many('Collaboration', (v, x) => `(${v.node})<-[:UNDER]-(${x}:Collaboration)`, (x) => `${x}.startedOn DESC, ${x}.name`),
    helices: { kind: 'value', cypher: (v) => programHelices(v), finish: (raw) => HELICES.filter((h) => (raw as string[]).includes(h)) },
    missingHelices: { kind: 'value', cypher: (v) => programHelices(v), finish: (raw) => HELICES.filter((h) => !(raw as string[]).includes(h)) },
    evidence,
  },
  Collaboration: {
    id: prop('id'),
    name: prop('name'),
    kind: prop('kind'),
    description: prop('description'),
    strength: prop('strength'),
    status: prop('status'),
    startedOn: text('startedOn'),
    endedOn: text('endedOn'),
    ...STAMPS,
    program: one('Program', (v, x) => `(${v.node})-[:UNDER]->(${x}:Program)`),
    parties: {
      kind: 'nested',
      entity: 'Party',
      many: true,
      reach: (v, scope) => {
        const r = scope.fresh();
        const s = scope.fresh();
        return { match: `MATCH (${v.node})<-[${r}:PARTY_TO]-(${s}:Stakeholder)`, vars: { node: s, rel: r }, after: `ORDER BY ${s}.sortName` };
      },
    },
    evidence,
  },
  Participation: {
    id: prop('id'),
    role: prop('role'),
    description: prop('description'),
    startedOn: text('startedOn'),
    endedOn: text('endedOn'),
    stakeholder: { kind: 'nested', entity: 'Stakeholder', many: false, reach: (v) => ({ match: '', vars: { node: v.stakeholder! } }) },
    program: { kind: 'nested', entity: 'Program', many: false, reach: (v) => ({ match: '', vars: { node: v.program! } }) },
    evidence,
  },
  Tie: {
    weight: { kind: 'scalar', cypher: (v) => v.weight! },
    collaborations: { kind: 'scalar', cypher: (v) => v.collaborations! },
    programs: { kind: 'scalar', cypher: (v) => v.programs! },
    evidence: relProp('evidence'),
    partner: { kind: 'nested', entity: 'Stakeholder', many: false, reach: (v) => ({ match: '', vars: { node: v.node } }) },
  },
  Party: {
    role: relProp('role'),
    stakeholder: { kind: 'nested', entity: 'Stakeholder', many: false, reach: (v) => ({ match: '', vars: { node: v.node } }) },
  },
  Office: {
    title: relProp('title'),
    since: text('since', 'rel'),
    until: text('until', 'rel'),
    person: { kind: 'nested', entity: 'Person', many: false, reach: (v) => ({ match: '', vars: { node: v.person! } }) },
    stakeholder: { kind: 'nested', entity: 'Stakeholder', many: false, reach: (v) => ({ match: '', vars: { node: v.node } }) },
    // The sources cited for the office, in the order recorded (a missing one dropped, as the resolver does).
    sources: {
      kind: 'nested',
      entity: 'Source',
      many: true,
      reach: (v, scope) => {
        const i = scope.fresh();
        const x = scope.fresh();
        return {
          match: `UNWIND range(0, size(coalesce(${v.rel}.sourceIds, [])) - 1) AS ${i} MATCH (${x}:Source {id: ${v.rel}.sourceIds[${i}]})`,
          vars: { node: x },
          after: `ORDER BY ${i}`,
        };
      },
    },
  },
  Person: {
    id: prop('id'),
    name: prop('name'),
    aliases: list('aliases'),
    // Its resolver checks the caller's role, then reads these.
    contact: { kind: 'needs', fields: ['email', 'phone'] },
    offices: {
      kind: 'nested',
      entity: 'Office',
      many: true,
      reach: (v, scope) => {
        const h = scope.fresh();
        const s = scope.fresh();
        return { match: `MATCH (${v.node})-[${h}:HOLDS]->(${s}:Stakeholder)`, vars: { node: s, rel: h, person: v.node }, after: `ORDER BY ${h}.since DESC, ${s}.name` };
      },
    },
  },
  Region: {
    id: prop('id'),
    name: prop('name'),
    level: prop('level'),
    parent: one('Region', (v, x) => `(${v.node})-[:PART_OF]->(${x}:Region)`),
    children: many('Region', (v, x) => `(${v.node})<-[:PART_OF]-(${x}:Region)`, (x) => `${x}.name`),
  },
  Evidence: {
    quote: relProp('quote'),
    confidence: relProp('confidence'),
    source: { kind: 'nested', entity: 'Source', many: false, reach: (v) => ({ match: '', vars: { node: v.node } }) },
  },
  Source: {
    id: prop('id'),
    title: prop('title'),
    publisher: prop('publisher'),
    author: prop('author'),
    url: prop('url'),
    publishedOn: text('publishedOn'),
    kind: prop('kind'),
    language: prop('language'),
  },
};

/** Properties of items that `needs` fields read, by name. */
export const NEEDED: Partial<Record<Entity, Record<string, (v: Vars) => string>>> = {
  Person: { email: (v) => `${v.node}.email`, phone: (v) => `${v.node}.phone` },
};

/** Helices among a program's members (its parts' and collaborations' included), as the store counts them. */
const programHelices = (v: Vars) => `COLLECT { ${PROGRAM_MEMBERS.replace('(root)', `(${v.node})`)} RETURN DISTINCT s.helix }`;

/** Whether the planner answers this field of this GraphQL type (its resolver then reads the plan first). */
export const isPlanned = (type: string, field: string): boolean => {
  const spec = (FIELDS as Partial<Record<string, Record<string, FieldSpec>>>)[type]?.[field];
  return spec?.kind === 'nested' || spec?.kind === 'value';
};
