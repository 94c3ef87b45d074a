/**
 * Reference implementations for tests: slow, obvious, independent of the fast code.
 */

/** Shapley value as the average marginal contribution over all n! orders (n ≤ 8). */
export function shapleyByPermutations(n: number, v: (mask: number) => number): number[] {
  const phi = new Array<number>(n).fill(0);
  let count = 0;
  const order: number[] = [];
  const used = new Array<boolean>(n).fill(false);
  const visit = (): void => {
    if (order.length === n) {
      count++;
      let mask = 0;
      for (const p of order) {
        phi[p] = (phi[p] ?? 0) + v(mask | (1 << p)) - v(mask);
        mask |= 1 << p;
      }
      return;
    }
    for (let p = 0; p < n; p++) {
      if (used[p]) continue;
      used[p] = true;
      order.push(p);
      visit();
      order.pop();
      used[p] = false;
    }
  };
  visit();
  return phi.map((x) => x / count);
}

/** A value table from a function of the mask. */
export function tabulate(n: number, v: (mask: number) => number): Float64Array {
  return Float64Array.from({ length: 2 ** n }, (_, mask) => v(mask));
}

export function popcount(mask: number): number {
  let c = 0;
  for (let m = mask; m !== 0; m &= m - 1) c++;
  return c;
}

/** Σ_{i∈T} weights[i] for a mask. */
export function maskSum(mask: number, weights: readonly number[]): number {
  let s = 0;
  weights.forEach((w, i) => {
    if (mask & (1 << i)) s += w;
  });
  return s;
}
