import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/random.js';
import { createTestApp, type TestApp } from '../support/app.js';

/**
 * A property of the whole write path: random interleavings of 20 clients sending 1,000
 * operations (upserts, records, ends, deletes of stakeholders, programs, collaborations,
 * participations and assessments, and a few reads) at a small set of items, so that most operations collide
 * with another. Afterwards the graph keeps every rule the API enforces one request at a time,
 * every tie equals its recomputation from the facts, and every answer was data or an expected
 * code. The seed is random per run and printed with any failure (CONCURRENCY_SEED repeats one).
 *
 * The ids are this run's own (a random prefix), so other test files sharing the database are
 * not disturbed. Each item's shape is fixed by its index, so what the graph must look like is
 * known whatever order the writes landed in: stakeholder i >= 8 is always a unit of stakeholder
 * i - 8, and collaboration i, when i is even, is always under program i mod 4.
 */
const SEED = Number(process.env.CONCURRENCY_SEED ?? randomBytes(4).readUInt32LE() % 2 ** 31);
const CLIENTS = 20;
const OPERATIONS = 1_000;
const STAKEHOLDERS = 16;
const PROGRAMS = 4;
const COLLABORATIONS = 24;
const UNIT_OFFSET = 8;
const ROLES = ['PARTICIPANT', 'ORGANIZER'] as const;

/** Codes an operation may answer when it loses a race or breaks a rule the API checks. */
const EXPECTED = new Set(['NOT_FOUND', 'CONFLICT', 'TRANSIENT']);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const run = `prop${randomBytes(3).toString('hex')}`;
const stakeholderId = (i: number) => `${run}-org-${i}`;
const programId = (i: number) => `${run}-program-${i}`;
const collaborationId = (i: number) => `${run}-col-${i}`;
/** Assessments are made within one of the programs, or within a region of the seed (never deleted). */
const assessmentScope = (i: number) => (i < PROGRAMS ? programId(i) : 'kota-bontang');
const ASSESSMENT_DAYS = ['2025-01-01', '2025-02-01', '2025-03-01'];

interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

function operations(random: () => number): Operation[] {
  const pick = (n: number) => Math.floor(random() * n);
  const stakeholder = (i: number): Operation => ({
    name: 'upsertStakeholder',
    query: 'mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }',
    variables: {
      input: {
        id: stakeholderId(i),
        name: `Organisasi ${i} ${pick(1000)}`,
        helix: ['GOVERNMENT', 'BUSINESS', 'ACADEMIA', 'COMMUNITY', 'MEDIA'][i % 5],
        kind: 'NGO',
        ...(i >= UNIT_OFFSET ? { unitOf: stakeholderId(i - UNIT_OFFSET) } : {}),
      },
    },
  });
  const choices: Array<[number, () => Operation]> = [
    [14, () => stakeholder(pick(STAKEHOLDERS))],
    [8, () => ({ name: 'deleteStakeholder', query: 'mutation($id: ID!) { deleteStakeholder(id: $id) { deleted } }', variables: { id: stakeholderId(pick(STAKEHOLDERS)) } })],
    [6, () => ({ name: 'upsertProgram', query: 'mutation($input: ProgramInput!) { upsertProgram(input: $input) { created } }', variables: { input: { id: programId(pick(PROGRAMS)), name: `Program ${pick(1000)}`, kind: 'PROGRAM' } } })],
    [4, () => ({ name: 'deleteProgram', query: 'mutation($id: ID!) { deleteProgram(id: $id) { deleted } }', variables: { id: programId(pick(PROGRAMS)) } })],
    [
      22,
      () => {
        const i = pick(COLLABORATIONS);
        const parties = new Set<number>();
        const size = 2 + pick(2);
        while (parties.size < size) parties.add(pick(STAKEHOLDERS));
        return {
          name: 'recordCollaboration',
          query: 'mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }',
          variables: {
            input: {
              id: collaborationId(i),
              name: `Kolaborasi ${i}`,
              kind: 'PARTNERSHIP',
              strength: (1 + pick(10)) / 10,
              startedOn: '2024-01-01',
              parties: [...parties].map((p) => ({ stakeholderId: stakeholderId(p) })),
              ...(i % 2 === 0 ? { programId: programId(i % PROGRAMS) } : {}),
            },
          },
        };
      },
    ],
    [8, () => ({ name: 'endCollaboration', query: 'mutation($id: ID!, $on: Date!) { endCollaboration(id: $id, endedOn: $on) { created } }', variables: { id: collaborationId(pick(COLLABORATIONS)), on: `2025-0${1 + pick(9)}-15` } })],
    [8, () => ({ name: 'deleteCollaboration', query: 'mutation($id: ID!) { deleteCollaboration(id: $id) { deleted } }', variables: { id: collaborationId(pick(COLLABORATIONS)) } })],
    [10, () => ({ name: 'addParticipant', query: 'mutation($input: ParticipationInput!) { addParticipant(input: $input) { created } }', variables: { input: { stakeholderId: stakeholderId(pick(STAKEHOLDERS)), programId: programId(pick(PROGRAMS)), role: ROLES[pick(2)] } } })],
    [5, () => ({ name: 'removeParticipant', query: 'mutation($s: ID!, $p: ID!, $r: ParticipationRole!) { removeParticipant(stakeholderId: $s, programId: $p, role: $r) { deleted } }', variables: { s: stakeholderId(pick(STAKEHOLDERS)), p: programId(pick(PROGRAMS)), r: ROLES[pick(2)] } })],
    [
      10,
      () => ({
        name: 'recordAssessment',
        query: 'mutation($input: AssessmentInput!) { recordAssessment(input: $input) { created } }',
        variables: {
          input: {
            stakeholderId: stakeholderId(pick(STAKEHOLDERS)),
            scopeId: assessmentScope(pick(PROGRAMS + 1)),
            assessedOn: ASSESSMENT_DAYS[pick(ASSESSMENT_DAYS.length)],
            power: 1 + pick(5),
            interest: 1 + pick(5),
            position: (['OPPOSES', 'NEUTRAL', 'SUPPORTS'] as const)[pick(3)],
          },
        },
      }),
    ],
    [
      4,
      () => ({
        name: 'deleteAssessment',
        query: 'mutation($id: ID!) { deleteAssessment(id: $id) { deleted } }',
        variables: { id: `${stakeholderId(pick(STAKEHOLDERS))}--${assessmentScope(pick(PROGRAMS + 1))}--${ASSESSMENT_DAYS[pick(ASSESSMENT_DAYS.length)]}` },
      }),
    ],
    [3, () => ({ name: 'powerInterestGrid', query: 'query($scope: ID!) { powerInterestGrid(scope: $scope) { entries { partners flags } } }', variables: { scope: programId(pick(PROGRAMS)) } })],
    [15, () => ({ name: 'partners', query: 'query($id: ID!) { stakeholder(id: $id) { partners(first: 50) { partner { id } weight collaborations programs } } }', variables: { id: stakeholderId(pick(STAKEHOLDERS)) } })],
  ];
  const total = choices.reduce((sum, [weight]) => sum + weight, 0);
  return Array.from({ length: OPERATIONS }, () => {
    let r = random() * total;
    for (const [weight, make] of choices) {
      if ((r -= weight) < 0) return make();
    }
    return choices[0]![1]();
  });
}

describe(`${CLIENTS} clients, ${OPERATIONS} random operations at once (seed ${SEED})`, () => {
  it('keeps every rule, keeps ties equal to the facts, and answers data or an expected code', { timeout: 180_000 }, async () => {
    const random = seededRandom(SEED);
    // Parents first, so that units have something to hang under from the start.
    const queue: Operation[] = Array.from({ length: UNIT_OFFSET }, (_, i) => ({
      name: 'upsertStakeholder',
      query: 'mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }',
      variables: { input: { id: stakeholderId(i), name: `Organisasi ${i}`, helix: 'COMMUNITY', kind: 'NGO' } },
    }));
    queue.push(...operations(random));
    const answers = new Map<string, number>();
    const unexpected: string[] = [];
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < queue.length) {
          const op = queue[next++]!;
          const result = await t.gql(op.query, op.variables, 'EDITOR');
          const code = (result.errors?.[0]?.extensions?.code) ?? null;
          const key = `${op.name} ${code ?? 'data'}`;
          answers.set(key, (answers.get(key) ?? 0) + 1);
          const dataOk = code === null && result.data?.[op.name === 'partners' ? 'stakeholder' : op.name] !== undefined;
          if (code === null ? !dataOk : !EXPECTED.has(code)) unexpected.push(`${op.name}: ${JSON.stringify(result).slice(0, 300)}`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const summary = `seed ${SEED}, ${queue.length} operations in ${seconds.toFixed(1)} s: ${JSON.stringify(Object.fromEntries([...answers].sort()))}`;
    console.info(summary);
    expect(unexpected, summary).toEqual([]);
    // The races must really have happened: writes were refused because another one won.
    expect([...answers.keys()].some((k) => k.endsWith('CONFLICT') || k.endsWith('NOT_FOUND')), summary).toBe(true);

    const prefix = `${run}-`;
    const violations = await t.db.query<{ rule: string; id: string }>(
      'test.invariants',
      `MATCH (c:Collaboration) WHERE c.id STARTS WITH $prefix AND COUNT { (c)<-[:PARTY_TO]-(:Stakeholder) } < 2
       RETURN 'a collaboration with fewer than two parties' AS rule, c.id AS id
       UNION
       MATCH (c:Collaboration) WHERE c.id STARTS WITH $prefix AND toInteger(split(c.id, '-col-')[1]) % 2 = 0
         AND NOT EXISTS { (c)-[:UNDER]->(:Program {id: $prefix + 'program-' + toString(toInteger(split(c.id, '-col-')[1]) % toInteger($programs))}) }
       RETURN 'a collaboration without its program' AS rule, c.id AS id
       UNION
       MATCH (s:Stakeholder) WHERE s.id STARTS WITH $prefix AND toInteger(split(s.id, '-org-')[1]) >= $offset
         AND NOT EXISTS { (s)-[:UNIT_OF]->(:Stakeholder {id: $prefix + 'org-' + toString(toInteger(split(s.id, '-org-')[1]) - toInteger($offset))}) }
       RETURN 'a unit without its parent' AS rule, s.id AS id
       UNION
       MATCH (n:Participation) WHERE n.id STARTS WITH $prefix
         AND (NOT EXISTS { (:Stakeholder)-[:TAKES_PART]->(n) } OR NOT EXISTS { (n)-[:IN]->(:Program) })
       RETURN 'a participation without its stakeholder or program' AS rule, n.id AS id
       UNION
       MATCH (a:Assessment) WHERE a.id STARTS WITH $prefix
         AND (COUNT { (a)-[:ASSESSES]->(:Stakeholder) } <> 1 OR COUNT { (a)-[:WITHIN]->(:Program|Region) } <> 1
              OR NOT EXISTS { MATCH (s:Stakeholder)<-[:ASSESSES]-(a)-[:WITHIN]->(g) WHERE a.id = s.id + '--' + g.id + '--' + toString(a.assessedOn) })
       RETURN 'an assessment without its stakeholder and scope, or not under its key' AS rule, a.id AS id`,
      { prefix, programs: PROGRAMS, offset: UNIT_OFFSET },
    );
    expect(violations, summary).toEqual([]);

    // Ties recomputed here from the facts, independently of src/db/ties.ts (no dates are set
    // on programs or participations, so every shared program counts).
    const expected = await t.db.query<{ pair: string; weight: number; collaborations: number; programs: number }>(
      'test.ties_from_facts',
      `MATCH (a:Stakeholder), (b:Stakeholder)
       WHERE a.id STARTS WITH $prefix AND b.id STARTS WITH $prefix AND a.id < b.id
       WITH a, b,
            [(a)-[:PARTY_TO]->(c:Collaboration)<-[:PARTY_TO]-(b) | c.strength] AS strengths,
            size(COLLECT { MATCH (a)-[:TAKES_PART]->(:Participation)-[:IN]->(p:Program)<-[:IN]-(:Participation)<-[:TAKES_PART]-(b) RETURN DISTINCT p }) AS programs
       WHERE size(strengths) > 0 OR programs > 0
       RETURN a.id + ' ' + b.id AS pair, reduce(w = 0.0, s IN strengths | w + s) + 0.5 * programs AS weight,
              size(strengths) AS collaborations, programs
       ORDER BY pair`,
      { prefix },
    );
    const stored = await t.db.query<{ pair: string; weight: number; collaborations: number; programs: number }>(
      'test.ties_stored',
      `MATCH (a:Stakeholder)-[t:WORKS_WITH]-(b:Stakeholder)
       WHERE a.id STARTS WITH $prefix AND a.id < b.id
       RETURN a.id + ' ' + b.id AS pair, t.weight AS weight, t.collaborations AS collaborations, t.programs AS programs
       ORDER BY pair`,
      { prefix },
    );
    const rounded = (rows: typeof stored) => rows.map((r) => ({ ...r, weight: Math.round(r.weight * 1000) / 1000 }));
    expect(rounded(stored), summary).toEqual(rounded(expected));
    expect(expected.length, summary).toBeGreaterThan(0);
  });
});
