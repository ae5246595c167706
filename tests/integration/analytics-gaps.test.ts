import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine, type AnalysisScope } from '../../src/analytics/engine.js';
import { createLogger } from '../../src/logger.js';
import { InMemoryAnalytics } from '../../src/services/analytics-service.js';
import { createTestApp, unique, type TestApp } from '../support/app.js';

/**
 * The gap report reads the projection only (program helices and facts stream with it), so a
 * write reaches it as a delta: no reload, no query of its own, and the same report a fresh
 * load of the database gives.
 */
describe('the gap report after a write', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const write = async (query: string, input: Record<string, unknown>) => {
    const result = await t.gql(query, { input }, 'EDITOR');
    expect(result.errors).toBeUndefined();
  };
  const STAKEHOLDER = `mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }`;
  const COLLABORATION = `mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }`;
  const PARTICIPANT = `mutation($input: ParticipationInput!) { addParticipant(input: $input) { created } }`;
  const PROGRAM_GAPS = `query($scope: AnalysisScope) { collaborationGaps(scope: $scope) { programsMissingHelices { program { id } missingHelices } } }`;
  const missing = async (scope: AnalysisScope, program: string) => {
    const result = await t.gql(PROGRAM_GAPS, { scope });
    expect(result.errors).toBeUndefined();
    return (result.data!.collaborationGaps.programsMissingHelices as Array<{ program: { id: string }; missingHelices: string[] }>).find((p) => p.program.id === program)?.missingHelices;
  };

  it("follows a program's new participant and new ties without reloading, as a fresh load would", async () => {
    const engine = t.app.services.engine;
    const program = 'program-wisata-kota-industri';
    expect(await missing({ region: 'kota-bontang' }, program)).toEqual(['ACADEMIA', 'MEDIA']);
    const loads = { ...engine.loads };

    const media = unique('radio');
    await write(STAKEHOLDER, { id: media, name: media, helix: 'MEDIA', kind: 'NEWS_OUTLET', regionId: 'kota-bontang' });
    await write(PARTICIPANT, { stakeholderId: media, programId: program, role: 'SUPPORTER', startedOn: '2024-05-01' });
    await write(COLLABORATION, { id: unique('collab'), name: 'Liputan wisata', kind: 'PARTNERSHIP', startedOn: '2024-06-01', parties: [{ stakeholderId: media }, { stakeholderId: 'disnaker-bontang' }] });

    expect(await missing({ region: 'kota-bontang' }, program)).toEqual(['ACADEMIA']);
    expect(await missing({ program }, program)).toEqual(['ACADEMIA']);
    expect(engine.loads.full).toBe(loads.full);
    expect(engine.loads.delta).toBeGreaterThan(loads.delta);

    const patched = t.app.services.analytics.backend;
    const fresh = new InMemoryAnalytics(new AnalyticsEngine(t.app.services.stores.projection, createLogger('silent')));
    const scopes: AnalysisScope[] = [{}, { region: 'kota-bontang' }, { program }, { asOf: '2024-04-01' }, { helices: ['MEDIA', 'GOVERNMENT', 'BUSINESS'] }];
    for (const scope of scopes) {
      const [x, y] = [await patched.gaps(scope, 100), await fresh.gaps(scope, 100)];
      expect({ ...x, computedAt: null }, JSON.stringify(scope)).toEqual({ ...y, computedAt: null });
    }
  });
});
