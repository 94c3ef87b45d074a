/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations:
 * unconditionally stable and accurate to rounding, which is all a criteria-sized (n ≤ ~50)
 * matrix needs. Returns eigenvalues in decreasing order with unit eigenvectors as columns.
 */
export function symmetricEigen(a: readonly (readonly number[])[]): {
  values: number[];
  vectors: number[][];
} {
  const n = a.length;
  const s = a.map((row) => [...row]);
  const v = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  const at = (m: number[][], i: number, j: number): number => (m[i] as number[])[j] as number;
  const set = (m: number[][], i: number, j: number, x: number): void => {
    (m[i] as number[])[j] = x;
  };
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += at(s, i, j) ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = at(s, p, q);
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (at(s, q, q) - at(s, p, p)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < n; k++) {
          const skp = at(s, k, p);
          const skq = at(s, k, q);
          set(s, k, p, c * skp - sn * skq);
          set(s, k, q, sn * skp + c * skq);
        }
        for (let k = 0; k < n; k++) {
          const spk = at(s, p, k);
          const sqk = at(s, q, k);
          set(s, p, k, c * spk - sn * sqk);
          set(s, q, k, sn * spk + c * sqk);
        }
        for (let k = 0; k < n; k++) {
          const vkp = at(v, k, p);
          const vkq = at(v, k, q);
          set(v, k, p, c * vkp - sn * vkq);
          set(v, k, q, sn * vkp + c * vkq);
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => at(s, y, y) - at(s, x, x));
  return {
    values: order.map((i) => at(s, i, i)),
    vectors: order.map((i) => v.map((row) => row[i] as number)),
  };
}
