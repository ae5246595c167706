import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine, type AnalysisScope } from '../../src/analytics/engine.js';
import { createLogger } from '../../src/logger.js';
import { InMemoryAnalytics } from '../../src/services/analytics-service.js';
import { createTestApp, unique, type TestApp } from '../support/app.js';

/**
 * The gap report reads the projection only (program helices and facts stream with it), so a
 * write reaches it as a delta: no reload, no query of its own, and the same report a fresh
 * load of the database gives. Everything here lives in a region of its own.
 */
describe('the gap report after a write', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const write = async (mutation: string, type: string, input: Record<string, unknown>) => {
    const result = await t.gql(`mutation($input: ${type}!) { ${mutation}(input: $input) { __typename } }`, { input }, 'EDITOR');
    expect(result.errors).toBeUndefined();
  };
  const programGaps = async (scope: AnalysisScope) => {
    const result = await t.gql(`query($scope: AnalysisScope) { collaborationGaps(scope: $scope) { programsMissingHelices { program { id } missingHelices } } }`, { scope });
    expect(result.errors).toBeUndefined();
    return result.data!.collaborationGaps.programsMissingHelices.map((p: { program: { id: string }; missingHelices: string[] }) => [p.program.id, p.missingHelices]);
  };

  it("follows a program part's new participant and new ties without reloading, as a fresh load would", async () => {
    const engine = t.app.services.engine;
    const [region, program, part] = [unique('kota-uji'), unique('program-uji'), unique('lokakarya-uji')];
    const [government, business, media] = [unique('dinas'), unique('pt'), unique('radio')];
    await write('upsertRegion', 'RegionInput', { id: region, name: `Kota ${region}`, level: 'CITY', partOf: 'indonesia' });
    await write('upsertStakeholder', 'StakeholderInput', { id: government, name: government, helix: 'GOVERNMENT', kind: 'CITY_GOVERNMENT', regionId: region });
    await write('upsertStakeholder', 'StakeholderInput', { id: business, name: business, helix: 'BUSINESS', kind: 'PRIVATE_COMPANY', regionId: region });
    await write('upsertProgram', 'ProgramInput', { id: program, name: 'Program uji', kind: 'PROGRAM', startsOn: '2024-01-01', regionId: region });
    await write('upsertProgram', 'ProgramInput', { id: part, name: 'Lokakarya uji', kind: 'EVENT', startsOn: '2024-06-01', partOf: program });
    await write('addParticipant', 'ParticipationInput', { stakeholderId: government, programId: program, role: 'ORGANIZER' });
    await write('addParticipant', 'ParticipationInput', { stakeholderId: business, programId: part, role: 'PARTICIPANT' });
    // A program counts the members of its parts and takes them into its scope; the later part is listed first.
    expect(await programGaps({ program })).toEqual([
      [part, ['GOVERNMENT', 'ACADEMIA', 'COMMUNITY', 'MEDIA']],
      [program, ['ACADEMIA', 'COMMUNITY', 'MEDIA']],
    ]);
    const loads = { ...engine.loads };

    await write('upsertStakeholder', 'StakeholderInput', { id: media, name: media, helix: 'MEDIA', kind: 'NEWS_OUTLET', regionId: region });
    await write('addParticipant', 'ParticipationInput', { stakeholderId: media, programId: part, role: 'REPORTER' });
    await write('recordCollaboration', 'CollaborationInput', { id: unique('collab'), name: 'Liputan uji', kind: 'PARTNERSHIP', startedOn: '2024-06-01', parties: [{ stakeholderId: media }, { stakeholderId: business }] });

    expect(await programGaps({ program })).toEqual([
      [part, ['GOVERNMENT', 'ACADEMIA', 'COMMUNITY']],
      [program, ['ACADEMIA', 'COMMUNITY']],
    ]);
    // The part is held nowhere itself; a part only starts to count on its date.
    expect(await programGaps({ region })).toEqual([[program, ['ACADEMIA', 'COMMUNITY']]]);
    expect(await programGaps({ program, asOf: '2024-03-01' })).toEqual([[program, ['ACADEMIA', 'COMMUNITY']]]);
    expect(engine.loads.full).toBe(loads.full);
    expect(engine.loads.delta).toBeGreaterThan(loads.delta);

    const patched = t.app.services.analytics.backend;
    const fresh = new InMemoryAnalytics(new AnalyticsEngine(t.app.services.stores.projection, createLogger('silent')));
    const scopes: AnalysisScope[] = [{}, { region }, { program }, { region: 'kota-bontang' }, { asOf: '2024-04-01' }, { helices: ['MEDIA', 'GOVERNMENT', 'BUSINESS'] }];
    for (const scope of scopes) {
      const [x, y] = [await patched.gaps(scope, 100), await fresh.gaps(scope, 100)];
      expect({ ...x, computedAt: null }, JSON.stringify(scope)).toEqual({ ...y, computedAt: null });
    }
  });
});
