import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectRejected, unique, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ok = async (query: string, variables: Record<string, unknown>) => {
  const result = await t.gql(query, variables, 'EDITOR');
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
};

const rejected = (query: string, variables: Record<string, unknown>) => expectRejected(t, query, variables);

const UPSERT_STAKEHOLDER = `mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }`;
const UPSERT_PROGRAM = `mutation($input: ProgramInput!) { upsertProgram(input: $input) { created program { id name startsOn endsOn region { id } parent { id } } } }`;
const ADD = `mutation($input: ParticipationInput!) { addParticipant(input: $input) { created participation { id role stakeholder { id } program { id } evidence { quote } } } }`;
const REMOVE = `mutation($s: ID!, $p: ID!, $r: ParticipationRole!) { removeParticipant(stakeholderId: $s, programId: $p, role: $r) { deleted } }`;
const RECORD = `mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created collaboration { id status strength startedOn endedOn parties { stakeholder { id } role } program { id } evidence { quote source { id } } } } }`;
const PARTNERS = `query($id: ID!) { stakeholder(id: $id) { partners { partner { id } weight collaborations programs evidence } } }`;

async function newStakeholders(n: number, helix = 'COMMUNITY', kind = 'NGO'): Promise<string[]> {
  const ids = Array.from({ length: n }, () => unique('org'));
  for (const id of ids) await ok(UPSERT_STAKEHOLDER, { input: { id, name: `Organisasi ${id}`, helix, kind } });
  return ids;
}

const partnersOf = async (id: string) => {
  const data = await t.gql(PARTNERS, { id });
  return data.data!.stakeholder.partners as Array<{ partner: { id: string }; weight: number; collaborations: number; programs: number; evidence: number }>;
};

describe('programs and participants', () => {
  it('upserts a program, adds and removes participants, and keeps ties in step', async () => {
    const [a, b] = (await newStakeholders(2)) as [string, string];
    const parent = unique('program');
    await ok(UPSERT_PROGRAM, { input: { id: parent, name: 'Program Induk Uji', kind: 'PROGRAM' } });
    const program = { id: unique('program'), name: 'Pelatihan Vokasi', kind: 'WORKSHOP', startsOn: '2025-03-01', endsOn: '2025-03-02', regionId: 'kota-batam', partOf: parent };
    expect((await ok(UPSERT_PROGRAM, { input: program })).upsertProgram).toMatchObject({ created: true, program: { region: { id: 'kota-batam' }, parent: { id: parent } } });

    const evidence = [{ sourceId: 'jusmin-2025-rakor-pentahelix-wisata-industri-bontang', quote: 'Rapat Koordinasi Program Wisata Industri' }];
    const added = await ok(ADD, { input: { stakeholderId: a, programId: program.id, role: 'ORGANIZER', evidence } });
    expect(added.addParticipant).toMatchObject({ created: true, participation: { role: 'ORGANIZER', stakeholder: { id: a }, evidence: [{ quote: evidence[0]!.quote }] } });
    expect((await ok(ADD, { input: { stakeholderId: a, programId: program.id, role: 'ORGANIZER', evidence } })).addParticipant.created).toBe(false);
    await ok(ADD, { input: { stakeholderId: b, programId: program.id, role: 'PARTICIPANT' } });

    expect(await partnersOf(a)).toEqual([{ partner: { id: b }, weight: 0.5, collaborations: 0, programs: 1, evidence: 1 }]);
    const helices = await t.gql(`query($id: ID!) { program(id: $id) { helices missingHelices participants { role } } }`, { id: program.id });
    expect(helices.data!.program).toMatchObject({ helices: ['COMMUNITY'], missingHelices: ['GOVERNMENT', 'BUSINESS', 'ACADEMIA', 'MEDIA'] });

    expect((await ok(REMOVE, { s: b, p: program.id, r: 'PARTICIPANT' })).removeParticipant.deleted).toBe(true);
    expect(await partnersOf(a)).toEqual([]);
    expect((await ok(REMOVE, { s: b, p: program.id, r: 'PARTICIPANT' })).removeParticipant.deleted).toBe(false);
  });

  it('rejects a program that ends before it starts, or contains itself', async () => {
    const id = unique('program');
    const early = await rejected(UPSERT_PROGRAM, { input: { id, name: 'Terbalik', kind: 'EVENT', startsOn: '2025-05-02', endsOn: '2025-05-01' } });
    expect(early.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
    const badDate = await rejected(UPSERT_PROGRAM, { input: { id, name: 'Tanggal', kind: 'EVENT', startsOn: '2025-02-30' } });
    expect(badDate.extensions?.code).toBe('BAD_USER_INPUT');
    await ok(UPSERT_PROGRAM, { input: { id, name: 'Induk', kind: 'PROGRAM' } });
    const child = unique('program');
    await ok(UPSERT_PROGRAM, { input: { id: child, name: 'Anak', kind: 'EVENT', partOf: id } });
    const loop = await rejected(UPSERT_PROGRAM, { input: { id, name: 'Induk', kind: 'PROGRAM', partOf: child } });
    expect(loop.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.partOf' });
  });

  it('deletes a program with its participations, blocked while collaborations or parts hang on it', async () => {
    const [a, b] = (await newStakeholders(2)) as [string, string];
    const id = unique('program');
    await ok(UPSERT_PROGRAM, { input: { id, name: 'Sementara', kind: 'EVENT' } });
    await ok(ADD, { input: { stakeholderId: a, programId: id, role: 'PARTICIPANT' } });
    await ok(ADD, { input: { stakeholderId: b, programId: id, role: 'PARTICIPANT' } });
    const collab = unique('collab');
    await ok(RECORD, { input: { id: collab, name: 'Di bawah program', kind: 'PARTNERSHIP', programId: id, parties: [{ stakeholderId: a }, { stakeholderId: b }] } });
    const blocked = await rejected(`mutation($id: ID!) { deleteProgram(id: $id) { deleted } }`, { id });
    expect(blocked.extensions?.code).toBe('CONFLICT');
    await ok(`mutation($id: ID!) { deleteCollaboration(id: $id) { deleted } }`, { id: collab });
    expect((await ok(`mutation($id: ID!) { deleteProgram(id: $id) { deleted } }`, { id })).deleteProgram.deleted).toBe(true);
    expect(await partnersOf(a)).toEqual([]);
    const [left] = await t.db.query<{ n: number }>('test.left', 'MATCH (p:Participation) WHERE p.id CONTAINS $id RETURN count(p) AS n', { id });
    expect(left!.n).toBe(0);
  });

  it('lists programs by region and text, most recent first', async () => {
    const result = await t.gql(`{ programs(where: {region: "kota-bontang"}, first: 50) { totalCount nodes { id startsOn } } }`);
    const nodes = result.data!.programs.nodes as Array<{ id: string; startsOn: string | null }>;
    expect(nodes.map((n) => n.id)).toContain('program-wisata-kota-industri');
    const dated = nodes.filter((n) => n.startsOn).map((n) => n.startsOn!);
    expect(dated).toEqual([...dated].sort().reverse());
    const text = await t.gql(`{ programs(where: {text: "job fair"}) { nodes { id } } }`);
    expect(text.data!.programs.nodes.map((n: { id: string }) => n.id)).toContain('job-fair-2025');
  });
});

describe('collaborations', () => {
  it('records, updates, ends and deletes a collaboration; ties follow every step', async () => {
    const [a, b, c] = (await newStakeholders(3)) as [string, string, string];
    const id = unique('collab');
    const program = unique('program');
    await ok(UPSERT_PROGRAM, { input: { id: program, name: 'Program Kemitraan Uji', kind: 'PROGRAM' } });
    const input = {
      id,
      name: 'Kemitraan Pelatihan',
      kind: 'AGREEMENT',
      strength: 0.8,
      startedOn: '2025-01-01',
      programId: program,
      parties: [{ stakeholderId: a, role: 'initiator' }, { stakeholderId: b }],
      evidence: [{ sourceId: 'jusmin-2025-rakor-pentahelix-wisata-industri-bontang', quote: 'Pentahelix', confidence: 0.7 }],
    };
    const recorded = await ok(RECORD, { input });
    expect(recorded.recordCollaboration).toMatchObject({ created: true, collaboration: { status: 'ACTIVE', strength: 0.8, program: { id: program } } });
    expect((await partnersOf(a)).map((p) => [p.partner.id, p.weight])).toEqual([[b, 0.8]]);

    const updated = await ok(`mutation($id: ID!, $patch: CollaborationPatch!) { updateCollaboration(id: $id, patch: $patch) { collaboration { name parties { stakeholder { id } } evidence { quote } } } }`, {
      id,
      patch: { name: 'Kemitraan Pelatihan Diperluas', parties: [{ stakeholderId: a }, { stakeholderId: c }], addEvidence: [{ sourceId: 'jusmin-2025-rakor-pentahelix-wisata-industri-bontang', quote: 'Rakor' }] },
    });
    expect(updated.updateCollaboration.collaboration.evidence).toHaveLength(2);
    expect((await partnersOf(a)).map((p) => p.partner.id)).toEqual([c]);
    expect(await partnersOf(b)).toEqual([]);

    const early = await rejected(`mutation($id: ID!, $on: Date!) { endCollaboration(id: $id, endedOn: $on) { collaboration { status } } }`, { id, on: '2024-12-31' });
    expect(early.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endedOn.endedOn' });
    const ended = await ok(`mutation($id: ID!, $on: Date!) { endCollaboration(id: $id, endedOn: $on) { collaboration { status endedOn } } }`, { id, on: '2025-06-30' });
    expect(ended.endCollaboration.collaboration).toEqual({ status: 'ENDED', endedOn: '2025-06-30' });

    const active = await t.gql(`query($on: Date) { collaborations(where: {activeOn: $on}, first: 100) { nodes { id } } }`, { on: '2025-07-01' });
    expect(active.data!.collaborations.nodes.map((n: { id: string }) => n.id)).not.toContain(id);

    expect((await ok(`mutation($id: ID!) { deleteCollaboration(id: $id) { deleted } }`, { id })).deleteCollaboration.deleted).toBe(true);
    expect(await partnersOf(a)).toEqual([]);
  });

  it('rejects fewer than two parties, a duplicate party, a bad strength and unknown parties, writing nothing', async () => {
    const [a, b] = (await newStakeholders(2)) as [string, string];
    const base = { id: unique('collab'), name: 'Salah', kind: 'PARTNERSHIP', parties: [{ stakeholderId: a }, { stakeholderId: b }] };
    const one = await rejected(RECORD, { input: { ...base, parties: [{ stakeholderId: a }] } });
    expect(one.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parties', expected: 'a collaboration needs at least two parties' });
    const twice = await rejected(RECORD, { input: { ...base, parties: [{ stakeholderId: a }, { stakeholderId: a }] } });
    expect(twice.extensions?.code).toBe('BAD_USER_INPUT');
    const strength = await rejected(RECORD, { input: { ...base, strength: 1.5 } });
    expect(strength.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.strength' });
    const order = await rejected(RECORD, { input: { ...base, startedOn: '2025-02-01', endedOn: '2025-01-01' } });
    expect(order.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endedOn' });
    const unknown = await rejected(RECORD, { input: { ...base, parties: [{ stakeholderId: a }, { stakeholderId: 'nobody-here' }] } });
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.parties.1.stakeholderId' });
    const missing = await rejected(`mutation { endCollaboration(id: "no-such-collab", endedOn: "2025-01-01") { created } }`, {});
    expect(missing.extensions?.code).toBe('NOT_FOUND');
  });

  it('filters collaborations by stakeholder, status and kind', async () => {
    const result = await t.gql(`{ collaborations(where: {stakeholder: "masata-bontang", kinds: [CONSULTATION]}) { totalCount nodes { id kind parties { stakeholder { id } } } } }`);
    const nodes = result.data!.collaborations.nodes as Array<{ kind: string; parties: Array<{ stakeholder: { id: string } }> }>;
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      expect(n.kind).toBe('CONSULTATION');
      expect(n.parties.map((p) => p.stakeholder.id)).toContain('masata-bontang');
    }
  });
});

describe('regions, sources and people', () => {
  it('upserts a region under a parent and refuses loops', async () => {
    const id = unique('kelurahan');
    const data = await ok(`mutation($input: RegionInput!) { upsertRegion(input: $input) { id level parent { id } } }`, { input: { id, name: 'Kelurahan Uji', level: 'VILLAGE', partOf: 'kota-bontang' } });
    expect(data.upsertRegion).toEqual({ id, level: 'VILLAGE', parent: { id: 'kota-bontang' } });
    const loop = await rejected(`mutation($input: RegionInput!) { upsertRegion(input: $input) { id } }`, { input: { id: 'kota-bontang', name: 'Kota Bontang', level: 'CITY', partOf: id } });
    expect(loop.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.partOf' });
    const tree = await t.gql(`{ region(id: "kalimantan-timur") { children { id } stakeholders(first: 100) { id } } }`);
    expect(tree.data!.region.children.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(['kota-bontang', 'kota-balikpapan']));
    expect(tree.data!.region.stakeholders.map((s: { id: string }) => s.id)).toContain('masata-bontang');
  });

  it('upserts a source and rejects a bad URL', async () => {
    const id = unique('source');
    const data = await ok(`mutation($input: SourceInput!) { upsertSource(input: $input) { id kind language url } }`, {
      input: { id, title: 'Notulen Rakor', kind: 'MINUTES', url: 'https://example.org/notulen' },
    });
    expect(data.upsertSource).toEqual({ id, kind: 'MINUTES', language: 'id', url: 'https://example.org/notulen' });
    const bad = await rejected(`mutation($input: SourceInput!) { upsertSource(input: $input) { id } }`, { input: { id: unique('source'), title: 'x', url: 'not a url' } });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    const list = await t.gql(`{ sources(first: 100) { id } }`);
    expect(list.data!.sources.map((s: { id: string }) => s.id)).toContain(id);
  });
});
