import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectRejected, unique, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const UPSERT = `mutation Upsert($input: StakeholderInput!) {
  upsertStakeholder(input: $input) { created stakeholder { id name aliases helix kind description tags updatedAt region { id } parent { id } } }
}`;

/** Test stakeholders live in a region of their own, so the seed's figures stay as the articles have them. */
const TEST_REGION = unique('test-region');
beforeAll(async () => {
  await t.gql(`mutation($input: RegionInput!) { upsertRegion(input: $input) { id } }`, { input: { id: TEST_REGION, name: 'Wilayah Uji', level: 'CITY', partOf: 'indonesia' } }, 'EDITOR');
});

const stakeholder = (overrides: Record<string, unknown> = {}) => ({
  id: unique('test-org'),
  name: 'Universitas Uji Coba',
  helix: 'ACADEMIA',
  kind: 'UNIVERSITY',
  regionId: TEST_REGION,
  ...overrides,
});

const rejected = (query: string, variables: Record<string, unknown>) => expectRejected(t, query, variables);

describe('upsertStakeholder', () => {
  it('creates, then updates in place, and an identical upsert changes nothing', async () => {
    const input = stakeholder({ aliases: ['UUC'], tags: ['vokasi'], unitOf: 'pemkot-bontang', helix: 'GOVERNMENT', kind: 'REGIONAL_OFFICE' });
    const first = await t.gql(UPSERT, { input }, 'EDITOR');
    expect(first.errors).toBeUndefined();
    expect(first.data!.upsertStakeholder).toMatchObject({ created: true, stakeholder: { id: input.id, aliases: ['UUC'], region: { id: TEST_REGION }, parent: { id: 'pemkot-bontang' } } });
    const again = await t.gql(UPSERT, { input }, 'EDITOR');
    expect(again.data!.upsertStakeholder.created).toBe(false);
    expect(again.data!.upsertStakeholder.stakeholder.updatedAt).toBe(first.data!.upsertStakeholder.stakeholder.updatedAt);
    const renamed = await t.gql(UPSERT, { input: { ...input, name: 'Universitas Uji Coba Baru' } }, 'EDITOR');
    expect(renamed.data!.upsertStakeholder.stakeholder.name).toBe('Universitas Uji Coba Baru');
    const [count] = await t.db.query<{ n: number }>('test.count', 'MATCH (s:Stakeholder {id: $id}) RETURN count(s) AS n', { id: input.id });
    expect(count!.n).toBe(1);
  });

  it('leaves exactly one node after 20 concurrent upserts of the same id', async () => {
    const input = stakeholder();
    const results = await Promise.all(Array.from({ length: 20 }, () => t.gql(UPSERT, { input }, 'EDITOR')));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.filter((r) => r.data!.upsertStakeholder.created)).toHaveLength(1);
    const [count] = await t.db.query<{ n: number }>('test.count', 'MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id: input.id });
    expect(count!.n).toBe(1);
  });

  it('stores quotes, backticks, Cypher fragments and emoji exactly', async () => {
    const hostile = `O'Brien "Rakor" \`MATCH (n) DETACH DELETE n\` }) RETURN 1 // 🌊🏭 \\ $param {x}`;
    const input = stakeholder({ name: hostile, description: hostile, aliases: [hostile], tags: ['💡'] });
    const result = await t.gql(UPSERT, { input }, 'EDITOR');
    expect(result.errors).toBeUndefined();
    const read = await t.gql('query($id: ID!) { stakeholder(id: $id) { name description aliases tags } }', { id: input.id });
    expect(read.data!.stakeholder).toEqual({ name: hostile, description: hostile, aliases: [hostile], tags: ['💡'] });
    const [stillThere] = await t.db.query<{ n: number }>('test.count', 'MATCH (s:Stakeholder) RETURN count(s) AS n');
    expect(stillThere!.n).toBeGreaterThan(20);
  });

  it('rejects an unknown helix with BAD_USER_INPUT and writes nothing', async () => {
    const error = await rejected(UPSERT, { input: stakeholder({ helix: 'CHURCH' }) });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/helix/);
  });

  it('rejects an empty name, naming the field and what was expected', async () => {
    const error = await rejected(UPSERT, { input: stakeholder({ name: '   ' }) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name', expected: 'must not be empty' });
  });

  it('rejects a website that is not an http(s) address (a javascript: link is not one)', async () => {
    const error = await rejected(UPSERT, { input: stakeholder({ website: 'javascript:alert(1)' }) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.website', expected: 'expected an http or https address' });
  });

  it('rejects a malformed id', async () => {
    const error = await rejected(UPSERT, { input: stakeholder({ id: 'Not A Slug!' }) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
  });

  it('rejects unknown references with NOT_FOUND, listing each', async () => {
    const error = await rejected(UPSERT, {
      input: stakeholder({ regionId: 'atlantis', evidence: [{ sourceId: 'no-such-source', quote: 'x' }] }),
    });
    expect(error.extensions?.code).toBe('NOT_FOUND');
    expect(error.extensions?.field).toBe('input.regionId');
    expect(error.extensions?.problems).toHaveLength(2);
  });

  it('refuses an id used by another type with CONFLICT', async () => {
    const error = await rejected(UPSERT, { input: stakeholder({ id: 'program-wisata-kota-industri' }) });
    expect(error.extensions?.code).toBe('CONFLICT');
  });

  it('refuses a hierarchy loop', async () => {
    const parent = stakeholder();
    const child = stakeholder({ unitOf: parent.id });
    await t.gql(UPSERT, { input: parent }, 'EDITOR');
    await t.gql(UPSERT, { input: child }, 'EDITOR');
    const error = await rejected(UPSERT, { input: { ...parent, unitOf: child.id } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitOf' });
  });

  it('needs EDITOR: anonymous is UNAUTHENTICATED, VIEWER is FORBIDDEN', async () => {
    const input = stakeholder();
    const anonymous = await t.gql(UPSERT, { input }, 'ANONYMOUS');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const viewer = await t.gql(UPSERT, { input }, 'VIEWER');
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql('query($id: ID!) { stakeholder(id: $id) { id } }', { id: input.id })).data!.stakeholder).toBeNull();
  });
});

describe('deleteStakeholder', () => {
  const RECORD = `mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }`;
  const DELETE = `mutation($id: ID!) { deleteStakeholder(id: $id) { id deleted } }`;

  it('is blocked by units and by two-party collaborations, then removes everything of the stakeholder', async () => {
    const a = stakeholder();
    const b = stakeholder();
    const c = stakeholder();
    const unit = stakeholder({ unitOf: a.id });
    for (const input of [a, b, c, unit]) expect((await t.gql(UPSERT, { input }, 'EDITOR')).errors).toBeUndefined();
    const pair = { id: unique('collab'), name: 'Pair', kind: 'PARTNERSHIP', parties: [{ stakeholderId: a.id }, { stakeholderId: b.id }] };
    const trio = { id: unique('collab'), name: 'Trio', kind: 'PARTNERSHIP', parties: [{ stakeholderId: a.id }, { stakeholderId: b.id }, { stakeholderId: c.id }] };
    expect((await t.gql(RECORD, { input: pair }, 'EDITOR')).errors).toBeUndefined();
    expect((await t.gql(RECORD, { input: trio }, 'EDITOR')).errors).toBeUndefined();

    expect((await rejected(DELETE, { id: a.id })).extensions?.code).toBe('CONFLICT');
    expect((await t.gql(`mutation($id: ID!) { deleteStakeholder(id: $id) { deleted } }`, { id: unit.id }, 'EDITOR')).data!.deleteStakeholder.deleted).toBe(true);
    const stillPaired = await rejected(DELETE, { id: a.id });
    expect(stillPaired.message).toContain(pair.id);
    await t.gql(`mutation($id: ID!) { deleteCollaboration(id: $id) { deleted } }`, { id: pair.id }, 'EDITOR');

    const deleted = await t.gql(DELETE, { id: a.id }, 'EDITOR');
    expect(deleted.data!.deleteStakeholder).toEqual({ id: a.id, deleted: true });
    const trioAfter = await t.gql('query($id: ID!) { collaboration(id: $id) { parties { stakeholder { id } } } }', { id: trio.id });
    expect(trioAfter.data!.collaboration.parties.map((p: { stakeholder: { id: string } }) => p.stakeholder.id).sort()).toEqual([b.id, c.id].sort());
    const ties = await t.gql('query($id: ID!) { stakeholder(id: $id) { partners { partner { id } } } }', { id: b.id });
    expect(ties.data!.stakeholder.partners.map((p: { partner: { id: string } }) => p.partner.id)).toEqual([c.id]);
    expect((await t.gql(DELETE, { id: a.id }, 'EDITOR')).data!.deleteStakeholder.deleted).toBe(false);
  });
});

describe('stakeholders connection', () => {
  const LIST = `query($where: StakeholderFilter, $orderBy: StakeholderOrder, $first: Int, $after: String) {
    stakeholders(where: $where, orderBy: $orderBy, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id helix }
    }
  }`;
  /** Every id the filter matches, page after page: other files of the run add stakeholders too. */
  const ids = async (where: Record<string, unknown>, orderBy?: Record<string, unknown>) => {
    const all: string[] = [];
    let after: string | null = null;
    do {
      const result: any = await t.gql(LIST, { where, orderBy, first: 100, after });
      expect(result.errors).toBeUndefined();
      all.push(...result.data.stakeholders.nodes.map((n: { id: string }) => n.id));
      after = result.data.stakeholders.pageInfo.hasNextPage ? result.data.stakeholders.pageInfo.endCursor : null;
    } while (after);
    return all;
  };

  it('filters by region including sub-regions', async () => {
    const inProvince = await ids({ region: 'kalimantan-timur' });
    expect(inProvince).toEqual(expect.arrayContaining(['masata-bontang', 'pemkot-balikpapan', 'badak-lng']));
    expect(inProvince).not.toContain('pemkab-bekasi');
    expect(await ids({ region: 'jawa-barat', helices: ['BUSINESS'] })).toEqual(expect.arrayContaining(['jababeka-infrastruktur']));
  });

  it('combines helix, kind, program and tie filters', async () => {
    const inProgram = await ids({ program: 'program-wisata-kota-industri' });
    expect(inProgram).toEqual(expect.arrayContaining(['masata-bontang', 'badak-lng', 'disnaker-bontang', 'dprd-bontang', 'pemkot-bontang']));
    expect(await ids({ program: 'program-wisata-kota-industri', helices: ['BUSINESS'] })).toEqual(['badak-lng']);
    expect(await ids({ kinds: ['REGIONAL_COUNCIL'] })).toContain('dprd-bontang');
    const tiedToBusiness = await ids({ hasTiesTo: ['BUSINESS'], region: 'kota-bontang' });
    expect(tiedToBusiness).toContain('masata-bontang');
    expect(await ids({ lacksTiesTo: ['BUSINESS'], region: 'kota-bontang' })).not.toContain('masata-bontang');
  });

  it('finds by text in names and aliases, ignoring case', async () => {
    expect(await ids({ text: 'disnaker' })).toContain('disnaker-bontang');
    expect(await ids({ text: 'MASYARAKAT SADAR' })).toContain('masata-bontang');
  });

  it('filters by activity on a date', async () => {
    const active = await ids({ activeOn: '2025-11-14' });
    expect(active).toContain('pemkot-balikpapan');
  });

  it('pages with stable cursors and a total count, in each order', async () => {
    for (const orderBy of [{ field: 'NAME' }, { field: 'PARTNER_COUNT', direction: 'DESC' }, { field: 'UPDATED_AT', direction: 'DESC' }]) {
      const all = await ids({}, orderBy);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 1000; page++) {
        const result: any = await t.gql(LIST, { orderBy, first: 7, after });
        seen.push(...result.data.stakeholders.nodes.map((n: { id: string }) => n.id));
        expect(result.data.stakeholders.totalCount).toBe(all.length);
        if (!result.data.stakeholders.pageInfo.hasNextPage) break;
        after = result.data.stakeholders.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    }
  });

  it('orders by number of partners', async () => {
    const result = await t.gql(`{ stakeholders(orderBy: {field: PARTNER_COUNT, direction: DESC}, first: 3) { nodes { id partnerCount } } }`);
    const counts = result.data!.stakeholders.nodes.map((n: { partnerCount: number }) => n.partnerCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it('rejects oversized pages and foreign cursors', async () => {
    const big = await t.gql(LIST, { first: 101 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const cursor = await t.gql(LIST, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('search, node and network', () => {
  const SEARCH = `query($text: String!) { search(text: $text) { score node { __typename ... on Stakeholder { id } ... on Program { id } } } }`;
  const hits = async (text: string) => {
    const result = await t.gql(SEARCH, { text });
    expect(result.errors).toBeUndefined();
    return result.data!.search.map((h: { node: { id: string } }) => h.node.id) as string[];
  };

  it('finds by alias, prefix, any case, accents and small typos', async () => {
    expect((await hits('Disnaker'))[0]).toBe('disnaker-bontang');
    expect(await hits('dinas tenaga kerja')).toContain('disnaker-bontang');
    expect(await hits('disnak')).toContain('disnaker-bontang');
    expect(await hits('Pupuk Kaltm')).toContain('pupuk-kaltim');
    expect(await hits('MASATA')).toEqual(expect.arrayContaining(['masata-bontang', 'masata-dpp']));
    expect(await hits('Wisáta Kota Industri')).toContain('program-wisata-kota-industri');
  });

  it('resolves node(id) for every type', async () => {
    const result = await t.gql(`{ nodes(ids: ["masata-bontang", "program-wisata-kota-industri", "collab-pemkab-bekasi-jababeka", "kota-bontang", "basri-rase", "nope"]) { __typename id } }`);
    expect(result.data!.nodes.map((n: { __typename: string } | null) => n?.__typename ?? null)).toEqual(['Stakeholder', 'Program', 'Collaboration', 'Region', 'Person', null]);
  });

  it('draws the network around a stakeholder', async () => {
    const result = await t.gql(`{ network(center: ["masata-bontang"], depth: 1) { truncated nodes { depth stakeholder { id } } edges { source target weight } } }`);
    const { nodes, edges } = result.data!.network;
    const ids = nodes.map((n: { stakeholder: { id: string } }) => n.stakeholder.id);
    expect(ids).toEqual(expect.arrayContaining(['masata-bontang', 'badak-lng', 'disnaker-bontang', 'dprd-bontang', 'pemkot-bontang']));
    for (const e of edges) expect(ids).toEqual(expect.arrayContaining([e.source, e.target]));
    const limited = await t.gql(`{ network(center: ["masata-bontang"], depth: 2, where: {limit: 3}) { truncated nodes { depth } } }`);
    expect(limited.data!.network).toMatchObject({ truncated: true });
    expect(limited.data!.network.nodes).toHaveLength(3);
  });

  it('hides contact details from viewers and shows them to editors', async () => {
    const person = { id: unique('person'), name: 'Kontak Uji', email: 'kontak@example.org', offices: [{ stakeholderId: 'pemkot-bontang', title: 'Staf' }] };
    const written = await t.gql(`mutation($input: PersonInput!) { upsertPerson(input: $input) { id offices { title stakeholder { id } } } }`, { input: person }, 'EDITOR');
    expect(written.errors).toBeUndefined();
    const query = 'query($id: ID!) { person(id: $id) { name contact { email } } }';
    const asViewer = await t.gql(query, { id: person.id }, 'VIEWER');
    expect(asViewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asViewer.data!.person).toEqual({ name: 'Kontak Uji', contact: null });
    const asEditor = await t.gql(query, { id: person.id }, 'EDITOR');
    expect(asEditor.data!.person.contact).toEqual({ email: 'kontak@example.org' });
  });
});

describe('batching', () => {
  it('sends the same number of queries for 5 and for 50 stakeholders with partners and programs', async () => {
    const tag = unique('batch');
    const ids = Array.from({ length: 50 }, (_, i) => `${tag}-${i}`);
    for (const id of ids) {
      await t.gql(UPSERT, { input: stakeholder({ id, tags: [tag] }) }, 'EDITOR');
    }
    const program = unique('batch-program');
    await t.gql(`mutation($input: ProgramInput!) { upsertProgram(input: $input) { created } }`, { input: { id: program, name: 'Program Uji', kind: 'EVENT' } }, 'EDITOR');
    for (let i = 0; i < 50; i += 2) {
      await t.gql(
        `mutation($input: ParticipationInput!) { addParticipant(input: $input) { created } }`,
        { input: { stakeholderId: ids[i], programId: program, role: 'PARTICIPANT' } },
        'EDITOR',
      );
    }
    const query = `query($ids: [ID!]) { stakeholders(where: {ids: $ids}, first: 50) {
      nodes { id region { name } partners { partner { name helix } } participations { role program { name parent { name } } } }
    } }`;
    const count = async (subset: string[]) => {
      await t.gql('{ __typename }'); // authenticates (and caches) the caller outside the measurement
      const before = t.db.queryCount;
      const result = await t.gql(query, { ids: subset });
      expect(result.errors).toBeUndefined();
      expect(result.data!.stakeholders.nodes).toHaveLength(subset.length);
      return t.db.queryCount - before;
    };
    const few = await count(ids.slice(0, 5));
    const many = await count(ids);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(10);
  });
});
