import type { DatasetInput } from '../domain/dataset.js';
import { normalise, slugify, type Catalog } from './matching.js';

/**
 * The tabular import format: one sheet (XLSX) or one file (CSV) per kind, a header row, one
 * item per row. References (region, unitOf, stakeholder, program, parties, partOf, source) may
 * name an item by id, exact name or alias; lists are separated by `;`. Each row may cite one
 * piece of evidence with the `source` and `quote` columns.
 */
export interface Table {
  /** Sheet or file name, e.g. `Stakeholders` or `stakeholders.csv`. */
  name: string;
  /** Cells by header, as text; empty cells are absent or empty strings. */
  rows: Array<Record<string, string>>;
}

export interface Problem {
  sheet: string;
  /** Row number as the spreadsheet shows it (the header is row 1); null for the whole sheet. */
  row: number | null;
  column: string | null;
  message: string;
}

export interface FuzzyMatch {
  sheet: string;
  row: number;
  column: string;
  value: string;
  candidateId: string;
  candidateName: string;
  score: number;
}

/** The importer's answer to a fuzzy match: this text means this id. */
export interface Confirmation {
  value: string;
  id: string;
}

type RefKind = 'stakeholder' | 'program' | 'region' | 'source';
interface Column {
  field: string;
  type: 'text' | 'list' | 'number' | 'ref' | 'refs';
  /** What a `ref` or `refs` column names; several kinds: an item of any of them (looked up in this order). */
  ref?: RefKind | readonly RefKind[];
}

type Collection = 'sources' | 'regions' | 'stakeholders' | 'programs' | 'participations' | 'collaborations' | 'assessments';

interface SheetSpec {
  collection: Collection;
  /** Accepted sheet names (normalised), English and Indonesian. */
  names: string[];
  columns: Record<string, Column>;
  /** The kind of item a row defines, so later rows can refer to it by name. */
  defines?: RefKind;
}

const text = (field: string): Column => ({ field, type: 'text' });
const EVIDENCE = { source: { field: 'source', type: 'ref', ref: 'source' }, quote: text('quote'), confidence: { field: 'confidence', type: 'number' } } as const;

export const SHEETS: SheetSpec[] = [
  {
    collection: 'sources',
    names: ['sources', 'sumber'],
    defines: 'source',
    columns: { id: text('id'), title: text('title'), publisher: text('publisher'), author: text('author'), url: text('url'), publishedOn: text('publishedOn'), kind: text('kind'), language: text('language') },
  },
  {
    collection: 'regions',
    names: ['regions', 'wilayah'],
    defines: 'region',
    columns: { id: text('id'), name: text('name'), level: text('level'), partOf: { field: 'partOf', type: 'ref', ref: 'region' } },
  },
  {
    collection: 'stakeholders',
    names: ['stakeholders', 'pemangku kepentingan', 'aktor'],
    defines: 'stakeholder',
    columns: {
      id: text('id'),
      name: text('name'),
      aliases: { field: 'aliases', type: 'list' },
      helix: text('helix'),
      kind: text('kind'),
      description: text('description'),
      website: text('website'),
      tags: { field: 'tags', type: 'list' },
      region: { field: 'regionId', type: 'ref', ref: 'region' },
      unitOf: { field: 'unitOf', type: 'ref', ref: 'stakeholder' },
      ...EVIDENCE,
    },
  },
  {
    collection: 'programs',
    names: ['programs', 'program', 'kegiatan'],
    defines: 'program',
    columns: {
      id: text('id'),
      name: text('name'),
      aliases: { field: 'aliases', type: 'list' },
      kind: text('kind'),
      description: text('description'),
      startsOn: text('startsOn'),
      endsOn: text('endsOn'),
      venue: text('venue'),
      region: { field: 'regionId', type: 'ref', ref: 'region' },
      partOf: { field: 'partOf', type: 'ref', ref: 'program' },
      ...EVIDENCE,
    },
  },
  {
    collection: 'participations',
    names: ['participations', 'partisipasi'],
    columns: {
      stakeholder: { field: 'stakeholderId', type: 'ref', ref: 'stakeholder' },
      program: { field: 'programId', type: 'ref', ref: 'program' },
      role: text('role'),
      description: text('description'),
      startedOn: text('startedOn'),
      endedOn: text('endedOn'),
      ...EVIDENCE,
    },
  },
  {
    collection: 'collaborations',
    names: ['collaborations', 'kolaborasi', 'kerja sama'],
    columns: {
      id: text('id'),
      name: text('name'),
      kind: text('kind'),
      description: text('description'),
      strength: { field: 'strength', type: 'number' },
      status: text('status'),
      startedOn: text('startedOn'),
      endedOn: text('endedOn'),
      program: { field: 'programId', type: 'ref', ref: 'program' },
      parties: { field: 'parties', type: 'refs', ref: 'stakeholder' },
      ...EVIDENCE,
    },
  },
  {
    collection: 'assessments',
    names: ['assessments', 'penilaian'],
    columns: {
      stakeholder: { field: 'stakeholderId', type: 'ref', ref: 'stakeholder' },
      scope: { field: 'scopeId', type: 'ref', ref: ['program', 'region'] },
      assessedOn: text('assessedOn'),
      power: { field: 'power', type: 'number' },
      interest: { field: 'interest', type: 'number' },
      position: text('position'),
      attitude: text('attitude'),
      comment: text('comment'),
      assessedBy: text('assessedBy'),
    },
  },
];

/** Finds the sheet a table is, by its name without extension (`Stakeholders.csv`, `Kolaborasi`). */
export function sheetOf(table: Table): SheetSpec | undefined {
  const name = normalise(table.name.replace(/\.(csv|tsv|txt)$/i, ''));
  return SHEETS.find((s) => s.names.includes(name));
}

/** Where an item of the dataset came from, to put problems back on their row and column. */
export interface Origin {
  sheet: string;
  row: number;
  /** Dataset field -> column header as written in the file. */
  columns: Record<string, string>;
}

export interface Tabulated {
  data: DatasetInput;
  origins: Record<Collection, Origin[]>;
  problems: Problem[];
  fuzzy: FuzzyMatch[];
}

export type Catalogs = Record<RefKind, Catalog>;

/**
 * Turns tables into a dataset: columns checked against the sheet's, items without an id given
 * one from their name, references resolved through the catalogs (which hold what the database
 * already has; the file's own items are added first). A fuzzy reference is applied only when a
 * confirmation names it; otherwise it is reported, and the import cannot proceed.
 */
export function tabulate(tables: Table[], catalogs: Catalogs, confirmations: Confirmation[] = []): Tabulated {
  const data: Required<Pick<DatasetInput, Collection>> = { sources: [], regions: [], stakeholders: [], programs: [], participations: [], collaborations: [], assessments: [] };
  const origins = Object.fromEntries(SHEETS.map((sheet) => [sheet.collection, []])) as unknown as Record<Collection, Origin[]>;
  const problems: Problem[] = [];
  const fuzzy: FuzzyMatch[] = [];
  const confirmed = new Map(confirmations.map((c) => [normalise(c.value), c.id]));

  const sheets: Array<{ table: Table; spec: SheetSpec; headers: Map<string, string> }> = [];
  for (const table of tables) {
    const spec = sheetOf(table);
    if (!spec) {
      problems.push({ sheet: table.name, row: null, column: null, message: `unknown sheet; expected one of ${SHEETS.map((s) => s.names[0]).join(', ')}` });
      continue;
    }
    // Header as written -> column key of the spec.
    const headers = new Map<string, string>();
    const known = new Map(Object.keys(spec.columns).map((k) => [normalise(k), k]));
    for (const header of Object.keys(table.rows[0] ?? {})) {
      const key = known.get(normalise(header));
      if (key) headers.set(header, key);
      else if (header.trim() !== '') problems.push({ sheet: table.name, row: 1, column: header, message: `unknown column; expected one of ${Object.keys(spec.columns).join(', ')}` });
    }
    sheets.push({ table, spec, headers });
  }

  // First pass: the items the file defines, so that its other rows can name them.
  for (const { table, spec, headers } of sheets) {
    if (!spec.defines) continue;
    for (const cells of table.rows) {
      const get = (key: string) => [...headers].find(([, k]) => k === key)?.[0];
      const name = (cells[get('name') ?? ''] ?? cells[get('title') ?? ''] ?? '').trim();
      const id = (cells[get('id') ?? ''] ?? '').trim() || slugify(name);
      if (id) catalogs[spec.defines].add({ id, name: name || id, aliases: splitList(cells[get('aliases') ?? ''] ?? '') });
    }
  }

  for (const { table, spec, headers } of sheets) {
    table.rows.forEach((cells, index) => {
      const row = index + 2;
      const record: Record<string, unknown> = {};
      const columns: Record<string, string> = {};
      const resolve = (value: string, ref: RefKind | readonly RefKind[], column: string): string => {
        const kinds: readonly RefKind[] = typeof ref === 'string' ? [ref] : ref;
        const matches = kinds.map((k) => catalogs[k].match(value));
        const exact = matches.find((m) => m.kind === 'exact');
        if (exact) return exact.id;
        const chosen = confirmed.get(normalise(value));
        if (chosen) return chosen;
        const kind = kinds.join(' or ');
        const match = matches.reduce((best, m) => (m.kind === 'fuzzy' && (best.kind !== 'fuzzy' || m.score > best.score) ? m : best));
        if (match.kind === 'fuzzy') {
          fuzzy.push({ sheet: table.name, row, column, value, candidateId: match.id, candidateName: match.name, score: Math.round(match.score * 1000) / 1000 });
          problems.push({ sheet: table.name, row, column, message: `"${value}" is not a known ${kind}; did you mean "${match.name}" (${match.id})? Confirm it to use it` });
        } else {
          problems.push({ sheet: table.name, row, column, message: `"${value}" is not a known ${kind} (by id, name or alias)` });
        }
        return value;
      };
      for (const [header, key] of headers) {
        const raw = (cells[header] ?? '').trim();
        if (raw === '') continue;
        const column = spec.columns[key]!;
        columns[column.field] = header;
        if (column.type === 'text') record[column.field] = raw;
        else if (column.type === 'list') record[column.field] = splitList(raw);
        else if (column.type === 'number') record[column.field] = Number.isFinite(Number(raw.replace(',', '.'))) ? Number(raw.replace(',', '.')) : raw;
        else if (column.type === 'ref') record[column.field] = resolve(raw, column.ref!, header);
        else record[column.field] = splitList(raw).map((v) => resolve(v, column.ref!, header));
      }
      if (spec.defines && record.id === undefined) {
        const name = (record.name ?? record.title) as string | undefined;
        if (name) record.id = slugify(name);
      }
      if (spec.collection === 'collaborations' && Array.isArray(record.parties)) {
        record.parties = (record.parties as string[]).map((stakeholderId) => ({ stakeholderId }));
      }
      const { source, quote, confidence, ...rest } = record;
      if (source !== undefined || quote !== undefined) {
        rest.evidence = [{ sourceId: source, quote, ...(confidence !== undefined ? { confidence } : {}) }];
      }
      (data[spec.collection] as unknown[]).push(rest);
      origins[spec.collection].push({ sheet: table.name, row, columns });
    });
  }
  return { data, origins, problems, fuzzy };
}

function splitList(value: string): string[] {
  return value
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Puts a dataset path (`stakeholders.3.helix`) back on its sheet, row and column. */
export function locate(origins: Record<Collection, Origin[]>, path: ReadonlyArray<string | number>): Omit<Problem, 'message'> {
  const [collection, index, field, , leaf] = path;
  const origin = origins[collection as Collection]?.[index as number];
  if (!origin) return { sheet: String(collection ?? ''), row: null, column: null };
  const column = field === 'evidence' ? (leaf === 'quote' ? origin.columns.quote : origin.columns.source) ?? 'source' : (origin.columns[String(field)] ?? (field === undefined ? null : String(field)));
  return { sheet: origin.sheet, row: origin.row, column };
}
