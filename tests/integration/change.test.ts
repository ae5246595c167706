import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unique, type TestApp } from '../support/app.js';

let t: TestApp;
const REGION = unique('change-region');
const id = (name: string) => `${REGION}-${name}`;

/**
 * A city of its own: in 2024 only the government and a company work together; in 2025 a
 * community group starts working with both and with a radio station, closing three gaps and
 * rising to the top.
 */
beforeAll(async () => {
  t = await createTestApp();
  const stakeholder = (name: string, helix: string, kind: string) => ({ id: id(name), name, helix, kind, regionId: REGION });
  const collaboration = (name: string, startedOn: string, parties: string[]) => ({ id: id(name), name, kind: 'PARTNERSHIP', strength: 0.6, startedOn, parties: parties.map((p) => ({ stakeholderId: id(p) })) });
  const dataset = {
    regions: [{ id: REGION, name: 'Kota Perubahan', level: 'CITY', partOf: 'indonesia' }],
    stakeholders: [stakeholder('pemkot', 'GOVERNMENT', 'CITY_GOVERNMENT'), stakeholder('pt', 'BUSINESS', 'PRIVATE_COMPANY'), stakeholder('komunitas', 'COMMUNITY', 'NGO'), stakeholder('radio', 'MEDIA', 'NEWS_OUTLET')],
    collaborations: [
      collaboration('csr', '2024-02-01', ['pemkot', 'pt']),
      collaboration('wisata', '2025-02-01', ['komunitas', 'pemkot']),
      collaboration('pelatihan', '2025-03-01', ['komunitas', 'pt']),
      collaboration('siaran', '2025-04-01', ['komunitas', 'radio']),
    ],
  };
  const imported = await t.gql(`mutation($input: ImportInput!) { importGraph(input: $input) { problems { message } } }`, { input: { format: 'JSON', files: [{ name: 'city.json', content: JSON.stringify(dataset) }] } }, 'ADMIN');
  expect(imported.data!.importGraph.problems).toEqual([]);
});
afterAll(() => t.close());

const CHANGE = `query($scope: AnalysisScope, $from: Date!, $to: Date!, $metric: InfluenceMetric!) {
  networkChange(scope: $scope, from: $from, to: $to, metric: $metric) {
    from to metric
    rose { stakeholder { id } rankBefore rankAfter rankChange scoreBefore scoreAfter }
    fell { stakeholder { id } rankChange }
    joined { id } left { id }
    gapsClosed { a b } gapsOpened { a b }
    balanceBefore balanceAfter tiesBefore tiesAfter
  }
}`;

describe('networkChange', () => {
  it('tells who rose and which gaps closed between last year and this year', async () => {
    const result = await t.gql(CHANGE, { scope: { region: REGION }, from: '2024-06-01', to: '2025-06-01', metric: 'DEGREE' });
    expect(result.errors).toBeUndefined();
    const change = result.data!.networkChange;
    expect(change).toMatchObject({ from: '2024-06-01', to: '2025-06-01', metric: 'DEGREE', tiesBefore: 1, tiesAfter: 4 });
    expect(change.rose[0]).toMatchObject({ stakeholder: { id: id('komunitas') }, rankAfter: 1, scoreBefore: 0, scoreAfter: 3 });
    // The community group and the radio had no tie in 2024: they joined the network since.
    expect(change.joined.map((s: { id: string }) => s.id)).toEqual([id('komunitas'), id('radio')]);
    expect(change.left).toEqual([]);
    const pairs = change.gapsClosed.map((p: { a: string; b: string }) => [p.a, p.b].sort().join('-'));
    expect(pairs.sort()).toEqual(['BUSINESS-COMMUNITY', 'COMMUNITY-GOVERNMENT', 'COMMUNITY-MEDIA']);
    expect(change.gapsOpened).toEqual([]);
    expect(change.balanceAfter).toBeGreaterThan(change.balanceBefore);
  });

  it('sees nothing change between two dates with the same network', async () => {
    const { data } = await t.gql(CHANGE, { scope: { region: REGION }, from: '2025-06-01', to: '2025-12-31', metric: 'PAGERANK' });
    expect(data!.networkChange).toMatchObject({ rose: [], fell: [], joined: [], left: [], gapsClosed: [], gapsOpened: [] });
  });

  it('refuses dates out of order and an asOf in the scope, naming the field', async () => {
    const backwards = await t.gql(CHANGE, { scope: { region: REGION }, from: '2025-06-01', to: '2024-06-01', metric: 'DEGREE' });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'arguments.to' });
    const withAsOf = await t.gql(CHANGE, { scope: { region: REGION, asOf: '2025-01-01' }, from: '2024-06-01', to: '2025-06-01', metric: 'DEGREE' });
    expect(withAsOf.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.asOf' });
  });
});
