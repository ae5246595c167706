import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareScopeStatements } from '../../src/db/locks.js';
import { seededRandom } from '../../src/random.js';
import { createTestApp, type TestApp } from '../support/app.js';

/**
 * A property of the whole write path: random interleavings of 20 clients sending 1,000
 * operations (upserts, records, ends, deletes of stakeholders, programs, collaborations,
 * participations, assessments, interactions of the engagement log with their follow-ups, and a few reads) at a small set of items, so that most operations collide
 * with another. Afterwards the graph keeps every rule the API enforces one request at a time,
 * every tie equals its recomputation from the facts, and every answer was data or an expected
 * code. The seed is random per run and printed with any failure (CONCURRENCY_SEED repeats one).
 *
 * The ids are this run's own (a random prefix), so other test files sharing the database are
 * not disturbed. Each item's shape is fixed by its index, so what the graph must look like is
 * known whatever order the writes landed in: stakeholder i >= 8 is always a unit of stakeholder
 * i - 8 (or of the one i - 8 was merged into), and collaboration i, when i is even, is always
 * under program i mod 4. Merges fold stakeholders 4-7 and 12-15 into others at random.
 *
 * One more client is a scoped editor, limited to one region (with a district inside it). Where
 * things are is fixed by index too: stakeholder i is based in the region when i mod 3 is 0, in
 * its district when 1, in a neighbouring region when 2 (programs are held nowhere, so nothing
 * else places a stakeholder); an odd collaboration is always recorded between outsiders. The
 * scoped client writes everywhere, moves stakeholders out and swaps insiders into outsiders'
 * collaborations; afterwards none of that may have landed.
 */
const SEED = Number(process.env.CONCURRENCY_SEED ?? randomBytes(4).readUInt32LE() % 2 ** 31);
const CLIENTS = 20;
const OPERATIONS = 1_000;
const STAKEHOLDERS = 16;
const PROGRAMS = 4;
const COLLABORATIONS = 24;
const INTERACTIONS = 12;
const UNIT_OFFSET = 8;
const ROLES = ['PARTICIPANT', 'ORGANIZER'] as const;
/** Share of the operations the scoped editor sends. */
const SCOPED_SHARE = 0.2;

/** Codes an operation may answer when it loses a race or breaks a rule the API checks. */
const EXPECTED = new Set(['NOT_FOUND', 'CONFLICT', 'TRANSIENT']);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // As the service does at start: a loaded machine may take longer to plan them than a write may last.
  await prepareScopeStatements(t.db);
  for (const [id, partOf, level] of [[REGION.inside, 'indonesia', 'CITY'], [REGION.district, REGION.inside, 'DISTRICT'], [REGION.outside, 'indonesia', 'CITY']] as const) {
    const region = await t.gql('mutation($input: RegionInput!) { upsertRegion(input: $input) { id } }', { input: { id, name: `Wilayah ${id}`, level, partOf } }, 'EDITOR');
    expect(region.errors).toBeUndefined();
  }
  const key = await t.gql('mutation($scope: WriteScopeInput) { createApiKey(name: "scoped", role: EDITOR, scope: $scope) { key } }', { scope: { regions: [REGION.inside] } }, 'ADMIN');
  scopedKey = key.data!.createApiKey.key;
});
afterAll(() => t.close());

const run = `prop${randomBytes(3).toString('hex')}`;
const stakeholderId = (i: number) => `${run}-org-${i}`;
const programId = (i: number) => `${run}-program-${i}`;
const collaborationId = (i: number) => `${run}-col-${i}`;
const REGION = { inside: `${run}-kota`, district: `${run}-kecamatan`, outside: `${run}-kota-tetangga` };
const regionOf = (i: number) => [REGION.inside, REGION.district, REGION.outside][i % 3]!;
const isInside = (i: number) => i % 3 !== 2;
let scopedKey: string;
/** Assessments are made within one of the programs, or within a region of the seed (never deleted). */
const assessmentScope = (i: number) => (i < PROGRAMS ? programId(i) : 'kota-bontang');
const ASSESSMENT_DAYS = ['2025-01-01', '2025-02-01', '2025-03-01'];
const interactionId = (i: number) => `${run}-int-${i}`;

interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Sent by the scoped editor. */
  scoped?: boolean;
}

const COLLABORATION = 'mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }';

function operations(random: () => number): Operation[] {
  const pick = (n: number) => Math.floor(random() * n);
  const partiesFrom = (indices: number[]) => {
    const parties = new Set<number>();
    const size = 2 + pick(2);
    while (parties.size < size) parties.add(indices[pick(indices.length)]!);
    return [...parties].map((p) => ({ stakeholderId: stakeholderId(p) }));
  };
  const outsiders = Array.from({ length: STAKEHOLDERS }, (_, i) => i).filter((i) => !isInside(i));
  const anyone = Array.from({ length: STAKEHOLDERS }, (_, i) => i);
  const stakeholder = (i: number, regionId = regionOf(i)): Operation => ({
    name: 'upsertStakeholder',
    query: 'mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }',
    variables: {
      input: {
        id: stakeholderId(i),
        name: `Organisasi ${i} ${pick(1000)}`,
        helix: ['GOVERNMENT', 'BUSINESS', 'ACADEMIA', 'COMMUNITY', 'MEDIA'][i % 5],
        kind: 'NGO',
        regionId,
        ...(i >= UNIT_OFFSET ? { unitOf: stakeholderId(i - UNIT_OFFSET) } : {}),
      },
    },
  });
  const record: [number, () => Operation] = [
    22,
    () => {
      const i = pick(COLLABORATIONS);
      return {
        name: 'recordCollaboration',
        query: COLLABORATION,
        variables: {
          input: {
            id: collaborationId(i),
            name: `Kolaborasi ${i}`,
            kind: 'PARTNERSHIP',
            strength: (1 + pick(10)) / 10,
            startedOn: '2024-01-01',
            parties: partiesFrom(i % 2 === 1 ? outsiders : anyone),
            ...(i % 2 === 0 ? { programId: programId(i % PROGRAMS) } : {}),
          },
        },
      };
    },
  ];
  const partners: [number, () => Operation] = [15, () => ({ name: 'partners', query: 'query($id: ID!) { stakeholder(id: $id) { partners(first: 50) { partner { id } weight collaborations programs } } }', variables: { id: stakeholderId(pick(STAKEHOLDERS)) } })];
  const choices: Array<[number, () => Operation]> = [
    [14, () => stakeholder(pick(STAKEHOLDERS))],
    [8, () => ({ name: 'deleteStakeholder', query: 'mutation($id: ID!) { deleteStakeholder(id: $id) { deleted } }', variables: { id: stakeholderId(pick(STAKEHOLDERS)) } })],
    [6, () => ({ name: 'upsertProgram', query: 'mutation($input: ProgramInput!) { upsertProgram(input: $input) { created } }', variables: { input: { id: programId(pick(PROGRAMS)), name: `Program ${pick(1000)}`, kind: 'PROGRAM' } } })],
    [4, () => ({ name: 'deleteProgram', query: 'mutation($id: ID!) { deleteProgram(id: $id) { deleted } }', variables: { id: programId(pick(PROGRAMS)) } })],
    record,
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
    [
      4,
      () => {
        const i = pick(INTERACTIONS);
        const stakeholders = new Set<number>();
        const size = 1 + pick(3);
        while (stakeholders.size < size) stakeholders.add(pick(STAKEHOLDERS));
        return {
          name: 'logInteraction',
          query: 'mutation($input: InteractionInput!) { logInteraction(input: $input) { created } }',
          variables: {
            input: {
              id: interactionId(i),
              kind: (['MEETING', 'CALL', 'VISIT'] as const)[pick(3)],
              subject: `Rapat ${i}`,
              occurredOn: '2025-02-01',
              stakeholderIds: [...stakeholders].map(stakeholderId),
              ...(i % 2 === 0 ? { programId: programId(i % PROGRAMS) } : {}),
              followUps: Array.from({ length: pick(3) }, (_, j) => ({ commitment: `Janji ${j}`, dueOn: '2025-03-01' })),
            },
          },
        };
      },
    ],
    [4, () => ({ name: 'updateInteraction', query: 'mutation($id: ID!, $patch: InteractionPatch!) { updateInteraction(id: $id, patch: $patch) { created } }', variables: { id: interactionId(pick(INTERACTIONS)), patch: { subject: `Rapat ${pick(1000)}`, addFollowUps: [{ commitment: 'Tambahan' }] } } })],
    [5, () => ({ name: 'setFollowUpStatus', query: 'mutation($id: ID!, $s: FollowUpStatus!) { setFollowUpStatus(id: $id, status: $s) { followUp { status } } }', variables: { id: `${interactionId(pick(INTERACTIONS))}--${1 + pick(2)}`, s: (['OPEN', 'DONE', 'CANCELLED'] as const)[pick(3)] } })],
    [4, () => ({ name: 'deleteInteraction', query: 'mutation($id: ID!) { deleteInteraction(id: $id) { deleted } }', variables: { id: interactionId(pick(INTERACTIONS)) } })],
    [
      3,
      () => {
        // Half the stakeholders may be merged away (parents 4-7 and units 12-15), so the rest keep the runs busy.
        // Into one placed alike (the same i mod 3): the merge of an outsider into an insider would
        // hand the insider the outsiders' collaborations, which the scoped client's rule forbids it alone.
        const merge = [4, 5, 6, 7, 12, 13, 14, 15][pick(8)]!;
        const alike = Array.from({ length: STAKEHOLDERS }, (_, j) => j).filter((j) => j !== merge && j % 3 === merge % 3);
        const keep = alike[pick(alike.length)]!;
        return { name: 'mergeStakeholders', query: 'mutation($k: ID!, $m: ID!) { mergeStakeholders(keep: $k, merge: $m) { mergedId } }', variables: { k: stakeholderId(keep), m: stakeholderId(merge) } };
      },
    ],
    partners,
  ];
  // The scoped editor: the same writes anywhere, and the moves and swaps it must not make.
  const even = () => 2 * pick(COLLABORATIONS / 2);
  const odd = () => 2 * pick(COLLABORATIONS / 2) + 1;
  const scopedChoices: Array<[number, () => Operation]> = [
    ...choices.filter((choice) => choice !== record && choice !== partners),
    [6, () => stakeholder(pick(STAKEHOLDERS), REGION.outside)],
    [
      10,
      () => {
        // Only even ids: creating an odd one with an insider would be its right, and would break the odd ones' rule.
        const i = even();
        return {
          name: 'recordCollaboration',
          query: COLLABORATION,
          variables: { input: { id: collaborationId(i), name: `Kolaborasi ${i}`, kind: 'PARTNERSHIP', strength: 0.5, startedOn: '2024-01-01', parties: partiesFrom(anyone), programId: programId(i % PROGRAMS) } },
        };
      },
    ],
    [
      6,
      () => ({
        name: 'updateCollaboration',
        query: 'mutation($id: ID!, $patch: CollaborationPatch!) { updateCollaboration(id: $id, patch: $patch) { created } }',
        variables: { id: collaborationId(odd()), patch: { parties: partiesFrom(anyone) } },
      }),
    ],
  ];
  const draw = (from: Array<[number, () => Operation]>) => {
    let r = random() * from.reduce((sum, [weight]) => sum + weight, 0);
    for (const [weight, make] of from) {
      if ((r -= weight) < 0) return make();
    }
    return from[0]![1]();
  };
  return Array.from({ length: OPERATIONS }, () => (random() < SCOPED_SHARE ? { ...draw(scopedChoices), scoped: true } : draw(choices)));
}

describe(`${CLIENTS} clients, ${OPERATIONS} random operations at once (seed ${SEED})`, () => {
  it('keeps every rule, keeps ties equal to the facts, and answers data or an expected code', { timeout: 180_000 }, async () => {
    const random = seededRandom(SEED);
    // Parents first, so that units have something to hang under from the start.
    const queue: Operation[] = Array.from({ length: UNIT_OFFSET }, (_, i) => ({
      name: 'upsertStakeholder',
      query: 'mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }',
      variables: { input: { id: stakeholderId(i), name: `Organisasi ${i}`, helix: 'COMMUNITY', kind: 'NGO', regionId: regionOf(i) } },
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
          const result = op.scoped ? await t.as(scopedKey, op.query, op.variables) : await t.gql(op.query, op.variables, 'EDITOR');
          const code = (result.errors?.[0]?.extensions?.code) ?? null;
          const key = `${op.scoped ? 'scoped ' : ''}${op.name} ${code ?? 'data'}`;
          answers.set(key, (answers.get(key) ?? 0) + 1);
          const dataOk = code === null && result.data?.[op.name === 'partners' ? 'stakeholder' : op.name] !== undefined;
          const expected = EXPECTED.has(code!) || (op.scoped && code === 'FORBIDDEN');
          if (code === null ? !dataOk : !expected) unexpected.push(`${op.name}: ${JSON.stringify(result).slice(0, 300)}`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const summary = `seed ${SEED}, ${queue.length} operations in ${seconds.toFixed(1)} s: ${JSON.stringify(Object.fromEntries([...answers].sort()))}`;
    console.info(summary);
    expect(unexpected, summary).toEqual([]);
    // The races must really have happened: writes were refused because another one won.
    expect([...answers.keys()].some((k) => k.endsWith('CONFLICT') || k.endsWith('NOT_FOUND')), summary).toBe(true);
    // The scoped editor both wrote and was refused.
    expect([...answers.keys()].some((k) => k.startsWith('scoped ') && k.endsWith(' data')), summary).toBe(true);
    expect([...answers.keys()].some((k) => k.startsWith('scoped ') && k.endsWith(' FORBIDDEN')), summary).toBe(true);

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
         WITH s, $prefix + 'org-' + toString(toInteger(split(s.id, '-org-')[1]) - toInteger($offset)) AS parent
         OPTIONAL MATCH (r:Redirect {id: parent})
         WITH s, r, coalesce(r.to, parent) AS expected
         WHERE NOT EXISTS { (s)-[:UNIT_OF]->(:Stakeholder {id: expected}) } AND NOT (r IS NOT NULL AND expected = s.id)
       RETURN 'a unit without its parent (or the one its parent was merged into)' AS rule, s.id AS id
       UNION
       MATCH (r:Redirect), (n:Participation) WHERE r.id STARTS WITH $prefix AND n.id STARTS WITH r.id + '--'
       RETURN 'a participation still keyed by a merged id' AS rule, n.id AS id
       UNION
       MATCH (r:Redirect) WHERE r.id STARTS WITH $prefix AND (EXISTS { (r)--() } OR NOT EXISTS { (:Stakeholder {id: r.to}) })
       RETURN 'a redirect with links or to nothing' AS rule, r.id AS id
       UNION
       MATCH (n:Participation) WHERE n.id STARTS WITH $prefix
         AND (NOT EXISTS { (:Stakeholder)-[:TAKES_PART]->(n) } OR NOT EXISTS { (n)-[:IN]->(:Program) })
       RETURN 'a participation without its stakeholder or program' AS rule, n.id AS id
       UNION
       MATCH (s:Stakeholder)-[:BASED_IN]->(r:Region) WHERE s.id STARTS WITH $prefix AND r.id <> $regions[toInteger(split(s.id, '-org-')[1]) % 3]
       RETURN 'a stakeholder moved to another region' AS rule, s.id AS id
       UNION
       MATCH (c:Collaboration)<-[:PARTY_TO]-(s:Stakeholder) WHERE c.id STARTS WITH $prefix AND toInteger(split(c.id, '-col-')[1]) % 2 = 1
         AND toInteger(split(s.id, '-org-')[1]) % 3 <> 2
       RETURN "an outsiders' collaboration with an insider" AS rule, c.id AS id
       UNION
       // What the scoped editor changed (an event that changed nothing aside) was inside its scope.
       MATCH (e:AuditEvent {actor: $scoped}) WHERE e.itemId STARTS WITH $prefix AND e.outcome <> 'UNCHANGED'
         AND (e.itemId CONTAINS '-program-' AND NOT e.itemId CONTAINS '--'
              OR e.itemId =~ '.*-org-[0-9]+(--.*)?' AND toInteger(split(split(e.itemId, '-org-')[1], '--')[0]) % 3 = 2
              OR e.itemId CONTAINS '-col-' AND toInteger(split(e.itemId, '-col-')[1]) % 2 = 1)
       RETURN 'the scoped editor wrote outside its scope: ' + e.action AS rule, e.itemId AS id
       UNION
       MATCH (a:Assessment) WHERE a.id STARTS WITH $prefix
         AND (COUNT { (a)-[:ASSESSES]->(:Stakeholder) } <> 1 OR COUNT { (a)-[:WITHIN]->(:Program|Region) } <> 1
              OR NOT EXISTS { MATCH (s:Stakeholder)<-[:ASSESSES]-(a)-[:WITHIN]->(g) WHERE a.id = s.id + '--' + g.id + '--' + toString(a.assessedOn) })
       RETURN 'an assessment without its stakeholder and scope, or not under its key' AS rule, a.id AS id
       UNION
       MATCH (f:FollowUp) WHERE f.id STARTS WITH $prefix AND COUNT { (f)<-[:HAS_FOLLOW_UP]-(:Interaction) } <> 1
       RETURN 'a follow-up without exactly one interaction' AS rule, f.id AS id
       UNION
       MATCH (n:Interaction)-[:HAS_FOLLOW_UP]->(f:FollowUp) WHERE n.id STARTS WITH $prefix
         AND (f.id <> n.id + '--' + toString(f.position + 1) OR (f.status = 'OPEN') <> (f.closedOn IS NULL))
       RETURN 'a follow-up out of its place, or closed without a date' AS rule, f.id AS id`,
      { prefix, programs: PROGRAMS, offset: UNIT_OFFSET, regions: [REGION.inside, REGION.district, REGION.outside], scoped: `key:${scopedKey.split('_')[1]}` },
    );
    expect(violations, summary).toEqual([]);

    // Ties recomputed here from the facts, independently of src/db/ties.ts (no dates are set
    // on programs or participations, so every shared program counts).
    const expected = await t.db.query<{ pair: string; weight: number; collaborations: number; programs: number; evidence: number }>(
      'test.ties_from_facts',
      `MATCH (a:Stakeholder), (b:Stakeholder)
       WHERE a.id STARTS WITH $prefix AND b.id STARTS WITH $prefix AND a.id < b.id
       WITH a, b,
            [(a)-[:PARTY_TO]->(c:Collaboration)<-[:PARTY_TO]-(b) | c.strength] AS strengths,
            size(COLLECT { MATCH (a)-[:TAKES_PART]->(:Participation)-[:IN]->(p:Program)<-[:IN]-(:Participation)<-[:TAKES_PART]-(b) RETURN DISTINCT p }) AS programs,
            size(COLLECT { MATCH (a)-[:INVOLVED_IN]->(i:Interaction)<-[:INVOLVED_IN]-(b) RETURN i }) AS interactions
       WHERE size(strengths) > 0 OR programs > 0
       RETURN a.id + ' ' + b.id AS pair, reduce(w = 0.0, s IN strengths | w + s) + 0.5 * programs AS weight,
              size(strengths) AS collaborations, programs, interactions AS evidence
       ORDER BY pair`,
      { prefix },
    );
    const stored = await t.db.query<{ pair: string; weight: number; collaborations: number; programs: number; evidence: number }>(
      'test.ties_stored',
      `MATCH (a:Stakeholder)-[t:WORKS_WITH]-(b:Stakeholder)
       WHERE a.id STARTS WITH $prefix AND a.id < b.id
       RETURN a.id + ' ' + b.id AS pair, t.weight AS weight, t.collaborations AS collaborations, t.programs AS programs, t.evidence AS evidence
       ORDER BY pair`,
      { prefix },
    );
    const rounded = (rows: typeof stored) => rows.map((r) => ({ ...r, weight: Math.round(r.weight * 1000) / 1000 }));
    expect(rounded(stored), summary).toEqual(rounded(expected));
    expect(expected.length, summary).toBeGreaterThan(0);
  });
});
