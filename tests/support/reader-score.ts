import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Named } from '../../src/domain/dataset.js';
import { Catalog } from '../../src/exchange/matching.js';
import { readReport } from '../../src/reader/read.js';
import { parseDataset, type Dataset } from '../../src/domain/dataset.js';

/**
 * How well the reader reads the real reports in tests/fixtures/reports: each proposal is matched
 * to the expected items the way the product matches it to the graph (id, name, alias, or a name
 * at least 0.8 similar), and an expected item counts as found when a proposal matches it with the
 * right helix (organisations) or with an office at the right organisation (people).
 */

export const REPORTS_DIR = path.resolve(import.meta.dirname, '../fixtures/reports');
const SEED = path.resolve(import.meta.dirname, '../../seeds/pentahelix.json');

interface Manifest {
  reports: Array<{
    file: string;
    seedSourceId?: string;
    source: { title?: string; publisher?: string; author?: string; publishedOn?: string; url?: string };
    expected?: {
      organisations: Array<{ name: string; aliases?: string[]; helix: string }>;
      people: Array<{ name: string; aliases?: string[]; office: string }>;
    };
  }>;
}

interface Expected {
  organisations: Array<Named & { helix: string }>;
  people: Array<Named & { officeIds: string[] }>;
  /** Every organisation the proposals may rightly match (the whole seed for seed reports). */
  universe: Array<Named & { helix: string }>;
  peopleUniverse: Named[];
}

export interface Score {
  report: string;
  organisations: { expected: number; found: number };
  people: { expected: number; found: number };
  proposals: number;
  unmatched: number;
  unmatchedNames: string[];
  missedOrganisations: string[];
  missedPeople: string[];
}

export function manifest(): Manifest {
  return JSON.parse(readFileSync(path.join(REPORTS_DIR, 'reports.json'), 'utf8')) as Manifest;
}

function expectedOf(entry: Manifest['reports'][number], seed: Dataset): Expected {
  if (entry.seedSourceId) {
    const cites = (list: Array<{ sourceId: string }>) => list.some((e) => e.sourceId === entry.seedSourceId);
    const universe = seed.stakeholders.map((s) => ({ id: s.id, name: s.name, aliases: s.aliases, helix: s.helix }));
    const peopleUniverse = seed.people.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases }));
    return {
      organisations: universe.filter((s) => cites(seed.stakeholders.find((x) => x.id === s.id)!.evidence)),
      people: seed.people
        .filter((p) => p.offices.some((o) => cites(o.evidence)))
        .map((p) => ({ id: p.id, name: p.name, aliases: p.aliases, officeIds: p.offices.filter((o) => cites(o.evidence)).map((o) => o.stakeholderId) })),
      universe,
      peopleUniverse,
    };
  }
  const orgs = entry.expected!.organisations.map((o, i) => ({ id: `org-${i}`, name: o.name, aliases: o.aliases ?? [], helix: o.helix }));
  const byName = new Map(orgs.map((o) => [o.name, o.id]));
  const people = entry.expected!.people.map((p, i) => ({ id: `person-${i}`, name: p.name, aliases: p.aliases ?? [], officeIds: [byName.get(p.office)!] }));
  return { organisations: orgs, people, universe: orgs, peopleUniverse: people };
}

/** The best match of a proposal by its name or any alias (an exact match beats a similar one). */
function matchAny(catalog: Catalog, names: string[]): string | null {
  let fuzzy: { id: string; score: number } | null = null;
  for (const name of names) {
    const m = catalog.match(name);
    if (m.kind === 'exact') return m.id;
    if (m.kind === 'fuzzy' && (!fuzzy || m.score > fuzzy.score)) fuzzy = m;
  }
  return fuzzy?.id ?? null;
}

export function scoreReports(): Score[] {
  const seed = parseDataset(JSON.parse(readFileSync(SEED, 'utf8')));
  return manifest().reports.map((entry) => {
    const text = readFileSync(path.join(REPORTS_DIR, entry.file), 'utf8');
    const { draft } = readReport({ text, ...entry.source });
    const expected = expectedOf(entry, seed);
    const orgCatalog = new Catalog(expected.universe);
    const peopleCatalog = new Catalog(expected.peopleUniverse);
    const helixOf = new Map(expected.universe.map((o) => [o.id, o.helix]));
    const orgMatch = new Map<string, string | null>();
    for (const s of draft.stakeholders) orgMatch.set(s.id, matchAny(orgCatalog, [s.name, ...s.aliases]));
    const foundOrgs = new Set<string>();
    for (const s of draft.stakeholders) {
      const id = orgMatch.get(s.id);
      if (id && helixOf.get(id) === s.helix) foundOrgs.add(id);
    }
    const foundPeople = new Set<string>();
    const unmatchedNames: string[] = [];
    for (const p of draft.people) {
      const id = matchAny(peopleCatalog, [p.name, ...p.aliases]);
      if (!id) unmatchedNames.push(`person ${p.name}`);
      const want = expected.people.find((x) => x.id === id);
      if (want && p.offices.some((o) => want.officeIds.includes(orgMatch.get(o.stakeholderId) ?? ''))) foundPeople.add(want.id);
    }
    for (const s of draft.stakeholders) if (!orgMatch.get(s.id)) unmatchedNames.push(s.name);
    return {
      report: entry.file.replace(/\.txt$/u, ''),
      organisations: { expected: expected.organisations.length, found: expected.organisations.filter((o) => foundOrgs.has(o.id)).length },
      people: { expected: expected.people.length, found: expected.people.filter((p) => foundPeople.has(p.id)).length },
      proposals: draft.stakeholders.length + draft.people.length,
      unmatched: unmatchedNames.length,
      unmatchedNames,
      missedOrganisations: expected.organisations.filter((o) => !foundOrgs.has(o.id)).map((o) => o.name),
      missedPeople: expected.people.filter((p) => !foundPeople.has(p.id)).map((p) => p.name),
    };
  });
}
