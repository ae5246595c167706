import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../src/config.js';
import { createTestApp, graphFingerprint, unique, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const FIXTURES = path.join(ROOT_DIR, 'tests', 'fixtures', 'import');
const csvFiles = () => readdirSync(FIXTURES).filter((f) => f.endsWith('.csv')).map((name) => ({ name, content: readFileSync(path.join(FIXTURES, name), 'utf8') }));
const xlsx = (name: string) => [{ name, content: readFileSync(path.join(FIXTURES, name)).toString('base64') }];

const IMPORT = `mutation Import($input: ImportInput!) {
  importGraph(input: $input) {
    applied dryRun
    counts { kind created updated unchanged }
    problems { sheet row column message }
    fuzzyMatches { sheet row column value candidateId candidateName score }
  }
}`;
const run = async (input: Record<string, unknown>, role: 'ADMIN' | 'EDITOR' = 'ADMIN') => t.gql(IMPORT, { input }, role);
const countsOf = (report: { counts: Array<{ kind: string; created: number; updated: number; unchanged: number }> }) =>
  Object.fromEntries(report.counts.map((c) => [c.kind, [c.created, c.updated, c.unchanged]]));

describe('importGraph', () => {
  it('needs ADMIN', async () => {
    const result = await run({ format: 'CSV', files: csvFiles(), dryRun: true }, 'EDITOR');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('imports CSV sheets, matching names and aliases; a dry run first writes nothing; a second import changes nothing', async () => {
    const before = await graphFingerprint(t.db);
    const dry = await run({ format: 'CSV', files: csvFiles(), dryRun: true });
    expect(dry.errors).toBeUndefined();
    const report = dry.data!.importGraph;
    expect(report).toMatchObject({ applied: false, dryRun: true, problems: [], fuzzyMatches: [] });
    expect(await graphFingerprint(t.db)).toBe(before);
    const expected = { sources: [1, 0, 0], regions: [1, 0, 0], stakeholders: [4, 0, 0], programs: [1, 0, 0], participations: [2, 0, 0], collaborations: [1, 0, 0] };
    // A dry run that finds the items already there (an earlier run of this file) counts them unchanged.
    const firstTime = countsOf(report).stakeholders![0] === 4;
    if (firstTime) expect(countsOf(report)).toEqual(expected);

    const real = (await run({ format: 'CSV', files: csvFiles() })).data!.importGraph;
    expect(real).toMatchObject({ applied: true, problems: [] });
    const again = (await run({ format: 'CSV', files: csvFiles() })).data!.importGraph;
    expect(countsOf(again)).toEqual(Object.fromEntries(Object.entries(expected).map(([k, [n]]) => [k, [0, 0, n]])));

    // Names and aliases were resolved to ids: "Dispar Fiksi" is a unit of "Pemkot Fiksi", and the
    // collaboration joins the cooperative (by name) and the university (by alias UNFI).
    const { data, errors } = await t.gql(`{
      dispar: stakeholder(id: "dinas-pariwisata-kota-fiksi") { parent { id } region { id } }
      collaboration(id: "fixture-kolab-bahari") { parties { stakeholder { id } } program { id } evidence { quote source { id } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.dispar.parent.id).toBe('fixture-pemkot-fiksi');
    expect(data!.dispar.region.id).toBe('fixture-kota-fiksi');
    expect(data!.collaboration.parties.map((p: any) => p.stakeholder.id).sort()).toEqual(['fixture-knf', 'fixture-univ-fiksi']);
    expect(data!.collaboration.program.id).toBe('fixture-wisata-bahari');
    expect(data!.collaboration.evidence[0].source.id).toBe('fixture-berita-nelayan');
  });

  it('imports a workbook saved by LibreOffice, with Indonesian sheet names and date cells', async () => {
    const report = (await run({ format: 'XLSX', files: xlsx('contoh-register.xlsx') })).data!.importGraph;
    expect(report.problems).toEqual([]);
    expect(report.applied).toBe(true);
    const { data } = await t.gql(`{ collaboration(id: "fixture-csr-contoh") { kind strength startedOn parties { stakeholder { id helix } } } }`);
    expect(data!.collaboration).toMatchObject({ kind: 'SPONSORSHIP', strength: 0.6, startedOn: '2024-11-05' });
    expect(data!.collaboration.parties.map((p: any) => p.stakeholder.id).sort()).toEqual(['fixture-pemkab-contoh', 'fixture-pt-contoh']);
  });

  it('rejects a workbook with broken rows as a whole, listing every problem by sheet, row and column; nothing is written', async () => {
    const before = await graphFingerprint(t.db);
    const report = (await run({ format: 'XLSX', files: xlsx('contoh-register-rusak.xlsx') })).data!.importGraph;
    expect(report.applied).toBe(false);
    expect(report.counts).toEqual([]);
    expect(await graphFingerprint(t.db)).toBe(before);
    const at = (sheet: string, row: number, column: string) => report.problems.filter((p: any) => p.sheet === sheet && p.row === row && p.column === column);
    expect(at('Stakeholders', 3, 'helix')).toHaveLength(1);
    expect(at('Stakeholders', 4, 'name')).toHaveLength(1);
    expect(at('Stakeholders', 5, 'website')).toHaveLength(1);
    expect(at('Stakeholders', 2, 'name')).toHaveLength(0);
    expect(at('Collaborations', 3, 'program')[0].message).toMatch(/"Program Tidak Ada" is not a known program/);
    expect(at('Collaborations', 3, 'parties')[0].message).toMatch(/did you mean "Lembaga Baik"/);
    expect(report.fuzzyMatches).toEqual([
      expect.objectContaining({ sheet: 'Collaborations', row: 3, column: 'parties', value: 'Lembaga Baek', candidateId: 'fixture-rusak-ok', candidateName: 'Lembaga Baik' }),
    ]);
  });

  it('applies a fuzzy match only when it is confirmed', async () => {
    const id = unique('fuzzy-org');
    const stakeholders = `id,name,helix,kind\n${id},Perkumpulan Pelestari Mangrove,COMMUNITY,NGO\n${id}-b,Radio Pesisir,MEDIA,NEWS_OUTLET`;
    const collaborations = (party: string) => `id,name,kind,parties\n${id}-kolab,Siaran mangrove,PARTNERSHIP,${party};${id}-b`;
    const files = (party: string) => [
      { name: 'stakeholders.csv', content: stakeholders },
      { name: 'collaborations.csv', content: collaborations(party) },
    ];
    const unconfirmed = (await run({ format: 'CSV', files: files('Perkumpulan Pelestari Mangrov') })).data!.importGraph;
    expect(unconfirmed.applied).toBe(false);
    expect(unconfirmed.fuzzyMatches[0]).toMatchObject({ value: 'Perkumpulan Pelestari Mangrov', candidateId: id });
    expect(unconfirmed.fuzzyMatches[0].score).toBeGreaterThan(0.9);
    const confirmed = (await run({ format: 'CSV', files: files('Perkumpulan Pelestari Mangrov'), confirmations: [{ value: 'Perkumpulan Pelestari Mangrov', id }] })).data!.importGraph;
    expect(confirmed).toMatchObject({ applied: true, problems: [] });
    const { data } = await t.gql(`{ collaboration(id: "${id}-kolab") { parties { stakeholder { id } } } }`);
    expect(data!.collaboration.parties.map((p: any) => p.stakeholder.id).sort()).toEqual([id, `${id}-b`]);
  });

  it('imports the JSON dataset format and reports its problems by path', async () => {
    const id = unique('json-org');
    const dataset = { stakeholders: [{ id, name: 'Lembaga JSON', helix: 'COMMUNITY', kind: 'NGO' }, { id: `${id}-x`, name: 'Salah', helix: 'NOPE', kind: 'NGO', unitOf: 'no-such-org' }] };
    const before = await graphFingerprint(t.db);
    const bad = (await run({ format: 'JSON', files: [{ name: 'data.json', content: JSON.stringify(dataset) }] })).data!.importGraph;
    expect(bad.applied).toBe(false);
    expect(bad.problems.map((p: any) => p.column)).toContain('stakeholders.1.helix');
    expect(await graphFingerprint(t.db)).toBe(before);
    const notJson = (await run({ format: 'JSON', files: [{ name: 'data.json', content: '{"stakeholders": [' }] })).data!.importGraph;
    expect(notJson.problems[0]).toMatchObject({ sheet: 'data.json', message: expect.stringMatching(/^not JSON/) });
    const good = (await run({ format: 'JSON', files: [{ name: 'data.json', content: JSON.stringify({ stakeholders: [dataset.stakeholders[0]] }) }] })).data!.importGraph;
    expect(countsOf(good)).toEqual({ stakeholders: [1, 0, 0] });
  });

  it('reports unknown sheets, unknown columns and unreadable files', async () => {
    const report = (await run({ format: 'CSV', files: [{ name: 'pegawai.csv', content: 'nama\nBudi' }, { name: 'stakeholders.csv', content: 'id,name,helix,kind,warna\nx-y,X,MEDIA,NEWS_OUTLET,merah' }] })).data!.importGraph;
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'pegawai.csv', row: null, message: expect.stringMatching(/unknown sheet/) }),
        expect.objectContaining({ sheet: 'stakeholders.csv', row: 1, column: 'warna', message: expect.stringMatching(/unknown column/) }),
      ]),
    );
    const broken = (await run({ format: 'XLSX', files: [{ name: 'book.xlsx', content: Buffer.from('not a zip').toString('base64') }] })).data!.importGraph;
    expect(broken.problems[0]).toMatchObject({ sheet: 'book.xlsx', message: expect.stringMatching(/cannot read the file as XLSX/) });
  });

  it('records the import in the audit trail', async () => {
    const id = unique('audit-import');
    await run({ format: 'CSV', files: [{ name: 'stakeholders.csv', content: `id,name,helix,kind\n${id},Lembaga Audit,MEDIA,NEWS_OUTLET` }] });
    const { data } = await t.gql('{ auditTrail(where: { action: "graph.import" }, first: 1) { nodes { role operation } } }', {}, 'ADMIN');
    expect(data!.auditTrail.nodes[0]).toMatchObject({ role: 'ADMIN', operation: 'Import' });
  });
});
