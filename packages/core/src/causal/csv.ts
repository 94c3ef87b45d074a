/**
 * A long panel from CSV text: the delimiter (comma, semicolon or tab) is detected from the
 * header line, fields may be quoted (RFC 4180), and every problem names its line and
 * column. With a semicolon or tab delimiter a decimal comma ("89,8") is read as a number.
 */
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { type BlockPanel, buildBlockPanel, type PanelRecord } from './panel.js';

export type Delimiter = ',' | ';' | '\t';

export interface PanelColumns {
  readonly unit: string;
  readonly time: string;
  readonly outcome: string;
  readonly treated: string;
}

/** More rows than this is not a partnership panel; refuse before doing the work. */
export const MAX_PANEL_ROWS = 2_000_000;

/** The delimiter that splits the header line (outside quotes) most often; ties go to `,`, `;`, tab. */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  let best: Delimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

export interface CsvRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/** Splits CSV text into rows of fields (quotes with "" escapes, CRLF or LF, a leading BOM). */
export function parseCsvRows(text: string, delimiter: Delimiter): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += c;
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

/** A number cell: trimmed, with a decimal comma when the delimiter is not a comma; undefined if not a finite number. */
export function parseNumber(raw: string, delimiter: Delimiter): number | undefined {
  let s = raw.trim();
  if (s === '') return undefined;
  if (delimiter !== ',' && /^[-+]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

const TREATED_VALUES: Record<string, boolean> = { '0': false, '1': true, false: false, true: true };

/**
 * Reads a long panel (one row per unit and period) and builds the block design. Issues
 * carry `line` and `column` (1-based, the field's position) and the column's name as path.
 */
export function parsePanelCsv(
  text: string,
  columns: PanelColumns,
  options: { file?: string } = {},
): Result<BlockPanel & { delimiter: Delimiter; rows: number }> {
  const file = options.file === undefined ? {} : { file: options.file };
  const delimiter = detectDelimiter(text);
  const rows = parseCsvRows(text, delimiter);
  const header = rows[0];
  if (!header)
    return fail([
      {
        code: 'empty_file',
        path: [],
        message: 'the file is empty; it needs a header row and data rows',
        ...file,
      },
    ]);
  if (rows.length - 1 > MAX_PANEL_ROWS) {
    return fail([
      {
        code: 'too_many_rows',
        path: [],
        message: `the file has ${rows.length - 1} rows; at most ${MAX_PANEL_ROWS} are read`,
        ...file,
      },
    ]);
  }
  const names = header.fields.map((f) => f.trim());
  const index: Record<keyof PanelColumns, number> = {
    unit: -1,
    time: -1,
    outcome: -1,
    treated: -1,
  };
  const issues: Issue[] = [];
  for (const key of Object.keys(index) as (keyof PanelColumns)[]) {
    const at = names.indexOf(columns[key]);
    if (at < 0) {
      issues.push({
        code: 'unknown_column',
        path: [columns[key]],
        message: `no column "${columns[key]}" (for --${key === 'time' ? 'time' : key}); the header has ${names.map((n) => `"${n}"`).join(', ')}`,
        line: header.line,
        ...file,
      });
    }
    index[key] = at;
  }
  if (issues.length > 0) return fail(issues);
  const records: PanelRecord[] = [];
  for (const row of rows.slice(1)) {
    const at = (key: keyof PanelColumns) => index[key];
    const cell = (key: keyof PanelColumns) => row.fields[at(key)];
    const problem = (key: keyof PanelColumns, message: string, code: string) =>
      issues.push({
        code,
        path: [columns[key]],
        message,
        line: row.line,
        column: at(key) + 1,
        ...file,
      });
    if (row.fields.length !== names.length) {
      issues.push({
        code: 'wrong_field_count',
        path: [],
        message: `line ${row.line} has ${row.fields.length} fields, the header ${names.length} (delimiter "${delimiter === '\t' ? 'tab' : delimiter}")`,
        line: row.line,
        ...file,
      });
      if (issues.length >= 50) break;
      continue;
    }
    const unit = (cell('unit') ?? '').trim();
    const period = (cell('time') ?? '').trim();
    const outcome = parseNumber(cell('outcome') ?? '', delimiter);
    const treated = TREATED_VALUES[(cell('treated') ?? '').trim().toLowerCase()];
    if (unit === '') problem('unit', 'the unit is empty', 'missing_value');
    if (period === '') problem('time', 'the period is empty', 'missing_value');
    if (outcome === undefined) {
      problem('outcome', `"${cell('outcome')}" is not a number`, 'not_a_number');
    }
    if (treated === undefined) {
      problem('treated', `treated must be 0 or 1, not "${cell('treated')}"`, 'not_treatment');
    }
    if (issues.length >= 50) break;
    if (unit !== '' && period !== '' && outcome !== undefined && treated !== undefined) {
      records.push({ unit, period, outcome, treated, line: row.line });
    }
  }
  if (issues.length > 0) return fail(issues);
  const panel = buildBlockPanel(records);
  if (!panel.ok) return fail(panel.issues.map((i) => ({ ...i, ...file })));
  return ok({ ...panel.value, delimiter, rows: records.length });
}
