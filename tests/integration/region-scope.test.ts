import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Everything the Explorer shows for a scope: the map, the sizes, the gaps, the stakeholder list, one panel. */
const VIEW = `query($scope: AnalysisScope, $region: ID, $panel: ID!) {
  networkOf(scope: $scope, limit: 1000) { nodes { stakeholder { id } } }
  influence(scope: $scope, metric: DEGREE, first: 200) { entries { stakeholder { id } } }
  collaborationGaps(scope: $scope, suggestions: 1) { stakeholderCount absentHelices }
  stakeholders(where: { region: $region }, first: 100) { nodes { id } }
  stakeholder(id: $panel) { influence(scope: $scope) { degree } }
}`;

type View = {
  networkOf: { nodes: Array<{ stakeholder: { id: string } }> };
  influence: { entries: Array<{ stakeholder: { id: string } }> };
  collaborationGaps: { stakeholderCount: number; absentHelices: string[] };
  stakeholders: { nodes: Array<{ id: string }> };
  stakeholder: { influence: { degree: number } | null };
};

async function view(region: string, panel: string): Promise<View> {
  const result = await t.gql<View>(VIEW, { scope: { region }, region, panel });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('a region scope counts who works in the region', () => {
  it('the map, influence, the gaps and the stakeholder list agree on who is in Kota Bontang', async () => {
    const data = await view('kota-bontang', 'pranala-co');
    const onMap = data.networkOf.nodes.map((n) => n.stakeholder.id).sort();
    expect(data.influence.entries.map((e) => e.stakeholder.id).sort()).toEqual(onMap);
    expect(data.stakeholders.nodes.map((n) => n.id).sort()).toEqual(onMap);
    expect(data.collaborationGaps.stakeholderCount).toBe(onMap.length);
    // The outlets have no base; they report on Bontang's events, so they work there.
    expect(onMap).toEqual(expect.arrayContaining(['pranala-co', 'inspirasa-co', 'pemkot-bontang', 'masata-dpp']));
    expect(onMap).not.toContain('inibalikpapan-com');
    expect(data.collaborationGaps.absentHelices).not.toContain('MEDIA');
    expect(data.stakeholder.influence?.degree).toBeGreaterThan(0);
  });

  it('a province includes the work done in its cities; a city does not include its neighbour', async () => {
    const province = await view('kalimantan-timur', 'inibalikpapan-com');
    const ids = province.networkOf.nodes.map((n) => n.stakeholder.id);
    expect(ids).toEqual(expect.arrayContaining(['pranala-co', 'inibalikpapan-com', 'pemkot-balikpapan', 'badak-lng']));
    expect(province.stakeholders.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
    const balikpapan = await view('kota-balikpapan', 'pranala-co');
    expect(balikpapan.networkOf.nodes.map((n) => n.stakeholder.id)).not.toContain('pranala-co');
    expect(balikpapan.stakeholder.influence).toBeNull();
  });
});
