import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MERGE_RULES } from '../../src/db/merges.js';
import { createTestApp, expectRejected, unique, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const write = async (mutation: string, inputType: string, input: Record<string, unknown>) => {
  const result = await t.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`, { input }, 'EDITOR');
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
};

const MERGE = `mutation($keep: ID!, $merge: ID!) { mergeStakeholders(keep: $keep, merge: $merge) { mergedId stakeholder { id aliases } } }`;
const MERGE_PEOPLE = `mutation($keep: ID!, $merge: ID!) { mergePeople(keep: $keep, merge: $merge) { mergedId person { id aliases offices { title stakeholder { id } } } } }`;

/**
 * One small network, written twice: `merged` enters the Disnaker's facts under a second record
 * and merges it into the Dinas Tenaga Kerja; `direct` enters the same facts under one record
 * from the start. Every answer about the two must then be the same.
 */
async function network(x: string, merged: boolean) {
  const id = (name: string) => `${x}-${name}`;
  const keep = id('dinas-tenaga-kerja');
  const second = merged ? id('disnaker') : keep;
  await write('upsertRegion', 'RegionInput', { id: id('kota'), name: 'Kota Uji', level: 'CITY', partOf: 'indonesia' });
  for (const s of ['s1', 's2']) await write('upsertSource', 'SourceInput', { id: id(s), title: `Berita ${s}` });
  const org = (name: string, extra: Record<string, unknown>) => write('upsertStakeholder', 'StakeholderInput', { name, helix: 'GOVERNMENT', kind: 'REGIONAL_OFFICE', regionId: id('kota'), ...extra });
  await org('Pemerintah Kota Uji', { id: id('pemkot'), kind: 'CITY_GOVERNMENT' });
  const quote1 = { sourceId: id('s1'), quote: 'Dinas Tenaga Kerja Kota Uji membuka pelatihan.' };
  const quote2 = { sourceId: id('s2'), quote: 'Disnaker Uji menggelar bursa kerja.' };
  if (merged) {
    await org('Dinas Tenaga Kerja Kota Uji', { id: keep, aliases: ['DTK Uji'], unitOf: id('pemkot'), evidence: [quote1] });
    await org('Disnaker Uji', { id: second, aliases: ['Disnaker'], description: 'Kantor tenaga kerja', tags: ['vokasi'], evidence: [quote2] });
  } else {
    await org('Dinas Tenaga Kerja Kota Uji', { id: keep, aliases: ['DTK Uji', 'Disnaker Uji', 'Disnaker'], description: 'Kantor tenaga kerja', tags: ['vokasi'], unitOf: id('pemkot'), evidence: [quote1, quote2] });
  }
  await org('UPT Pelatihan Kerja Uji', { id: id('upt'), unitOf: second });
  for (const m of ['mitra-satu', 'mitra-dua']) await org(`PT ${m}`, { id: id(m), helix: 'BUSINESS', kind: 'PRIVATE_COMPANY' });
  await write('upsertProgram', 'ProgramInput', { id: id('bursa'), name: 'Bursa Kerja Uji', kind: 'EVENT', regionId: id('kota') });
  await write('upsertProgram', 'ProgramInput', { id: id('pelatihan'), name: 'Pelatihan Uji', kind: 'PROGRAM', regionId: id('kota') });
  const take = (stakeholderId: string, programId: string, role: string, extra: Record<string, unknown> = {}) =>
    write('addParticipant', 'ParticipationInput', { stakeholderId, programId: id(programId), role, ...extra });
  if (merged) {
    await take(keep, 'bursa', 'PARTICIPANT', { evidence: [quote1] });
    await take(second, 'bursa', 'PARTICIPANT', { description: 'hadir', evidence: [quote2] });
  } else {
    await take(keep, 'bursa', 'PARTICIPANT', { description: 'hadir', evidence: [quote1, quote2] });
  }
  await take(second, 'pelatihan', 'ORGANIZER', { evidence: [quote2] });
  await take(id('mitra-satu'), 'bursa', 'PARTICIPANT');
  const collaborate = (name: string, parties: Array<{ stakeholderId: string; role?: string }>) =>
    write('recordCollaboration', 'CollaborationInput', { id: id(name), name, kind: 'PARTNERSHIP', strength: 0.5, parties, evidence: [quote2] });
  await collaborate('c1', [{ stakeholderId: second }, { stakeholderId: id('mitra-satu') }]);
  await collaborate('c2', merged ? [{ stakeholderId: keep }, { stakeholderId: second, role: 'pelaksana' }, { stakeholderId: id('mitra-dua') }] : [{ stakeholderId: keep, role: 'pelaksana' }, { stakeholderId: id('mitra-dua') }]);
  await collaborate('c3', [{ stakeholderId: keep }, { stakeholderId: id('mitra-satu') }]);
  await write('upsertPerson', 'PersonInput', { id: id('kepala'), name: 'Budi Santoso', offices: [{ stakeholderId: second, title: 'Kepala Dinas' }] });
  // Assessments are keyed by their stakeholder: the merged one's are re-keyed, and where both were
  // judged in one scope on one day the kept one's judgement stands.
  const assess = (stakeholderId: string, scope: string, assessedOn: string, power: number) =>
    write('recordAssessment', 'AssessmentInput', { stakeholderId, scopeId: id(scope), assessedOn, power, interest: 3, position: 'SUPPORTS' });
  await assess(second, 'bursa', '2025-03-01', 4);
  await assess(keep, 'pelatihan', '2025-03-02', 5);
  if (merged) await assess(second, 'pelatihan', '2025-03-02', 1);
  const meet = (name: string, stakeholderIds: string[]) =>
    write('logInteraction', 'InteractionInput', { id: id(name), kind: 'MEETING', subject: name, occurredOn: '2025-03-05', stakeholderIds, personIds: [id('kepala')] });
  await meet('rapat-satu', [second, id('mitra-dua')]);
  await meet('rapat-dua', merged ? [keep, second, id('mitra-satu')] : [keep, id('mitra-satu')]);
  return { keep, second };
}

const VIEW = `query($id: ID!, $p: ID!, $region: ID!) {
  stakeholder(id: $id) {
    id name aliases description helix kind tags region { id } parent { id } units { id } partnerCount
    evidence { source { id } quote confidence }
    officeHolders { title person { id } }
    partners { partner { id } weight collaborations programs evidence }
    participations { id role description program { id } evidence { source { id } quote } }
    collaborations { id parties { stakeholder { id } role } evidence { quote } }
    assessments { id assessedOn power scope { ... on Program { id } } }
  }
  interactions(where: { stakeholder: $id }, first: 10) { nodes { id stakeholders { id } people { id } } }
  partner: stakeholder(id: $p) { partners { partner { id } weight collaborations programs } }
  program(id: $p) { id }
  stakeholders(where: { region: $region }, first: 100) { totalCount nodes { id } }
}`;

/** An answer with the run's prefix taken out and every list in a stable order. */
function canonical(value: unknown, prefix: string): unknown {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sorted(x)]));
    return v;
  };
  return sorted(JSON.parse(JSON.stringify(value).replaceAll(prefix, 'X')));
}

describe('mergeStakeholders', () => {
  const a = unique('mrg');
  const b = unique('one');
  let ids: { keep: string; second: string };
  beforeAll(async () => {
    ids = await network(a, true);
    await network(b, false);
  }, 120_000);

  it('offers the two records as likely duplicates, with the reasons', async () => {
    const result = await t.gql(
      `query($region: ID!) { duplicateCandidates(scope: { region: $region }) {
        stakeholders { a { id } b { id } score reasons { kind detail weight } }
        people { a { id } b { id } } } }`,
      { region: `${a}-kota` },
    );
    expect(result.errors).toBeUndefined();
    const pair = result.data!.duplicateCandidates.stakeholders.find((p: { a: { id: string } }) => p.a.id === ids.keep);
    expect(pair, JSON.stringify(result.data)).toMatchObject({ b: { id: ids.second } });
    expect(pair.score).toBeGreaterThanOrEqual(0.55);
    expect(pair.reasons.map((r: { kind: string }) => r.kind)).toEqual(['ABBREVIATION', 'SHARED_REGION', 'SHARED_PARTNERS']);
    expect(pair.reasons[2].detail).toBe(`${a}-mitra-dua, ${a}-mitra-satu`);
    expect(pair.reasons[0].detail).toContain('disnaker = dinas tenaga kerja');
    // Nothing from another region is offered.
    for (const p of result.data!.duplicateCandidates.stakeholders) expect(p.a.id.startsWith(a) && p.b.id.startsWith(a)).toBe(true);
  });

  it('refuses bad requests with a code and a field, changing nothing', async () => {
    const same = await expectRejected(t, MERGE, { keep: ids.keep, merge: ids.keep });
    expect(same.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'arguments.merge' });
    const missing = await expectRejected(t, MERGE, { keep: ids.keep, merge: `${a}-nobody` });
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'merge' });
    const person = await expectRejected(t, MERGE, { keep: ids.keep, merge: `${a}-kepala` });
    expect(person.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'merge' });
    const badId = await expectRejected(t, MERGE, { keep: 'Not An Id', merge: ids.second });
    expect(badId.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'arguments.keep' });
    const viewer = await t.gql(MERGE, { keep: ids.keep, merge: ids.second }, 'VIEWER');
    expect(viewer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses a merge that would leave a collaboration with one party (CONFLICT)', async () => {
    const x = unique('pair');
    await write('upsertStakeholder', 'StakeholderInput', { id: `${x}-a`, name: 'Kelompok Sadar Wisata Uji', helix: 'COMMUNITY', kind: 'NGO' });
    await write('upsertStakeholder', 'StakeholderInput', { id: `${x}-b`, name: 'Pokdarwis Uji', helix: 'COMMUNITY', kind: 'NGO' });
    await write('recordCollaboration', 'CollaborationInput', { id: `${x}-c`, name: 'Kerja sama', kind: 'PARTNERSHIP', parties: [{ stakeholderId: `${x}-a` }, { stakeholderId: `${x}-b` }] });
    const error = await expectRejected(t, MERGE, { keep: `${x}-a`, merge: `${x}-b` });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'merge' });
    expect(error.message).toContain(`${x}-c`);
  });

  it('moves everything to the kept one: every answer is as if it had been entered under one id', async () => {
    const merged = await t.gql(MERGE, { keep: ids.keep, merge: ids.second }, 'EDITOR');
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeStakeholders).toEqual({ mergedId: ids.second, stakeholder: { id: ids.keep, aliases: ['DTK Uji', 'Disnaker Uji', 'Disnaker'] } });
    const view = (x: string) => t.gql(VIEW, { id: `${x}-dinas-tenaga-kerja`, p: `${x}-mitra-satu`, region: `${x}-kota` }, 'EDITOR');
    const [after, direct] = await Promise.all([view(a), view(b)]);
    expect(after.errors).toBeUndefined();
    expect(canonical(after.data, a)).toEqual(canonical(direct.data, b));
    // The fold: one participation in the bursa with both citations, one party entry in c2 with the role.
    const bursa = after.data!.stakeholder.participations.filter((p: { program: { id: string } }) => p.program.id === `${a}-bursa`);
    expect(bursa).toHaveLength(1);
    expect(bursa[0].evidence).toHaveLength(2);
  });

  it('leaves no reference to the merged id anywhere in the graph', async () => {
    const nodes = await t.db.query<{ labels: string[]; props: unknown }>(
      'test.nodes',
      'MATCH (n) WHERE NOT (n:AuditEvent OR n:GraphChange OR n:Redirect OR n:NetworkSnapshot) RETURN labels(n) AS labels, properties(n) AS props',
    );
    const mentions = nodes.filter((n) => JSON.stringify(n.props).includes(ids.second));
    expect(mentions).toEqual([]);
    const relationships = await t.db.query<{ type: string; props: unknown; ends: string[] }>(
      'test.relationships',
      'MATCH (x)-[r]->(y) RETURN type(r) AS type, properties(r) AS props, [x.id, y.id] AS ends',
    );
    expect(relationships.filter((r) => JSON.stringify(r).includes(ids.second))).toEqual([]);
    // What remains is the redirect (no relationships), the trail and the change log.
    const [redirect] = await t.db.query('test.redirect', 'MATCH (r:Redirect {id: $id}) RETURN r.to AS to, r.type AS type, COUNT { (r)--() } AS links', { id: ids.second });
    expect(redirect).toEqual({ to: ids.keep, type: 'Stakeholder', links: 0 });
  });

  it('resolves the merged id to the kept one in node, nodes and stakeholder', async () => {
    const result = await t.gql(
      `query($id: ID!) { node(id: $id) { id ... on Stakeholder { name } } nodes(ids: [$id]) { id } stakeholder(id: $id) { id partners { partner { id } } } }`,
      { id: ids.second },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ node: { id: ids.keep, name: 'Dinas Tenaga Kerja Kota Uji' }, nodes: [{ id: ids.keep }], stakeholder: { id: ids.keep } });
  });

  it('refuses writes to the merged id, naming the kept one', async () => {
    const upsert = await expectRejected(t, 'mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }', {
      input: { id: ids.second, name: 'Disnaker Uji', helix: 'GOVERNMENT', kind: 'REGIONAL_OFFICE' },
    });
    expect(upsert.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.id' });
    expect(upsert.message).toContain(ids.keep);
    const party = await expectRejected(t, 'mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }', {
      input: { id: unique('c'), name: 'Baru', kind: 'PARTNERSHIP', parties: [{ stakeholderId: ids.second }, { stakeholderId: `${a}-mitra-dua` }] },
    });
    expect(party.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.parties.0.stakeholderId' });
    expect(party.message).toContain(`merged into "${ids.keep}"`);
    const again = await expectRejected(t, MERGE, { keep: ids.keep, merge: ids.second });
    expect(again.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'merge' });
  });

  it('exports the redirect with the kept stakeholder, and an import of it resolves the old id', async () => {
    const exported = await t.gql('query($region: ID!) { exportGraph(input: { format: JSON, scope: { region: $region } }) { name content } }', { region: `${a}-kota` }, 'EDITOR');
    expect(exported.errors).toBeUndefined();
    const dataset = JSON.parse(exported.data!.exportGraph[0].content);
    expect(dataset.redirects).toEqual([{ id: ids.second, targetId: ids.keep, type: 'Stakeholder' }]);
    const csv = await t.gql('{ exportGraph(input: { format: CSV }) { name content } }', {}, 'EDITOR');
    expect(csv.data!.exportGraph.find((f: { name: string }) => f.name === 'redirects.csv').content).toContain(`${ids.second},${ids.keep},Stakeholder`);
    const x = unique('imp');
    const imported = await t.gql(
      'mutation($input: ImportInput!) { importGraph(input: $input) { __typename } }',
      {
        input: {
          format: 'JSON',
          files: [{ name: 'data.json', content: JSON.stringify({ stakeholders: [{ id: `${x}-new`, name: 'Dinas Koperasi Impor', helix: 'GOVERNMENT', kind: 'REGIONAL_OFFICE' }], redirects: [{ id: `${x}-old`, targetId: `${x}-new`, type: 'Stakeholder' }] }) }],
        },
      },
      'ADMIN',
    );
    expect(imported.errors).toBeUndefined();
    expect((await t.gql('query($id: ID!) { node(id: $id) { id } }', { id: `${x}-old` })).data!.node).toEqual({ id: `${x}-new` });
  });

  it('records the merge of both ids in the audit trail', async () => {
    const trail = async (itemId: string) =>
      (await t.gql('query($id: ID!) { auditTrail(where: { itemId: $id }, first: 5) { nodes { action itemId outcome } } }', { id: itemId }, 'ADMIN')).data!.auditTrail.nodes;
    expect((await trail(ids.second))[0]).toEqual({ action: 'stakeholder.merge', itemId: ids.second, outcome: 'DELETED' });
    expect((await trail(ids.keep))[0]).toEqual({ action: 'stakeholder.merge', itemId: ids.keep, outcome: 'UPDATED' });
  });

  it('chains: merging the kept one further moves the older redirect along', async () => {
    const x = unique('chain');
    for (const [s, name] of [['a', 'Dinas Pariwisata Uji'], ['b', 'Dispar Uji'], ['c', 'Dinas Pariwisata Kota Uji']]) {
      await write('upsertStakeholder', 'StakeholderInput', { id: `${x}-${s}`, name, helix: 'GOVERNMENT', kind: 'REGIONAL_OFFICE' });
    }
    expect((await t.gql(MERGE, { keep: `${x}-b`, merge: `${x}-a` }, 'EDITOR')).errors).toBeUndefined();
    expect((await t.gql(MERGE, { keep: `${x}-c`, merge: `${x}-b` }, 'EDITOR')).errors).toBeUndefined();
    const read = await t.gql('query($id: ID!) { stakeholder(id: $id) { id aliases } }', { id: `${x}-a` });
    expect(read.data!.stakeholder).toEqual({ id: `${x}-c`, aliases: ['Dispar Uji', 'Dinas Pariwisata Uji'] });
    // Deleting the kept one takes the ids merged into it along: no redirect names nothing.
    expect((await t.gql('mutation($id: ID!) { deleteStakeholder(id: $id) { deleted } }', { id: `${x}-c` }, 'EDITOR')).data!.deleteStakeholder.deleted).toBe(true);
    const gone = await t.gql('query($a: ID!, $b: ID!) { a: stakeholder(id: $a) { id } b: node(id: $b) { id } }', { a: `${x}-a`, b: `${x}-b` });
    expect(gone.data).toEqual({ a: null, b: null });
    const [left] = await t.db.query<{ n: number }>('test.redirects_left', 'MATCH (r:Redirect) WHERE r.id STARTS WITH $x RETURN count(r) AS n', { x });
    expect(left!.n).toBe(0);
  });
});

describe('mergePeople', () => {
  it('moves offices, folds names, and resolves the merged id to the kept person', async () => {
    const x = unique('ppl');
    await write('upsertStakeholder', 'StakeholderInput', { id: `${x}-org`, name: 'Pemerintah Kota Orang', helix: 'GOVERNMENT', kind: 'CITY_GOVERNMENT' });
    await write('upsertPerson', 'PersonInput', { id: `${x}-a`, name: 'Rahmat Suryadi', email: 'rahmat@example.org', offices: [{ stakeholderId: `${x}-org`, title: 'Wali Kota' }] });
    await write('upsertPerson', 'PersonInput', { id: `${x}-b`, name: 'Dr. H. Rahmat Suryadi, M.Si', phone: '0812', offices: [{ stakeholderId: `${x}-org`, title: 'Wali Kota' }, { stakeholderId: `${x}-org`, title: 'Ketua Tim' }] });
    const candidates = await t.gql('{ duplicateCandidates(first: 100) { people { a { id } b { id } reasons { kind } } } }');
    const pair = candidates.data!.duplicateCandidates.people.find((p: { a: { id: string } }) => p.a.id === `${x}-a`);
    expect(pair).toMatchObject({ b: { id: `${x}-b` }, reasons: [{ kind: 'SAME_NAME' }, { kind: 'SHARED_ORGANISATIONS' }] });
    const merged = await t.gql(MERGE_PEOPLE, { keep: `${x}-a`, merge: `${x}-b` }, 'EDITOR');
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergePeople.person.aliases).toEqual(['Dr. H. Rahmat Suryadi, M.Si']);
    expect(merged.data!.mergePeople.person.offices.map((o: { title: string }) => o.title).sort()).toEqual(['Ketua Tim', 'Wali Kota']);
    const read = await t.gql('query($id: ID!) { person(id: $id) { id contact { email phone } } node(id: $id) { id } }', { id: `${x}-b` }, 'EDITOR');
    expect(read.data).toEqual({ person: { id: `${x}-a`, contact: { email: 'rahmat@example.org', phone: '0812' } }, node: { id: `${x}-a` } });
    const same = await expectRejected(t, MERGE_PEOPLE, { keep: `${x}-a`, merge: `${x}-a` });
    expect(same.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'arguments.merge' });
  });
});

describe('the merge rules', () => {
  it('know every relationship type a stakeholder or a person has in the graph', async () => {
    const found = await t.db.query<{ label: string; direction: string; type: string }>(
      'test.relationship_types',
      `MATCH (n)-[r]->() WHERE n:Stakeholder OR n:Person RETURN DISTINCT [l IN labels(n) WHERE l IN ['Stakeholder', 'Person']][0] AS label, 'out' AS direction, type(r) AS type
       UNION
       MATCH (n)<-[r]-() WHERE n:Stakeholder OR n:Person RETURN DISTINCT [l IN labels(n) WHERE l IN ['Stakeholder', 'Person']][0] AS label, 'in' AS direction, type(r) AS type`,
    );
    expect(found.length).toBeGreaterThan(5);
    const known = (f: { label: string; direction: string; type: string }) =>
      MERGE_RULES[f.label as keyof typeof MERGE_RULES].some((r) => r.type === f.type && r.direction === f.direction);
    expect(found.filter((f) => !known(f)), 'add the type to MERGE_RULES in src/db/merges.ts').toEqual([]);
  });
});
