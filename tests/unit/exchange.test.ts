import { describe, expect, it } from 'vitest';
import { Catalog, normalise, similarity, slugify } from '../../src/exchange/matching.js';
import { locate, tabulate, type Catalogs } from '../../src/exchange/tables.js';

const catalogs = (): Catalogs => ({
  stakeholder: new Catalog([{ id: 'badak-lng', name: 'PT Badak NGL', aliases: ['Badak LNG'] }]),
  program: new Catalog([]),
  region: new Catalog([{ id: 'kota-bontang', name: 'Kota Bontang', aliases: [] }]),
  source: new Catalog([]),
  person: new Catalog([{ id: 'basri-rase', name: 'Basri Rase', aliases: [] }]),
  interaction: new Catalog([]),
});

describe('matching', () => {
  it('normalises case, accents, punctuation and spaces', () => {
    expect(normalise('  PT. Badak  NGL ')).toBe('pt badak ngl');
    expect(normalise('Café Ümit')).toBe('cafe umit');
  });

  it('scores similarity as 1 - edit distance / longer length', () => {
    expect(similarity('Badak LNG', 'badak lng')).toBe(1);
    expect(similarity('abcd', 'abce')).toBe(0.75);
    expect(similarity('', '')).toBe(1);
  });

  it('matches by id, then name, then alias; a similar name is fuzzy; a different one is none', () => {
    const c = catalogs().stakeholder;
    expect(c.match('badak-lng')).toEqual({ kind: 'exact', id: 'badak-lng', by: 'id' });
    expect(c.match('pt badak ngl')).toEqual({ kind: 'exact', id: 'badak-lng', by: 'name' });
    expect(c.match('BADAK LNG')).toEqual({ kind: 'exact', id: 'badak-lng', by: 'alias' });
    expect(c.match('Badak LNGG')).toMatchObject({ kind: 'fuzzy', id: 'badak-lng', name: 'PT Badak NGL' });
    expect(c.match('Pupuk Kaltim')).toEqual({ kind: 'none' });
  });

  it('makes ids from names', () => {
    expect(slugify('Dinas Pariwisata Kota Bontang')).toBe('dinas-pariwisata-kota-bontang');
    expect(slugify('PT. Pupuk Kalimantan Timur (Persero)')).toBe('pt-pupuk-kalimantan-timur-persero');
  });
});

describe('tabulate', () => {
  it('builds dataset items from rows, resolving references and giving ids from names', () => {
    const result = tabulate(
      [
        { name: 'Stakeholders', rows: [{ Name: 'Komunitas Pesisir', Helix: 'COMMUNITY', Kind: 'NGO', Region: 'Kota Bontang', Aliases: 'KP; Pesisir' }] },
        { name: 'collaborations.csv', rows: [{ id: 'k1', name: 'Kerja sama', kind: 'CSR', strength: '0,7', parties: 'Badak LNG; KP' }] },
      ],
      catalogs(),
    );
    expect(result.problems).toEqual([]);
    expect(result.data.stakeholders).toEqual([{ name: 'Komunitas Pesisir', helix: 'COMMUNITY', kind: 'NGO', regionId: 'kota-bontang', aliases: ['KP', 'Pesisir'], id: 'komunitas-pesisir' }]);
    expect(result.data.collaborations).toEqual([
      { id: 'k1', name: 'Kerja sama', kind: 'CSR', strength: 0.7, parties: [{ stakeholderId: 'badak-lng' }, { stakeholderId: 'komunitas-pesisir' }] },
    ]);
  });

  it('reports unknown sheets and columns, unknown and fuzzy references, and places dataset paths on rows and columns', () => {
    const result = tabulate(
      [
        { name: 'Pegawai', rows: [{ nama: 'Budi' }] },
        { name: 'Participations', rows: [{ stakeholder: 'Badak LNGG', program: 'Job Fair', role: 'HOST', warna: 'x', source: 's', quote: 'q' }] },
      ],
      catalogs(),
    );
    expect(result.problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['Pegawai', null, null],
      ['Participations', 1, 'warna'],
      ['Participations', 2, 'stakeholder'],
      ['Participations', 2, 'program'],
      ['Participations', 2, 'source'],
    ]);
    expect(result.fuzzy).toEqual([expect.objectContaining({ row: 2, column: 'stakeholder', candidateId: 'badak-lng' })]);
    expect(locate(result.origins, ['participations', 0, 'role'])).toEqual({ sheet: 'Participations', row: 2, column: 'role' });
    expect(locate(result.origins, ['participations', 0, 'evidence', 0, 'quote'])).toEqual({ sheet: 'Participations', row: 2, column: 'quote' });
  });

  it('applies a fuzzy reference once it is confirmed', () => {
    const result = tabulate([{ name: 'Participations', rows: [{ stakeholder: 'Badak LNGG', program: 'p', role: 'HOST' }] }], catalogs(), [{ value: 'badak lngg', id: 'badak-lng' }]);
    expect(result.fuzzy).toEqual([]);
    expect(result.data.participations?.[0]).toMatchObject({ stakeholderId: 'badak-lng' });
  });
});

describe('the engagement log sheets', () => {
  it('puts each follow-up row under its interaction, in sheet order, with references resolved by name', () => {
    const { data, problems } = tabulate(
      [
        {
          name: 'Interaksi',
          rows: [{ id: '', kind: 'MEETING', subject: 'Rapat CSR', occurredOn: '2025-03-04', stakeholders: 'Badak LNG; kota-bontang-x', people: 'Basri Rase', notes: 'n' }],
        },
        {
          name: 'Tindak Lanjut',
          rows: [
            { interaction: 'Rapat CSR', commitment: 'Kirim proposal', owner: 'basri-rase', dueOn: '2025-03-20', status: 'OPEN', closedOn: '' },
            { interaction: 'rapat-csr', commitment: 'Jadwalkan kunjungan', owner: '', dueOn: '', status: 'DONE', closedOn: '2025-03-10' },
            { interaction: 'rapat lain', commitment: 'x', owner: '', dueOn: '', status: '', closedOn: '' },
          ],
        },
      ],
      catalogs(),
    );
    expect(data.interactions).toEqual([
      {
        id: 'rapat-csr',
        kind: 'MEETING',
        subject: 'Rapat CSR',
        occurredOn: '2025-03-04',
        stakeholderIds: ['badak-lng', 'kota-bontang-x'],
        personIds: ['basri-rase'],
        notes: 'n',
        followUps: [
          { commitment: 'Kirim proposal', ownerId: 'basri-rase', dueOn: '2025-03-20', status: 'OPEN' },
          { commitment: 'Jadwalkan kunjungan', status: 'DONE', closedOn: '2025-03-10' },
        ],
      },
    ]);
    // The unknown stakeholder and the follow-up of an interaction the file does not hold.
    expect(problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['Interaksi', 2, 'stakeholders'],
      ['Tindak Lanjut', 4, 'interaction'],
      ['Tindak Lanjut', 4, 'interaction'],
    ]);
  });
});
