import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareScopeStatements } from '../../src/db/locks.js';
import { createTestApp, graphFingerprint, unique, type TestApp } from '../support/app.js';

/**
 * Scoped editors through GraphQL on the real database, on both sides of every boundary. The
 * map: a province with two neighbouring cities A and B, a district inside A; a programme held
 * in A with a sub-programme, one held in B, and a national programme (no region) with a
 * sub-programme. One key writes in city A, one in the national programme; tokens do the same.
 */
const P = unique('scope');
const id = (name: string) => `${P}-${name}`;
const R = { province: id('prov'), a: id('kota-a'), a1: id('kec-a1'), b: id('kota-b') };
const PG = { a: id('prog-a'), aSub: id('prog-a-sub'), b: id('prog-b'), national: id('prog-national'), nationalSub: id('prog-national-sub') };
const S = { a: id('org-a'), a1: id('org-a1'), b: id('org-b'), b2: id('org-b2'), nowhere: id('org-nowhere') };
const SECRET = 'a-shared-secret-for-scoped-tokens-32+';

const Q = {
  stakeholder: 'mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }',
  deleteStakeholder: 'mutation($id: ID!) { deleteStakeholder(id: $id) { deleted } }',
  program: 'mutation($input: ProgramInput!) { upsertProgram(input: $input) { created } }',
  deleteProgram: 'mutation($id: ID!) { deleteProgram(id: $id) { deleted } }',
  participant: 'mutation($input: ParticipationInput!) { addParticipant(input: $input) { created } }',
  removeParticipant: 'mutation($s: ID!, $p: ID!) { removeParticipant(stakeholderId: $s, programId: $p, role: PARTICIPANT) { deleted } }',
  collaboration: 'mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }',
  updateCollaboration: 'mutation($id: ID!, $patch: CollaborationPatch!) { updateCollaboration(id: $id, patch: $patch) { created } }',
  deleteCollaboration: 'mutation($id: ID!) { deleteCollaboration(id: $id) { deleted } }',
  person: 'mutation($input: PersonInput!) { upsertPerson(input: $input) { id } }',
  region: 'mutation($input: RegionInput!) { upsertRegion(input: $input) { id } }',
  source: 'mutation($input: SourceInput!) { upsertSource(input: $input) { id } }',
  viewer: '{ viewer { role authenticated scope { regionIds regions { id name } programIds programs { id } } } }',
  createKey: 'mutation($name: String!, $role: Role!, $scope: WriteScopeInput) { createApiKey(name: $name, role: $role, scope: $scope) { key apiKey { id role scope { regionIds programIds } } } }',
};

const org = (key: string, regionId?: string) => ({ id: key, name: `Organisasi ${key.slice(-6)}`, helix: 'BUSINESS', kind: 'PRIVATE_COMPANY', ...(regionId ? { regionId } : {}) });
const collaboration = (key: string, parties: string[], programId?: string) => ({
  id: key,
  name: `Kolaborasi ${key.slice(-6)}`,
  kind: 'PARTNERSHIP',
  parties: parties.map((stakeholderId) => ({ stakeholderId })),
  ...(programId ? { programId } : {}),
});

let t: TestApp;
const as = (credential: string, query: string, variables: Record<string, unknown> = {}) => t.as(credential, query, variables);
let regionKey: string;
let programKey: string;

/** An unscoped editor's write that must succeed (the fixtures). */
async function setUp(query: string, input: Record<string, unknown>) {
  const result = await t.gql(query, { input }, 'EDITOR');
  expect(result.errors, JSON.stringify(result)).toBeUndefined();
}

/** A write that must be refused as FORBIDDEN naming the item and the scope, and change nothing. */
async function refused(credential: string, query: string, variables: Record<string, unknown>, item: string, scopeText: string) {
  const before = await graphFingerprint(t.db);
  const result = await as(credential, query, variables);
  expect(result.errors?.[0], JSON.stringify(result)).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  expect(result.errors![0]!.message).toContain(`"${item}"`);
  expect(result.errors![0]!.message).toContain(scopeText);
  expect(await graphFingerprint(t.db)).toBe(before);
}

async function allowed(credential: string, query: string, variables: Record<string, unknown>) {
  const result = await as(credential, query, variables);
  expect(result.errors, JSON.stringify(result)).toBeUndefined();
  return result.data!;
}

const IN_A = `regions ${R.a}`;
const IN_NATIONAL = `programmes ${PG.national}`;

beforeAll(async () => {
  t = await createTestApp({ config: { jwt: { secret: SECRET, roleClaim: 'role' } } });
  // As the service does at start: a loaded machine may take longer to plan them than a write may last.
  await prepareScopeStatements(t.db);
  await setUp(Q.region, { id: R.province, name: 'Provinsi Uji', level: 'PROVINCE', partOf: 'indonesia' });
  await setUp(Q.region, { id: R.a, name: 'Kota A', level: 'CITY', partOf: R.province });
  await setUp(Q.region, { id: R.a1, name: 'Kecamatan A1', level: 'DISTRICT', partOf: R.a });
  await setUp(Q.region, { id: R.b, name: 'Kota B', level: 'CITY', partOf: R.province });
  await setUp(Q.program, { id: PG.a, name: 'Program A', kind: 'PROGRAM', regionId: R.a });
  await setUp(Q.program, { id: PG.aSub, name: 'Sub-program A', kind: 'EVENT', partOf: PG.a });
  await setUp(Q.program, { id: PG.b, name: 'Program B', kind: 'PROGRAM', regionId: R.b });
  await setUp(Q.program, { id: PG.national, name: 'Program Nasional', kind: 'PROGRAM' });
  await setUp(Q.program, { id: PG.nationalSub, name: 'Sub-program Nasional', kind: 'EVENT', partOf: PG.national });
  await setUp(Q.stakeholder, org(S.a, R.a));
  await setUp(Q.stakeholder, org(S.a1, R.a1));
  await setUp(Q.stakeholder, org(S.b, R.b));
  await setUp(Q.stakeholder, org(S.b2, R.b));
  const make = async (name: string, scope: Record<string, string[]>) => {
    const created = await t.gql(Q.createKey, { name, role: 'EDITOR', scope }, 'ADMIN');
    expect(created.errors, JSON.stringify(created)).toBeUndefined();
    return created.data!.createApiKey.key as string;
  };
  regionKey = await make('kota A', { regions: [R.a] });
  programKey = await make('program nasional', { programs: [PG.national] });
});
afterAll(() => t.close());

describe('scoped API keys', () => {
  it('are made by an ADMIN for editors only, over regions and programmes that exist, and show in viewer and apiKeys', async () => {
    const viewer = await as(regionKey, Q.viewer);
    expect(viewer.data!.viewer).toEqual({ role: 'EDITOR', authenticated: true, scope: { regionIds: [R.a], regions: [{ id: R.a, name: 'Kota A' }], programIds: [], programs: [] } });
    expect((await t.gql(Q.viewer, {}, 'EDITOR')).data!.viewer.scope).toBeNull();

    const keys = await t.gql('{ apiKeys { name scope { regionIds programIds } } }', {}, 'ADMIN');
    expect(keys.data!.apiKeys).toContainEqual({ name: 'program nasional', scope: { regionIds: [], programIds: [PG.national] } });

    const admin = await t.gql(Q.createKey, { name: 'x', role: 'ADMIN', scope: { regions: [R.a] } }, 'ADMIN');
    expect(admin.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope' });
    const unknown = await t.gql(Q.createKey, { name: 'x', role: 'EDITOR', scope: { regions: [R.a], programs: [id('no-such-program')] } }, 'ADMIN');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'scope.programs.0' });
    const empty = await t.gql(Q.createKey, { name: 'x', role: 'EDITOR', scope: { regions: [] } }, 'ADMIN');
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const notAdmin = await as(regionKey, Q.createKey, { name: 'x', role: 'EDITOR' });
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('read everything a viewer may, in scope or not', async () => {
    const read = await as(regionKey, `{ a: stakeholder(id: "${S.a}") { id } b: stakeholder(id: "${S.b}") { id } }`);
    expect(read.data).toEqual({ a: { id: S.a }, b: { id: S.b } });
  });

  it('write stakeholders in the region and the regions inside it, not in the neighbouring one, nor move them across', async () => {
    await allowed(regionKey, Q.stakeholder, { input: { ...org(S.a, R.a), name: 'Organisasi A, renamed' } });
    await allowed(regionKey, Q.stakeholder, { input: org(id('new-in-a1'), R.a1) });
    await refused(regionKey, Q.stakeholder, { input: org(id('new-in-b'), R.b) }, id('new-in-b'), IN_A);
    await refused(regionKey, Q.stakeholder, { input: { ...org(S.b), name: 'renamed from A' } }, S.b, IN_A);
    // Moving in either direction is a write on the other side.
    await refused(regionKey, Q.stakeholder, { input: org(S.a1, R.b) }, S.a1, IN_A);
    await refused(regionKey, Q.stakeholder, { input: org(S.b2, R.a) }, S.b2, IN_A);
  });

  it('write programmes held in the region and their sub-programmes, not the neighbour\'s; a programme key writes its sub-programmes only', async () => {
    await allowed(regionKey, Q.program, { input: { id: PG.aSub, name: 'Sub-program A, renamed', kind: 'EVENT', partOf: PG.a } });
    await allowed(regionKey, Q.program, { input: { id: id('prog-a-new'), name: 'Baru', kind: 'MEETING', regionId: R.a1 } });
    await refused(regionKey, Q.program, { input: { id: PG.b, name: 'Program B', kind: 'PROGRAM', regionId: R.b } }, PG.b, IN_A);
    await refused(regionKey, Q.program, { input: { id: id('prog-under-b'), name: 'Di B', kind: 'EVENT', partOf: PG.b } }, id('prog-under-b'), IN_A);

    await allowed(programKey, Q.program, { input: { id: PG.nationalSub, name: 'Sub-program Nasional, renamed', kind: 'EVENT', partOf: PG.national } });
    await refused(programKey, Q.program, { input: { id: PG.a, name: 'Program A', kind: 'PROGRAM', regionId: R.a } }, PG.a, IN_NATIONAL);
    // Lifting a sub-programme out of the programme takes it out of the scope.
    await refused(programKey, Q.program, { input: { id: PG.nationalSub, name: 'Lepas', kind: 'EVENT' } }, PG.nationalSub, IN_NATIONAL);
  });

  it('add anyone to a programme in scope, and anyone in scope to any programme; nothing between two outsiders', async () => {
    await allowed(programKey, Q.participant, { input: { stakeholderId: S.b, programId: PG.nationalSub, role: 'PARTICIPANT' } });
    await allowed(regionKey, Q.participant, { input: { stakeholderId: S.a, programId: PG.b, role: 'PARTICIPANT' } });
    await refused(regionKey, Q.participant, { input: { stakeholderId: S.b2, programId: PG.b, role: 'PARTICIPANT' } }, `${S.b2}--${PG.b}--participant`, IN_A);
    await setUp(Q.participant, { stakeholderId: S.b2, programId: PG.b, role: 'PARTICIPANT' });
    await refused(regionKey, Q.removeParticipant, { s: S.b2, p: PG.b }, `${S.b2}--${PG.b}--participant`, IN_A);
    await allowed(regionKey, Q.removeParticipant, { s: S.a, p: PG.b });
  });

  it('record a collaboration across the two regions when one party is in scope, but not one between outsiders, nor swap the insider out', async () => {
    const across = id('col-across');
    await allowed(regionKey, Q.collaboration, { input: collaboration(across, [S.a1, S.b]) });
    await refused(regionKey, Q.collaboration, { input: collaboration(id('col-b'), [S.b, S.b2]) }, id('col-b'), IN_A);
    // Leaving only outsiders would put it outside the scope.
    await refused(regionKey, Q.updateCollaboration, { id: across, patch: { parties: [{ stakeholderId: S.b }, { stakeholderId: S.b2 }] } }, across, IN_A);

    const outside = id('col-outside');
    await setUp(Q.collaboration, collaboration(outside, [S.b, S.b2]));
    // An outsiders' collaboration stays theirs even when the edit would bring a party from A in.
    await refused(regionKey, Q.updateCollaboration, { id: outside, patch: { parties: [{ stakeholderId: S.a }, { stakeholderId: S.b2 }] } }, outside, IN_A);
    await refused(regionKey, Q.deleteCollaboration, { id: outside }, outside, IN_A);

    // Outsiders working together under a programme in scope are that programme's record.
    await allowed(programKey, Q.collaboration, { input: collaboration(id('col-national'), [S.b, S.b2], PG.nationalSub) });
    await refused(programKey, Q.collaboration, { input: collaboration(id('col-no-program'), [S.a, S.a1]) }, id('col-no-program'), IN_NATIONAL);
    // A party that takes part in the programme counts in it wherever it is based.
    await allowed(programKey, Q.collaboration, { input: collaboration(id('col-with-participant'), [S.b, S.b2]) });
    expect((await allowed(regionKey, Q.deleteCollaboration, { id: across })).deleteCollaboration.deleted).toBe(true);
  });

  it('delete only inside the scope', async () => {
    await refused(regionKey, Q.deleteStakeholder, { id: S.b2 }, S.b2, IN_A);
    await refused(regionKey, Q.deleteProgram, { id: PG.b }, PG.b, IN_A);
    const doomed = id('org-doomed');
    await allowed(regionKey, Q.stakeholder, { input: org(doomed, R.a1) });
    expect((await allowed(regionKey, Q.deleteStakeholder, { id: doomed })).deleteStakeholder.deleted).toBe(true);
  });

  it('write a person who holds office in scope, not one who holds office only outside it', async () => {
    const office = (stakeholderId: string) => ({ stakeholderId, title: 'Direktur' });
    await allowed(regionKey, Q.person, { input: { id: id('person-a'), name: 'Siti Aminah', offices: [office(S.a1), office(S.b)] } });
    await refused(regionKey, Q.person, { input: { id: id('person-b'), name: 'Budi Santoso', offices: [office(S.b)] } }, id('person-b'), IN_A);
    await t.gql(Q.person, { input: { id: id('person-b'), name: 'Budi Santoso', offices: [office(S.b)] } }, 'EDITOR');
    await refused(regionKey, Q.person, { input: { id: id('person-b'), name: 'Budi', offices: [office(S.a)] } }, id('person-b'), IN_A);
  });

  it('write regions inside their own and new sources, nothing else placed elsewhere', async () => {
    await allowed(regionKey, Q.region, { input: { id: id('desa-a'), name: 'Desa A', level: 'VILLAGE', partOf: R.a1 } });
    await refused(regionKey, Q.region, { input: { id: id('desa-b'), name: 'Desa B', level: 'VILLAGE', partOf: R.b } }, id('desa-b'), IN_A);
    await refused(regionKey, Q.region, { input: { id: R.b, name: 'Kota B', level: 'CITY', partOf: R.a } }, R.b, IN_A);
    // Nothing places a new source (or an organisation not yet based anywhere): it is in no one's area.
    await allowed(regionKey, Q.source, { input: { id: id('source'), title: 'Berita baru' } });
    await allowed(regionKey, Q.stakeholder, { input: org(S.nowhere) });
    // A source backing facts outside the scope is theirs.
    await setUp(Q.stakeholder, { ...org(S.b2, R.b), evidence: [{ sourceId: id('source'), quote: 'Organisasi B2 bekerja di Kota B.' }] });
    await refused(regionKey, Q.source, { input: { id: id('source'), title: 'Berita diubah' } }, id('source'), IN_A);
  });

  it('assess and delete assessments (a kind of item the rule was not written for) only inside the scope', async () => {
    const ASSESS = 'mutation($input: AssessmentInput!) { recordAssessment(input: $input) { created } }';
    const assessment = (stakeholderId: string, scopeId: string) => ({ input: { stakeholderId, scopeId, assessedOn: '2025-03-01', power: 4, interest: 2, position: 'NEUTRAL' } });
    await allowed(regionKey, ASSESS, assessment(S.a1, R.a));
    await refused(regionKey, ASSESS, assessment(S.b, R.b), R.b, IN_A);
    await setUp(ASSESS, assessment(S.b, R.b).input);
    const theirs = `${S.b}--${R.b}--2025-03-01`;
    await refused(regionKey, 'mutation($id: ID!) { deleteAssessment(id: $id) { deleted } }', { id: theirs }, theirs, IN_A);
    expect((await allowed(regionKey, 'mutation($id: ID!) { deleteAssessment(id: $id) { deleted } }', { id: `${S.a1}--${R.a}--2025-03-01` })).deleteAssessment.deleted).toBe(true);
  });

  it('import a report draft only when every row is in scope', async () => {
    const IMPORT = 'mutation($input: ImportInput!) { importGraph(input: $input) { applied dryRun counts { kind created } } }';
    const source = { id: id('report'), title: 'Laporan' };
    const cite = [{ sourceId: source.id, quote: 'Dikutip dari laporan.' }];
    const draft = (stakeholders: object[]) => ({ input: { format: 'JSON', dryRun: false, files: [{ name: 'draft.json', content: JSON.stringify({ sources: [source], stakeholders }) }] } });
    await refused(regionKey, IMPORT, draft([{ ...org(id('imp-a'), R.a), evidence: cite }, { ...org(id('imp-b'), R.b), evidence: cite }]), id('imp-b'), IN_A);
    const done = await allowed(regionKey, IMPORT, draft([{ ...org(id('imp-a'), R.a), evidence: cite }, { ...org(id('imp-a1'), R.a1), evidence: cite }]));
    expect(done.importGraph).toMatchObject({ applied: true, counts: expect.arrayContaining([{ kind: 'stakeholders', created: 2 }]) });
  });
});

describe('scoped tokens', () => {
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('koordinator').setIssuedAt().setExpirationTime('5m').sign(new TextEncoder().encode(SECRET));

  it('carry regions and programmes in claims, and write only there', async () => {
    const token = await sign({ role: 'EDITOR', regions: [R.a], programs: PG.b });
    expect((await as(token, Q.viewer)).data!.viewer.scope).toMatchObject({ regionIds: [R.a], programIds: [PG.b] });
    await allowed(token, Q.stakeholder, { input: org(id('jwt-a1'), R.a1) });
    await allowed(token, Q.program, { input: { id: id('jwt-under-b'), name: 'Di bawah B', kind: 'EVENT', partOf: PG.b } });
    await refused(token, Q.program, { input: { id: PG.national, name: 'Program Nasional', kind: 'PROGRAM' } }, PG.national, `programmes ${PG.b}`);
    await refused(token, Q.deleteStakeholder, { id: S.b }, S.b, IN_A);
    await allowed(token, Q.collaboration, { input: collaboration(id('jwt-across'), [S.a, S.b]) });
  });

  it('an empty claim limits the token to nothing placed; a scoped ADMIN token is an editor in its scope; a malformed claim is refused', async () => {
    const none = await sign({ role: 'EDITOR', regions: [] });
    await refused(none, Q.stakeholder, { input: org(id('jwt-none'), R.a) }, id('jwt-none'), 'no region or programme');
    const admin = await sign({ role: 'ADMIN', regions: R.a });
    expect((await as(admin, Q.viewer)).data!.viewer).toMatchObject({ role: 'EDITOR', scope: { regionIds: [R.a] } });
    expect((await as(admin, '{ apiKeys { id } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const malformed = await sign({ role: 'EDITOR', regions: [{ id: R.a }] });
    expect((await as(malformed, Q.viewer)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('viewerCanEdit: what a caller may change, as its writes find it', () => {
  // Fixtures of their own, so the answers do not depend on what the tests above wrote.
  const F = {
    a: id('can-a'),
    a1: id('can-a1'),
    b: id('can-b'),
    b2: id('can-b2-national'),
    nowhere: id('can-nowhere'),
    across: id('can-col-across'),
    outside: id('can-col-outside'),
    personA1: id('can-person-a1'),
    personB: id('can-person-b'),
  };
  const ASK = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Stakeholder { viewerCanEdit } ... on Program { viewerCanEdit } ... on Collaboration { viewerCanEdit } ... on Person { viewerCanEdit } } }`;
  const ITEMS = [F.a, F.a1, F.b, F.b2, F.nowhere, F.across, F.outside, F.personA1, F.personB, PG.a, PG.aSub, PG.b, PG.national, PG.nationalSub];
  const office = (stakeholderId: string) => [{ stakeholderId, title: 'Ketua' }];
  const persons: Record<string, Record<string, unknown>> = { [F.personA1]: { id: F.personA1, name: 'Ani Wijaya', offices: office(F.a1) }, [F.personB]: { id: F.personB, name: 'Bambang Sutrisno', offices: office(F.b) } };
  const programs: Record<string, Record<string, unknown>> = {
    [PG.a]: { id: PG.a, name: 'Program A', kind: 'PROGRAM', regionId: R.a },
    [PG.aSub]: { id: PG.aSub, name: 'Sub-program A', kind: 'EVENT', partOf: PG.a },
    [PG.b]: { id: PG.b, name: 'Program B', kind: 'PROGRAM', regionId: R.b },
    [PG.national]: { id: PG.national, name: 'Program Nasional', kind: 'PROGRAM' },
    [PG.nationalSub]: { id: PG.nationalSub, name: 'Sub-program Nasional', kind: 'EVENT', partOf: PG.national },
  };
  const regionOf: Record<string, string | undefined> = { [F.a]: R.a, [F.a1]: R.a1, [F.b]: R.b, [F.b2]: R.b, [F.nowhere]: undefined };

  /** A write to the item that changes it as little as possible (its own data again, or a description). */
  const writeTo = (item: string): [string, Record<string, unknown>] =>
    item in regionOf
      ? [Q.stakeholder, { input: org(item, regionOf[item]) }]
      : item in persons
        ? [Q.person, { input: persons[item] }]
        : item in programs
          ? [Q.program, { input: programs[item] }]
          : [Q.updateCollaboration, { id: item, patch: { description: 'Dicek oleh editor wilayah.' } }];

  async function answers(credential: string): Promise<Record<string, boolean>> {
    const data = await allowed(credential, ASK, { ids: ITEMS });
    return Object.fromEntries((data.nodes as Array<{ id: string; viewerCanEdit: boolean }>).map((n) => [n.id, n.viewerCanEdit]));
  }

  beforeAll(async () => {
    for (const item of [F.a, F.a1, F.b, F.b2, F.nowhere]) await setUp(Q.stakeholder, org(item, regionOf[item]));
    for (const input of Object.values(programs)) await setUp(Q.program, input);
    // Based in B, but it takes part in the national programme: inside that programme's scope.
    await setUp(Q.participant, { stakeholderId: F.b2, programId: PG.nationalSub, role: 'PARTICIPANT' });
    await setUp(Q.collaboration, collaboration(F.across, [F.a1, F.b]));
    await setUp(Q.collaboration, collaboration(F.outside, [F.b, F.b2]));
    for (const input of Object.values(persons)) await setUp(Q.person, input);
  });

  it('answers by region (a region includes its sub-regions) and by programme (with its sub-programmes)', async () => {
    expect(await answers(regionKey)).toEqual({
      [F.a]: true, [F.a1]: true, [F.b]: false, [F.b2]: false, [F.nowhere]: true,
      [F.across]: true, [F.outside]: false, [F.personA1]: true, [F.personB]: false,
      [PG.a]: true, [PG.aSub]: true, [PG.b]: false, [PG.national]: false, [PG.nationalSub]: false,
    });
    expect(await answers(programKey)).toEqual({
      [F.a]: false, [F.a1]: false, [F.b]: false, [F.b2]: true, [F.nowhere]: true,
      [F.across]: false, [F.outside]: true, [F.personA1]: false, [F.personB]: false,
      [PG.a]: false, [PG.aSub]: false, [PG.b]: false, [PG.national]: true, [PG.nationalSub]: true,
    });
  });

  it('is false for viewers and true for unscoped editors and admins', async () => {
    const everything = (value: boolean) => Object.fromEntries(ITEMS.map((item) => [item, value]));
    for (const [role, value] of [['VIEWER', false], ['EDITOR', true], ['ADMIN', true]] as const) {
      const result = await t.gql(ASK, { ids: ITEMS }, role);
      expect(Object.fromEntries((result.data!.nodes as Array<{ id: string; viewerCanEdit: boolean }>).map((n) => [n.id, n.viewerCanEdit]))).toEqual(everything(value));
    }
  });

  it('gives the answer a write gives: what it allows is written, what it refuses is refused as FORBIDDEN', async () => {
    for (const credential of [regionKey, programKey]) {
      const said = await answers(credential);
      for (const item of ITEMS) {
        const [query, variables] = writeTo(item);
        const result = await as(credential, query, variables);
        if (said[item]) expect(result.errors, `${item}: ${JSON.stringify(result.errors)}`).toBeUndefined();
        else expect(result.errors?.[0]?.extensions?.code, `${item} was written`).toBe('FORBIDDEN');
      }
    }
  });

  it('answers for participations, interactions and their follow-ups (a follow-up as its interaction, which marking it done rewrites)', async () => {
    const LOG = 'mutation($input: InteractionInput!) { logInteraction(input: $input) { interaction { id followUps { id } } } }';
    const log = async (key: string, stakeholderId: string) => {
      const logged = await t.gql(LOG, { input: { id: id(key), kind: 'MEETING', subject: `Rapat ${key}`, occurredOn: '2025-04-01', stakeholderIds: [stakeholderId], followUps: [{ commitment: 'Kirim notulen' }] } }, 'EDITOR');
      expect(logged.errors, JSON.stringify(logged)).toBeUndefined();
      return logged.data!.logInteraction.interaction.followUps[0].id as string;
    };
    const [inA, inB] = [await log('meeting-a1', F.a1), await log('meeting-b', F.b)];
    const interaction = 'id viewerCanEdit followUps { id viewerCanEdit }';
    const ASK_MORE = `query($a: ID!, $b: ID!) {
      stakeholder(id: "${F.b2}") { participations { program { id } viewerCanEdit } }
      a: interaction(id: $a) { ${interaction} }
      b: interaction(id: $b) { ${interaction} }
    }`;
    const read = async (credential: string) => {
      const data = await allowed(credential, ASK_MORE, { a: id('meeting-a1'), b: id('meeting-b') });
      const answers: Record<string, boolean> = {};
      for (const p of data.stakeholder.participations) answers[p.program.id] = p.viewerCanEdit;
      for (const n of [data.a, data.b]) {
        answers[n.id] = n.viewerCanEdit;
        for (const f of n.followUps) answers[f.id] = f.viewerCanEdit;
      }
      return answers;
    };
    expect(await read(regionKey)).toEqual({ [PG.nationalSub]: false, [id('meeting-a1')]: true, [inA]: true, [id('meeting-b')]: false, [inB]: false });
    expect(await read(programKey)).toEqual({ [PG.nationalSub]: true, [id('meeting-a1')]: false, [inA]: false, [id('meeting-b')]: false, [inB]: false });
    // Marking a follow-up done goes as the field says.
    const DONE = 'mutation($id: ID!) { setFollowUpStatus(id: $id, status: DONE) { followUp { status } } }';
    expect((await allowed(regionKey, DONE, { id: inA })).setFollowUpStatus.followUp.status).toBe('DONE');
    await refused(regionKey, DONE, { id: inB }, id('meeting-b'), IN_A);
  });

  it('is read in one query for a whole list, for a token scoped by its claims as for a key', async () => {
    const token = await new SignJWT({ role: 'EDITOR', regions: [R.a] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('koordinator-a')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(SECRET));
    expect(await answers(token)).toEqual(await answers(regionKey));
    const list = (withField: boolean) => `query($ids: [ID!]!) { stakeholders(where: { ids: $ids }, first: 10) { nodes { id ${withField ? 'viewerCanEdit' : ''} } } }`;
    const ids = [F.a, F.a1, F.b, F.b2, F.nowhere];
    const cost = async (withField: boolean) => {
      const before = t.db.queryCount;
      await allowed(token, list(withField), { ids });
      return t.db.queryCount - before;
    };
    const plain = await cost(false);
    expect(await cost(true)).toBe(plain + 1);
  });
});
