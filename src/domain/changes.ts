import type { Helix } from './vocabulary.js';

/**
 * What the committed change log says about the graph: one event per write, read back from the
 * log after the write committed (never from the write itself), so a rolled-back write never
 * produces one and every replica reads the same events. Subscriptions, the Explorer's live map
 * and webhooks all consume these.
 */

/** The kinds of item a write changes, as the change log records them. */
export const CHANGED_ITEM_TYPES = ['STAKEHOLDER', 'COLLABORATION', 'PARTICIPATION', 'PROGRAM', 'REGION', 'SOURCE', 'PERSON', 'ASSESSMENT', 'INTERACTION'] as const;
export type ChangedItemType = (typeof CHANGED_ITEM_TYPES)[number];

/** How a write changed an item: it did not exist before, it existed before and after, or it existed only before. */
export const ITEM_CHANGES = ['CREATED', 'UPDATED', 'DELETED'] as const;
export type ItemChange = (typeof ITEM_CHANGES)[number];

/** What a feed event says: writes, one by one, or that versions went by the log cannot describe. */
export const GRAPH_FEED_KINDS = ['CHANGED', 'RELOAD'] as const;

export interface ChangedItem {
  id: string;
  type: ChangedItemType;
  change: ItemChange;
}

/**
 * Where a change reaches, before and after the write: every region the affected stakeholders
 * work in (the region rule, ancestors included) or the item lies in, every program (ancestors
 * included) they or the item belong to, and the helices of the affected stakeholders.
 */
export interface ChangeReach {
  regions: string[];
  programs: string[];
  helices: Helix[];
}

/** One committed write as the log tells it. */
export interface GraphChangeEvent {
  kind: 'CHANGED';
  /** The graph version the write produced. */
  version: number;
  /** The version before: the event covers the writes after it up to `version` (several, once coalesced). */
  since: number;
  /** The write's name (`collaboration.update`). */
  action: string;
  /** When it committed (ISO 8601). */
  at: string;
  items: ChangedItem[];
  /** Stakeholders whose ties the write recomputed. */
  stakeholders: string[];
  reach: ChangeReach;
}

/**
 * The log no longer covers some versions (a bulk import or the seed wrote no entry, or more than
 * the log keeps went by): whoever mirrors the graph reloads what it shows.
 */
export interface GraphReloadEvent {
  kind: 'RELOAD';
  /** The version last told about. */
  since: number;
  version: number;
}

export type GraphFeedEvent = GraphChangeEvent | GraphReloadEvent;

/** A subscriber's part of the network, as the reads take it (without a date: live means now). */
export interface LiveScope {
  region?: string;
  program?: string;
  helices?: Helix[];
}

/**
 * Whether a change may concern a scope: it reaches the scope's region, its program, and one of
 * its helices. Each test is on the union over the affected stakeholders, so a change at a
 * scope's edge may be told to it; one outside it never is. A reload concerns every scope.
 */
export function concerns(event: GraphFeedEvent, scope: LiveScope): boolean {
  if (event.kind === 'RELOAD') return true;
  const { reach } = event;
  if (scope.region && !reach.regions.includes(scope.region)) return false;
  if (scope.program && !reach.programs.includes(scope.program)) return false;
  if (scope.helices && !scope.helices.some((h) => reach.helices.includes(h))) return false;
  return true;
}

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])].sort();

/** Where two changes (or one change before and after its write) reach together. */
export const joinReach = (a: ChangeReach, b: ChangeReach): ChangeReach => ({
  regions: union(a.regions, b.regions),
  programs: union(a.programs, b.programs),
  helices: union(a.helices, b.helices),
});

const NOWHERE: ChangeReach = { regions: [], programs: [], helices: [] };

/**
 * Several events told as one (a burst over a subscriber's rate): the newest version, each item
 * once with its net change (created then updated is created, deleted then written again is
 * updated, anything then deleted is deleted), the union of the rest. A reload among them makes the whole a reload.
 */
export function coalesce(events: readonly GraphFeedEvent[]): GraphFeedEvent | null {
  const first = events[0];
  if (!first) return null;
  const last = events[events.length - 1]!;
  if (events.length === 1) return first;
  if (events.some((e) => e.kind === 'RELOAD')) {
    return { kind: 'RELOAD', since: first.since, version: last.version };
  }
  const changes = events as readonly GraphChangeEvent[];
  const items = new Map<string, ChangedItem>();
  for (const item of changes.flatMap((e) => e.items)) {
    const before = items.get(item.id);
    items.set(item.id, before ? { ...item, change: netChange(before.change, item.change) } : item);
  }
  return {
    kind: 'CHANGED',
    version: last.version,
    since: first.since,
    action: [...new Set(changes.map((e) => e.action))].join(','),
    at: changes[changes.length - 1]!.at,
    items: [...items.values()],
    stakeholders: changes.reduce<string[]>((all, e) => union(all, e.stakeholders), []),
    reach: changes.reduce((all, e) => joinReach(all, e.reach), NOWHERE),
  };
}

/** The net change of an item changed `earlier` and then `later` (a delete always wins; anything after a create is a create). */
function netChange(earlier: ItemChange, later: ItemChange): ItemChange {
  if (later === 'DELETED') return 'DELETED';
  // Deleted and written again: it existed before the burst and exists after it.
  return earlier === 'CREATED' ? 'CREATED' : 'UPDATED';
}
