import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { ROOT_DIR } from '../../src/config.js';
import { datasetShape } from '../../src/domain/dataset.js';
import { createTestApp, unique, type TestApp } from '../support/app.js';

let t: TestApp;
const REGION = unique('export-region');
const id = (name: string) => `${REGION}-${name}`;

/** A small world of its own: a region, four stakeholders, a program, participations, collaborations, an office holder. */
const dataset = {
  sources: [{ id: id('src'), title: 'Berita uji', publisher: 'Warta', url: 'https://example.org/a', publishedOn: '2025-02-01', kind: 'NEWS_ARTICLE', language: 'id' }],
  regions: [{ id: REGION, name: 'Kota Ekspor', level: 'CITY', partOf: 'indonesia' }],
  stakeholders: [
    { id: id('pemkot'), name: 'Pemkot Ekspor', aliases: ['PE'], helix: 'GOVERNMENT', kind: 'CITY_GOVERNMENT', regionId: REGION, tags: ['kota'] },
    { id: id('dinas'), name: 'Dinas Ekspor', helix: 'GOVERNMENT', kind: 'REGIONAL_OFFICE', regionId: REGION, unitOf: id('pemkot'), evidence: [{ sourceId: id('src'), quote: 'dinas & "kutipan" <uji>', confidence: 0.8 }] },
    { id: id('pt'), name: 'PT Ekspor', helix: 'BUSINESS', kind: 'PRIVATE_COMPANY', regionId: REGION, website: 'https://example.org/pt' },
    { id: id('radio'), name: 'Radio Ekspor', helix: 'MEDIA', kind: 'NEWS_OUTLET', regionId: REGION, description: 'Radio lokal' },
  ],
  people: [{ id: id('tanpa-jabatan'), name: 'Warga Tanpa Jabatan' }, { id: id('kadis'), name: 'Kepala Dinas Ekspor', contact: { email: 'kadis@example.org' }, offices: [{ stakeholderId: id('dinas'), title: 'Kepala Dinas', since: '2024-01-01', evidence: [{ sourceId: id('src'), quote: 'kepala dinas' }] }] }],
  programs: [{ id: id('prog'), name: 'Program Ekspor', kind: 'PROGRAM', startsOn: '2025-01-01', endsOn: '2025-12-31', regionId: REGION }],
  participations: [
    { stakeholderId: id('dinas'), programId: id('prog'), role: 'ORGANIZER', startedOn: '2025-01-01', evidence: [{ sourceId: id('src'), quote: 'menyelenggarakan' }] },
    { stakeholderId: id('radio'), programId: id('prog'), role: 'REPORTER' },
  ],
  collaborations: [
    { id: id('csr'), name: 'CSR Ekspor', kind: 'CSR', strength: 0.7, status: 'ACTIVE', startedOn: '2025-03-01', programId: id('prog'), parties: [{ stakeholderId: id('pemkot'), role: 'penerima' }, { stakeholderId: id('pt'), role: 'pemberi' }], evidence: [{ sourceId: id('src'), quote: 'CSR' }] },
    { id: id('liputan'), name: 'Liputan', kind: 'PARTNERSHIP', strength: 0.4, status: 'ENDED', startedOn: '2024-01-01', endedOn: '2024-06-30', parties: [{ stakeholderId: id('radio') }, { stakeholderId: id('pemkot') }] },
  ],
  assessments: [
    { stakeholderId: id('pt'), scopeId: id('prog'), assessedOn: '2025-02-01', power: 4, interest: 2, position: 'OPPOSES', attitude: 'RESISTANT', comment: 'Menunggu "izin" <lahan>', assessedBy: 'Tim Koordinasi' },
    { stakeholderId: id('pt'), scopeId: id('prog'), assessedOn: '2025-05-01', power: 4, interest: 4, position: 'SUPPORTS' },
    { stakeholderId: id('radio'), scopeId: REGION, assessedOn: '2025-03-01', power: 2, interest: 5, position: 'NEUTRAL', assessedBy: 'Tim Koordinasi' },
  ],
};

const IMPORT = `mutation($input: ImportInput!) { importGraph(input: $input) { applied problems { sheet row column message } counts { kind created updated unchanged } } }`;
const EXPORT = `query($input: ExportInput!) { exportGraph(input: $input) { name mediaType content } }`;
const exportAs = async (format: string, role: 'VIEWER' | 'EDITOR' = 'EDITOR') => {
  const result = await t.gql(EXPORT, { input: { format, scope: { region: REGION } } }, role);
  expect(result.errors).toBeUndefined();
  return result.data!.exportGraph as Array<{ name: string; mediaType: string; content: string }>;
};

beforeAll(async () => {
  t = await createTestApp();
  const imported = await t.gql(IMPORT, { input: { format: 'JSON', files: [{ name: 'world.json', content: JSON.stringify(dataset) }] } }, 'ADMIN');
  expect(imported.errors, JSON.stringify(imported.errors)).toBeUndefined();
  expect(imported.data!.importGraph.problems).toEqual([]);
});
afterAll(() => t.close());

/** The dataset with the import schema's defaults, items of the scope only, in id order. */
const normalised = (data: unknown) => {
  const d = datasetShape.parse(data);
  const byId = <T extends { id?: string; stakeholderId?: string; role?: string }>(items: T[]) =>
    [...items].sort((a, b) => `${a.id ?? a.stakeholderId}${a.role ?? ''}`.localeCompare(`${b.id ?? b.stakeholderId}${b.role ?? ''}`));
  return {
    ...d,
    sources: byId(d.sources.filter((s) => s.id.startsWith(REGION))),
    regions: byId(d.regions.filter((r) => r.id === REGION)),
    stakeholders: byId(d.stakeholders),
    // A person without an office belongs to no region: only a whole-graph export carries them.
    people: byId(d.people.filter((p) => p.offices.length > 0)),
    programs: byId(d.programs),
    participations: byId(d.participations),
    collaborations: byId(d.collaborations).map((c) => ({ ...c, parties: byId(c.parties) })),
    assessments: [...d.assessments].sort((a, b) => `${a.stakeholderId}${a.assessedOn}`.localeCompare(`${b.stakeholderId}${b.assessedOn}`)),
  };
};

describe('exportGraph', () => {
  it('JSON round trip: the export of a region is the dataset that was imported, and importing it back changes nothing', async () => {
    const [file] = await exportAs('JSON');
    expect(file!.mediaType).toBe('application/json');
    const exported = JSON.parse(file!.content);
    expect(normalised(exported)).toEqual(normalised(dataset));
    const again = await t.gql(IMPORT, { input: { format: 'JSON', files: [{ name: 'export.json', content: file!.content }] } }, 'ADMIN');
    expect(again.data!.importGraph.problems).toEqual([]);
    for (const count of again.data!.importGraph.counts) expect(count, count.kind).toMatchObject({ created: 0, updated: 0 });
  });

  it('leaves contact details out for viewers', async () => {
    const [asViewer] = await exportAs('JSON', 'VIEWER');
    expect(asViewer!.content).not.toContain('kadis@example.org');
    // The assessor's comment and name are private as contacts are; the judgement itself is not.
    expect(asViewer!.content).not.toContain('Tim Koordinasi');
    expect(asViewer!.content).not.toContain('Menunggu');
    expect(JSON.parse(asViewer!.content).assessments).toHaveLength(3);
    const [asEditor] = await exportAs('JSON', 'EDITOR');
    expect(asEditor!.content).toContain('kadis@example.org');
    expect(asEditor!.content).toContain('Tim Koordinasi');
  });

  it('CSV: the importer sheets, which import back unchanged', async () => {
    const files = await exportAs('CSV');
    expect(files.map((f) => f.name)).toEqual(['sources.csv', 'regions.csv', 'stakeholders.csv', 'programs.csv', 'participations.csv', 'collaborations.csv', 'assessments.csv']);
    const assessments = parse<Record<string, string>>(files.find((f) => f.name === 'assessments.csv')!.content, { columns: true });
    expect(assessments.find((a) => a.assessedOn === '2025-02-01')).toEqual({
      stakeholder: id('pt'), scope: id('prog'), assessedOn: '2025-02-01', power: '4', interest: '2', position: 'OPPOSES', attitude: 'RESISTANT', comment: 'Menunggu "izin" <lahan>', assessedBy: 'Tim Koordinasi',
    });
    const stakeholders = parse<Record<string, string>>(files.find((f) => f.name === 'stakeholders.csv')!.content, { columns: true });
    expect(stakeholders.find((s) => s.id === id('dinas'))).toMatchObject({ unitOf: id('pemkot'), region: REGION, source: id('src'), quote: 'dinas & "kutipan" <uji>' });
    const collaborations = parse<Record<string, string>>(files.find((f) => f.name === 'collaborations.csv')!.content, { columns: true });
    expect(collaborations.find((c) => c.id === id('csr'))!.parties).toBe(`${id('pemkot')}; ${id('pt')}`);
    const back = await t.gql(IMPORT, { input: { format: 'CSV', files: files.filter((f) => f.name !== 'regions.csv' && f.name !== 'sources.csv').map(({ name, content }) => ({ name, content })) } }, 'ADMIN');
    expect(back.data!.importGraph.problems).toEqual([]);
    // Party roles and extra evidence are not in the sheets, so only the counts of the sheet kinds
    // that carry everything are checked unchanged.
    const counts = Object.fromEntries(back.data!.importGraph.counts.map((c: any) => [c.kind, c]));
    expect(counts.stakeholders).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(counts.programs).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(counts.assessments).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('XLSX: an assessments sheet (Penilaian) naming stakeholders and scopes by name, with date cells, imports and reads back', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Penilaian');
    sheet.addRow(['stakeholder', 'scope', 'assessedOn', 'power', 'interest', 'position', 'attitude', 'comment']);
    sheet.addRow(['Pemkot Ekspor', 'Kota Ekspor', new Date(Date.UTC(2025, 3, 15)), 5, 5, 'STRONGLY_SUPPORTS', 'LEADING', 'Penggerak utama']);
    sheet.addRow(['PE', 'Program Ekspor', new Date(Date.UTC(2025, 3, 16)), 3, 4, 'SUPPORTS', '', '']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const imported = await t.gql(IMPORT, { input: { format: 'XLSX', files: [{ name: 'penilaian.xlsx', content }] } }, 'ADMIN');
    expect(imported.data!.importGraph.problems).toEqual([]);
    expect(imported.data!.importGraph.counts).toEqual([{ kind: 'assessments', created: 2, updated: 0, unchanged: 0 }]);
    const { data } = await t.gql(`query($id: ID!) { stakeholder(id: $id) { assessments { assessedOn power interest position attitude comment scope { ... on Region { id } ... on Program { id } } } } }`, { id: id('pemkot') }, 'EDITOR');
    expect(data!.stakeholder.assessments).toEqual([
      { assessedOn: '2025-04-16', power: 3, interest: 4, position: 'SUPPORTS', attitude: null, comment: null, scope: { id: id('prog') } },
      { assessedOn: '2025-04-15', power: 5, interest: 5, position: 'STRONGLY_SUPPORTS', attitude: 'LEADING', comment: 'Penggerak utama', scope: { id: REGION } },
    ]);
    // Removed again, so the region's export stays the dataset above.
    for (const on of ['2025-04-15', '2025-04-16']) {
      const scope = on === '2025-04-15' ? REGION : id('prog');
      expect((await t.gql('mutation($id: ID!) { deleteAssessment(id: $id) { deleted } }', { id: `${id('pemkot')}--${scope}--${on}` }, 'EDITOR')).data!.deleteAssessment.deleted).toBe(true);
    }
    // A scope that is neither a program nor a region is reported on its row and column.
    const bad = new ExcelJS.Workbook();
    const rows = bad.addWorksheet('Assessments');
    rows.addRow(['stakeholder', 'scope', 'assessedOn', 'power', 'interest', 'position']);
    rows.addRow(['PT Ekspor', 'Radio Ekspor', '2025-04-17', 9, 2, 'NEUTRAL']);
    const refused = await t.gql(IMPORT, { input: { format: 'XLSX', files: [{ name: 'bad.xlsx', content: Buffer.from(await bad.xlsx.writeBuffer()).toString('base64') }] } }, 'ADMIN');
    expect(refused.data!.importGraph.applied).toBe(false);
    expect(refused.data!.importGraph.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'Assessments', row: 2, column: 'scope', message: expect.stringContaining('not a known program or region') }),
        expect.objectContaining({ sheet: 'Assessments', row: 2, column: 'power' }),
      ]),
    );
  });

  it('GraphML: valid against the GraphML structure schema, with the stakeholders and their ties', async () => {
    const [file] = await exportAs('GRAPHML');
    expect(file!.name).toMatch(/\.graphml$/);
    const schema = readFileSync(path.join(ROOT_DIR, 'tests', 'fixtures', 'graphml', 'graphml-structure.xsd'), 'utf8');
    const result = await validateXML({ xml: [{ fileName: file!.name, contents: file!.content }], schema: [{ fileName: 'graphml-structure.xsd', contents: schema }] });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(file!.content.match(/<node /g)).toHaveLength(4);
    // Ties: pemkot-pt (CSR), pemkot-radio (Liputan), dinas-radio (same program): three edges.
    expect(file!.content.match(/<edge /g)).toHaveLength(3);
    expect(file!.content).toContain(`<node id="${id('radio')}"><data key="name">Radio Ekspor</data><data key="helix">MEDIA</data>`);
    // A broken document is refused by the same schema: an edge to a node that is not there.
    const broken = file!.content.replace(`target="${id('pt')}"`, 'target="nobody"').replace(`source="${id('pt')}"`, 'source="nobody"');
    const refused = await validateXML({ xml: [{ fileName: 'broken.graphml', contents: broken }], schema: [{ fileName: 'graphml-structure.xsd', contents: schema }] });
    expect(refused.valid).toBe(false);
  });

  it('refuses an unknown format with BAD_USER_INPUT', async () => {
    const result = await t.gql(EXPORT, { input: { format: 'PDF' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a whole-graph export carries a person without offices; a region export leaves them out', async () => {
    const whole = await t.gql(EXPORT, { input: { format: 'JSON' } }, 'EDITOR');
    expect(whole.errors).toBeUndefined();
    const people = JSON.parse(whole.data!.exportGraph[0].content).people as Array<{ id: string; offices: unknown[] }>;
    expect(people.find((p) => p.id === id('tanpa-jabatan'))).toMatchObject({ offices: [] });
    expect(people.find((p) => p.id === id('kadis'))).toBeDefined();
    const [regional] = await exportAs('JSON');
    expect(JSON.parse(regional!.content).people.map((p: { id: string }) => p.id)).toEqual([id('kadis')]);
  });

  it('reads in batches: an export read one item per query is the same file', async () => {
    const request = t.app.services.exports.parse({ format: 'JSON', scope: { region: REGION } });
    const collect = async (batchSize?: number) => {
      let content = '';
      const before = t.db.queryCount;
      const report = await t.app.services.exports.stream(request, true, () => ({ write: (chunk) => void (content += chunk) }), batchSize ? { batchSize } : {});
      return { content, queries: t.db.queryCount - before, report };
    };
    const whole = await collect();
    const single = await collect(1);
    expect(single.content).toBe(whole.content);
    expect(single.queries).toBeGreaterThan(whole.queries + 10);
    expect(single.report.counts).toMatchObject({ stakeholders: 4, people: 1, participations: 2, collaborations: 2, programs: 1, assessments: 3 });
  });
});

describe('export downloads (GET /export/<file>)', () => {
  let base: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => t.app.server.close(() => resolve())));

  const download = (file: string, key?: string) => fetch(`${base}/export/${file}`, key ? { headers: { authorization: `Bearer ${key}` } } : {});

  it('streams the same files as exportGraph, as attachments, with contacts for editors only', async () => {
    for (const format of ['JSON', 'CSV', 'GRAPHML']) {
      for (const file of await exportAs(format)) {
        const response = await download(`${file.name}?region=${REGION}`, t.key('EDITOR'));
        expect(response.status, file.name).toBe(200);
        expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${file.name}"`);
        expect(response.headers.get('content-type')).toBe(`${file.mediaType}; charset=utf-8`);
        expect(await response.text()).toBe(file.content);
      }
    }
    const asViewer = await (await download(`pentahelix.json?region=${REGION}`, t.key('VIEWER'))).text();
    expect(asViewer).not.toContain('kadis@example.org');
    expect(JSON.parse(asViewer).stakeholders).toHaveLength(4);
  });

  it('refuses without a credential, for an unknown file and for a bad scope, with a code', async () => {
    const anonymous = await download('pentahelix.json');
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const unknown = await download('pentahelix.pdf', t.key('VIEWER'));
    expect(unknown.status).toBe(404);
    const badScope = await download('pentahelix.json?asOf=2025-02-30', t.key('VIEWER'));
    expect(badScope.status).toBe(400);
    expect((await badScope.json()).errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
