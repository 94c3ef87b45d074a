/**
 * The standard normal pieces the risk model needs: Φ⁻¹ (Acklam's rational
 * approximation, relative error below 1.2e-9) and P(Z₁ < h, Z₂ < k) for correlated
 * normals, from Plackett's identity ∂Φ₂/∂ρ = φ₂, integrated by 20-point Gauss–Legendre.
 */

const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
];
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
];
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const LOW = 0.02425;

const at = (xs: readonly number[], i: number) => xs[i] as number;

/** Φ⁻¹(p): −∞ at 0, +∞ at 1. */
export function normalQuantile(p: number): number {
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  if (p < LOW || p > 1 - LOW) {
    const q = Math.sqrt(-2 * Math.log(p < LOW ? p : 1 - p));
    const x =
      (((((at(C, 0) * q + at(C, 1)) * q + at(C, 2)) * q + at(C, 3)) * q + at(C, 4)) * q +
        at(C, 5)) /
      ((((at(D, 0) * q + at(D, 1)) * q + at(D, 2)) * q + at(D, 3)) * q + 1);
    return p < LOW ? x : -x;
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((at(A, 0) * r + at(A, 1)) * r + at(A, 2)) * r + at(A, 3)) * r + at(A, 4)) * r + at(A, 5)) *
      q) /
    (((((at(B, 0) * r + at(B, 1)) * r + at(B, 2)) * r + at(B, 3)) * r + at(B, 4)) * r + 1)
  );
}

// 20-point Gauss–Legendre nodes and weights on [−1, 1] (positive half; symmetric).
const GL_X = [
  0.0765265211334973, 0.2277858511416451, 0.3737060887154195, 0.5108670019508271, 0.636053680726515,
  0.7463319064601508, 0.8391169718222188, 0.9122344282513259, 0.9639719272779138,
  0.9931285991850949,
];
const GL_W = [
  0.1527533871307258, 0.1491729864726037, 0.142096109318382, 0.1316886384491766, 0.1181945319615184,
  0.1019301198172404, 0.0832767415767048, 0.0626720483341091, 0.0406014298003869,
  0.0176140071391521,
];

/**
 * P(Z₁ < h, Z₂ < k) − Φ(h)Φ(k) for standard normals with correlation ρ (|ρ| < 1):
 * ∫₀^ρ φ₂(h, k; r) dr. Infinite h or k give 0.
 */
export function bivariateExcess(h: number, k: number, rho: number): number {
  if (!Number.isFinite(h) || !Number.isFinite(k) || rho === 0) return 0;
  const half = rho / 2;
  let sum = 0;
  for (let i = 0; i < GL_X.length; i++) {
    for (const sign of [-1, 1]) {
      const r = half + sign * half * at(GL_X, i);
      const s = 1 - r * r;
      const density =
        Math.exp(-(h * h - 2 * r * h * k + k * k) / (2 * s)) / (2 * Math.PI * Math.sqrt(s));
      sum += at(GL_W, i) * density;
    }
  }
  return sum * half;
}
