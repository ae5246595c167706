import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Problem, Table } from './tables.js';

export const IMPORT_FORMATS = ['JSON', 'CSV', 'XLSX'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A file to import: CSV and JSON as text, XLSX as base64. */
export interface ImportFile {
  name: string;
  content: string;
}

/**
 * CSV with a header row. The delimiter is `,`, or `;` when the header has `;` and no `,`
 * (spreadsheets in an Indonesian or European locale write `;`; list cells then come quoted).
 * A byte-order mark is ignored; quoted fields may span lines.
 */
export function readCsv(file: ImportFile): Table {
  const header = file.content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
  const rows = parse<Record<string, string>>(file.content, { columns: true, bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: true });
  return { name: file.name, rows };
}

/** Every worksheet of a workbook, with dates as YYYY-MM-DD and formulas as their results. */
export async function readXlsx(file: ImportFile): Promise<Table[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
  const tables: Table[] = [];
  workbook.eachSheet((sheet) => {
    const headers: string[] = [];
    sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col] = cellText(cell.value)));
    const rows: Array<Record<string, string>> = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: Record<string, string> = {};
      headers.forEach((header, col) => {
        if (header) cells[header] = cellText(row.getCell(col).value);
      });
      rows.push(cells);
    }
    // Trailing blank rows (formatting only) are not rows.
    while (rows.length > 0 && Object.values(rows.at(-1)!).every((v) => v === '')) rows.pop();
    tables.push({ name: sheet.name, rows });
  });
  return tables;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result);
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    // An error cell, or any other kind of object: no text.
    return '';
  }
  return String(value).trim();
}

/** Reads the files of one import; unreadable files become problems, not exceptions. */
export async function readTables(format: Exclude<ImportFormat, 'JSON'>, files: ImportFile[]): Promise<{ tables: Table[]; problems: Problem[] }> {
  const tables: Table[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    try {
      if (format === 'CSV') tables.push(readCsv(file));
      else tables.push(...(await readXlsx(file)));
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : 'unreadable';
      problems.push({ sheet: file.name, row: null, column: null, message: `cannot read the file as ${format}: ${reason}` });
    }
  }
  return { tables, problems };
}
