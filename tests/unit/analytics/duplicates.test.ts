import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  abbreviates,
  blockedPairs,
  blockingKeys,
  duplicateCandidates,
  MIN_SCORE,
  placeWords,
  rarityWeights,
  scorePair,
  variantsOf,
  type DuplicateSubject,
} from '../../../src/analytics/duplicates.js';

const org = (id: string, name: string, extra: Partial<DuplicateSubject> = {}): DuplicateSubject => ({ id, name, aliases: [], group: 'GOVERNMENT', regions: [], links: [], ...extra });

const BONTANG = [
  org('disnaker-bontang', 'Disnaker Bontang', { regions: ['bontang'], links: ['pemkot'] }),
  org('dinas-tenaga-kerja-kota-bontang', 'Dinas Tenaga Kerja Kota Bontang', { regions: ['bontang'], links: ['pemkot', 'badak'] }),
  org('dinas-pariwisata-kota-bontang', 'Dinas Pariwisata Kota Bontang', { regions: ['bontang'] }),
  org('dinas-pendidikan-kota-bontang', 'Dinas Pendidikan Kota Bontang', { regions: ['bontang'] }),
  org('dinas-kesehatan-kota-bontang', 'Dinas Kesehatan Kota Bontang', { regions: ['bontang'] }),
  org('pt-badak-lng', 'PT. Badak LNG', { group: 'BUSINESS' }),
  org('badak-lng', 'badak lng', { group: 'BUSINESS' }),
  org('unmul', 'Unmul', { group: 'ACADEMIA' }),
  org('universitas-mulawarman', 'Universitas Mulawarmann', { group: 'ACADEMIA' }),
  org('disdukcapil-bontang', 'Disdukcapil Bontang'),
  org('dukcapil-bontang', 'Dinas Kependudukan dan Pencatatan Sipil Kota Bontang'),
  org('dprd-bontang', 'DPRD Kota Bontang'),
  org('dewan-bontang', 'Dewan Perwakilan Rakyat Daerah Kota Bontang'),
];

const pairs = (found: Array<{ a: string; b: string }>) => found.map((p) => `${p.a} ${p.b}`);

describe('duplicate candidates', () => {
  const found = duplicateCandidates(BONTANG, { kind: 'ORGANISATION', first: 50 });

  it('finds the same organisation under an abbreviation, a legal form, a typo or initials', () => {
    expect(pairs(found)).toEqual(
      expect.arrayContaining([
        'dinas-tenaga-kerja-kota-bontang disnaker-bontang',
        'badak-lng pt-badak-lng',
        'universitas-mulawarman unmul',
        'disdukcapil-bontang dukcapil-bontang',
        'dewan-bontang dprd-bontang',
      ]),
    );
  });

  it('does not pair different offices that share only the city and the head word', () => {
    const offices = ['dinas-pariwisata-kota-bontang', 'dinas-pendidikan-kota-bontang', 'dinas-kesehatan-kota-bontang', 'dinas-tenaga-kerja-kota-bontang'];
    expect(found.filter((p) => offices.includes(p.a) && offices.includes(p.b))).toEqual([]);
  });

  it('lists its reasons: the abbreviation, the shared region and the shared partners', () => {
    const disnaker = found.find((p) => p.b === 'disnaker-bontang')!;
    expect(disnaker.reasons.map((r) => r.kind)).toEqual(['ABBREVIATION', 'SHARED_REGION', 'SHARED_PARTNERS']);
    expect(disnaker.reasons[0]!.detail).toContain('disnaker = dinas tenaga kerja');
    expect(disnaker.reasons[2]!.detail).toBe('pemkot');
    expect(found.find((p) => p.a === 'badak-lng')!.reasons[0]!.kind).toBe('SAME_NAME');
  });

  it('orders best first and keeps `first`', () => {
    expect(found.map((p) => p.score)).toEqual([...found.map((p) => p.score)].sort((x, y) => y - x));
    expect(duplicateCandidates(BONTANG, { kind: 'ORGANISATION', first: 2 })).toEqual(found.slice(0, 2));
  });

  it('compares people without titles', () => {
    const people = [
      { id: 'p1', name: 'Dr. Ir. H. Basri Rase, M.Si', aliases: [], regions: [], links: ['pemkot'] },
      { id: 'p2', name: 'Basri Rase', aliases: [], regions: [], links: ['pemkot'] },
      { id: 'p3', name: 'Najirah', aliases: [], regions: [], links: ['pemkot'] },
    ];
    const people_ = duplicateCandidates(people, { kind: 'PERSON', first: 10 });
    expect(pairs(people_)).toEqual(['p1 p2']);
    expect(people_[0]!.reasons.map((r) => r.kind)).toEqual(['SAME_NAME', 'SHARED_ORGANISATIONS']);
  });

  it('counts names of different places against a pair', () => {
    const offices = [org('a', 'Disnaker Bontang', { regions: ['x'] }), org('b', 'Disnaker Bekasi', { regions: ['x'] })];
    const places = placeWords(['Kota Bontang', 'Kota Bekasi', 'Kalimantan Timur']);
    expect([...places].sort()).toEqual(['bekasi', 'bontang', 'kalimantan']);
    expect(duplicateCandidates(offices, { kind: 'ORGANISATION', first: 5, places })).toEqual([]);
    const even = () => 1;
    expect(scorePair(offices[0]!, offices[1]!, 'ORGANISATION', even)?.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(scorePair(offices[0]!, offices[1]!, 'ORGANISATION', even, undefined, places)?.reasons.at(-1)).toMatchObject({ kind: 'DIFFERENT_PLACE', detail: 'bontang / bekasi' });
  });

  it('counts a different helix against a pair', () => {
    const weight = rarityWeights(BONTANG.flatMap((s) => variantsOf(s, 'ORGANISATION')));
    const same = scorePair(org('a', 'Badak LNG', { group: 'BUSINESS' }), org('b', 'Badak LNG', { group: 'BUSINESS' }), 'ORGANISATION', weight)!;
    const other = scorePair(org('a', 'Badak LNG', { group: 'BUSINESS' }), org('b', 'Badak LNG', { group: 'MEDIA' }), 'ORGANISATION', weight)!;
    expect(other.score).toBeLessThan(same.score);
    expect(other.reasons.at(-1)!.kind).toBe('DIFFERENT_HELIX');
  });
});

describe('abbreviations', () => {
  it.each([
    ['disnaker', 'dinas tenaga kerja'],
    ['disdukcapil', 'dinas kependudukan pencatatan sipil'],
    ['dprd', 'dewan perwakilan rakyat daerah'],
    ['bappeda', 'badan perencanaan pembangunan daerah'],
    ['diskominfo', 'dinas komunikasi informatika'],
  ])('%s abbreviates %s', (short, long) => expect(abbreviates(short, long.split(' '))).toBe(true));
  it.each([
    ['bontang', 'badan tenaga'],
    ['dispar', 'dinas kesehatan'],
    ['kota', 'kota bontang'],
    ['kota', 'kelompok wisata'],
  ])('%s does not abbreviate %s', (short, long) => expect(abbreviates(short, long.split(' '))).toBe(false));
});

// Names from a small vocabulary, so that generated pairs often share words.
const WORDS = ['dinas', 'pariwisata', 'kota', 'bontang', 'bekasi', 'badak', 'lng', 'pupuk', 'kaltim', 'masata', 'universitas', 'mulawarman', 'pt', 'cv', 'kelompok', 'sadar', 'wisata'];
const name = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const subject = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name,
    aliases: fc.array(name, { maxLength: 2 }),
    group: fc.constantFrom('GOVERNMENT', 'BUSINESS'),
    regions: fc.subarray(['bontang', 'bekasi', 'kaltim']),
    links: fc.subarray(['a', 'b', 'c', 'd']),
  });
const subjects = fc.integer({ min: 2, max: 14 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => subject(`s${String(i).padStart(2, '0')}`))));
const styled = (text: string, style: number) => (style === 0 ? text.toUpperCase() : style === 1 ? text.replace(/ /g, ' . ') : `  ${text.replace(/ /g, ', ')} `);

describe('scoring properties', () => {
  it('is symmetric, within [0, 1], and blind to case and punctuation', () => {
    fc.assert(
      fc.property(subject('x'), subject('y'), fc.integer({ min: 0, max: 2 }), (x, y, style) => {
        const weight = rarityWeights([...variantsOf(x, 'ORGANISATION'), ...variantsOf(y, 'ORGANISATION')]);
        const xy = scorePair(x, y, 'ORGANISATION', weight);
        const yx = scorePair(y, x, 'ORGANISATION', weight);
        expect(xy?.score).toBe(yx?.score);
        if (xy) expect(xy.score).toBeGreaterThanOrEqual(0);
        if (xy) expect(xy.score).toBeLessThanOrEqual(1);
        const restyled = { ...x, name: styled(x.name, style), aliases: x.aliases.map((a) => styled(a, style)) };
        expect(scorePair(restyled, y, 'ORGANISATION', weight)?.score).toBe(xy?.score);
      }),
    );
  });

  it('never scores a pair lower for one more shared partner or region', () => {
    fc.assert(
      fc.property(subject('x'), subject('y'), fc.constantFrom('e', 'f'), fc.constantFrom('papua', 'aceh'), (x, y, partner, region) => {
        const weight = rarityWeights([...variantsOf(x, 'ORGANISATION'), ...variantsOf(y, 'ORGANISATION')]);
        const before = scorePair(x, y, 'ORGANISATION', weight)?.score ?? 0;
        const after = scorePair({ ...x, links: [...x.links, partner], regions: [...x.regions, region] }, { ...y, links: [...y.links, partner], regions: [...y.regions, region] }, 'ORGANISATION', weight)?.score ?? 0;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('blocking finds every pair that scoring all pairs would offer, when no block is over its limit', () => {
    fc.assert(
      fc.property(subjects, (list) => {
        const found = duplicateCandidates(list, { kind: 'ORGANISATION', first: 1000 });
        const weight = rarityWeights(list.flatMap((s) => variantsOf(s, 'ORGANISATION')));
        const all: string[] = [];
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) {
            const pair = scorePair(list[i]!, list[j]!, 'ORGANISATION', weight);
            if (pair && pair.score >= MIN_SCORE) all.push(`${pair.a} ${pair.b}`);
          }
        }
        expect(pairs(found).sort()).toEqual(all.sort());
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('blocking skips keys held by more than the limit, so the pairs grow linearly', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ['dinas', 'kota', 'bontang', `kantor${i}`]);
    const pairsFound = blockedPairs(many.map((w) => blockingKeys({ text: w.join(' '), tokens: w, core: w.map(() => true), expanded: [] })), 64);
    expect(pairsFound.length).toBeLessThan(2000 * 64);
  });
});
