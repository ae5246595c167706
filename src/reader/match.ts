import type { Dataset, Named } from '../domain/dataset.js';
import { Catalog } from '../exchange/matching.js';
import type { Reading } from './read.js';

/** What the graph already holds, by kind, for matching a draft against it. */
export interface GraphCatalogs {
  stakeholder: Named[];
  person: Named[];
  program: Named[];
  region: Named[];
}

export type ProposalCollection = 'stakeholders' | 'people' | 'programs' | 'participations' | 'collaborations';

/** EXACT: the graph holds it (by id, name or alias); SIMILAR: a name like it, to confirm; NEW: nothing like it. */
export const MATCH_KINDS = ['EXACT', 'SIMILAR', 'NEW'] as const;

export interface ProposalMatch {
  kind: (typeof MATCH_KINDS)[number];
  id?: string;
  name?: string;
  by?: 'id' | 'name' | 'alias';
  score?: number;
}

/** One proposed item for review: what it is, the sentence it came from, and what it matches. */
export interface Proposal {
  collection: ProposalCollection;
  /** Its id in the draft (for a participation, stakeholder--program--role). */
  id: string;
  label: string;
  detail: string;
  quote: string;
  /** Where the quote starts in the text. */
  offset: number;
  confidence: number;
  match: ProposalMatch;
}

export interface MatchedReading {
  /** The draft with every exact match pointing at the graph's item instead of re-creating it. */
  draft: Dataset;
  proposals: Proposal[];
}

/** The best match of an item by its name or any alias; an exact match wins over a similar one. */
function bestMatch(catalog: Catalog, id: string, names: string[]): ProposalMatch {
  let similar: ProposalMatch | null = null;
  for (const name of [id, ...names]) {
    const m = catalog.match(name);
    if (m.kind === 'exact') return { kind: 'EXACT', id: m.id, by: m.by, name: undefined };
    if (m.kind === 'fuzzy' && (!similar || m.score > similar.score!)) similar = { kind: 'SIMILAR', id: m.id, name: m.name, score: Math.round(m.score * 1000) / 1000 };
  }
  return similar ?? { kind: 'NEW' };
}

/**
 * Matches a reading against the graph. Stakeholders, people, programmes and regions the graph
 * already holds (same id, name or alias) are not proposed again: the draft's facts point at them,
 * so a report about known partners adds facts to them instead of duplicates. A merely similar
 * name is shown with its score and left for a person to confirm, as the importer does.
 */
export function matchReading(reading: Reading, catalogs: GraphCatalogs): MatchedReading {
  const { draft, quoteOffsets } = reading;
  const nameOf = new Map<string, string>();
  for (const list of Object.values(catalogs) as Named[][]) for (const item of list) nameOf.set(item.id, item.name);
  const exact = new Map<string, string>();
  const proposals: Proposal[] = [];
  const propose = (collection: ProposalCollection, id: string, label: string, detail: string, evidence: { quote: string; confidence: number } | undefined, match: ProposalMatch) => {
    if (match.kind === 'EXACT') {
      exact.set(id, match.id!);
      match.name = nameOf.get(match.id!);
    }
    proposals.push({ collection, id, label, detail, quote: evidence?.quote ?? '', offset: evidence ? (quoteOffsets[evidence.quote] ?? -1) : -1, confidence: evidence?.confidence ?? 0, match });
  };

  const regionCatalog = new Catalog(catalogs.region);
  for (const r of draft.regions) {
    const m = bestMatch(regionCatalog, r.id, [r.name]);
    if (m.kind === 'EXACT') exact.set(r.id, m.id!);
  }
  const stakeholders = new Catalog(catalogs.stakeholder);
  for (const s of draft.stakeholders) {
    propose('stakeholders', s.id, s.name, `${s.helix} · ${s.kind}${s.aliases.length ? ` · ${s.aliases.join(', ')}` : ''}`, s.evidence[0], bestMatch(stakeholders, s.id, [s.name, ...s.aliases]));
  }
  const people = new Catalog(catalogs.person);
  for (const p of draft.people) {
    const office = p.offices[0];
    const at = office ? (draft.stakeholders.find((s) => s.id === office.stakeholderId)?.name ?? office.stakeholderId) : '';
    propose('people', p.id, p.name, office ? `${office.title} · ${at}` : '', office?.evidence[0], bestMatch(people, p.id, [p.name, ...p.aliases]));
  }
  const programs = new Catalog(catalogs.program);
  for (const p of draft.programs) {
    const when = [p.startsOn, p.venue].filter(Boolean).join(' · ');
    propose('programs', p.id, p.name, `${p.kind}${when ? ` · ${when}` : ''}`, p.evidence[0], bestMatch(programs, p.id, [p.name, ...p.aliases]));
  }

  const id = (x: string) => exact.get(x) ?? x;
  const resolved: Dataset = {
    sources: draft.sources,
    regions: draft.regions.filter((r) => !exact.has(r.id)),
    stakeholders: draft.stakeholders
      .filter((s) => !exact.has(s.id))
      .map((s) => ({ ...s, ...(s.regionId ? { regionId: id(s.regionId) } : {}), ...(s.unitOf ? { unitOf: id(s.unitOf) } : {}) })),
    people: draft.people.filter((p) => !exact.has(p.id)).map((p) => ({ ...p, offices: p.offices.map((o) => ({ ...o, stakeholderId: id(o.stakeholderId) })) })),
    programs: draft.programs.filter((p) => !exact.has(p.id)).map((p) => ({ ...p, ...(p.regionId ? { regionId: id(p.regionId) } : {}) })),
    participations: [],
    collaborations: [],
    assessments: [],
  };
  const keys = new Set<string>();
  for (const p of draft.participations) {
    const moved = { ...p, stakeholderId: id(p.stakeholderId), programId: id(p.programId) };
    const key = `${moved.stakeholderId}--${moved.programId}--${moved.role.toLowerCase()}`;
    if (keys.has(key)) continue;
    keys.add(key);
    resolved.participations.push(moved);
    const who = nameOf.get(moved.stakeholderId) ?? draft.stakeholders.find((s) => s.id === p.stakeholderId)?.name ?? p.stakeholderId;
    const what = nameOf.get(moved.programId) ?? draft.programs.find((x) => x.id === p.programId)?.name ?? p.programId;
    propose('participations', key, `${who} — ${what}`, p.role, p.evidence[0], { kind: 'NEW' });
  }
  for (const c of draft.collaborations) {
    const parties = [...new Set(c.parties.map((p) => id(p.stakeholderId)))];
    if (parties.length < 2) continue;
    resolved.collaborations.push({ ...c, parties: parties.map((stakeholderId) => ({ stakeholderId })), ...(c.programId ? { programId: id(c.programId) } : {}) });
    propose('collaborations', c.id, c.name, `${c.kind} · ${parties.length} parties`, c.evidence[0], { kind: 'NEW' });
  }
  return { draft: resolved, proposals };
}
