/**
 * An outcomes file, CSV or XLSX, read into core's outcome points. A CSV goes to core's
 * reader whole (delimiter detected, decimal commas); a spreadsheet's first sheet is read by
 * the partner import's reader (import-table.ts: zip-bomb limits, formulas give their
 * result) and its rows handed to core as text, numbered as the spreadsheet numbers them.
 * Runs inside an offload task (offload/tasks.ts): a worker thread when the file is large.
 */

import type { Result } from '@partnerfolio/core';
import {
  type CsvRow,
  detectDelimiter,
  type OutcomeColumns,
  type OutcomeFile,
  parseCsvRows,
  parseOutcomeRows,
  parseOutcomesCsv,
} from '@partnerfolio/core/causal';
import { type Cell, type ImportFormat, readTable } from './import-table.js';

/** A date cell at midnight UTC is a day: `2025-03-01`, a calendar period. */
const cellText = (cell: Cell | undefined): string => {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  const day = /^(\d{4}-\d{2}-\d{2})T00:00:00\.000Z$/.exec(cell);
  return day?.[1] ?? cell;
};

export async function readOutcomeFile(
  format: ImportFormat,
  data: Uint8Array,
  columns: OutcomeColumns,
): Promise<Result<OutcomeFile>> {
  if (format === 'csv') return parseOutcomesCsv(new TextDecoder().decode(data), columns);
  const table = await readTable('xlsx', data);
  const width = table.headers.length;
  const rows: CsvRow[] = [
    { line: 1, fields: [...table.headers] },
    ...table.rows.map((r) => ({
      line: r.row,
      // A row ends at its last filled cell; blanks up to the header's width are empty fields.
      fields: Array.from({ length: Math.max(width, r.cells.length) }, (_, i) =>
        cellText(r.cells[i]),
      ),
    })),
  ];
  return parseOutcomeRows(rows, columns);
}

/** Bytes of a CSV read for its header row: a header is a line, not a file. */
const HEADER_BYTES = 64 * 1024;

/**
 * The header row of an outcomes CSV as the import will read it (core's delimiter
 * detection); an XLSX's first row through the partner import's reader (a worker).
 */
export function readOutcomeCsvHeaders(data: Uint8Array): string[] {
  const text = new TextDecoder().decode(data.subarray(0, HEADER_BYTES));
  const [header] = parseCsvRows(text, detectDelimiter(text));
  return (header?.fields ?? []).map((f) => f.trim());
}
