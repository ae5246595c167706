import { UndirectedGraph } from 'graphology';
import type { Helix } from '../domain/vocabulary.js';
import type { Csr } from './centrality.js';
import { tieCostDays, type ProgramFacts, type ProjectedProgram, type ProjectedStakeholder, type TieGraph } from './projection.js';
import { epochDay, factCounts, isoDay, lastActiveDay, timeWindow } from './time.js';

/**
 * The analytics projection in typed arrays: one slot per stakeholder and per tie, the facts of
 * every tie (start, end, weight, kind) in columns, so any date can be applied in memory and a
 * 100k-stakeholder network takes tens of megabytes rather than an object per node and edge.
 * It is filled by streaming rows from a `ProjectionSource` and patched in place by deltas:
 * the ties of changed stakeholders are retired and their current ties appended; the columns
 * are compacted when retired slots outnumber live ones.
 */

/** Which part of the network an analysis runs over. */
export interface AnalysisScope {
  region?: string;
  program?: string;
  helices?: Helix[];
  /** The network as it stood on this date: facts started by then (undated facts count). */
  asOf?: string;
  /** Only facts active on this date (paths: "collaborations active on a date"). */
  activeOn?: string;
}

/** Where the rows of a load or a delta go. Dates are epoch days; null for an undated start or end. */
export interface ProjectionSink {
  /** Called before the rows of each attempt: a retried read replays them from the start. */
  restart(): void;
  stakeholder(row: ProjectedStakeholder): void;
  tie(source: string, target: string, evidence: number, collaboration: readonly boolean[], starts: ArrayLike<number | null>, ends: ArrayLike<number | null>, weights: ArrayLike<number>): void;
  /** A program's members (every program, after the stakeholders), with its facts when the source reads them. */
  programMembers(program: string, members: readonly string[], facts?: ProgramFacts): void;
}

/** What the engine needs from storage (implemented over Neo4j by src/db/projection-store.ts). */
export interface ProjectionSource {
  version(): Promise<number>;
  /** Streams the whole projection into the sink; resolves to the version it reflects. */
  load(sink: ProjectionSink): Promise<number>;
  /**
   * The changes committed after version `since`: first `changed` with the stakeholders whose
   * rows and ties are replaced and the programs whose members are, then their current rows, ties
   * and members (a program no longer there gets none).
   * The rows are read first and handed to the sink in one synchronous run, so no analysis sees
   * a half-applied delta. Resolves to the version reached, or null (and calls nothing) when the
   * change log does not cover every version since `since`: then only a full load is correct.
   * At `since` still, it resolves to `since` and calls nothing.
   */
  changes(since: number, sink: DeltaSink): Promise<number | null>;
  /**
   * When `version` was committed, as storage tells it today (null when it no longer can): equal
   * stamps mean the same history, so an image of that version may stand for a load.
   */
  stamp(version: number): Promise<string | null>;
}

/**
 * A projection as plain data (columns cut to their length), for keeping it across restarts: a
 * service that starts from an image reads only the changes since, not the whole network.
 */
export interface ProjectionImage {
  version: number;
  people: Array<ProjectedStakeholder | null>;
  sorted: boolean;
  lastSlotId: string | null;
  deadTies: number;
  tieA: Int32Array<ArrayBuffer>;
  tieB: Int32Array<ArrayBuffer>;
  tieEvidence: Int32Array<ArrayBuffer>;
  tieAlive: Uint8Array<ArrayBuffer>;
  factFrom: Int32Array<ArrayBuffer>;
  factStart: Float64Array<ArrayBuffer>;
  factEnd: Float64Array<ArrayBuffer>;
  factWeight: Float64Array<ArrayBuffer>;
  factCollaboration: Uint8Array<ArrayBuffer>;
  programs: Array<[string, ReadonlySet<string>]>;
  programFacts: ProjectedProgram[];
}

export interface DeltaSink extends ProjectionSink {
  changed(stakeholderIds: readonly string[], programIds: readonly string[]): void;
}

function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, need: number): T {
  if (need <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(need, array.length * 2, 16));
  next.set(array);
  return next;
}

const toDay = (value: number | null, open: number) => (value === null ? open : value);

/** One scope of the projection: the stakeholders kept, their ties weighed as of its dates, and a CSR over them. */
export interface ScopedView {
  /** Stakeholders by node index (id order). */
  stakeholders: ProjectedStakeholder[];
  /** Adjacency, each tie twice, weight = the tie's weight under the scope; rows sorted by neighbour. */
  csr: Csr;
  /** For each CSR slot, the index of its tie in `ties`. */
  edgeOf: Int32Array;
  ties: {
    count: number;
    a: Int32Array;
    b: Int32Array;
    weight: Float64Array;
    collaborations: Int32Array;
    programs: Int32Array;
    evidence: Int32Array;
    /** Last day a fact of the tie was active (NaN: undated). */
    lastActive: Float64Array;
  };
  /** The instant traversal costs are aged to (the asOf date, or now). */
  todayMs: number;
  /** Every program of the network (not only the scope's), as of this view's version. */
  programs: ReadonlyMap<string, ProjectedProgram>;
}

export class CompactProjection {
  version = -1;
  private people: Array<ProjectedStakeholder | null> = [];
  private readonly slotOf = new Map<string, number>();
  /** Slots of the stakeholders the current delta retired, for those it re-adds. */
  private readonly vacated = new Map<string, number>();
  /** Whether live slots are in id order (a full load is; a delta adding a stakeholder may break it). */
  private sorted = true;
  /** The id of the newest slot, live or vacated: a slot vacated by a delta is filled again by the same id. */
  private lastSlotId: string | null = null;
  private tieCount = 0;
  private deadTies = 0;
  private tieA = new Int32Array(0);
  private tieB = new Int32Array(0);
  private tieEvidence = new Int32Array(0);
  private tieAlive = new Uint8Array(0);
  private factFrom = new Int32Array(0);
  private factCount = 0;
  private factStart = new Float64Array(0);
  private factEnd = new Float64Array(0);
  private factWeight = new Float64Array(0);
  private factCollaboration = new Uint8Array(0);
  private programs = new Map<string, ReadonlySet<string>>();
  /** Replaced, never changed in place, by a delta: a view keeps the programs of its version. */
  private programFacts = new Map<string, ProjectedProgram>();

  get stakeholderCount(): number {
    return this.slotOf.size;
  }

  get liveTieCount(): number {
    return this.tieCount - this.deadTies;
  }

  /**
   * The projection as it stands: the columns copied, the rest shallow (a delta replaces rows,
   * member sets and program facts, never changes one), so a delta applied later does not reach the image.
   */
  image(): ProjectionImage {
    const ties = this.tieCount;
    const facts = this.factCount;
    return {
      version: this.version,
      people: [...this.people],
      sorted: this.sorted,
      lastSlotId: this.lastSlotId,
      deadTies: this.deadTies,
      tieA: this.tieA.slice(0, ties),
      tieB: this.tieB.slice(0, ties),
      tieEvidence: this.tieEvidence.slice(0, ties),
      tieAlive: this.tieAlive.slice(0, ties),
      factFrom: this.factFrom.slice(0, ties + 1),
      factStart: this.factStart.slice(0, facts),
      factEnd: this.factEnd.slice(0, facts),
      factWeight: this.factWeight.slice(0, facts),
      factCollaboration: this.factCollaboration.slice(0, facts),
      programs: [...this.programs],
      programFacts: [...this.programFacts.values()],
    };
  }

  /** The projection an image holds (the image's columns are taken over, not copied). */
  static fromImage(image: ProjectionImage): CompactProjection {
    const p = new CompactProjection();
    p.version = image.version;
    p.people = image.people;
    image.people.forEach((s, slot) => s && p.slotOf.set(s.id, slot));
    p.sorted = image.sorted;
    p.lastSlotId = image.lastSlotId;
    p.tieCount = image.tieA.length;
    p.deadTies = image.deadTies;
    p.factCount = image.factStart.length;
    p.tieA = image.tieA;
    p.tieB = image.tieB;
    p.tieEvidence = image.tieEvidence;
    p.tieAlive = image.tieAlive;
    p.factFrom = image.factFrom;
    p.factStart = image.factStart;
    p.factEnd = image.factEnd;
    p.factWeight = image.factWeight;
    p.factCollaboration = image.factCollaboration;
    p.programs = new Map(image.programs);
    p.programFacts = new Map(image.programFacts.map((program) => [program.id, program]));
    return p;
  }

  /** A sink that fills this (empty) projection. */
  loader(): ProjectionSink {
    return {
      restart: () => this.clear(),
      stakeholder: (row) => this.putStakeholder(row),
      tie: (...args) => this.appendTie(...args),
      programMembers: (program, members, facts) => this.putProgram(program, members, facts),
    };
  }

  /** A sink that applies a delta: the changed stakeholders' rows and ties are replaced by what follows. */
  patcher(): DeltaSink {
    return {
      restart: () => undefined,
      changed: (ids, programs) => {
        this.retire(ids);
        for (const program of programs) this.programs.delete(program);
        // A view keeps the programs of its version: the next version's are a copy.
        this.programFacts = new Map(this.programFacts);
        for (const program of programs) this.programFacts.delete(program);
      },
      stakeholder: (row) => this.putStakeholder(row),
      tie: (...args) => this.appendTie(...args),
      programMembers: (program, members, facts) => this.putProgram(program, members, facts),
    };
  }

  private clear(): void {
    this.people = [];
    this.slotOf.clear();
    this.vacated.clear();
    this.sorted = true;
    this.lastSlotId = null;
    this.tieCount = this.deadTies = this.factCount = 0;
    this.programs = new Map();
    this.programFacts = new Map();
  }

  /** Called after the stakeholders of a load or a delta, so the members' helices are current. */
  private putProgram(id: string, members: readonly string[], facts: ProgramFacts = { startsOn: null, regions: [], partOf: [] }): void {
    this.programs.set(id, new Set(members));
    const helices = new Set<Helix>();
    for (const member of members) {
      const slot = this.slotOf.get(member);
      if (slot !== undefined) helices.add(this.people[slot]!.helix);
    }
    this.programFacts.set(id, { id, ...facts, helices: [...helices] });
  }

  private putStakeholder(row: ProjectedStakeholder): void {
    // A stakeholder a delta re-adds keeps its slot, so the slots stay in id order.
    const slot = this.slotOf.get(row.id) ?? this.vacated.get(row.id);
    if (slot !== undefined) {
      this.people[slot] = row;
      this.slotOf.set(row.id, slot);
      return;
    }
    // Compared with the newest slot even while a delta has it vacated: its stakeholder comes back there.
    if (this.lastSlotId !== null && this.lastSlotId > row.id) this.sorted = false;
    this.lastSlotId = row.id;
    this.slotOf.set(row.id, this.people.length);
    this.people.push(row);
  }

  /** Drops the stakeholders (a delta re-adds those that still exist) and every tie they are part of. */
  private retire(ids: readonly string[]): void {
    const slots = new Set<number>();
    this.vacated.clear();
    for (const id of ids) {
      const slot = this.slotOf.get(id);
      if (slot === undefined) continue;
      slots.add(slot);
      this.slotOf.delete(id);
      this.vacated.set(id, slot);
      this.people[slot] = null;
    }
    if (slots.size === 0) return;
    for (let t = 0; t < this.tieCount; t++) {
      if (this.tieAlive[t] && (slots.has(this.tieA[t]!) || slots.has(this.tieB[t]!))) {
        this.tieAlive[t] = 0;
        this.deadTies++;
      }
    }
  }

  private appendTie(source: string, target: string, evidence: number, collaboration: readonly boolean[], starts: ArrayLike<number | null>, ends: ArrayLike<number | null>, weights: ArrayLike<number>): void {
    const a = this.slotOf.get(source);
    const b = this.slotOf.get(target);
    if (a === undefined || b === undefined || a === b) return;
    const t = this.tieCount++;
    this.tieA = grown(this.tieA, t + 1);
    this.tieB = grown(this.tieB, t + 1);
    this.tieEvidence = grown(this.tieEvidence, t + 1);
    this.tieAlive = grown(this.tieAlive, t + 1);
    this.factFrom = grown(this.factFrom, t + 2);
    this.tieA[t] = a;
    this.tieB[t] = b;
    this.tieEvidence[t] = evidence;
    this.tieAlive[t] = 1;
    const n = weights.length;
    const f = this.factCount;
    this.factStart = grown(this.factStart, f + n);
    this.factEnd = grown(this.factEnd, f + n);
    this.factWeight = grown(this.factWeight, f + n);
    this.factCollaboration = grown(this.factCollaboration, f + n);
    for (let i = 0; i < n; i++) {
      this.factStart[f + i] = toDay(starts[i]!, -Infinity);
      this.factEnd[f + i] = toDay(ends[i]!, Infinity);
      this.factWeight[f + i] = weights[i]!;
      this.factCollaboration[f + i] = collaboration[i] ? 1 : 0;
    }
    this.factFrom[t] = f;
    this.factCount = f + n;
    this.factFrom[t + 1] = this.factCount;
  }

  /** Rewrites the columns without retired slots once they outnumber the live ones. */
  compactIfSparse(): void {
    const deadPeople = this.people.length - this.slotOf.size;
    if (this.deadTies * 2 <= this.tieCount && deadPeople * 2 <= this.people.length) return;
    const old = { people: this.people, tieA: this.tieA, tieB: this.tieB, tieEvidence: this.tieEvidence, tieAlive: this.tieAlive, tieCount: this.tieCount };
    const facts = { from: this.factFrom, start: this.factStart, end: this.factEnd, weight: this.factWeight, collaboration: this.factCollaboration };
    const live = old.people.filter((p): p is ProjectedStakeholder => p !== null);
    if (!this.sorted) live.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    this.people = [];
    this.slotOf.clear();
    this.vacated.clear();
    this.sorted = true;
    this.lastSlotId = null;
    for (const p of live) this.putStakeholder(p);
    this.tieCount = this.deadTies = this.factCount = 0;
    this.tieA = new Int32Array(0);
    this.tieB = new Int32Array(0);
    this.tieEvidence = new Int32Array(0);
    this.tieAlive = new Uint8Array(0);
    this.factFrom = new Int32Array(0);
    for (let t = 0; t < old.tieCount; t++) {
      if (!old.tieAlive[t]) continue;
      const from = facts.from[t]!;
      const to = facts.from[t + 1]!;
      const open = (x: number) => (Number.isFinite(x) ? x : null);
      this.appendTie(
        old.people[old.tieA[t]!]!.id,
        old.people[old.tieB[t]!]!.id,
        old.tieEvidence[t]!,
        Array.from(facts.collaboration.subarray(from, to), Boolean),
        Array.from(facts.start.subarray(from, to), open),
        Array.from(facts.end.subarray(from, to), open),
        facts.weight.subarray(from, to),
      );
    }
  }

  /** Approximate bytes held in columns (for the benchmark's memory figure). */
  get columnBytes(): number {
    return [this.tieA, this.tieB, this.tieEvidence, this.tieAlive, this.factFrom, this.factStart, this.factEnd, this.factWeight, this.factCollaboration].reduce((s, a) => s + a.byteLength, 0);
  }

  /** The stakeholders of a scope and their ties weighed by the facts that count under its dates. */
  view(scope: AnalysisScope, nowMs = Date.now()): ScopedView {
    const window = timeWindow(scope);
    const todayMs = scope.asOf ? Date.parse(scope.asOf) : nowMs;
    const horizon = window.asOf ?? epochDay(new Date(todayMs).toISOString());
    const members = scope.program ? (this.programs.get(scope.program) ?? new Set<string>()) : null;
    const helices = scope.helices ? new Set<string>(scope.helices) : null;
    const slots: number[] = [];
    this.people.forEach((s, slot) => {
      if (s && (!scope.region || s.regions.includes(scope.region)) && (!members || members.has(s.id)) && (!helices || helices.has(s.helix))) slots.push(slot);
    });
    if (!this.sorted) slots.sort((x, y) => (this.people[x]!.id < this.people[y]!.id ? -1 : 1));
    const node = new Int32Array(this.people.length).fill(-1);
    slots.forEach((slot, i) => (node[slot] = i));
    const stakeholders = slots.map((slot) => this.people[slot]!);

    const ties = {
      count: 0,
      a: new Int32Array(this.tieCount),
      b: new Int32Array(this.tieCount),
      weight: new Float64Array(this.tieCount),
      collaborations: new Int32Array(this.tieCount),
      programs: new Int32Array(this.tieCount),
      evidence: new Int32Array(this.tieCount),
      lastActive: new Float64Array(this.tieCount),
    };
    const degree = new Int32Array(slots.length + 1);
    for (let t = 0; t < this.tieCount; t++) {
      if (!this.tieAlive[t]) continue;
      const a = node[this.tieA[t]!]!;
      const b = node[this.tieB[t]!]!;
      if (a < 0 || b < 0) continue;
      let weight = 0;
      let collaborations = 0;
      let facts = 0;
      let last = -Infinity;
      let dated = false;
      for (let f = this.factFrom[t]!; f < this.factFrom[t + 1]!; f++) {
        const start = this.factStart[f]!;
        const end = this.factEnd[f]!;
        if (!factCounts(start, end, window)) continue;
        weight += this.factWeight[f]!;
        facts++;
        collaborations += this.factCollaboration[f]!;
        const day = lastActiveDay(start, end, horizon);
        if (day !== null) {
          dated = true;
          last = Math.max(last, day);
        }
      }
      if (weight === 0) continue;
      const i = ties.count++;
      ties.a[i] = a;
      ties.b[i] = b;
      ties.weight[i] = weight;
      ties.collaborations[i] = collaborations;
      ties.programs[i] = facts - collaborations;
      ties.evidence[i] = this.tieEvidence[t]!;
      ties.lastActive[i] = dated ? last : NaN;
      degree[a + 1]!++;
      degree[b + 1]!++;
    }
    return { stakeholders, ...adjacency(slots.length, degree, ties), ties, todayMs, programs: this.programFacts };
  }
}

/**
 * CSR of the scoped ties with each row sorted by neighbour (so results never depend on the
 * order facts arrived in): fill unsorted, then transpose; the graph is symmetric, so the
 * transpose has the same rows, each in increasing order.
 */
function adjacency(n: number, degree: Int32Array, ties: ScopedView['ties']): { csr: Csr; edgeOf: Int32Array } {
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i + 1]!;
  const slots = offsets[n]!;
  const rawTarget = new Int32Array(slots);
  const rawEdge = new Int32Array(slots);
  const fill = offsets.slice(0, n);
  for (let t = 0; t < ties.count; t++) {
    const a = ties.a[t]!;
    const b = ties.b[t]!;
    rawTarget[fill[a]!] = b;
    rawEdge[fill[a]!++] = t;
    rawTarget[fill[b]!] = a;
    rawEdge[fill[b]!++] = t;
  }
  // Shared memory: worker threads read the adjacency without a copy.
  const targets = new Int32Array(new SharedArrayBuffer(slots * 4));
  const edgeOf = new Int32Array(slots);
  fill.set(offsets.subarray(0, n));
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const v = rawTarget[e]!;
      targets[fill[v]!] = u;
      edgeOf[fill[v]!++] = rawEdge[e]!;
    }
  }
  const weights = new Float64Array(new SharedArrayBuffer(slots * 8));
  edgeOf.forEach((t, e) => (weights[e] = ties.weight[t]!));
  const sharedOffsets = new Int32Array(new SharedArrayBuffer((n + 1) * 4));
  sharedOffsets.set(offsets);
  return { csr: { ids: [], index: new Map(), offsets: sharedOffsets, targets, weights }, edgeOf };
}

/** Names the view's nodes (ids and index) once; kept apart so a view can be built without them. */
export function withIds(view: ScopedView): ScopedView {
  view.csr.ids = view.stakeholders.map((s) => s.id);
  view.csr.index = new Map(view.csr.ids.map((id, i) => [id, i]));
  return view;
}

/** The graphology graph of a view (Louvain, eigenvector, gaps and paths run on it), built in canonical order. */
export function tieGraphOf(view: ScopedView): TieGraph {
  const graph: TieGraph = new UndirectedGraph({ allowSelfLoops: false });
  for (const s of view.stakeholders) graph.addNode(s.id, { ...s });
  const { csr, edgeOf, ties } = view;
  for (let u = 0; u < view.stakeholders.length; u++) {
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      const v = csr.targets[e]!;
      if (v <= u) continue;
      const t = edgeOf[e]!;
      const last = ties.lastActive[t]!;
      const lastActive = Number.isNaN(last) ? null : last;
      graph.addEdge(view.stakeholders[u]!.id, view.stakeholders[v]!.id, {
        weight: ties.weight[t]!,
        collaborations: ties.collaborations[t]!,
        programs: ties.programs[t]!,
        evidence: ties.evidence[t]!,
        lastActiveOn: lastActive === null ? null : isoDay(lastActive),
        cost: tieCostDays(ties.weight[t]!, ties.evidence[t]!, lastActive, view.todayMs),
      });
    }
  }
  return graph;
}
