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

  it('follows a program moved under another program, and a region moved under another region, down to their parts', async () => {
    const engine = t.app.services.engine;
    const [province, city, district] = [unique('provinsi-uji'), unique('kota-pindah'), unique('kecamatan-uji')];
    const [first, second, middle, part] = [unique('program-lama'), unique('program-baru'), unique('program-tengah'), unique('bagian-uji')];
    const member = unique('komunitas');
    await write('upsertRegion', 'RegionInput', { id: province, name: `Provinsi ${province}`, level: 'PROVINCE', partOf: 'indonesia' });
    await write('upsertRegion', 'RegionInput', { id: city, name: `Kota ${city}`, level: 'CITY', partOf: 'indonesia' });
    await write('upsertRegion', 'RegionInput', { id: district, name: `Kecamatan ${district}`, level: 'DISTRICT', partOf: city });
    await write('upsertStakeholder', 'StakeholderInput', { id: member, name: member, helix: 'COMMUNITY', kind: 'COMMUNITY_ORGANISATION', regionId: district });
    for (const id of [first, second]) await write('upsertProgram', 'ProgramInput', { id, name: id, kind: 'PROGRAM', startsOn: '2024-01-01', regionId: city });
    await write('upsertProgram', 'ProgramInput', { id: middle, name: middle, kind: 'PROGRAM', startsOn: '2024-02-01', partOf: first });
    await write('upsertProgram', 'ProgramInput', { id: part, name: part, kind: 'EVENT', startsOn: '2024-03-01', partOf: middle, regionId: district });
    await write('addParticipant', 'ParticipationInput', { stakeholderId: member, programId: part, role: 'PARTICIPANT' });
    const listed = async (scope: AnalysisScope) => (await programGaps(scope)).map(([id]: [string]) => id).sort();
    expect(await listed({ program: second })).toEqual([second]);
    const loads = { ...engine.loads };

    // The part's grandparent changes though neither the part nor its parent is written.
    await write('upsertProgram', 'ProgramInput', { id: middle, name: middle, kind: 'PROGRAM', startsOn: '2024-02-01', partOf: second });
    expect(await listed({ program: second })).toEqual([part, middle, second].sort());
    expect(await listed({ program: first })).toEqual([first]);
    // The part's region now lies in the province, through its district's new parent.
    expect(await listed({ region: province })).toEqual([]);
    await write('upsertRegion', 'RegionInput', { id: city, name: `Kota ${city}`, level: 'CITY', partOf: province });
    expect(await listed({ region: province })).toEqual(expect.arrayContaining([part]));
    expect(engine.loads.full).toBe(loads.full);

    const patched = t.app.services.analytics.backend;
    const fresh = new InMemoryAnalytics(new AnalyticsEngine(t.app.services.stores.projection, createLogger('silent')));
    for (const scope of [{ program: first }, { program: second }, { region: province }, { region: city }] as AnalysisScope[]) {
      const [x, y] = [await patched.gaps(scope, 100), await fresh.gaps(scope, 100)];
      expect({ ...x, computedAt: null }, JSON.stringify(scope)).toEqual({ ...y, computedAt: null });
    }
  });
});
