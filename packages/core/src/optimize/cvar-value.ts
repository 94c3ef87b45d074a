import { overheadOf } from '../model/coordination.js';
import type { PreparedPortfolio } from './prepare.js';

/**
 * The scenario CVaR of a selection, as the MILP defines it: the mean of the worst β·N
 * scenario values (the boundary scenario counted fractionally when β·N is not whole),
 * which is max_η η − (1/(βN)) Σ_s (η − V_s)⁺ (Rockafellar & Uryasev 2002, Prop. 8).
 */
export function cvarOfChoice(p: PreparedPortfolio, chosen: Uint8Array): number | null {
  const cvar = p.cvar;
  if (cvar === undefined) return null;
  const { count, partner, pair } = cvar.scenarios;
  let selected = 0;
  for (const c of chosen) selected += c;
  const fixed = p.offset - overheadOf(p.overhead, selected);
  const values = new Float64Array(count).fill(fixed);
  chosen.forEach((c, i) => {
    if (c !== 1) return;
    const row = partner[i] as Float64Array;
    for (let s = 0; s < count; s++) values[s] = (values[s] as number) + (row[s] as number);
  });
  for (let k = 0; k < pair.length; k++) {
    if (chosen[p.pairs.first[k] as number] !== 1 || chosen[p.pairs.second[k] as number] !== 1) {
      continue;
    }
    const row = pair[k] as Float64Array;
    for (let s = 0; s < count; s++) values[s] = (values[s] as number) + (row[s] as number);
  }
  for (const risk of cvar.scenarios.shared) {
    if (!risk.partners.some((i) => chosen[i] === 1)) continue;
    for (let s = 0; s < count; s++) values[s] = (values[s] as number) + (risk.loss[s] as number);
  }
  return tailMean(values, cvar.level);
}

/** Mean of the lowest `level` share of equally likely values (fractional boundary). */
export function tailMean(values: Float64Array, level: number): number {
  const sorted = Float64Array.from(values).sort();
  const m = level * sorted.length;
  const whole = Math.floor(m);
  let sum = 0;
  for (let j = 0; j < whole; j++) sum += sorted[j] as number;
  if (m > whole) sum += (m - whole) * (sorted[whole] as number);
  return sum / m;
}
