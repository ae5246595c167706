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

/** A file of an export. */
export interface ExportFile {
  name: string;
  mediaType: string;
  content: string;
}

/** The tabular format of the importer, one CSV per sheet; each row keeps its first piece of evidence. */
export function toCsv(data: Dataset): ExportFile[] {
  return SHEETS.map((sheet) => {
    const columns = Object.entries(sheet.columns);
    const rows = (data[sheet.collection] as Array<Record<string, unknown>>).map((item) =>
      columns.map(([, column]) => {
        const evidence = (item.evidence as Array<{ sourceId: string; quote: string; confidence: number }> | undefined)?.[0];
        const value =
          column.field === 'source' ? evidence?.sourceId : column.field === 'quote' ? evidence?.quote : column.field === 'confidence' ? evidence?.confidence : item[column.field];
        if (Array.isArray(value)) return value.map((v: unknown) => (typeof v === 'object' && v !== null ? (v as { stakeholderId: string }).stakeholderId : text(v))).join('; ');
        return text(value);
      }),
    );
    return { name: `${sheet.names[0]}.csv`, mediaType: 'text/csv', content: stringify([columns.map(([header]) => header), ...rows]) };
  });
}

/** Text for XML: markup escaped, and characters XML cannot carry (stored before input refused them) replaced. */
const escapeXml = (value: string) => cleanText(value).replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);

/**
 * GraphML for Gephi and other tools: stakeholders as nodes (name, helix, kind, region),
 * the derived ties as undirected edges (weight, number of facts behind them).
 */
export function toGraphml(data: Dataset, ties: Array<{ a: string; b: string; weight: number; facts: number }>): ExportFile {
  const keys = [
    ['name', 'node', 'string'],
    ['helix', 'node', 'string'],
    ['kind', 'node', 'string'],
    ['region', 'node', 'string'],
    ['weight', 'edge', 'double'],
    ['facts', 'edge', 'int'],
  ] as const;
  const data_ = (key: string, value: unknown) => (value === undefined || value === null ? '' : `<data key="${key}">${escapeXml(text(value))}</data>`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(([id, kind, type]) => `  <key id="${id}" for="${kind}" attr.name="${id}" attr.type="${type}"/>`),
    '  <graph id="pentahelix" edgedefault="undirected">',
    ...data.stakeholders.map(
      (s) => `    <node id="${escapeXml(s.id)}">${data_('name', s.name)}${data_('helix', s.helix)}${data_('kind', s.kind)}${data_('region', s.regionId)}</node>`,
    ),
    ...ties.map((t, i) => `    <edge id="e${i}" source="${escapeXml(t.a)}" target="${escapeXml(t.b)}">${data_('weight', t.weight)}${data_('facts', t.facts)}</edge>`),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return { name: 'pentahelix.graphml', mediaType: 'application/graphml+xml', content: lines.join('\n') };
}
