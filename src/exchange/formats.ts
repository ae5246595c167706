import { stringify } from 'csv-stringify/sync';
import { cleanText } from '../domain/text.js';
import type { Dataset } from '../domain/dataset.js';
import { SHEETS } from './tables.js';

/** A cell or attribute of a field: empty when absent, JSON for anything but text, numbers and booleans. */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The collections of an export, in the order they are read; `ties` only feeds GraphML. */
export const EXPORT_COLLECTIONS = ['sources', 'regions', 'stakeholders', 'people', 'participations', 'collaborations', 'programs', 'assessments', 'ties'] as const;
export type ExportCollection = (typeof EXPORT_COLLECTIONS)[number];

export interface Tie {
  a: string;
  b: string;
  weight: number;
  facts: number;
}

/** A batch of items of one collection, in the dataset format (nulls where a field is absent). */
export interface ExportBatch {
  collection: ExportCollection;
  items: unknown[];
}

export const EXPORT_FORMATS = ['JSON', 'CSV', 'GRAPHML'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file of an export. */
export interface ExportFile {
  name: string;
  mediaType: string;
  content: string;
}

/** A file an export writes, and the collections it is made of. */
export interface ExportTarget {
  name: string;
  mediaType: string;
  collections: readonly ExportCollection[];
}

/** Writes a file piece by piece, in order: its start, then one piece per batch, then its end. */
interface Encoder {
  begin(): string;
  batch(collection: ExportCollection, items: unknown[]): string;
  end(): string;
}

const DATASET_COLLECTIONS = ['sources', 'regions', 'stakeholders', 'people', 'participations', 'collaborations', 'programs', 'assessments'] as const;

/** The files of a format: JSON and GraphML are one file each, CSV one file per sheet. */
export function exportTargets(format: ExportFormat): ExportTarget[] {
  if (format === 'JSON') return [{ name: 'pentahelix.json', mediaType: 'application/json', collections: DATASET_COLLECTIONS }];
  if (format === 'GRAPHML') return [{ name: 'pentahelix.graphml', mediaType: 'application/graphml+xml', collections: ['stakeholders', 'ties'] }];
  return SHEETS.map((sheet) => ({ name: `${sheet.names[0]}.csv`, mediaType: 'text/csv', collections: [sheet.collection] }));
}

export function encoderFor(format: ExportFormat, target: ExportTarget): Encoder {
  if (format === 'JSON') return jsonEncoder();
  if (format === 'GRAPHML') return graphmlEncoder();
  return csvEncoder(SHEETS.find((sheet) => `${sheet.names[0]}.csv` === target.name)!);
}

/** The dataset format, one item per line, collections in the order they are read. */
function jsonEncoder(): Encoder {
  const seen = new Set<string>();
  let current: string | null = null;
  let first = true;
  const close = () => (current ? '\n  ]' : '');
  return {
    begin: () => '{',
    batch(collection, items) {
      let out = '';
      if (collection !== current) {
        out += `${close()}${seen.size > 0 ? ',' : ''}\n  ${JSON.stringify(collection)}: [`;
        seen.add(collection);
        current = collection;
        first = true;
      }
      for (const item of items) {
        out += `${first ? '' : ','}\n    ${JSON.stringify(item)}`;
        first = false;
      }
      return out;
    },
    end() {
      const missing = DATASET_COLLECTIONS.filter((c) => !seen.has(c)).map((c, i) => `${seen.size + i > 0 ? ',' : ''}\n  ${JSON.stringify(c)}: []`);
      return `${close()}${missing.join('')}\n}\n`;
    },
  };
}

/** The tabular format of the importer, one CSV per sheet; each row keeps its first piece of evidence. */
function csvEncoder(sheet: (typeof SHEETS)[number]): Encoder {
  const columns = Object.entries(sheet.columns);
  const row = (item: Record<string, unknown>) =>
    columns.map(([, column]) => {
      const evidence = (item.evidence as Array<{ sourceId: string; quote: string; confidence: number }> | undefined)?.[0];
      const value =
        column.field === 'source' ? evidence?.sourceId : column.field === 'quote' ? evidence?.quote : column.field === 'confidence' ? evidence?.confidence : item[column.field];
      if (Array.isArray(value)) return value.map((v: unknown) => (typeof v === 'object' && v !== null ? (v as { stakeholderId: string }).stakeholderId : text(v))).join('; ');
      return text(value);
    });
  return {
    begin: () => stringify([columns.map(([header]) => header)]),
    batch: (_collection, items) => stringify((items as Array<Record<string, unknown>>).map(row)),
    end: () => '',
  };
}

/** Text for XML: markup escaped, and characters XML cannot carry (stored before input refused them) replaced. */
const escapeXml = (value: string) => cleanText(value).replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);

/**
 * GraphML for Gephi and other tools: stakeholders as nodes (name, helix, kind, region),
 * the derived ties as undirected edges (weight, number of facts behind them).
 */
function graphmlEncoder(): Encoder {
  const keys = [
    ['name', 'node', 'string'],
    ['helix', 'node', 'string'],
    ['kind', 'node', 'string'],
    ['region', 'node', 'string'],
    ['weight', 'edge', 'double'],
    ['facts', 'edge', 'int'],
  ] as const;
  const data = (key: string, value: unknown) => (value === undefined || value === null ? '' : `<data key="${key}">${escapeXml(text(value))}</data>`);
  let edges = 0;
  return {
    begin: () =>
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
        ...keys.map(([id, kind, type]) => `  <key id="${id}" for="${kind}" attr.name="${id}" attr.type="${type}"/>`),
        '  <graph id="pentahelix" edgedefault="undirected">',
        '',
      ].join('\n'),
    batch(collection, items) {
      if (collection === 'stakeholders') {
        return (items as Dataset['stakeholders'])
          .map((s) => `    <node id="${escapeXml(s.id)}">${data('name', s.name)}${data('helix', s.helix)}${data('kind', s.kind)}${data('region', s.regionId)}</node>\n`)
          .join('');
      }
      return (items as Tie[]).map((t) => `    <edge id="e${edges++}" source="${escapeXml(t.a)}" target="${escapeXml(t.b)}">${data('weight', t.weight)}${data('facts', t.facts)}</edge>\n`).join('');
    },
    end: () => '  </graph>\n</graphml>\n',
  };
}

/** Where an export writes a file; a returned promise is awaited (backpressure). */
export interface ExportSink {
  write(chunk: string): void | Promise<void>;
}

/** Encodes batches into the targets' files, each batch into every file made of its collection. */
export async function encodeExport(
  format: ExportFormat,
  targets: readonly ExportTarget[],
  batches: AsyncIterable<ExportBatch>,
  open: (target: ExportTarget) => ExportSink,
): Promise<void> {
  const files = targets.map((target) => ({ target, encoder: encoderFor(format, target), sink: open(target) }));
  for (const file of files) await file.sink.write(file.encoder.begin());
  for await (const batch of batches) {
    for (const file of files) if (file.target.collections.includes(batch.collection)) await file.sink.write(file.encoder.batch(batch.collection, batch.items));
  }
  for (const file of files) await file.sink.write(file.encoder.end());
}

/** A whole dataset as the importer's CSV sheets, in memory (benchmarks and small files). */
export function toCsv(data: Dataset): ExportFile[] {
  return exportTargets('CSV').map((target) => {
    const encoder = encoderFor('CSV', target);
    const collection = target.collections[0] as keyof Dataset;
    return { name: target.name, mediaType: target.mediaType, content: encoder.begin() + encoder.batch(collection, data[collection]) + encoder.end() };
  });
}
