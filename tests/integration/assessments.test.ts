import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectRejected, unique, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ok = async (query: string, variables: Record<string, unknown> = {}, role: 'VIEWER' | 'EDITOR' | 'ADMIN' = 'EDITOR') => {
  const result = await t.gql(query, variables, role);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
};

const UPSERT_STAKEHOLDER = `mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }`;
const UPSERT_PROGRAM = `mutation($input: ProgramInput!) { upsertProgram(input: $input) { created } }`;
const RECORD_COLLABORATION = `mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }`;
const RECORD = `mutation($input: AssessmentInput!) { recordAssessment(input: $input) {
  created assessment { id power interest position attitude comment assessedBy assessedOn quadrant stakeholder { id } scope { __typename ... on Program { id } ... on Region { id } } } } }`;
const DELETE = `mutation($id: ID!) { deleteAssessment(id: $id) { id deleted } }`;
const HISTORY = `query($id: ID!, $scope: ID, $asOf: Date) { stakeholder(id: $id) { assessments(scope: $scope, asOf: $asOf) { assessedOn power interest position comment } } }`;
const GRID = `query($scope: ID!, $asOf: Date) { powerInterestGrid(scope: $scope, asOf: $asOf) {
  asOf networkSize scope { __typename ... on Program { id } ... on Region { id } }
  thresholds { highFrom fewTiesAtMost centralTopShare }
  quadrants { quadrant count }
  entries { stakeholder { id } quadrant partners partnerRank flags assessment { assessedOn power interest position } } } }`;

async function newStakeholders(n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => unique('org'));
  for (const id of ids) await ok(UPSERT_STAKEHOLDER, { input: { id, name: `Organisasi ${id}`, helix: 'BUSINESS', kind: 'PRIVATE_COMPANY' } });
  return ids;
}

async function newProgram(): Promise<string> {
  const id = unique('program');
  await ok(UPSERT_PROGRAM, { input: { id, name: `Program ${id}`, kind: 'PROGRAM', startsOn: '2024-01-01' } });
  return id;
}

const assessment = (stakeholderId: string, scopeId: string, fields: Record<string, unknown> = {}) => ({
  stakeholderId,
  scopeId,
  assessedOn: '2025-03-01',
  power: 3,
  interest: 3,
  position: 'NEUTRAL',
  ...fields,
});

describe('recording assessments', () => {
  it('records an assessment by the caller, corrects it on the same day, and keeps the days before as history', async () => {
    const [s] = (await newStakeholders(1)) as [string];
    const program = await newProgram();
    const first = await ok(RECORD, { input: assessment(s, program, { assessedOn: '2025-01-10', power: 2, interest: 5, position: 'SUPPORTS', attitude: 'SUPPORTIVE', comment: 'Aktif di rapat koordinasi' }) });
    expect(first.recordAssessment).toMatchObject({
      created: true,
      assessment: {
        id: `${s}--${program}--2025-01-10`,
        power: 2,
        interest: 5,
        position: 'SUPPORTS',
        attitude: 'SUPPORTIVE',
        comment: 'Aktif di rapat koordinasi',
        quadrant: 'KEEP_INFORMED',
        stakeholder: { id: s },
        scope: { __typename: 'Program', id: program },
      },
    });
    expect(first.recordAssessment.assessment.assessedBy).toMatch(/^key:/);

    // The same stakeholder, scope and day again: a correction, not a second entry.
    const corrected = await ok(RECORD, { input: assessment(s, program, { assessedOn: '2025-01-10', power: 4, interest: 5, position: 'OPPOSES' }) });
    expect(corrected.recordAssessment).toMatchObject({ created: false, assessment: { power: 4, position: 'OPPOSES', attitude: null, comment: null, quadrant: 'MANAGE_CLOSELY' } });
    await ok(RECORD, { input: assessment(s, 'kota-bontang', { assessedOn: '2025-02-01' }) });
    await ok(RECORD, { input: assessment(s, program, { assessedOn: '2025-06-01', power: 1, interest: 1 }) });

    const all = await ok(HISTORY, { id: s });
    expect(all.stakeholder.assessments.map((a: { assessedOn: string }) => a.assessedOn)).toEqual(['2025-06-01', '2025-02-01', '2025-01-10']);
    const inProgram = await ok(HISTORY, { id: s, scope: program, asOf: '2025-05-31' });
    expect(inProgram.stakeholder.assessments).toEqual([{ assessedOn: '2025-01-10', power: 4, interest: 5, position: 'OPPOSES', comment: null }]);
  });

  it('keeps the assessor and comment from viewers, as contacts are', async () => {
    const [s] = (await newStakeholders(1)) as [string];
    await ok(RECORD, { input: assessment(s, 'kota-bontang', { comment: 'Sulit dihubungi' }) });
    const id = `${s}--kota-bontang--2025-03-01`;
    const query = `query($id: ID!) { assessment(id: $id) { comment assessedBy position scope { __typename } } }`;
    expect((await ok(query, { id }, 'VIEWER')).assessment).toEqual({ comment: null, assessedBy: null, position: 'NEUTRAL', scope: { __typename: 'Region' } });
    expect((await ok(query, { id }, 'EDITOR')).assessment).toMatchObject({ comment: 'Sulit dihubungi', assessedBy: expect.stringMatching(/^key:/) });
  });

  it('deletes an assessment idempotently, leaving the rest of the history, and audits every write', async () => {
    const [s] = (await newStakeholders(1)) as [string];
    await ok(RECORD, { input: assessment(s, 'kota-bontang', { assessedOn: '2025-01-01' }) });
    await ok(RECORD, { input: assessment(s, 'kota-bontang', { assessedOn: '2025-02-01' }) });
    const id = `${s}--kota-bontang--2025-01-01`;
    expect((await ok(DELETE, { id })).deleteAssessment).toEqual({ id, deleted: true });
    expect((await ok(DELETE, { id })).deleteAssessment).toEqual({ id, deleted: false });
    expect((await ok(HISTORY, { id: s })).stakeholder.assessments.map((a: { assessedOn: string }) => a.assessedOn)).toEqual(['2025-02-01']);
    const trail = await ok(`query($id: ID!) { auditTrail(where: { itemId: $id }) { nodes { action outcome } } }`, { id }, 'ADMIN');
    expect(trail.auditTrail.nodes).toEqual([
      { action: 'assessment.delete', outcome: 'UNCHANGED' },
      { action: 'assessment.delete', outcome: 'DELETED' },
      { action: 'assessment.record', outcome: 'CREATED' },
    ]);
  });

  it('goes with its stakeholder or program when that is deleted', async () => {
    const [s, other] = (await newStakeholders(2)) as [string, string];
    const program = await newProgram();
    await ok(RECORD, { input: assessment(s, program) });
    await ok(RECORD, { input: assessment(other, 'kota-bontang') });
    await ok(`mutation($id: ID!) { deleteProgram(id: $id) { deleted } }`, { id: program });
    expect((await ok(HISTORY, { id: s })).stakeholder.assessments).toEqual([]);
    await ok(`mutation($id: ID!) { deleteStakeholder(id: $id) { deleted } }`, { id: other });
    const [left] = await t.db.query<{ n: number }>('test.orphans', 'MATCH (a:Assessment) WHERE NOT EXISTS { (a)-[:ASSESSES]->(:Stakeholder) } OR NOT EXISTS { (a)-[:WITHIN]->() } RETURN count(a) AS n');
    expect(left!.n).toBe(0);
  });

  it('refuses bad input with the field and what was expected, changing nothing', async () => {
    const [s] = (await newStakeholders(1)) as [string];
    const outOfScale = await expectRejected(t, RECORD, { input: assessment(s, 'kota-bontang', { power: 6, interest: 0 }) });
    expect(outOfScale.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.power', expected: 'expected a whole number from 1 to 5' });
    expect((outOfScale.extensions!.problems as Array<{ field: string }>).map((p) => p.field)).toEqual(['input.power', 'input.interest']);
    const fraction = await expectRejected(t, RECORD, { input: assessment(s, 'kota-bontang', { interest: 2.5 }) });
    expect(fraction.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.interest' });
    const future = await expectRejected(t, RECORD, { input: assessment(s, 'kota-bontang', { assessedOn: '2999-01-01' }) });
    expect(future.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.assessedOn', expected: 'must not be after today' });
    const badDate = await expectRejected(t, RECORD, { input: assessment(s, 'kota-bontang', { assessedOn: '2025-02-30' }) });
    expect(badDate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.assessedOn' });
    const longComment = await expectRejected(t, RECORD, { input: assessment(s, 'kota-bontang', { comment: 'x'.repeat(2001) }) });
    expect(longComment.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.comment' });
    const position = await expectRejected(t, RECORD, { input: assessment(s, 'kota-bontang', { position: 'HOSTILE' }) });
    expect(position.message).toMatch(/Position/);

    const unknown = await expectRejected(t, RECORD, { input: assessment('tidak-ada', 'kota-bontang') });
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.stakeholderId' });
    const notAScope = await expectRejected(t, RECORD, { input: assessment(s, s) });
    expect(notAScope.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.scopeId', expected: 'the id of an existing program or region' });
  });

  it('lets only editors write', async () => {
    const [s] = (await newStakeholders(1)) as [string];
    const result = await t.gql(RECORD, { input: assessment(s, 'kota-bontang') }, 'VIEWER');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the power-interest grid', () => {
  it('places the latest assessment per stakeholder in its quadrant, with partners beside it and the two flags', async () => {
    const [hub, a, b, c, d, gatekeeper] = (await newStakeholders(6)) as [string, string, string, string, string, string];
    const program = await newProgram();
    // The hub works with four partners under the program; everyone else has one partner or none.
    for (const partner of [a, b, c, d]) {
      await ok(RECORD_COLLABORATION, { input: { id: unique('collab'), name: 'Kemitraan', kind: 'PARTNERSHIP', programId: program, startedOn: '2024-02-01', parties: [{ stakeholderId: hub }, { stakeholderId: partner }] } });
    }
    await ok(RECORD, { input: assessment(hub, program, { power: 5, interest: 5, position: 'OPPOSES' }) });
    await ok(RECORD, { input: assessment(gatekeeper, program, { power: 5, interest: 2, position: 'SUPPORTS' }) });
    await ok(RECORD, { input: assessment(a, program, { power: 2, interest: 4, position: 'STRONGLY_OPPOSES' }) });
    await ok(RECORD, { input: assessment(b, program, { assessedOn: '2025-01-10', power: 5, interest: 5, position: 'SUPPORTS' }) });
    await ok(RECORD, { input: assessment(b, program, { assessedOn: '2025-06-01', power: 1, interest: 1, position: 'NEUTRAL' }) });
    // An assessment in another scope does not count here.
    await ok(RECORD, { input: assessment(c, 'kota-bontang', { power: 5, interest: 5 }) });

    const { powerInterestGrid: grid } = await ok(GRID, { scope: program }, 'VIEWER');
    expect(grid.scope).toEqual({ __typename: 'Program', id: program });
    expect(grid.thresholds).toEqual({ highFrom: 4, fewTiesAtMost: 2, centralTopShare: 0.25 });
    expect(grid.networkSize).toBe(5);
    expect(grid.entries.map((e: { stakeholder: { id: string }; quadrant: string; partners: number; flags: string[] }) => [e.stakeholder.id, e.quadrant, e.partners, e.flags])).toEqual([
      [hub, 'MANAGE_CLOSELY', 4, ['CENTRAL_BUT_OPPOSED']],
      [gatekeeper, 'KEEP_SATISFIED', 0, ['HIDDEN_GATEKEEPER']],
      // Opposed but with one partner: not central.
      [a, 'KEEP_INFORMED', 1, []],
      [b, 'MONITOR', 1, []],
    ]);
    expect(grid.entries[0].partnerRank).toBe(1);
    expect(grid.entries[1].partnerRank).toBeNull();
    expect(grid.quadrants).toEqual([
      { quadrant: 'MANAGE_CLOSELY', count: 1 },
      { quadrant: 'KEEP_SATISFIED', count: 1 },
      { quadrant: 'KEEP_INFORMED', count: 1 },
      { quadrant: 'MONITOR', count: 1 },
    ]);

    // As of a date: the assessments made by then, and the network as it stood then.
    const before = (await ok(GRID, { scope: program, asOf: '2025-04-01' })).powerInterestGrid;
    expect(before.entries.find((e: { stakeholder: { id: string } }) => e.stakeholder.id === b)).toMatchObject({ quadrant: 'MANAGE_CLOSELY', assessment: { assessedOn: '2025-01-10' } });
    const early = (await ok(GRID, { scope: program, asOf: '2024-01-15' })).powerInterestGrid;
    expect(early).toMatchObject({ asOf: '2024-01-15', entries: [] });
    const noTiesYet = (await ok(GRID, { scope: program, asOf: '2025-03-01' })).powerInterestGrid;
    expect(noTiesYet.entries.find((e: { stakeholder: { id: string } }) => e.stakeholder.id === hub).partners).toBe(4);
  });

  it('serves a region and refuses what is not a program or region', async () => {
    const grid = await ok(GRID, { scope: 'kota-bontang' });
    expect(grid.powerInterestGrid.scope).toEqual({ __typename: 'Region', id: 'kota-bontang' });
    const notAScope = await t.gql(GRID, { scope: 'masata-bontang' });
    expect(notAScope.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'scope' });
    const badDate = await t.gql(GRID, { scope: 'kota-bontang', asOf: '2025-13-01' });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
