import type { MilpBuilder } from '../solver/milp-builder.js';
import type { CvarRows } from './cvar-types.js';
import type { PreparedPortfolio } from './prepare.js';

const INF = Number.POSITIVE_INFINITY;

/**
 * CVaR_β(V) ≥ floor by Rockafellar & Uryasev (2000, 2002): for the value V of a selection
 * in scenario s (V_s, equally likely), CVaR_β(V) = max_η η − (1/(βN)) Σ_s (η − V_s)⁺, so
 * the constraint holds iff some η and u_s ≥ 0 satisfy u_s ≥ η − V_s and
 * η − (1/(βN)) Σ u_s ≥ floor. Linear in the selection: V_s = v + Σ d_is x_i + Σ e_ks y_k
 * with v = Σ a_i x_i + Σ w_k y_k − Σ r_b z_b − Σ ℓ_r z_r + offset the expected value (one
 * free column and one row) and d, e the scenario's deviations from it; deviations that are
 * 0 (fixed costs and returns, fixed synergies) leave the scenario rows, which keeps them
 * sparse. Columns: v, η (free), then u_1..u_N, after every other column.
 *
 * A risk on several partners (`shared`) charges its scenario loss once when any of them
 * is chosen, on its column z_r (build-model.ts: z_r = 1 exactly when one is chosen), whose
 * objective coefficient is −ℓ_r = −p·E[L]; its scenario rows carry the deviation
 * loss_s + ℓ_r, so V_s carries the raw loss.
 */
export function addCvarRows(
  b: MilpBuilder,
  p: PreparedPortfolio,
  cvar: CvarRows,
  pairColumns: readonly number[],
  overheadColumns: readonly { readonly column: number; readonly rate: number }[],
  riskColumns: ReadonlyMap<string, { readonly column: number; readonly expectedLoss: number }>,
): CvarColumns {
  const n = p.ids.length;
  const count = cvar.scenarios.count;
  const v = b.addVariable({ lower: -INF, upper: INF });
  const eta = b.addVariable({ lower: -INF, upper: INF });
  const u = Array.from({ length: count }, () => b.addVariable({ lower: 0, upper: INF }));
  // Each shared risk's column (build-model.ts) with its scenario loss as a deviation from
  // the expected loss the objective already takes: loss_s + p·E[L].
  const shared = cvar.scenarios.shared.map((risk) => {
    const term = riskColumns.get(risk.id);
    if (term === undefined) throw new Error(`no column for the risk ${risk.id}`);
    return { ...term, row: risk.loss };
  });
  // v − Σ a_i x_i − Σ w_k y_k + Σ r_b z_b + Σ ℓ_r z_r = 0
  b.addRow(
    [
      v,
      ...Array.from({ length: n }, (_, i) => i),
      ...pairColumns,
      ...overheadColumns.map((o) => o.column),
      ...shared.map((r) => r.column),
    ],
    [
      1,
      ...Array.from(p.linear, (a) => -a),
      ...Array.from(p.pairs.value, (w) => -w),
      ...overheadColumns.map((o) => o.rate),
      ...shared.map((r) => r.expectedLoss),
    ],
    0,
    0,
  );
  const partnerSpread = spreadColumns(cvar.scenarios.partner, p.linear, (i) => i);
  const pairSpread = spreadColumns(
    cvar.scenarios.pair,
    p.pairs.value,
    (k) => pairColumns[k] as number,
  );
  for (let s = 0; s < count; s++) {
    const columns = [u[s] as number, eta, v];
    const coefficients = [1, -1, 1];
    for (const spread of [partnerSpread, pairSpread]) {
      for (const { column, row, mean } of spread) {
        columns.push(column);
        coefficients.push((row[s] as number) - mean);
      }
    }
    for (const { column, row, expectedLoss } of shared) {
      const deviation = (row[s] as number) + expectedLoss;
      if (deviation === 0) continue;
      columns.push(column);
      coefficients.push(deviation);
    }
    // u_s − η + V_s(x) − offset ≥ −offset
    b.addRow(columns, coefficients, -p.offset, INF);
  }
  const weight = 1 / (cvar.level * count);
  b.addRow([eta, ...u], [1, ...u.map(() => -weight)], cvar.floor, INF);
  return { eta, u, weight };
}

/** Where the CVaR lives in the model: η − weight·Σ u is the selection's scenario CVaR at optimum. */
export interface CvarColumns {
  readonly eta: number;
  readonly u: readonly number[];
  /** 1/(βN). */
  readonly weight: number;
}

/** The columns whose scenario coefficients differ from their expected one somewhere. */
function spreadColumns(
  rows: readonly Float64Array[],
  means: ArrayLike<number>,
  columnOf: (k: number) => number,
): { column: number; row: Float64Array; mean: number }[] {
  const out: { column: number; row: Float64Array; mean: number }[] = [];
  rows.forEach((row, k) => {
    const mean = means[k] as number;
    if (row.some((x) => x !== mean)) out.push({ column: columnOf(k), row, mean });
  });
  return out;
}

/** Synergy pairs whose value varies across scenarios: they need y = x_i·x_j both ways. */
export function pairsWithSpread(p: PreparedPortfolio): Set<number> {
  const out = new Set<number>();
  const rows = p.cvar?.scenarios.pair ?? [];
  rows.forEach((row, k) => {
    const mean = p.pairs.value[k] as number;
    if (row.some((x) => x !== mean)) out.add(k);
  });
  return out;
}
