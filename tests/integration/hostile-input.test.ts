import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/roles.js';
import { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrations.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/neo4j-launcher.js';
import { createLogger } from '../../src/logger.js';
import { loadDataset, readCuratedSeed } from '../../src/seed/load.js';
import { createApp, type App } from '../../src/server.js';
import { graphFingerprint } from '../support/app.js';

/**
 * Thousands of random and hostile inputs against every mutation and the main queries, on a
 * database of its own (with the seed), so that valid-looking random writes stay here. For each
 * request: no INTERNAL_SERVER_ERROR, and when it is refused, the graph is exactly as before.
 */
const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
const dataDir = mkdtempSync(path.join(tmpdir(), 'pentahelix-hostile-'));
let neo4j: EmbeddedNeo4j;
let db: Database;
let app: App;
const keys = new Map<Role, string>();

beforeAll(async () => {
  neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heap: '512m', pageCache: '64m', logger });
  db = new Database({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 10_000, logger });
  await migrate(db, logger);
  await loadDataset(db, await readCuratedSeed());
  app = createApp({ graphiql: false, NODE_ENV: 'production', PATH_TIME_LIMIT_MS: 2_000, anonymousRole: 'ANONYMOUS' }, db, logger);
  for (const role of ['VIEWER', 'EDITOR', 'ADMIN'] as const) keys.set(role, (await app.services.stores.apiKeys.create(`hostile-${role}`, role)).key);
  // An interaction with a follow-up the follow-up and patch operations below work on.
  await app.services.engagement.log({ id: 'hostile-followed', kind: 'MEETING', subject: 'Rapat', occurredOn: '2025-01-01', stakeholderIds: ['masata-bontang', 'disnaker-bontang'], followUps: [{ commitment: 'Janji' }] });
}, 120_000);

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const INJECTIONS = [
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n //',
  '`}) DETACH DELETE n WITH 1 AS x MATCH (m',
  '$id',
  '{id: "masata-bontang"}',
  'CALL dbms.killQueries(["*"])',
  '\u0000\u0001\u0002',
  '\uD800',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00%27',
  '${7*7}',
  'masata-bontang',
  'MASATA',
  '*',
  '~1',
  'a'.repeat(100_000),
  '𝔓𝔢𝔫𝔱𝔞𝔥𝔢𝔩𝔦𝔵 🏝️ ١٢٣ Ⅻ',
  'ǅ\u0301\u200B\u202E',
];
const NUMBERS = [0, -1, 1, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, -1e308, 1e-320, 0.5, Number.MAX_SAFE_INTEGER];

const hostileString = fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
const hostileNumber = fc.oneof(fc.constantFrom(...NUMBERS), fc.integer(), fc.double({ noNaN: true }));
const deepNesting = fc.integer({ min: 20, max: 200 }).map((depth) => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
});
const wrongType = fc.oneof(fc.constant(null), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }));
const hostileValue = fc.oneof(hostileString, hostileNumber, wrongType, deepNesting);

/** A template's leaves, each kept valid or replaced by something hostile; sometimes with extra keys. */
function around(template: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(template)) return fc.array(around(template[0]), { maxLength: 3 });
  if (template !== null && typeof template === 'object') {
    const fields = Object.fromEntries(Object.entries(template).map(([k, v]) => [k, around(v)]));
    return fc.oneof(
      { weight: 4, arbitrary: fc.record(fields) },
      { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.tuple(fc.record(fields), fc.string({ minLength: 1, maxLength: 8 }), hostileValue).map(([r, k, v]) => ({ ...r, [k]: v })) },
      { weight: 1, arbitrary: hostileValue },
    );
  }
  return fc.oneof({ weight: 5, arbitrary: fc.constant(template) }, { weight: 1, arbitrary: hostileValue });
}

const evidence = [{ sourceId: 'jusmin-2025-rakor-pentahelix-wisata-industri-bontang', quote: 'kutipan', confidence: 0.5 }];
const OPERATIONS: Array<{ name: string; role: Role; query: string; variables: Record<string, unknown> }> = [
  {
    name: 'upsertStakeholder',
    role: 'EDITOR',
    query: 'mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }',
    variables: { input: { id: 'hostile-org', name: 'Organisasi', aliases: ['Org'], helix: 'COMMUNITY', kind: 'NGO', description: 'd', website: 'https://example.org', tags: ['t'], regionId: 'kota-bontang', unitOf: 'pemkot-bontang', evidence } },
  },
  { name: 'deleteStakeholder', role: 'EDITOR', query: 'mutation($id: ID!) { deleteStakeholder(id: $id) { deleted } }', variables: { id: 'hostile-org' } },
  {
    name: 'upsertProgram',
    role: 'EDITOR',
    query: 'mutation($input: ProgramInput!) { upsertProgram(input: $input) { program { id } } }',
    variables: { input: { id: 'hostile-program', name: 'Program', aliases: ['P'], kind: 'PROGRAM', description: 'd', startsOn: '2025-01-01', endsOn: '2025-12-31', venue: 'v', regionId: 'kota-bontang', evidence } },
  },
  { name: 'deleteProgram', role: 'EDITOR', query: 'mutation($id: ID!) { deleteProgram(id: $id) { deleted } }', variables: { id: 'hostile-program' } },
  {
    name: 'addParticipant',
    role: 'EDITOR',
    query: 'mutation($input: ParticipationInput!) { addParticipant(input: $input) { participation { role } } }',
    variables: { input: { stakeholderId: 'masata-bontang', programId: 'job-fair-2025', role: 'PARTICIPANT', description: 'd', evidence } },
  },
  {
    name: 'removeParticipant',
    role: 'EDITOR',
    query: 'mutation($s: ID!, $p: ID!, $r: ParticipationRole!) { removeParticipant(stakeholderId: $s, programId: $p, role: $r) { deleted } }',
    variables: { s: 'masata-bontang', p: 'job-fair-2025', r: 'PARTICIPANT' },
  },
  {
    name: 'recordCollaboration',
    role: 'EDITOR',
    query: 'mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { collaboration { id } } }',
    variables: {
      input: { id: 'hostile-collab', name: 'Kerja sama', kind: 'PARTNERSHIP', description: 'd', strength: 0.5, status: 'ACTIVE', startedOn: '2025-01-01', parties: [{ stakeholderId: 'masata-bontang', role: 'r' }, { stakeholderId: 'badak-lng', role: 'r' }], evidence },
    },
  },
  {
    name: 'updateCollaboration',
    role: 'EDITOR',
    query: 'mutation($id: ID!, $patch: CollaborationPatch!) { updateCollaboration(id: $id, patch: $patch) { collaboration { id } } }',
    variables: { id: 'hostile-collab', patch: { name: 'n', strength: 0.7, parties: [{ stakeholderId: 'masata-bontang' }, { stakeholderId: 'pemkot-bontang' }], addEvidence: evidence } },
  },
  { name: 'endCollaboration', role: 'EDITOR', query: 'mutation($id: ID!, $d: Date!) { endCollaboration(id: $id, endedOn: $d) { collaboration { id } } }', variables: { id: 'hostile-collab', d: '2025-06-30' } },
  { name: 'deleteCollaboration', role: 'EDITOR', query: 'mutation($id: ID!) { deleteCollaboration(id: $id) { deleted } }', variables: { id: 'hostile-collab' } },
  { name: 'upsertRegion', role: 'EDITOR', query: 'mutation($input: RegionInput!) { upsertRegion(input: $input) { id } }', variables: { input: { id: 'hostile-region', name: 'Wilayah', level: 'DISTRICT', partOf: 'kota-bontang' } } },
  {
    name: 'upsertSource',
    role: 'EDITOR',
    query: 'mutation($input: SourceInput!) { upsertSource(input: $input) { id } }',
    variables: { input: { id: 'hostile-source', title: 'Judul', publisher: 'p', author: 'a', url: 'https://example.org/a', publishedOn: '2025-01-01', kind: 'NEWS_ARTICLE', language: 'id' } },
  },
  {
    name: 'upsertPerson',
    role: 'EDITOR',
    query: 'mutation($input: PersonInput!) { upsertPerson(input: $input) { id } }',
    variables: { input: { id: 'hostile-person', name: 'Orang', aliases: ['O'], email: 'o@example.org', phone: '+62 812', offices: [{ stakeholderId: 'pemkot-bontang', title: 'Kepala', since: '2024-01-01', evidence }] } },
  },
  { name: 'createApiKey', role: 'ADMIN', query: 'mutation($name: String!, $role: Role!) { createApiKey(name: $name, role: $role) { apiKey { id } } }', variables: { name: 'k', role: 'VIEWER' } },
  { name: 'revokeApiKey', role: 'ADMIN', query: 'mutation($id: ID!) { revokeApiKey(id: $id) }', variables: { id: '0123456789ab' } },
  { name: 'stakeholder', role: 'VIEWER', query: 'query($id: ID!) { stakeholder(id: $id) { id name } }', variables: { id: 'masata-bontang' } },
  {
    name: 'logInteraction',
    role: 'EDITOR',
    query: 'mutation($input: InteractionInput!) { logInteraction(input: $input) { interaction { id } } }',
    variables: {
      input: {
        id: 'hostile-interaction',
        kind: 'CALL',
        subject: 'Telepon',
        occurredOn: '2025-02-01',
        programId: 'rakor-forkopimda-bontang-2025',
        stakeholderIds: ['masata-bontang', 'badak-lng'],
        notes: 'catatan',
        privateNotes: 'pribadi',
        followUps: [{ commitment: 'Kirim surat', dueOn: '2025-03-01', status: 'DONE', closedOn: '2025-02-10' }],
      },
    },
  },
  {
    name: 'updateInteraction',
    role: 'EDITOR',
    query: 'mutation($id: ID!, $patch: InteractionPatch!) { updateInteraction(id: $id, patch: $patch) { interaction { id } } }',
    variables: { id: 'hostile-followed', patch: { subject: 'Rapat ulang', addFollowUps: [{ commitment: 'Janji baru', dueOn: '2025-04-01' }] } },
  },
  { name: 'setFollowUpStatus', role: 'EDITOR', query: 'mutation($id: ID!, $s: FollowUpStatus!, $on: Date) { setFollowUpStatus(id: $id, status: $s, closedOn: $on) { followUp { id } } }', variables: { id: 'hostile-followed--1', s: 'DONE', on: '2025-02-01' } },
  { name: 'deleteInteraction', role: 'EDITOR', query: 'mutation($id: ID!) { deleteInteraction(id: $id) { deleted } }', variables: { id: 'hostile-interaction' } },
  {
    name: 'followUps',
    role: 'VIEWER',
    query: 'query($where: FollowUpFilter, $after: String) { followUps(where: $where, after: $after) { totalCount } }',
    variables: { where: { owner: 'basri-rase', region: 'kota-bontang', program: 'rakor-forkopimda-bontang-2025', statuses: ['OPEN'], overdue: true, asOf: '2025-06-01' }, after: 'WyJhIiwiYiJd' },
  },
  {
    name: 'unengagedPartners',
    role: 'VIEWER',
    query: 'query($since: Date!, $scope: PartnerScope) { unengagedPartners(since: $since, scope: $scope) { totalCount } }',
    variables: { since: '2025-01-01', scope: { region: 'kota-bontang', helices: ['COMMUNITY'], asOf: '2025-06-01' } },
  },
  {
    name: 'stakeholders',
    role: 'VIEWER',
    query: 'query($where: StakeholderFilter, $first: Int, $after: String) { stakeholders(where: $where, first: $first, after: $after) { totalCount } }',
    variables: { where: { ids: ['masata-bontang'], helices: ['COMMUNITY'], kinds: ['NGO'], region: 'kota-bontang', text: 'masata', hasTiesTo: ['BUSINESS'] }, first: 10, after: 'WyJhIiwiYiJd' },
  },
  { name: 'search', role: 'VIEWER', query: 'query($text: String!, $first: Int) { search(text: $text, first: $first) { __typename } }', variables: { text: 'disnaker', first: 5 } },
  {
    name: 'path',
    role: 'VIEWER',
    query: 'query($from: ID!, $to: ID!, $options: PathOptions) { path(from: $from, to: $to, options: $options) { reason } }',
    variables: { from: 'masata-bontang', to: 'disnaker-bontang', options: { maxHops: 4, onlyHelices: ['GOVERNMENT'], avoid: ['pemkot-bontang'], weighted: true } },
  },
  { name: 'paths', role: 'VIEWER', query: 'query($from: ID!, $to: ID!, $k: Int) { paths(from: $from, to: $to, k: $k) { __typename } }', variables: { from: 'masata-bontang', to: 'badak-lng', k: 3 } },
  { name: 'network', role: 'VIEWER', query: 'query($center: [ID!]!, $depth: Int) { network(center: $center, depth: $depth) { __typename } }', variables: { center: ['masata-bontang'], depth: 2 } },
  {
    name: 'influence',
    role: 'VIEWER',
    query: 'query($scope: AnalysisScope, $first: Int) { influence(scope: $scope, first: $first) { __typename } }',
    variables: { scope: { region: 'kota-bontang', helices: ['COMMUNITY', 'GOVERNMENT'] }, first: 5 },
  },
  { name: 'collaborationGaps', role: 'VIEWER', query: 'query($scope: AnalysisScope, $n: Int) { collaborationGaps(scope: $scope, suggestions: $n) { __typename } }', variables: { scope: { region: 'kota-bontang' }, n: 3 } },
];

/** Every string in a value, keys included. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)]);
  return [];
}

/** What the errors say once the caller's own input, quoted back to it, is taken out. */
function ownWords(errors: Array<{ message?: string; extensions?: unknown }>, variables: unknown): string {
  const echoed = stringsIn(variables)
    .filter((s) => s.length >= 4)
    .flatMap((s) => [s, JSON.stringify(s).slice(1, -1)])
    .sort((a, b) => b.length - a.length);
  return errors
    .map((e) => echoed.reduce((text, s) => text.split(s).join(''), `${e.message ?? ''} ${JSON.stringify(e.extensions ?? {})}`))
    .join('\n');
}

const LEAK = /\b(MATCH|MERGE|UNWIND|RETURN|CALL)\b|Neo4jError|Neo\.(Client|Transient|Database)Error|at .+\.(ts|js):\d+|node_modules/;

describe('hostile input (fast-check)', () => {
  const RUNS = 100;
  const seen = new Map<string, { requests: number; refused: number; codes: Set<string> }>();

  async function send(role: Role, query: string, variables: unknown) {
    const response = await app.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.get(role)}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) as { errors?: Array<{ message?: string; extensions?: { code?: string } }> } };
  }

  for (const operation of OPERATIONS) {
    it(`${operation.name}: never an internal error, and a refused request changes nothing`, async () => {
      const stats = { requests: 0, refused: 0, codes: new Set<string>() };
      seen.set(operation.name, stats);
      // The template itself is valid, so the inputs around it probe the edge of what is accepted.
      const valid = await send(operation.role, operation.query, operation.variables);
      expect(valid.body.errors, valid.text).toBeUndefined();
      await fc.assert(
        fc.asyncProperty(around(operation.variables), async (variables) => {
          const before = await graphFingerprint(db);
          const { status, text, body } = await send(operation.role, operation.query, variables);
          stats.requests++;
          expect(status, text.slice(0, 500)).toBeLessThan(500);
          const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
          codes.forEach((c) => stats.codes.add(c));
          expect(codes, text.slice(0, 500)).not.toContain('INTERNAL_SERVER_ERROR');
          expect(codes).not.toContain('NO_CODE');
          expect(ownWords(body.errors ?? [], variables)).not.toMatch(LEAK);
          if (body.errors) {
            stats.refused++;
            expect(await graphFingerprint(db)).toBe(before);
          }
        }),
        { numRuns: RUNS, seed: 20261122 + operation.name.length },
      );
    }, 300_000);
  }

  it('sent thousands of requests, most of them refused', () => {
    const total = [...seen.values()].reduce((n, s) => n + s.requests, 0);
    expect(total).toBeGreaterThanOrEqual(OPERATIONS.length * RUNS);
    expect(total).toBeGreaterThanOrEqual(2_000);
    console.info(
      `hostile input: ${total} requests over ${OPERATIONS.length} operations; ` +
        [...seen].map(([name, s]) => `${name} ${s.refused}/${s.requests} with errors [${[...s.codes].join(' ')}]`).join('; '),
    );
  });
});
