import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/reader/dates.js';
import { readReport } from '../../src/reader/read.js';
import { splitSentences } from '../../src/reader/sentences.js';
import { parseDataset } from '../../src/domain/dataset.js';
import { manifest, REPORTS_DIR, scoreReports, type Score } from '../support/reader-score.js';

const total = (scores: Score[]) => ({
  organisations: scores.reduce((n, s) => n + s.organisations.found, 0) / scores.reduce((n, s) => n + s.organisations.expected, 0),
  people: scores.reduce((n, s) => n + s.people.found, 0) / scores.reduce((n, s) => n + s.people.expected, 0),
  unmatched: scores.reduce((n, s) => n + s.unmatched, 0) / scores.reduce((n, s) => n + s.proposals, 0),
});

describe('reading the real reports', () => {
  const scores = scoreReports();
  const seedReports = new Set(manifest().reports.filter((r) => r.seedSourceId).map((r) => r.file.replace(/\.txt$/u, '')));

  it('finds the curated seed: >= 90% of its organisations with their helix and of its people with their offices; <= 20% of proposals unknown to it', () => {
    const seed = total(scores.filter((s) => seedReports.has(s.report)));
    expect(seed.organisations).toBeGreaterThanOrEqual(0.9);
    expect(seed.people).toBeGreaterThanOrEqual(0.9);
    expect(seed.unmatched).toBeLessThanOrEqual(0.2);
  });

  it('reads other regions, universities, companies and media about as well', () => {
    const others = total(scores.filter((s) => !seedReports.has(s.report)));
    expect(others.organisations).toBeGreaterThanOrEqual(0.9);
    expect(others.people).toBeGreaterThanOrEqual(0.8);
    expect(others.unmatched).toBeLessThanOrEqual(0.2);
  });

  it('drafts an importable dataset of one source in which every item quotes a sentence of the text verbatim', () => {
    for (const entry of manifest().reports) {
      const text = readFileSync(path.join(REPORTS_DIR, entry.file), 'utf8');
      const { draft, quoteOffsets } = readReport({ text, ...entry.source });
      expect(() => parseDataset(draft)).not.toThrow();
      expect(draft.sources).toHaveLength(1);
      const evidence = [
        ...draft.stakeholders.flatMap((s) => s.evidence),
        ...draft.people.flatMap((p) => p.offices.flatMap((o) => o.evidence)),
        ...draft.programs.flatMap((p) => p.evidence),
        ...draft.participations.flatMap((p) => p.evidence),
        ...draft.collaborations.flatMap((c) => c.evidence),
      ];
      for (const e of evidence) {
        expect(e.sourceId).toBe(draft.sources[0]!.id);
        expect(text.slice(quoteOffsets[e.quote], quoteOffsets[e.quote]! + e.quote.length)).toBe(e.quote);
        expect(e.confidence).toBeGreaterThan(0);
        expect(e.confidence).toBeLessThanOrEqual(1);
      }
      for (const list of [draft.stakeholders, draft.programs, draft.participations, draft.collaborations]) for (const item of list) expect(item.evidence.length).toBe(1);
      for (const p of draft.people) expect(p.offices.length).toBeGreaterThan(0);
    }
  });
});

describe('what the reader proposes', () => {
  const read = (text: string, extra: Record<string, string> = {}) => readReport({ text, ...extra }).draft;

  it('expands standard abbreviations to official names and keeps the written form as an alias', () => {
    const draft = read('Pemerintah Kota Bontang cq Disnaker siap memfasilitasi Job Fair 2025. Wali Kota Bontang, Basri Rase, hadir.');
    const disnaker = draft.stakeholders.find((s) => s.aliases.includes('Disnaker'));
    expect(disnaker).toMatchObject({ name: 'Dinas Tenaga Kerja Kota Bontang', helix: 'GOVERNMENT', kind: 'REGIONAL_OFFICE', regionId: 'kota-bontang' });
    expect(disnaker!.unitOf).toBe(draft.stakeholders.find((s) => s.name === 'Pemerintah Kota Bontang')!.id);
    expect(draft.regions).toContainEqual({ id: 'kota-bontang', name: 'Kota Bontang', level: 'CITY' });
  });

  it('takes a long name from the text when it defines an acronym', () => {
    const draft = read('Universitas Negeri Semarang (Unnes) menggelar seminar. Rektor Unnes, Prof. Dr. Fathur Rokhman, M.Hum., membuka acara.');
    const unnes = draft.stakeholders.find((s) => s.name === 'Universitas Negeri Semarang');
    expect(unnes).toMatchObject({ helix: 'ACADEMIA', kind: 'UNIVERSITY' });
    expect(unnes!.aliases).toContain('Unnes');
    expect(draft.people).toEqual([expect.objectContaining({ name: 'Fathur Rokhman', offices: [expect.objectContaining({ stakeholderId: unnes!.id, title: 'Rektor Unnes' })] })]);
  });

  it('reads companies by their legal form, state-owned when (Persero) or a known BUMN', () => {
    const draft = read('PT Pertamina (Persero) dan PT Jababeka Infrastruktur Tbk serta CV Maju Jaya hadir bersama Badak LNG.');
    const byName = Object.fromEntries(draft.stakeholders.map((s) => [s.name, s.kind]));
    expect(byName).toMatchObject({
      'PT Pertamina (Persero)': 'STATE_OWNED_COMPANY',
      'PT Jababeka Infrastruktur Tbk': 'PRIVATE_COMPANY',
      'CV Maju Jaya': 'PRIVATE_COMPANY',
      'Badak LNG': 'STATE_OWNED_COMPANY',
    });
    expect(draft.stakeholders.every((s) => s.helix === 'BUSINESS')).toBe(true);
  });

  it('dates a meeting from its weekday phrase, finds its venue and who chaired and attended', () => {
    const draft = read(
      'Bupati Bekasi, Ade Kuswara Kunang, memimpin Rapat Koordinasi bersama PT Jababeka Infrastruktur di Jababeka Golf and Country Club, Selasa (14/1/2025).',
    );
    const meeting = draft.programs.find((p) => p.kind === 'MEETING')!;
    expect(meeting).toMatchObject({ startsOn: '2025-01-14', venue: 'Jababeka Golf and Country Club' });
    const pemkab = draft.stakeholders.find((s) => s.name === 'Pemerintah Kabupaten Bekasi')!;
    const jababeka = draft.stakeholders.find((s) => s.name === 'PT Jababeka Infrastruktur')!;
    expect(draft.participations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ stakeholderId: pemkab.id, programId: meeting.id, role: 'CHAIR' }),
        expect.objectContaining({ stakeholderId: jababeka.id, programId: meeting.id, role: 'PARTICIPANT' }),
      ]),
    );
    expect(draft.people[0]).toMatchObject({ name: 'Ade Kuswara Kunang', offices: [{ stakeholderId: pemkab.id, title: 'Bupati Bekasi' }] });
  });

  it('proposes an agreement between the parties of a signed MoU', () => {
    const draft = read('Pemkot Samarinda menandatangani MoU dengan Universitas Mulawarman dan Universitas Widyagama Mahakam Samarinda, Senin (8/5/2023).');
    const agreement = draft.collaborations.find((c) => c.kind === 'AGREEMENT')!;
    expect(agreement.strength).toBe(1);
    expect(agreement.parties.map((p) => draft.stakeholders.find((s) => s.id === p.stakeholderId)!.name).sort()).toEqual([
      'Pemerintah Kota Samarinda',
      'Universitas Mulawarman',
      'Universitas Widyagama Mahakam Samarinda',
    ]);
  });

  it('makes the publisher a news outlet that reports the event', () => {
    const draft = read('BALIKPAPAN,Inibalikpapan.com – Pemerintah Kota Balikpapan menggelar rapat koordinasi, Jumat (14/11/2025).', { publisher: 'Inibalikpapan.com' });
    const outlet = draft.stakeholders.find((s) => s.helix === 'MEDIA')!;
    expect(outlet).toMatchObject({ name: 'Inibalikpapan.com', kind: 'NEWS_OUTLET' });
    expect(draft.participations).toContainEqual(expect.objectContaining({ stakeholderId: outlet.id, role: 'REPORTER' }));
    expect(draft.sources[0]).toMatchObject({ publisher: 'Inibalikpapan.com', publishedOn: '2025-11-14' });
  });

  it('is deterministic and proposes nothing from text without institutions', () => {
    const text = readFileSync(path.join(REPORTS_DIR, 'jusmin-2025-rakor-pentahelix-wisata-industri-bontang.txt'), 'utf8');
    expect(readReport({ text })).toEqual(readReport({ text }));
    const empty = read('cuaca hari ini cerah dan angin bertiup pelan.');
    expect(empty.stakeholders).toEqual([]);
    expect(empty.people).toEqual([]);
  });
});

describe('sentences and dates', () => {
  it('keeps titles and abbreviations inside their sentence and ends sentences at line breaks', () => {
    const text = 'Rektor UNRI, Prof. Dr. Ir. Aras Mulyadi, M.Sc., hadir. Acara selesai.\nJudul Tanpa Titik';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Rektor UNRI, Prof. Dr. Ir. Aras Mulyadi, M.Sc., hadir.', 'Acara selesai.', 'Judul Tanpa Titik']);
    for (const s of sentences) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('reads the dateline, worded dates and dates without a year', () => {
    expect(findDates('Selasa (15/1/2025) ini')).toEqual([{ iso: '2025-01-15', text: 'Selasa (15/1/2025)', withWeekday: true }]);
    expect(findDates('Rabu malam 17 Mei 2023')[0]).toMatchObject({ iso: '2023-05-17', withWeekday: true });
    expect(findDates('Rabu (22/12)', 2021)[0]).toMatchObject({ iso: '2021-12-22' });
    expect(findDates('pada 25-26 Juni 2024')[0]).toMatchObject({ iso: '2024-06-25', withWeekday: false });
    expect(findDates('(31/2/2025)')).toEqual([]);
  });
});
