import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectRejected, unique, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ok = async (query: string, variables: Record<string, unknown>, role: 'EDITOR' | 'ADMIN' = 'EDITOR') => {
  const result = await t.gql(query, variables, role);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
};

const UPSERT_REGION = `mutation($input: RegionInput!) { upsertRegion(input: $input) { id } }`;
const UPSERT_STAKEHOLDER = `mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }`;
const UPSERT_PERSON = `mutation($input: PersonInput!) { upsertPerson(input: $input) { id } }`;
const UPSERT_PROGRAM = `mutation($input: ProgramInput!) { upsertProgram(input: $input) { created } }`;
const RECORD = `mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }`;
const LOG = `mutation($input: InteractionInput!) { logInteraction(input: $input) { created interaction {
  id kind subject occurredOn program { id } stakeholders { id } people { id } notes privateNotes evidencesTies
  followUps { id commitment owner { id } dueOn status closedOn overdue interaction { id } } } } }`;
const UPDATE = `mutation($id: ID!, $patch: InteractionPatch!) { updateInteraction(id: $id, patch: $patch) { created interaction { id subject stakeholders { id } followUps { id commitment status } } } }`;
const SET_STATUS = `mutation($id: ID!, $status: FollowUpStatus!, $closedOn: Date) { setFollowUpStatus(id: $id, status: $status, closedOn: $closedOn) { followUp { id status closedOn overdue } } }`;
const DELETE = `mutation($id: ID!) { deleteInteraction(id: $id) { id deleted } }`;
const HISTORY = `query($where: InteractionFilter, $first: Int, $after: String) { interactions(where: $where, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id occurredOn } } }`;
const FOLLOW_UPS = `query($where: FollowUpFilter) { followUps(where: $where, first: 100) { totalCount nodes { id status overdue dueOn owner { id } interaction { id } } } }`;
const UNENGAGED = `query($since: Date!, $scope: PartnerScope, $first: Int, $after: String) { unengagedPartners(since: $since, scope: $scope, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { stakeholder { id } lastEngagedOn } } }`;
const PARTNERS = `query($id: ID!) { stakeholder(id: $id) { partners { partner { id } weight collaborations programs evidence } } }`;
const PATH = `query($from: ID!, $to: ID!) { path(from: $from, to: $to, options: { weighted: true }) { path { cost } } }`;

/** A small world of its own: a region with four stakeholders, a person, a programme. */
async function world() {
  const region = unique('wilayah');
  await ok(UPSERT_REGION, { input: { id: region, name: `Kota ${region}`, level: 'CITY', partOf: 'indonesia' } });
  const [pemkot, pt, kampus, luar] = [unique('pemkot'), unique('pt'), unique('kampus'), unique('luar')];
  await ok(UPSERT_STAKEHOLDER, { input: { id: pemkot, name: `Pemkot ${pemkot}`, helix: 'GOVERNMENT', kind: 'CITY_GOVERNMENT', regionId: region } });
  await ok(UPSERT_STAKEHOLDER, { input: { id: pt, name: `PT ${pt}`, helix: 'BUSINESS', kind: 'PRIVATE_COMPANY', regionId: region } });
  await ok(UPSERT_STAKEHOLDER, { input: { id: kampus, name: `Universitas ${kampus}`, helix: 'ACADEMIA', kind: 'UNIVERSITY', regionId: region } });
  await ok(UPSERT_STAKEHOLDER, { input: { id: luar, name: `Radio ${luar}`, helix: 'MEDIA', kind: 'NEWS_OUTLET' } });
  const person = unique('orang');
  await ok(UPSERT_PERSON, { input: { id: person, name: `Koordinator ${person}`, offices: [{ stakeholderId: pemkot, title: 'Kepala Bagian' }] } });
  const program = unique('program');
  await ok(UPSERT_PROGRAM, { input: { id: program, name: `Program ${program}`, kind: 'PROGRAM', regionId: region } });
  return { region, pemkot, pt, kampus, luar, person, program };
}

describe('logging interactions', () => {
  it('logs an interaction with participants and follow-ups, upserts it by id, and makes an id when none is given', { timeout: 180_000 }, async () => {
    const w = await world();
    const id = unique('rapat');
    const input = {
      id,
      kind: 'MEETING',
      subject: 'Rapat CSR pesisir',
      occurredOn: '2025-03-04',
      programId: w.program,
      stakeholderIds: [w.pemkot, w.pt],
      personIds: [w.person],
      notes: 'Sepakat menyusun proposal bersama.',
      privateNotes: 'PT ragu soal anggaran.',
      followUps: [
        { commitment: 'Kirim draf proposal', ownerId: w.person, dueOn: '2025-03-20' },
        { commitment: 'Survei lokasi', status: 'DONE', closedOn: '2025-03-10' },
      ],
    };
    const logged = (await ok(LOG, { input })).logInteraction;
    expect(logged).toMatchObject({
      created: true,
      interaction: {
        id,
        kind: 'MEETING',
        occurredOn: '2025-03-04',
        program: { id: w.program },
        people: [{ id: w.person }],
        privateNotes: 'PT ragu soal anggaran.',
        evidencesTies: true,
        followUps: [
          { id: `${id}--1`, commitment: 'Kirim draf proposal', owner: { id: w.person }, dueOn: '2025-03-20', status: 'OPEN', closedOn: null, overdue: true, interaction: { id } },
          { id: `${id}--2`, status: 'DONE', closedOn: '2025-03-10', overdue: false },
        ],
      },
    });
    expect(logged.interaction.stakeholders.map((s: { id: string }) => s.id).sort()).toEqual([w.pemkot, w.pt].sort());
    expect((await ok(LOG, { input })).logInteraction.created).toBe(false);

    // Without an id: one made from the date, kind and subject, numbered when taken.
    const call = { kind: 'CALL', subject: `Telepon ${w.pt}`, occurredOn: '2025-04-01', stakeholderIds: [w.pt] };
    const first = (await ok(LOG, { input: call })).logInteraction;
    const second = (await ok(LOG, { input: call })).logInteraction;
    expect(first).toMatchObject({ created: true, interaction: { id: `2025-04-01-call-telepon-${w.pt}`, evidencesTies: false, privateNotes: null } });
    expect(second).toMatchObject({ created: true, interaction: { id: `2025-04-01-call-telepon-${w.pt}-2` } });

    // The write is in the audit trail.
    const audit = await t.gql(`query($id: ID!) { auditTrail(where: {itemId: $id}) { nodes { action outcome } } }`, { id }, 'ADMIN');
    expect(audit.data!.auditTrail.nodes.map((e: { action: string; outcome: string }) => `${e.action} ${e.outcome}`)).toEqual(['interaction.log UPDATED', 'interaction.log CREATED']);
  });

  it('refuses bad input with a code and the field, and changes nothing', { timeout: 180_000 }, async () => {
    const w = await world();
    const base = { kind: 'VISIT', subject: 'Kunjungan', occurredOn: '2025-05-05', stakeholderIds: [w.pt] };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ ...base, stakeholderIds: [] }, 'BAD_USER_INPUT', 'input.stakeholderIds'],
      [{ ...base, stakeholderIds: [w.pt, w.pt] }, 'BAD_USER_INPUT', 'input.stakeholderIds.1'],
      [{ ...base, subject: '  ' }, 'BAD_USER_INPUT', 'input.subject'],
      [{ ...base, id: 'Bukan Slug' }, 'BAD_USER_INPUT', 'input.id'],
      [{ ...base, followUps: [{ commitment: 'x', closedOn: '2025-05-06' }] }, 'BAD_USER_INPUT', 'input.followUps.0.closedOn'],
      [{ ...base, followUps: [{ commitment: 'x', status: 'DONE', closedOn: '2025-01-01' }] }, 'BAD_USER_INPUT', 'input.followUps.0.closedOn'],
      [{ ...base, stakeholderIds: [w.pt, 'tidak-ada'] }, 'NOT_FOUND', 'input.stakeholderIds.1'],
      [{ ...base, followUps: [{ commitment: 'x', ownerId: w.pt }] }, 'NOT_FOUND', 'input.followUps.0.ownerId'],
      [{ ...base, programId: w.pt }, 'NOT_FOUND', 'input.programId'],
      [{ ...base, id: w.pt }, 'CONFLICT', 'input.id'],
    ];
    for (const [input, code, field] of cases) {
      const error = await expectRejected(t, LOG, { input });
      expect({ code: error.extensions?.code, field: error.extensions?.field }, JSON.stringify(input)).toEqual({ code, field });
    }
    const status = await expectRejected(t, SET_STATUS, { id: 'tidak-ada--1', status: 'DONE' });
    expect(status.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const reopened = await expectRejected(t, SET_STATUS, { id: 'tidak-ada--1', status: 'OPEN', closedOn: '2025-01-01' });
    expect(reopened.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closedOn' });
    const viewer = await t.gql(LOG, { input: base }, 'VIEWER');
    expect(viewer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('private notes follow the role rule of contact details: editors read them, viewers get null and FORBIDDEN', async () => {
    const w = await world();
    const id = unique('catatan');
    await ok(LOG, { input: { id, kind: 'MESSAGE', subject: 'Pesan', occurredOn: '2025-02-02', stakeholderIds: [w.kampus], notes: 'terbuka', privateNotes: 'rahasia' } });
    const query = `query($id: ID!) { interaction(id: $id) { notes privateNotes } node(id: $id) { ... on Interaction { subject } } }`;
    const asViewer = await t.gql(query, { id }, 'VIEWER');
    expect(asViewer.data).toEqual({ interaction: { notes: 'terbuka', privateNotes: null }, node: { subject: 'Pesan' } });
    expect(asViewer.errors!.map((e) => [e.path, e.extensions?.code])).toEqual([[['interaction', 'privateNotes'], 'FORBIDDEN']]);
    const asEditor = await t.gql(query, { id }, 'EDITOR');
    expect(asEditor.errors).toBeUndefined();
    expect(asEditor.data!.interaction.privateNotes).toBe('rahasia');
  });
});

describe('when a participant is deleted', () => {
  it('keeps the interaction: its follow-ups can still be closed, and only a patch naming no one is refused', async () => {
    const org = unique('org');
    await ok(UPSERT_STAKEHOLDER, { input: { id: org, name: `Organisasi ${org}`, helix: 'COMMUNITY', kind: 'NGO' } });
    const id = unique('sisa');
    await ok(LOG, { input: { id, kind: 'CALL', subject: 'Telepon', occurredOn: '2025-01-01', stakeholderIds: [org], followUps: [{ commitment: 'Kirim surat' }] } });
    await ok(`mutation($id: ID!) { deleteStakeholder(id: $id) { deleted } }`, { id: org });
    expect((await ok(SET_STATUS, { id: `${id}--1`, status: 'DONE' })).setFollowUpStatus.followUp.status).toBe('DONE');
    expect((await ok(UPDATE, { id, patch: { subject: 'Telepon ulang' } })).updateInteraction.interaction).toMatchObject({ subject: 'Telepon ulang', stakeholders: [] });
    const refused = await expectRejected(t, UPDATE, { id, patch: { stakeholderIds: [] } });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.stakeholderIds' });
  });
});

describe('reading the log', () => {
  it("pages a stakeholder's history, most recent first, as of a date", { timeout: 180_000 }, async () => {
    const w = await world();
    for (const day of ['2025-01-10', '2025-02-10', '2025-03-10']) {
      await ok(LOG, { input: { id: unique('h'), kind: 'CALL', subject: `Telepon ${day}`, occurredOn: day, stakeholderIds: [w.kampus] } });
    }
    const page1 = (await t.gql(HISTORY, { where: { stakeholder: w.kampus }, first: 2 })).data!.interactions;
    expect(page1.totalCount).toBe(3);
    expect(page1.nodes.map((n: { occurredOn: string }) => n.occurredOn)).toEqual(['2025-03-10', '2025-02-10']);
    const page2 = (await t.gql(HISTORY, { where: { stakeholder: w.kampus }, first: 2, after: page1.pageInfo.endCursor })).data!.interactions;
    expect(page2.nodes.map((n: { occurredOn: string }) => n.occurredOn)).toEqual(['2025-01-10']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const asOf = (await t.gql(HISTORY, { where: { stakeholder: w.kampus, asOf: '2025-02-15' } })).data!.interactions;
    expect(asOf.nodes.map((n: { occurredOn: string }) => n.occurredOn)).toEqual(['2025-02-10', '2025-01-10']);
    const region = (await t.gql(HISTORY, { where: { region: w.region, since: '2025-02-01', kinds: ['CALL'] } })).data!.interactions;
    expect(region.nodes.map((n: { occurredOn: string }) => n.occurredOn)).toEqual(['2025-03-10', '2025-02-10']);
  });

  it('lists open and overdue follow-ups by owner, region and programme, marks one done, and answers as of a date', { timeout: 180_000 }, async () => {
    const w = await world();
    const id = unique('janji');
    await ok(LOG, {
      input: {
        id,
        kind: 'MEETING',
        subject: 'Rapat program',
        occurredOn: '2025-06-01',
        programId: w.program,
        stakeholderIds: [w.pt],
        followUps: [
          { commitment: 'Kirim undangan', ownerId: w.person, dueOn: '2025-06-10' },
          { commitment: 'Susun laporan', ownerId: w.person, dueOn: '2999-01-01' },
          { commitment: 'Tanpa tanggal', ownerId: w.person },
        ],
      },
    });
    const list = async (where: Record<string, unknown>) =>
      ((await t.gql(FOLLOW_UPS, { where })).data!.followUps.nodes as Array<{ id: string; status: string; overdue: boolean }>).map((f) => `${f.id.slice(-3)} ${f.status} ${f.overdue}`);
    expect(await list({ owner: w.person })).toEqual(['--1 OPEN true', '--2 OPEN false', '--3 OPEN false']);
    expect(await list({ owner: w.person, overdue: true })).toEqual(['--1 OPEN true']);
    expect(await list({ program: w.program })).toEqual(['--1 OPEN true', '--2 OPEN false', '--3 OPEN false']);
    expect(await list({ region: w.region, overdue: true })).toEqual(['--1 OPEN true']);
    expect(await list({ region: 'kota-bontang', owner: w.person })).toEqual([]);

    const done = (await ok(SET_STATUS, { id: `${id}--1`, status: 'DONE', closedOn: '2025-06-15' })).setFollowUpStatus.followUp;
    expect(done).toEqual({ id: `${id}--1`, status: 'DONE', closedOn: '2025-06-15', overdue: false });
    expect(await list({ owner: w.person })).toEqual(['--2 OPEN false', '--3 OPEN false']);
    expect(await list({ owner: w.person, statuses: ['DONE'] })).toEqual(['--1 DONE false']);
    // As of 2025-06-12 it was still open, and overdue; before the meeting there was nothing.
    expect(await list({ owner: w.person, asOf: '2025-06-12' })).toEqual(['--1 OPEN true', '--2 OPEN false', '--3 OPEN false']);
    expect(await list({ owner: w.person, asOf: '2025-05-01' })).toEqual([]);
    // Done without a date: today.
    const today = new Date().toISOString().slice(0, 10);
    expect((await ok(SET_STATUS, { id: `${id}--3`, status: 'CANCELLED' })).setFollowUpStatus.followUp).toMatchObject({ status: 'CANCELLED', closedOn: today });
    expect((await ok(SET_STATUS, { id: `${id}--3`, status: 'OPEN' })).setFollowUpStatus.followUp).toMatchObject({ status: 'OPEN', closedOn: null });
    expect((await expectRejected(t, SET_STATUS, { id: `${id}--9`, status: 'DONE' })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });

    // A patch adds a follow-up after the others and keeps their statuses.
    const patched = (await ok(UPDATE, { id, patch: { addFollowUps: [{ commitment: 'Tambahan' }] } })).updateInteraction;
    expect(patched.interaction.followUps.map((f: { status: string }) => f.status)).toEqual(['DONE', 'OPEN', 'OPEN', 'OPEN']);
  });

  it('finds the partners of a scope not engaged since a date, never engaged first', async () => {
    const w = await world();
    await ok(LOG, { input: { id: unique('u'), kind: 'VISIT', subject: 'Kunjungan lama', occurredOn: '2024-05-01', stakeholderIds: [w.pt] } });
    await ok(LOG, { input: { id: unique('u'), kind: 'VISIT', subject: 'Kunjungan baru', occurredOn: '2025-05-01', stakeholderIds: [w.pemkot] } });
    const unengaged = async (scope: Record<string, unknown>, since = '2025-01-01') =>
      ((await t.gql(UNENGAGED, { since, scope })).data!.unengagedPartners.nodes as Array<{ stakeholder: { id: string }; lastEngagedOn: string | null }>).map(
        (n) => `${n.stakeholder.id} ${n.lastEngagedOn}`,
      );
    // In the region: the university never, the company last in 2024; the city government was engaged in 2025.
    expect(await unengaged({ region: w.region })).toEqual([`${w.kampus} null`, `${w.pt} 2024-05-01`]);
    expect(await unengaged({ region: w.region, helices: ['BUSINESS'] })).toEqual([`${w.pt} 2024-05-01`]);
    // As of 2025-03-01 the 2025-05-01 visit had not happened; and no one had facts then, so asOf narrows partners to none.
    const all = await t.gql(UNENGAGED, { since: '2024-01-01', scope: { region: w.region } });
    expect(all.data!.unengagedPartners.totalCount).toBe(1);
    await ok(RECORD, { input: { id: unique('kerja'), name: 'Kerja sama', kind: 'PARTNERSHIP', startedOn: '2025-01-01', parties: [{ stakeholderId: w.pemkot }, { stakeholderId: w.kampus }] } });
    expect(await unengaged({ region: w.region, asOf: '2025-03-01' })).toEqual([`${w.kampus} null`, `${w.pemkot} null`]);
    const bad = await t.gql(UNENGAGED, { since: '2025-13-01' });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('an interaction as evidence of a tie', () => {
  it('counts as one piece of evidence of the ties among its stakeholders, adds no weight and makes no tie, and is taken back', async () => {
    const w = await world();
    await ok(RECORD, { input: { id: unique('kerja'), name: 'CSR', kind: 'CSR', strength: 0.6, startedOn: '2024-01-01', parties: [{ stakeholderId: w.pemkot }, { stakeholderId: w.pt }] } });
    const tie = async () => (await t.gql(PARTNERS, { id: w.pemkot })).data!.stakeholder.partners;
    const cost = async () => (await t.gql(PATH, { from: w.pemkot, to: w.pt })).data!.path.path.cost as number;
    const before = { tie: await tie(), cost: await cost() };
    expect(before.tie).toEqual([{ partner: { id: w.pt }, weight: 0.6, collaborations: 1, programs: 0, evidence: 0 }]);

    const id = unique('rapat');
    await ok(LOG, { input: { id, kind: 'MEETING', subject: 'Rapat tiga pihak', occurredOn: '2025-02-01', stakeholderIds: [w.pemkot, w.pt, w.luar] } });
    await ok(LOG, { input: { id: unique('rapat'), kind: 'CALL', subject: 'Telepon', occurredOn: '2025-02-02', stakeholderIds: [w.pemkot, w.pt] } });
    const after = { tie: await tie(), cost: await cost() };
    // Two interactions: two pieces of evidence; weight unchanged; the radio met both but has no tie.
    expect(after.tie).toEqual([{ partner: { id: w.pt }, weight: 0.6, collaborations: 1, programs: 0, evidence: 2 }]);
    expect((await t.gql(PARTNERS, { id: w.luar })).data!.stakeholder.partners).toEqual([]);
    // Weighted routes: each extra piece beyond the first makes the tie 25% cheaper.
    expect(after.cost).toBeCloseTo(before.cost / 1.25, 6);

    // Down to one stakeholder, and deleted: the evidence goes with it.
    await ok(UPDATE, { id, patch: { stakeholderIds: [w.pemkot] } });
    expect((await tie())[0].evidence).toBe(1);
    expect((await ok(DELETE, { id })).deleteInteraction).toEqual({ id, deleted: true });
    expect((await ok(DELETE, { id })).deleteInteraction).toEqual({ id, deleted: false });
    expect((await tie())[0].evidence).toBe(1);
  });
});
