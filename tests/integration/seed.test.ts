import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participationKey } from '../../src/domain/dataset.js';
import { loadDataset, readCuratedSeed } from '../../src/seed/load.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
const WISATA_ARTICLE = 'jusmin-2025-rakor-pentahelix-wisata-industri-bontang';
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PARTICIPANTS = `query($id: ID!, $roles: [ParticipationRole!]) {
  program(id: $id) {
    name helices missingHelices
    participants(roles: $roles) { role description stakeholder { id name helix kind officeHolders { title person { name } } } }
  }
}`;

describe('questions a coordinator asks of the articles', () => {
  it('which helices take part in Program Wisata Kota Industri, and which are missing', async () => {
    const result = await t.gql(PARTICIPANTS, { id: 'program-wisata-kota-industri' });
    expect(result.data!.program.helices).toEqual(['GOVERNMENT', 'BUSINESS', 'COMMUNITY']);
    expect(result.data!.program.missingHelices).toEqual(['ACADEMIA', 'MEDIA']);
    const network = await t.gql(`{ stakeholders(where: {program: "program-wisata-kota-industri"}, first: 50) { nodes { id } } }`);
    expect(network.data!.stakeholders.nodes.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining(['masata-bontang', 'badak-lng', 'disnaker-bontang', 'dprd-bontang', 'pemkot-bontang']),
    );
  });

  it('who facilitates the programme at Job Fair 2025', async () => {
    const result = await t.gql(PARTICIPANTS, { id: 'job-fair-2025', roles: ['FACILITATOR'] });
    const [facilitator] = result.data!.program.participants;
    expect(facilitator.stakeholder.id).toBe('disnaker-bontang');
    expect(facilitator.description).toMatch(/Wisata Kota Industri/);
  });

  it('which organisation proposed the programme name', async () => {
    const result = await t.gql(PARTICIPANTS, { id: 'rakor-pentahelix-wisata-kota-industri', roles: ['ADVISOR'] });
    const [advisor] = result.data!.program.participants;
    expect(advisor.stakeholder).toMatchObject({ id: 'badak-lng', helix: 'BUSINESS' });
    expect(advisor.description).toMatch(/Kota/);
  });

  it('who led the Bekasi rakor and with which company', async () => {
    const chair = await t.gql(PARTICIPANTS, { id: 'rakor-bupati-bekasi-jababeka', roles: ['CHAIR'] });
    const [led] = chair.data!.program.participants;
    expect(led.stakeholder.id).toBe('pemkab-bekasi');
    expect(led.stakeholder.officeHolders.map((o: { person: { name: string } }) => o.person.name)).toContain('Ade Kuswara Kunang');
    const organiser = await t.gql(PARTICIPANTS, { id: 'rakor-bupati-bekasi-jababeka', roles: ['ORGANIZER'] });
    expect(organiser.data!.program.participants[0].stakeholder).toMatchObject({ id: 'jababeka-infrastruktur', helix: 'BUSINESS' });
  });

  it('who led the Balikpapan rakor', async () => {
    const result = await t.gql(PARTICIPANTS, { id: 'rakor-pemkot-balikpapan-2025-11-14', roles: ['CHAIR'] });
    const [chair] = result.data!.program.participants;
    expect(chair.stakeholder.id).toBe('pemkot-balikpapan');
    expect(chair.description).toMatch(/Bagus Susetyo/);
    expect(chair.stakeholder.officeHolders.map((o: { person: { name: string } }) => o.person.name)).toContain('Bagus Susetyo');
  });
});

describe('evidence', () => {
  it('backs every collaboration and every participation of the seed', async () => {
    // By id: other files of the run add collaborations and programs of their own.
    const seeded = (await readCuratedSeed()).collaborations.map((c) => c.id);
    const collaborations = await t.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Collaboration { id evidence { quote source { publisher title } } } } }`, { ids: seeded });
    const nodes = collaborations.data!.nodes.filter((c: { id?: string } | null) => c?.id);
    expect(nodes).toHaveLength(seeded.length);
    for (const c of nodes) expect(c.evidence.length, c.id).toBeGreaterThan(0);

    const data = await readCuratedSeed();
    const programs = await t.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Program { id participants { id evidence { quote } } } } }`, { ids: data.programs.map((p) => p.id) });
    const seededKeys = new Set(data.participations.map((p) => participationKey(p.stakeholderId, p.programId, p.role)));
    const participations = programs.data!.nodes
      .flatMap((p: { participants: Array<{ id: string; evidence: unknown[] }> }) => p.participants)
      .filter((p: { id: string }) => seededKeys.has(p.id));
    expect(participations).toHaveLength(seededKeys.size);
    for (const p of participations) expect(p.evidence.length, p.id).toBeGreaterThan(0);
  });

  it('lists what each article reports, from the article to every fact it backs', async () => {
    const data = await readCuratedSeed();
    const result = await t.gql(`query($id: ID!) {
      source(id: $id) {
        title
        citations(first: 500) {
          quote confidence
          fact {
            __typename
            ... on Stakeholder { id }
            ... on Program { id }
            ... on Collaboration { id }
            ... on Participation { id stakeholder { id } program { id } }
          }
        }
      }
    }`, { id: WISATA_ARTICLE });
    expect(result.errors).toBeUndefined();
    const citations: Array<{ quote: string; fact: { __typename: string; id: string } }> = result.data!.source.citations;
    // Other test files may cite the seed's sources from facts of their own: compare the seed's facts.
    const check = <T extends { evidence?: Array<{ sourceId: string }> }>(type: string, items: T[], key: (item: T) => string) => {
      const seeded = new Set(items.map(key));
      const cited = new Set(citations.filter((c) => c.fact.__typename === type && seeded.has(c.fact.id)).map((c) => c.fact.id));
      expect(cited, type).toEqual(new Set(items.filter((i) => i.evidence?.some((e) => e.sourceId === WISATA_ARTICLE)).map(key)));
    };
    check('Stakeholder', data.stakeholders, (s) => s.id);
    check('Program', data.programs, (p) => p.id);
    check('Collaboration', data.collaborations, (c) => c.id);
    check('Participation', data.participations, (p) => participationKey(p.stakeholderId, p.programId, p.role));
    const collaborations = citations.filter((c) => c.fact.__typename === 'Collaboration').map((c) => c.fact.id);
    expect(collaborations).toContain('collab-masata-disnaker-job-fair-2025');
    const firstThree = await t.gql(`query($id: ID!) { source(id: $id) { citations(first: 3) { fact { __typename } } } }`, { id: WISATA_ARTICLE });
    expect(firstThree.data!.source.citations).toHaveLength(3);
    for (const c of citations) expect(c.quote.length).toBeGreaterThan(0);
  });
});

describe('loading', () => {
  it('is idempotent: loading the seed again changes no node, relationship or timestamp', async () => {
    const snapshot = () =>
      t.db.query<{ nodes: number; rels: number; stamps: string }>(
        'test.snapshot',
        `MATCH (n) WHERE NOT n:GraphMeta AND NOT n:ApiKey WITH count(n) AS nodes, collect(toString(n.updatedAt)) AS stamps
         MATCH ()-[r]->() RETURN nodes, count(r) AS rels, reduce(s = '', x IN stamps | s + coalesce(x, '')) AS stamps`,
      );
    const before = await snapshot();
    await loadDataset(t.db, await readCuratedSeed());
    expect(await snapshot()).toEqual(before);
  });
});
