/**
 * Stored outcome series (unit, period, outcome, value) and the agreements that treat some
 * units: reading them from a wide or long CSV, and turning one outcome into the block panel
 * the estimators take, with treatment from the period holding the agreement's start date.
 */
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { type CsvRow, type Delimiter, detectDelimiter, parseCsvRows, parseNumber } from './csv.js';
import { type BlockPanel, buildBlockPanel, type PanelRecord } from './panel.js';

/** One observation of one outcome. */
export interface OutcomePoint {
  readonly unit: string;
  readonly period: string;
  readonly outcome: string;
  readonly value: number;
}

/** Outcome files larger than this are refused before they are read (rows). */
export const MAX_OUTCOME_ROWS = 200_000;
/** Longest unit, period or outcome name. */
export const MAX_LABEL_LENGTH = 200;

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4]))?$/;

/** Whether a period label is a calendar period: `2025`, `2025-03`, `2025-03-31` or `2025-Q1`. */
export const isCalendarPeriod = (period: string): boolean => PERIOD.test(period);

/**
 * Whether `period` is treated by an agreement that starts on `startDate` (YYYY-MM-DD): the
 * period holding the start date is the first treated one. Undefined when the label is not a
 * calendar period.
 */
export function isTreatedPeriod(period: string, startDate: string): boolean | undefined {
  const m = PERIOD.exec(period);
  if (!m) return undefined;
  const quarter = m[4];
  if (quarter !== undefined) {
    const startMonth = Number(startDate.slice(5, 7));
    const startQuarter = `${startDate.slice(0, 4)}-Q${Math.ceil(startMonth / 3)}`;
    return period >= startQuarter;
  }
  return period >= startDate.slice(0, period.length);
}

/**
 * The block panel of one outcome: the treated units are those linked to the agreement
 * (treated from its start), the controls those linked to no agreement. Units linked to
 * another agreement are left out, so that no treated unit serves as a control.
 */
export function outcomePanel(
  points: readonly OutcomePoint[],
  units: {
    readonly treated: ReadonlySet<string>;
    readonly excluded: ReadonlySet<string>;
    readonly start: string;
  },
): Result<BlockPanel> {
  const records: PanelRecord[] = [];
  const issues: Issue[] = [];
  for (const p of points) {
    if (units.excluded.has(p.unit)) continue;
    let treated = false;
    if (units.treated.has(p.unit)) {
      const t = isTreatedPeriod(p.period, units.start);
      if (t === undefined) {
        if (issues.length < 20) {
          issues.push({
            code: 'not_a_calendar_period',
            path: ['period', p.unit, p.period],
            message: `period "${p.period}" of unit "${p.unit}" is not a calendar period (2025, 2025-03, 2025-03-31 or 2025-Q1), so the agreement's start date cannot place the treatment`,
          });
        }
        continue;
      }
      treated = t;
    }
    records.push({ unit: p.unit, period: p.period, outcome: p.value, treated });
  }
  if (issues.length > 0) return fail(issues);
  if (units.treated.size === 0 || !records.some((r) => units.treated.has(r.unit))) {
    return fail([
      {
        code: 'no_treated',
        path: ['agreement'],
        message: 'no unit with this outcome is linked to the agreement',
      },
    ]);
  }
  return buildBlockPanel(records);
}

export interface OutcomeColumns {
  readonly unit: string;
  readonly time: string;
  /** Value columns, each an outcome named after its column (a wide file)... */
  readonly outcomes?: readonly string[];
  /** ...or a long file: the column naming the outcome and the column of its value. */
  readonly outcomeName?: string;
  readonly value?: string;
  /** A 0/1 column: the units with a 1 anywhere are the treated ones. */
  readonly treated?: string;
}

export interface OutcomeFile {
  readonly points: OutcomePoint[];
  readonly units: string[];
  readonly treatedUnits: string[];
  readonly delimiter: Delimiter;
}

const TREATED: Record<string, boolean> = { '0': false, '1': true, false: false, true: true };

/**
 * Reads outcomes from CSV text (comma, semicolon or tab, detected as core's panel reader
 * does). Every problem names its line and column; the first 50 are returned.
 */
export function parseOutcomesCsv(text: string, columns: OutcomeColumns): Result<OutcomeFile> {
  const delimiter = detectDelimiter(text);
  return parseOutcomeRows(parseCsvRows(text, delimiter), columns, delimiter);
}

/**
 * Reads outcomes from rows already split into fields: the header first, each row with the
 * line (a spreadsheet's row number) its problems are named by. A spreadsheet's rows come
 * as text, numbers written plainly; `delimiter` only decides whether a decimal comma reads.
 */
export function parseOutcomeRows(
  rows: readonly CsvRow[],
  columns: OutcomeColumns,
  delimiter: Delimiter = ',',
): Result<OutcomeFile> {
  const header = rows[0];
  if (!header) {
    return fail([
      {
        code: 'empty_file',
        path: [],
        message: 'the file is empty; it needs a header row and data rows',
      },
    ]);
  }
  if (rows.length - 1 > MAX_OUTCOME_ROWS) {
    return fail([
      {
        code: 'too_many_rows',
        path: [],
        message: `the file has ${rows.length - 1} rows; at most ${MAX_OUTCOME_ROWS} are read`,
      },
    ]);
  }
  const names = header.fields.map((f) => f.trim());
  const issues: Issue[] = [];
  const find = (name: string, option: string): number => {
    const at = names.indexOf(name);
    if (at < 0) {
      issues.push({
        code: 'unknown_column',
        path: [option],
        message: `no column "${name}" (for ${option}); the header has ${names.map((n) => `"${n}"`).join(', ')}`,
        line: header.line,
      });
    }
    return at;
  };
  const long = columns.outcomeName !== undefined || columns.value !== undefined;
  if (long && (columns.outcomeName === undefined || columns.value === undefined)) {
    return fail([
      {
        code: 'missing_column',
        path: [columns.value === undefined ? 'value' : 'outcomeName'],
        message: 'a long file needs both the outcome-name column and the value column',
      },
    ]);
  }
  if (!long && (columns.outcomes ?? []).length === 0) {
    return fail([
      {
        code: 'missing_column',
        path: ['outcomes'],
        message:
          'name the value columns (outcomes), or the outcome-name and value columns of a long file',
      },
    ]);
  }
  const unitAt = find(columns.unit, 'unit');
  const timeAt = find(columns.time, 'time');
  const nameAt = long ? find(columns.outcomeName as string, 'outcomeName') : -1;
  const valueAts = long
    ? [find(columns.value as string, 'value')]
    : (columns.outcomes ?? []).map((c) => find(c, 'outcomes'));
  const treatedAt = columns.treated === undefined ? -1 : find(columns.treated, 'treated');
  if (issues.length > 0) return fail(issues);

  const points: OutcomePoint[] = [];
  const seen = new Map<string, number>();
  const units: string[] = [];
  const unitSet = new Set<string>();
  const treated = new Set<string>();
  const problem = (line: number, at: number, code: string, message: string) =>
    issues.push({ code, path: [names[at] ?? ''], message, line, column: at + 1 });
  const label = (line: number, at: number, raw: string | undefined): string | undefined => {
    const v = (raw ?? '').trim();
    if (v === '') problem(line, at, 'missing_value', `"${names[at]}" is empty`);
    else if (v.length > MAX_LABEL_LENGTH)
      problem(line, at, 'too_long', `"${names[at]}" is longer than ${MAX_LABEL_LENGTH} characters`);
    else return v;
    return undefined;
  };
  for (const row of rows.slice(1)) {
    if (issues.length >= 50) break;
    if (row.fields.length !== names.length) {
      issues.push({
        code: 'wrong_field_count',
        path: [],
        message: `line ${row.line} has ${row.fields.length} fields, the header ${names.length}`,
        line: row.line,
      });
      continue;
    }
    const unit = label(row.line, unitAt, row.fields[unitAt]);
    const period = label(row.line, timeAt, row.fields[timeAt]);
    const name = long ? label(row.line, nameAt, row.fields[nameAt]) : undefined;
    if (treatedAt >= 0) {
      const raw = (row.fields[treatedAt] ?? '').trim().toLowerCase();
      const t = TREATED[raw];
      if (t === undefined)
        problem(row.line, treatedAt, 'not_treatment', `treated must be 0 or 1, not "${raw}"`);
      else if (t && unit !== undefined) treated.add(unit);
    }
    if (unit === undefined || period === undefined || (long && name === undefined)) continue;
    if (!unitSet.has(unit)) {
      unitSet.add(unit);
      units.push(unit);
    }
    valueAts.forEach((at, k) => {
      const raw = row.fields[at] ?? '';
      const value = parseNumber(raw, delimiter);
      if (value === undefined) {
        problem(row.line, at, 'not_a_number', `"${raw}" is not a number`);
        return;
      }
      const outcome = long ? (name as string) : (columns.outcomes?.[k] as string);
      const key = JSON.stringify([outcome, unit, period]);
      const first = seen.get(key);
      if (first !== undefined) {
        problem(
          row.line,
          timeAt,
          'duplicate_observation',
          `unit "${unit}" has "${outcome}" for period "${period}" twice (first on line ${first})`,
        );
        return;
      }
      seen.set(key, row.line);
      points.push({ unit, period, outcome, value });
    });
  }
  if (issues.length > 0) return fail(issues.slice(0, 50));
  if (points.length === 0) {
    return fail([
      { code: 'empty_file', path: [], message: 'the file has a header but no data rows' },
    ]);
  }
  return ok({ points, units, treatedUnits: [...treated], delimiter });
}
