import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../src/config.js';
import { createTestApp, graphFingerprint, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const READ = `query Read($input: ReadReportInput!) {
  readReport(input: $input) {
    draft
    proposals { collection id label detail quote offset confidence match { kind id name by score } }
  }
}`;
const IMPORT = `mutation Import($input: ImportInput!) {
  importGraph(input: $input) { applied dryRun counts { kind created updated unchanged } problems { message } }
}`;

interface Proposal {
  collection: string;
  id: string;
  label: string;
  quote: string;
  offset: number;
  confidence: number;
  match: { kind: string; id: string | null; name: string | null };
}
interface Draft {
  sources: Array<{ id: string }>;
  [collection: string]: Array<{ id?: string }>;
}

const read = async (input: Record<string, unknown>, role: 'VIEWER' | 'EDITOR' = 'VIEWER') => {
  const result = await t.gql<{ readReport: { draft: string; proposals: Proposal[] } }>(READ, { input }, role);
  return result;
};
const importDraft = (draft: string, dryRun: boolean, role: 'EDITOR' | 'ADMIN' = 'EDITOR') =>
  t.gql<{ importGraph: { applied: boolean; counts: Array<{ kind: string; created: number; updated: number; unchanged: number }>; problems: unknown[] } }>(
    IMPORT,
    { input: { format: 'JSON', files: [{ name: 'draft.json', content: draft }], dryRun } },
    role,
  );

/** A report about places and people no other test knows. */
function freshReport() {
  const place = `Fiksi${randomBytes(3).toString('hex')}`;
  const text = [
    `UJIWARTA.COM, ${place} – Pemerintah Kota ${place} menandatangani MoU dengan Universitas ${place} Raya, Senin (3/3/2025).`,
    `Wali Kota ${place}, Budi ${place}, memimpin Rapat Koordinasi ${place} di Hotel ${place} Indah.`,
  ].join('\n');
  return { place, text };
}

describe('readReport', () => {
  it('matches a report about known partners to them: facts are added to the seed items, none is proposed twice', async () => {
    const text = readFileSync(path.join(ROOT_DIR, 'tests/fixtures/reports/rakor-bupati-bekasi-jababeka-infrastruktur.txt'), 'utf8');
    const { data, errors } = await read({ text });
    expect(errors).toBeUndefined();
    const { proposals } = data!.readReport;
    const byLabel = new Map(proposals.map((p) => [p.label, p]));
    expect(byLabel.get('Pemerintah Kabupaten Bekasi')!.match).toMatchObject({ kind: 'EXACT', id: 'pemkab-bekasi' });
    expect(byLabel.get('PT Jababeka Infrastruktur')!.match).toMatchObject({ kind: 'EXACT', id: 'jababeka-infrastruktur' });
    expect(byLabel.get('Ade Kuswara Kunang')!.match).toMatchObject({ kind: 'EXACT', id: 'ade-kuswara-kunang', name: 'Ade Kuswara Kunang' });
    for (const p of proposals) {
      expect(text.slice(p.offset, p.offset + p.quote.length)).toBe(p.quote);
      expect(p.confidence).toBeGreaterThan(0);
    }
    const draft = JSON.parse(data!.readReport.draft) as Draft;
    expect(draft.stakeholders!.map((s) => s.id)).not.toContain('pemkab-bekasi');
    expect(draft.people).toEqual([]);
    expect(draft.participations).toContainEqual(expect.objectContaining({ stakeholderId: 'pemkab-bekasi', role: 'CHAIR' }));
  });

  it('refuses empty, oversized and badly addressed reports with the field at fault', async () => {
    const empty = await read({ text: '   ' });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
    const huge = await read({ text: 'a'.repeat(60_001) });
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
    const link = await read({ text: 'Pemkot Bontang hadir.', url: 'javascript:alert(1)' });
    expect(link.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
  });
});

describe('importing the draft of one report', () => {
  it('lets an EDITOR dry-run and import a reviewed draft; the dry run counts exactly what the import writes; read again, everything is known', async () => {
    const { place, text } = freshReport();
    const first = await read({ text, publisher: 'Ujiwarta.com' });
    expect(first.errors).toBeUndefined();
    const draft = JSON.parse(first.data!.readReport.draft) as Draft;
    expect(draft.stakeholders!.map((s) => (s as { name: string }).name)).toEqual(
      expect.arrayContaining([`Pemerintah Kota ${place}`, `Universitas ${place} Raya`]),
    );
    expect(draft.people).toHaveLength(1);
    expect(draft.collaborations).toContainEqual(expect.objectContaining({ kind: 'AGREEMENT' }));

    const before = await graphFingerprint(t.db);
    const dry = await importDraft(first.data!.readReport.draft, true);
    expect(dry.errors).toBeUndefined();
    expect(await graphFingerprint(t.db)).toBe(before);
    const expected = Object.entries(draft)
      .filter(([, list]) => list.length > 0)
      .map(([kind, list]) => ({ kind, created: list.length, updated: 0, unchanged: 0 }));
    expect(dry.data!.importGraph.counts).toEqual(expect.arrayContaining(expected));
    expect(dry.data!.importGraph.counts).toHaveLength(expected.length);

    const real = await importDraft(first.data!.readReport.draft, false);
    expect(real.data!.importGraph).toMatchObject({ applied: true, problems: [] });
    expect(real.data!.importGraph.counts).toEqual(dry.data!.importGraph.counts);

    const again = await read({ text, publisher: 'Ujiwarta.com' });
    const known = again.data!.readReport.proposals.filter((p) => ['stakeholders', 'people', 'programs'].includes(p.collection));
    expect(known.length).toBeGreaterThan(0);
    for (const p of known) expect(p.match.kind).toBe('EXACT');
    const redraft = JSON.parse(again.data!.readReport.draft) as Draft;
    expect(redraft.stakeholders).toEqual([]);
    const repeat = await importDraft(again.data!.readReport.draft, true);
    for (const c of repeat.data!.importGraph.counts) expect(c).toMatchObject({ created: 0, updated: 0 });
  });

  it('keeps every other import ADMIN: an EDITOR may not import two sources, facts citing another source, or spreadsheets', async () => {
    const { text } = freshReport();
    const draft = JSON.parse((await read({ text })).data!.readReport.draft) as { sources: Array<{ id: string; title: string }>; stakeholders: Array<{ evidence: Array<{ sourceId: string }> }> };
    const before = await graphFingerprint(t.db);

    const twoSources = { ...draft, sources: [...draft.sources, { id: `${draft.sources[0]!.id}-other`, title: 'Another report' }] };
    const refused = await importDraft(JSON.stringify(twoSources), false);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.files.0.sources' });

    const otherSource = JSON.parse(JSON.stringify(twoSources)) as typeof twoSources;
    otherSource.sources = [otherSource.sources[0]!];
    otherSource.stakeholders[0]!.evidence[0]!.sourceId = 'pranala-2025-01-15-rakor-forkopimda-bontang';
    const citing = await importDraft(JSON.stringify(otherSource), false);
    expect(citing.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.files.0.stakeholders.0.evidence.0.sourceId' });

    const sheets = await t.gql(IMPORT, { input: { format: 'CSV', files: [{ name: 'stakeholders.csv', content: 'id,name\n' }] } }, 'EDITOR');
    expect(sheets.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await graphFingerprint(t.db)).toBe(before);

    // The same two-source file is an ordinary import for an ADMIN.
    const admin = await importDraft(JSON.stringify(twoSources), true, 'ADMIN');
    expect(admin.errors).toBeUndefined();
    expect(admin.data!.importGraph.problems).toEqual([]);
  });
});
