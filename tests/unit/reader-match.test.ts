import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheck, parseDataset } from '../../src/domain/dataset.js';
import { matchReading } from '../../src/reader/match.js';
import { oneReportProblems } from '../../src/reader/one-report.js';
import { readReport } from '../../src/reader/read.js';
import { REPORTS_DIR } from '../support/reader-score.js';

const seed = parseDataset(JSON.parse(readFileSync(path.resolve(REPORTS_DIR, '../../../seeds/pentahelix.json'), 'utf8')));
const catalogs = { stakeholder: seed.stakeholders, person: seed.people, program: seed.programs, region: seed.regions.map((r) => ({ ...r, aliases: [] })) };
const bekasi = readFileSync(path.join(REPORTS_DIR, 'rakor-bupati-bekasi-jababeka-infrastruktur.txt'), 'utf8');

describe('matching a reading against the graph', () => {
  it('points the facts at known items instead of proposing them again', () => {
    const { draft, proposals } = matchReading(readReport({ text: bekasi }), catalogs);
    expect(proposals.find((p) => p.label === 'Pemerintah Kabupaten Bekasi')!.match).toMatchObject({ kind: 'EXACT', id: 'pemkab-bekasi', by: 'name', name: 'Pemerintah Kabupaten Bekasi' });
    expect(proposals.find((p) => p.label === 'Ade Kuswara Kunang')!.match).toMatchObject({ kind: 'EXACT', id: 'ade-kuswara-kunang' });
    expect(draft.stakeholders).toEqual([]);
    expect(draft.people).toEqual([]);
    expect(draft.regions).toEqual([]);
    expect(draft.participations.map((p) => p.stakeholderId)).toContain('pemkab-bekasi');
    for (const c of draft.collaborations) for (const party of c.parties) expect(seed.stakeholders.map((s) => s.id)).toContain(party.stakeholderId);
    // The resolved draft is still a valid dataset once the graph's ids are known.
    const known = new Set([...seed.stakeholders, ...seed.programs, ...seed.people, ...seed.regions].map((x) => x.id));
    expect(draft.programs.length + draft.participations.length).toBeGreaterThan(0);
    expect(crossCheck(draft, known)).toEqual([]);
  });

  it('offers a merely similar name with its score and leaves it new in the draft', () => {
    const reading = readReport({ text: 'PT Jababeka Infrastruktura menggelar Rapat Koordinasi bersama Pemkab Bekasi, Senin (3/3/2025).' });
    const { draft, proposals } = matchReading(reading, catalogs);
    const similar = proposals.find((p) => p.label === 'PT Jababeka Infrastruktura')!;
    expect(similar.match).toMatchObject({ kind: 'SIMILAR', id: 'jababeka-infrastruktur' });
    expect(similar.match.score).toBeGreaterThanOrEqual(0.8);
    expect(draft.stakeholders.map((s) => s.name)).toContain('PT Jababeka Infrastruktura');
  });

  it('marks everything new against an empty graph and keeps the draft whole', () => {
    const reading = readReport({ text: bekasi });
    const { draft, proposals } = matchReading(reading, { stakeholder: [], person: [], program: [], region: [] });
    expect(proposals.every((p) => p.match.kind === 'NEW')).toBe(true);
    expect(draft).toEqual(reading.draft);
  });
});

describe('the draft of one report', () => {
  const draft = readReport({ text: bekasi }).draft;

  it('is what the reader produces', () => {
    expect(oneReportProblems(draft)).toEqual([]);
  });

  it('has one source, every fact citing it, every person with an office', () => {
    const other = structuredClone(draft);
    other.sources.push({ ...other.sources[0]!, id: 'another-report' });
    expect(oneReportProblems(other)).toContainEqual({ field: 'sources', message: expect.stringContaining('exactly one source') });

    const citing = structuredClone(draft);
    citing.participations[0]!.evidence[0]!.sourceId = 'another-report';
    expect(oneReportProblems(citing)).toEqual([{ field: 'participations.0.evidence.0.sourceId', message: expect.stringContaining('must cite') }]);

    const bare = structuredClone(draft);
    bare.stakeholders[0]!.evidence = [];
    bare.people[0]!.offices = [];
    expect(oneReportProblems(bare).map((p) => p.field)).toEqual(['stakeholders.0.evidence', 'people.0.offices']);
  });
});
