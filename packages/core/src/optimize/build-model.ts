import { MilpBuilder } from '../solver/milp-builder.js';
import type { MilpModel } from '../solver/milp-model.js';
import type { GroupFix } from './constraint-group.js';
import { addCvarRows, pairsWithSpread } from './cvar-rows.js';
import { addOverheadColumns } from './overhead.js';
import type { PreparedPortfolio } from './prepare.js';

const INF = Number.POSITIVE_INFINITY;

export interface ModelOptions {
  /** Indices into `groups` of the constraints that apply; all when absent. */
  readonly active?: ReadonlySet<number>;
  /** False builds a pure feasibility model: zero objective, no synergy columns. */
  readonly withObjective?: boolean;
  /** Fixes on top of the groups (the regret re-solves force a partner in or out). */
  readonly fixes?: readonly GroupFix[];
  /**
   * Maximise the scenario CVaR itself (η − (1/(βN)) Σ u) instead of the objective; needs
   * the CVaR rows (`p.cvar`). The CVaR frontier's safest end.
   */
  readonly maximizeCvar?: boolean;
}

/**
 * The MILP: column i (< n) is x_i ∈ {0, 1}, "partner i is chosen", in partner order; then
 * one continuous y ∈ [0, 1] per synergy pair, standing for x_i·x_j. A positive synergy is
 * held down by y ≤ x_i, y ≤ x_j (maximising pushes it up to min); a negative one is held up
 * by y ≥ x_i + x_j − 1 (maximising pushes it down to max(0, ·)). So y = x_i·x_j at optimum.
 * With overhead bands, the count and its segments follow (overhead.ts), then one column
 * per risk on several partners (addRiskColumns). The objective's
 * constant is the reallocation's offset (−Σ E[exitCost] of incumbents).
 */
export function buildPortfolioMilp(p: PreparedPortfolio, options: ModelOptions = {}): MilpModel {
  const withObjective = options.withObjective ?? true;
  const n = p.ids.length;
  const b = new MilpBuilder('maximize');
  for (let i = 0; i < n; i++) b.addBinary(withObjective ? (p.linear[i] as number) : 0);

  // Fixes become bounds; contradicting fixes leave lower > upper, which solvers report as
  // infeasible, so the explanation can still find the constraints behind them.
  const lower = new Uint8Array(n);
  const upper = new Uint8Array(n).fill(1);
  const fix = (f: GroupFix): void => {
    lower[f.column] = Math.max(lower[f.column] as number, f.value);
    upper[f.column] = Math.min(upper[f.column] as number, f.value);
  };
  options.fixes?.forEach(fix);
  p.groups.forEach((group, g) => {
    if (options.active === undefined || options.active.has(g)) group.fixes.forEach(fix);
  });
  for (let i = 0; i < n; i++) {
    if (lower[i] !== 0 || upper[i] !== 1) b.setBounds(i, lower[i] as number, upper[i] as number);
  }

  if (withObjective) {
    const { first, second, value } = p.pairs;
    const pairColumns: number[] = [];
    // A pair whose value varies across CVaR scenarios may count with either sign there:
    // y = x_i·x_j both ways. Elsewhere the objective's sign and the scenarios' agree.
    const spread = pairsWithSpread(p);
    for (let k = 0; k < value.length; k++) {
      const s = value[k] as number;
      const xi = first[k] as number;
      const xj = second[k] as number;
      const y = b.addVariable({ lower: 0, upper: 1, cost: s });
      pairColumns.push(y);
      const exact = spread.has(k);
      if (s > 0 || exact) {
        b.addRow([y, xi], [1, -1], -INF, 0);
        b.addRow([y, xj], [1, -1], -INF, 0);
      }
      if (s <= 0 || exact) b.addRow([xi, xj, y], [1, 1, -1], -INF, 1);
    }
    const overhead = addOverheadColumns(b, p);
    const risks = addRiskColumns(b, p);
    if (p.offset !== 0) b.addOffset(p.offset);
    if (p.cvar !== undefined) {
      const cvar = addCvarRows(b, p, p.cvar, pairColumns, overhead, risks);
      if (options.maximizeCvar === true) {
        for (let c = 0; c < b.columnCount; c++) b.setCost(c, 0);
        if (p.offset !== 0) b.addOffset(-p.offset);
        b.setCost(cvar.eta, 1);
        for (const u of cvar.u) b.setCost(u, -cvar.weight);
      }
    }
  }

  p.groups.forEach((group, g) => {
    if (options.active !== undefined && !options.active.has(g)) return;
    for (const row of group.rows) b.addRow(row.columns, row.coefficients, row.lower, row.upper);
  });
  return b.build();
}

/**
 * A risk on several partners (prepare.ts) costs its expected loss once when any of them is
 * chosen: a column z ∈ [0, 1] with cost −p·E[L], z ≥ x_i for each of them and z ≤ Σ x_i,
 * so z = 1 exactly when one is chosen and 0 otherwise, whatever the sign of its loss
 * (the CVaR rows read the same column). By risk id.
 */
function addRiskColumns(
  b: MilpBuilder,
  p: PreparedPortfolio,
): Map<string, { readonly column: number; readonly expectedLoss: number }> {
  const out = new Map<string, { readonly column: number; readonly expectedLoss: number }>();
  for (const risk of p.risks) {
    const z = b.addVariable({ lower: 0, upper: 1, cost: -risk.expectedLoss });
    for (const i of risk.partners) b.addRow([z, i], [1, -1], 0, INF);
    b.addRow([z, ...risk.partners], [1, ...Array.from(risk.partners, () => -1)], -INF, 0);
    out.set(risk.id, { column: z, expectedLoss: risk.expectedLoss });
  }
  return out;
}
