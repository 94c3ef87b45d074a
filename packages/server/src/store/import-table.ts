import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

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

/** Reads the first sheet (XLSX) or the records (CSV); throws with a readable message. */
export async function readTable(format: ImportFormat, data: Uint8Array): Promise<Table> {
  return format === 'csv' ? readCsv(data) : readXlsx(data);
}

function readCsv(data: Uint8Array): Table {
  // Empty lines are kept as records so that row numbers match what an editor shows;
  // blank rows are skipped below.
  const records = parse(Buffer.from(data), {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
  }) as string[][];
  const [header = [], ...body] = records;
  const rows: TableRow[] = [];
  body.forEach((cells, i) => {
    const values = cells.map((c): Cell => (c.trim() === '' ? null : c));
    if (values.some((c) => c !== null)) rows.push({ row: i + 2, cells: values });
  });
  return { headers: header.map((h) => h.trim()), rows };
}

async function readXlsx(data: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    Buffer.from(data) as unknown as Parameters<typeof workbook.xlsx.load>[0],
  );
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
