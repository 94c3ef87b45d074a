import type { MilpBuilder } from '../solver/milp-builder.js';
import type { CvarRows } from './cvar-types.js';
import type { PreparedPortfolio } from './prepare.js';

const INF = Number.POSITIVE_INFINITY;

/**
 * CVaR_β(V) ≥ floor by Rockafellar & Uryasev (2000, 2002): for the value V of a selection
 * in scenario s (V_s, equally likely), CVaR_β(V) = max_η η − (1/(βN)) Σ_s (η − V_s)⁺, so
 * the constraint holds iff some η and u_s ≥ 0 satisfy u_s ≥ η − V_s and
 * η − (1/(βN)) Σ u_s ≥ floor. Linear in the selection: V_s = Σ a_is x_i + Σ v_ks y_k
 * − Σ r_b z_b + offset. Columns: η (free), then u_1..u_N, after every other column.
 * `pairColumns[k]` is y_k's column, `overheadColumns` the overhead segments with their rates.
 */
export function addCvarRows(
  b: MilpBuilder,
  p: PreparedPortfolio,
  cvar: CvarRows,
  pairColumns: readonly number[],
  overheadColumns: readonly { readonly column: number; readonly rate: number }[],
): void {
  const n = p.ids.length;
  const count = cvar.scenarios.count;
  const eta = b.addVariable({ lower: -INF, upper: INF });
  const u = Array.from({ length: count }, () => b.addVariable({ lower: 0, upper: INF }));
  const columns: number[] = [];
  const partnerColumns = Array.from({ length: n }, (_, i) => i);
  for (let s = 0; s < count; s++) {
    columns.length = 0;
    const coefficients: number[] = [];
    columns.push(u[s] as number, eta);
    coefficients.push(1, -1);
    for (const i of partnerColumns) {
      columns.push(i);
      coefficients.push(cvar.scenarios.partner[i]?.[s] as number);
    }
    pairColumns.forEach((column, k) => {
      columns.push(column);
      coefficients.push(cvar.scenarios.pair[k]?.[s] as number);
    });
    for (const o of overheadColumns) {
      columns.push(o.column);
      coefficients.push(-o.rate);
    }
    // u_s − η + V_s(x) − offset ≥ −offset
    b.addRow(columns, coefficients, -p.offset, INF);
  }
  const weight = 1 / (cvar.level * count);
  b.addRow([eta, ...u], [1, ...u.map(() => -weight)], cvar.floor, INF);
}
