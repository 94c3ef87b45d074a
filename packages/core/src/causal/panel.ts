/**
 * The panel the estimators work on: a balanced block design. Every unit is observed in
 * every period; the treated units are treated from one common period on and never before.
 * Units are ordered controls first, periods pre-treatment first, as in the synthdid
 * package's `panel.matrices`.
 */
import { fail, type Issue, ok, type Result } from '../util/issues.js';

export interface BlockPanel {
  /** Control units (the first `n0`), then the treated units, in order of first appearance. */
  readonly units: readonly string[];
  /** Pre-treatment periods (the first `t0`), then the treated periods, in time order. */
  readonly periods: readonly string[];
  readonly n0: number;
  readonly t0: number;
  /** Outcomes, unit-major: y[u · periods.length + t]. */
  readonly y: Float64Array;
}

/** One observation of a long panel, with where it came from (for messages). */
export interface PanelRecord {
  readonly unit: string;
  readonly period: string;
  readonly outcome: number;
  readonly treated: boolean;
  /** The line in the source file, when there is one. */
  readonly line?: number;
}

export const panelSize = (p: BlockPanel) => ({
  n: p.units.length,
  t: p.periods.length,
  n1: p.units.length - p.n0,
  t1: p.periods.length - p.t0,
});

/** Periods in time order: numerically when every label is a number, else as text (ISO dates sort so). */
export function sortPeriods(labels: readonly string[]): string[] {
  const numeric = labels.every((l) => l.trim() !== '' && Number.isFinite(Number(l)));
  return [...labels].sort(
    numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  );
}

/**
 * Builds the block panel from long records, or names every record that breaks the design:
 * duplicates, missing unit-periods, and treatment that does not start at one common period
 * and stay on.
 */
export function buildBlockPanel(records: readonly PanelRecord[]): Result<BlockPanel> {
  const issues: Issue[] = [];
  const where = (r: PanelRecord) => (r.line === undefined ? {} : { line: r.line });
  const unitOrder: string[] = [];
  const byUnit = new Map<string, Map<string, PanelRecord>>();
  const periodSet = new Set<string>();
  for (const r of records) {
    let row = byUnit.get(r.unit);
    if (!row) {
      row = new Map();
      byUnit.set(r.unit, row);
      unitOrder.push(r.unit);
    }
    const dup = row.get(r.period);
    if (dup) {
      issues.push({
        code: 'duplicate_observation',
        path: ['unit', r.unit, r.period],
        message: `unit "${r.unit}" has period "${r.period}" twice${dup.line === undefined ? '' : ` (first on line ${dup.line})`}; keep one row per unit and period`,
        ...where(r),
      });
      continue;
    }
    row.set(r.period, r);
    periodSet.add(r.period);
  }
  if (records.length === 0) {
    return fail([{ code: 'empty_panel', path: [], message: 'the panel has no rows' }]);
  }
  const periods = sortPeriods([...periodSet]);
  for (const unit of unitOrder) {
    const row = byUnit.get(unit) as Map<string, PanelRecord>;
    const missing = periods.filter((p) => !row.has(p));
    if (missing.length > 0) {
      issues.push({
        code: 'unbalanced_panel',
        path: ['unit', unit],
        message: `unit "${unit}" has no row for period${missing.length === 1 ? '' : 's'} ${missing
          .slice(0, 5)
          .map((p) => `"${p}"`)
          .join(
            ', ',
          )}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}; every unit needs every period`,
      });
    }
  }
  if (issues.length > 0) return fail(issues);

  // The first treated period of the design: the earliest period in which anyone is treated.
  let start = -1;
  periods.forEach((p, t) => {
    if (start < 0 && unitOrder.some((u) => byUnit.get(u)?.get(p)?.treated)) start = t;
  });
  if (start < 0) {
    return fail([
      {
        code: 'no_treated',
        path: ['treated'],
        message: 'no row is treated (treated = 1); mark the treated units in their treated periods',
      },
    ]);
  }
  if (start === 0) {
    return fail([
      {
        code: 'no_pre_periods',
        path: ['treated'],
        message: `treatment starts in the first period ("${periods[0]}"); the methods need periods before it`,
      },
    ]);
  }
  const treatedUnits = unitOrder.filter(
    (u) => byUnit.get(u)?.get(periods[start] as string)?.treated,
  );
  const treatedSet = new Set(treatedUnits);
  for (const unit of unitOrder) {
    const row = byUnit.get(unit) as Map<string, PanelRecord>;
    periods.forEach((p, t) => {
      const r = row.get(p) as PanelRecord;
      const expected = treatedSet.has(unit) && t >= start;
      if (r.treated !== expected) {
        issues.push({
          code: 'not_block_design',
          path: ['treated', unit, p],
          message: expected
            ? `unit "${unit}" is treated from "${periods[start]}" but not in "${p}"; treatment must stay on once it starts`
            : treatedSet.has(unit)
              ? `unit "${unit}" is treated in "${p}", before the common start "${periods[start]}"`
              : `unit "${unit}" is treated in "${p}" but not in "${periods[start]}"; all treated units must start together (staggered starts are not supported)`,
          ...where(r),
        });
      }
    });
  }
  if (issues.length > 0) return fail(issues.slice(0, 50));
  const controls = unitOrder.filter((u) => !treatedSet.has(u));
  if (controls.length === 0) {
    return fail([
      {
        code: 'no_controls',
        path: ['treated'],
        message: 'every unit is treated; the methods need control units',
      },
    ]);
  }
  const units = [...controls, ...treatedUnits];
  const y = new Float64Array(units.length * periods.length);
  units.forEach((u, i) => {
    const row = byUnit.get(u) as Map<string, PanelRecord>;
    periods.forEach((p, t) => {
      y[i * periods.length + t] = (row.get(p) as PanelRecord).outcome;
    });
  });
  return ok({ units, periods, n0: controls.length, t0: start, y });
}
