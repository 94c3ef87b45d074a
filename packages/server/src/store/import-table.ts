import { IMPORT_LIMITS } from '@partnerfolio/core';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { restoreFormula } from './formula-guard.js';
import { defuseXlsx } from './xlsx-guard.js';

export type ImportFormat = 'csv' | 'xlsx';

/** A cell as read: text or a number (spreadsheets keep numbers typed); null when empty. */
export type Cell = string | number | null;

export interface TableRow {
  /** The row number the user sees in the file or spreadsheet (the header is row 1). */
  readonly row: number;
  readonly cells: readonly Cell[];
}

export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
}

/** Rows and record size (core's import limits, which the web app states too). */
export const TABLE_LIMITS = IMPORT_LIMITS;

const tooManyRows = () =>
  new Error(
    `the file has more than ${TABLE_LIMITS.maxRows.toLocaleString('en-US')} rows; split it`,
  );

/**
 * Reads the first sheet (XLSX) or the records (CSV); throws with a readable message.
 * CPU-heavy for large files: the server calls it through `offload/` (a worker thread).
 */
export async function readTable(format: ImportFormat, data: Uint8Array): Promise<Table> {
  return format === 'csv' ? readCsv(data) : readXlsx(data);
}

/** The header row only: a CSV's first record (not the whole file); an XLSX's first row. */
export async function readHeaders(
  format: ImportFormat,
  data: Uint8Array,
): Promise<readonly string[]> {
  if (format === 'xlsx') return (await readXlsx(data)).headers;
  const [header = []] = parse(Buffer.from(data), {
    bom: true,
    relax_column_count: true,
    max_record_size: TABLE_LIMITS.maxRecordChars,
    to_line: 1,
  }) as string[][];
  return header.map((h) => h.trim());
}

function readCsv(data: Uint8Array): Table {
  // Empty lines are kept as records so that row numbers match what an editor shows;
  // blank rows are skipped below.
  const records = parse(Buffer.from(data), {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: TABLE_LIMITS.maxRecordChars,
    to_line: TABLE_LIMITS.maxRows + 2,
  }) as string[][];
  if (records.length > TABLE_LIMITS.maxRows + 1) throw tooManyRows();
  const [header = [], ...body] = records;
  const rows: TableRow[] = [];
  body.forEach((cells, i) => {
    // A quote that an export put before formula-leading text is taken off (formula-guard.ts).
    const values = cells.map((c): Cell => (c.trim() === '' ? null : restoreFormula(c)));
    if (values.some((c) => c !== null)) rows.push({ row: i + 2, cells: values });
  });
  return { headers: header.map((h) => h.trim()), rows };
}

async function readXlsx(data: Uint8Array): Promise<Table> {
  // Loaded on first use: a worker that only reads CSV or specs starts faster without it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  // Checked and inflated under limits first (zip bombs), pictures dropped unread.
  const safe = defuseXlsx(Buffer.from(data));
  await workbook.xlsx.load(safe as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const headers: string[] = [];
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    // `row.values` is 1-based: index 0 is always empty.
    const values = (Array.isArray(row.values) ? row.values.slice(1) : []).map(cellValue);
    if (number === 1) {
      for (const v of values) headers.push(v === null ? '' : String(v).trim());
      return;
    }
    if (values.some((c) => c !== null)) rows.push({ row: number, cells: values });
  });
  if (rows.length > TABLE_LIMITS.maxRows) throw tooManyRows();
  return { headers, rows };
}

/** What a spreadsheet cell holds, as text or a number (formulas give their result). */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) {
    const result = value.result;
    if (typeof result === 'number' || typeof result === 'string') return result;
    return null;
  }
  if ('error' in value) return String(value.error);
  return null;
}
