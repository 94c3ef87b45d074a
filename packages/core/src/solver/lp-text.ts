import type { MilpModel } from './milp-model.js';

/**
 * CPLEX LP text of a model, for debugging and for a benchmark's bare
 * `highs.solve(text)` baseline (the adapter itself passes arrays and prints no text).
 *
 * Columns are named `x0, x1, ...` and rows `r0, r1, ...` by index (model names may not
 * be valid LP identifiers). Every column is listed in the objective, even with cost 0, so
 * an LP reader numbers the columns in model order. A ranged row becomes two rows,
 * `rK` (≥ lower) and `rK_up` (≤ upper): HiGHS's LP reader misreads `l <= expr <= u`.
 * The pieces are collected in one array and joined once: large models stay linear.
 */
export function toLpText(model: MilpModel): string {
  const { columns, rows } = model;
  const out: string[] = [model.sense === 'maximize' ? 'Maximize\n obj:' : 'Minimize\n obj:'];
  for (let j = 0; j < columns.count; j++) pushTerm(out, columns.cost[j] as number, j);
  if (model.offset !== 0) out.push(signed(model.offset));
  out.push('\nSubject To\n');
  for (let r = 0; r < rows.count; r++) {
    const lower = rows.lower[r] as number;
    const upper = rows.upper[r] as number;
    if (lower === upper) {
      pushRow(out, `r${r}`, model, r, `= ${num(lower)}`);
      continue;
    }
    const hasLower = lower > Number.NEGATIVE_INFINITY;
    if (hasLower) pushRow(out, `r${r}`, model, r, `>= ${num(lower)}`);
    if (upper < Number.POSITIVE_INFINITY) {
      pushRow(out, hasLower ? `r${r}_up` : `r${r}`, model, r, `<= ${num(upper)}`);
    }
  }
  out.push('Bounds\n');
  const general: string[] = [];
  for (let j = 0; j < columns.count; j++) {
    const lower = columns.lower[j] as number;
    const upper = columns.upper[j] as number;
    if (lower === upper) out.push(` x${j} = ${num(lower)}\n`);
    else if (lower === Number.NEGATIVE_INFINITY && upper === Number.POSITIVE_INFINITY) {
      out.push(` x${j} free\n`);
    } else if (lower !== 0 || upper !== Number.POSITIVE_INFINITY) {
      out.push(` ${num(lower)} <= x${j} <= ${num(upper)}\n`);
    }
    if (columns.integer[j] === 1) general.push(`x${j}`);
  }
  if (general.length > 0) out.push('General\n ', general.join(' '), '\n');
  out.push('End\n');
  return out.join('');
}

function pushRow(out: string[], name: string, model: MilpModel, r: number, tail: string): void {
  const { rows } = model;
  const from = rows.starts[r] as number;
  const to = rows.starts[r + 1] as number;
  out.push(` ${name}:`);
  // An LP row needs a term; a row without entries is written as 0 times the first column.
  if (from === to) out.push(' 0 x0');
  for (let k = from; k < to; k++)
    pushTerm(out, rows.values[k] as number, rows.indices[k] as number);
  out.push(` ${tail}\n`);
}

function pushTerm(out: string[], coefficient: number, column: number): void {
  out.push(`${signed(coefficient)} x${column}`);
}

function signed(value: number): string {
  return value < 0 ? ` - ${num(-value)}` : ` + ${num(value)}`;
}

/** Shortest round-trip decimal; infinities in LP spelling. */
function num(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return 'inf';
  if (value === Number.NEGATIVE_INFINITY) return '-inf';
  return String(value);
}
