/**
 * Block samplers: `addSamples` adds `coefficient · X_k` to `out[k]` for a block of
 * independent draws X_k of one distribution. The switch on the distribution kind runs
 * once per block; each kind has its own tight loop. This file is the simulation's hot
 * loop and is kept together on purpose.
 *
 * Methods (all exact for their distribution, up to the 2^-32 grid of the uniforms):
 * - uniform, triangular: inverse CDF of uniforms drawn by `fillUniform`. The triangular
 *   branch (left or right of the mode) is chosen arithmetically, not with `if`: a random
 *   branch mispredicts half the time and measured 3x slower.
 * - normal: Marsaglia's polar method, both values of each accepted pair used.
 * - lognormal: exp(μ + σZ) with Z from the polar method.
 * - PERT: min + (max − min)·B with B ~ Beta(α, β) = G_α / (G_α + G_β), α = 1 + 4(mode − min)
 *   / (max − min), β = 1 + 4(max − mode)/(max − min), gammas by Marsaglia–Tsang (valid for
 *   shape ≥ 1, which PERT guarantees).
 *
 * Reproducibility: every kernel consumes the generator in a fixed order, so a block's
 * values depend only on the generator's state and the distribution.
 */
import type { Distribution } from '../model/types.js';
import type { Xoshiro128StarStar } from './prng.js';

/**
 * out[k] += coefficient · X_k for k < n, X_k iid from `d`. `scratch` is working space of
 * length ≥ n (its contents are overwritten).
 */
export function addSamples(
  out: Float64Array,
  n: number,
  d: Distribution,
  coefficient: number,
  rng: Xoshiro128StarStar,
  scratch: Float64Array,
): void {
  if (n > out.length || n > scratch.length) {
    throw new RangeError(
      `block of ${n} draws exceeds out (${out.length}) or scratch (${scratch.length})`,
    );
  }
  switch (d.kind) {
    case 'fixed':
      addConstant(out, n, coefficient * d.value);
      return;
    case 'uniform':
      rng.fillUniform(scratch, n);
      addUniform(out, n, coefficient, d.min, d.max, scratch);
      return;
    case 'triangular':
      rng.fillUniform(scratch, n);
      addTriangular(out, n, coefficient, d.min, d.mode, d.max, scratch);
      return;
    case 'pert':
      addPert(out, n, coefficient, d.min, d.mode, d.max, rng);
      return;
    case 'normal':
      fillStandardNormal(scratch, n, rng);
      addNormal(out, n, coefficient, d.mean, d.sd, scratch);
      return;
    case 'lognormal':
      fillStandardNormal(scratch, n, rng);
      addLognormal(out, n, coefficient, d.mu, d.sigma, scratch);
      return;
  }
}

/** out[k] = X_k for every k: `out.length` fresh draws of `d`. */
export function fillSamples(out: Float64Array, d: Distribution, rng: Xoshiro128StarStar): void {
  out.fill(0);
  addSamples(out, out.length, d, 1, rng, new Float64Array(out.length));
}

function addConstant(out: Float64Array, n: number, value: number): void {
  for (let k = 0; k < n; k++) out[k] = (out[k] as number) + value;
}

function addUniform(
  out: Float64Array,
  n: number,
  coefficient: number,
  min: number,
  max: number,
  u: Float64Array,
): void {
  const width = max - min;
  for (let k = 0; k < n; k++) {
    out[k] = (out[k] as number) + coefficient * (min + width * (u[k] as number));
  }
}

/**
 * Inverse CDF: u < F(mode) → min + √(u·(max − min)(mode − min)), else
 * max − √((1 − u)(max − min)(max − mode)). `left` is 0 or 1 and both selections are
 * products by exact 0/1, so the result equals the branching formula bit for bit.
 * Degenerate shapes work: mode = min gives F(mode) = 0, min = max gives NaN and the
 * right branch with a zero root.
 */
function addTriangular(
  out: Float64Array,
  n: number,
  coefficient: number,
  min: number,
  mode: number,
  max: number,
  u: Float64Array,
): void {
  const width = max - min;
  const fMode = (mode - min) / width;
  const leftScale = width * (mode - min);
  const rightScale = width * (max - mode);
  for (let k = 0; k < n; k++) {
    const uk = u[k] as number;
    // Number(bool) compiles to a flag move; `uk < fMode ? 1 : 0` compiles to a branch.
    const left = Number(uk < fMode);
    const right = 1 - left;
    const root = Math.sqrt(left * (uk * leftScale) + right * ((1 - uk) * rightScale));
    const x = left * min + right * max + (left - right) * root;
    out[k] = (out[k] as number) + coefficient * x;
  }
}

function addNormal(
  out: Float64Array,
  n: number,
  coefficient: number,
  mean: number,
  sd: number,
  z: Float64Array,
): void {
  for (let k = 0; k < n; k++) {
    out[k] = (out[k] as number) + coefficient * (mean + sd * (z[k] as number));
  }
}

function addLognormal(
  out: Float64Array,
  n: number,
  coefficient: number,
  mu: number,
  sigma: number,
  z: Float64Array,
): void {
  for (let k = 0; k < n; k++) {
    out[k] = (out[k] as number) + coefficient * Math.exp(mu + sigma * (z[k] as number));
  }
}

/** buf[k] ~ N(0, 1) for k < n by the polar method; an odd n drops the last spare. */
export function fillStandardNormal(buf: Float64Array, n: number, rng: Xoshiro128StarStar): void {
  let k = 0;
  while (k < n) {
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * rng.next() - 1;
      v = 2 * rng.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    buf[k++] = u * m;
    if (k < n) buf[k++] = v * m;
  }
}

/** One standard normal at a time, keeping the polar method's second value for the next call. */
class PolarNormal {
  private spare = 0;
  private hasSpare = false;
  constructor(private readonly rng: Xoshiro128StarStar) {}

  next(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.rng.next() - 1;
      v = 2 * this.rng.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * m;
    this.hasSpare = true;
    return u * m;
  }
}

/** Gamma(shape, 1) for shape ≥ 1 (Marsaglia & Tsang 2000); d = shape − 1/3, c = 1/√(9d). */
function gamma(d: number, c: number, normal: PolarNormal, rng: Xoshiro128StarStar): number {
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal.next();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * PERT as a Beta of two Marsaglia–Tsang gammas (as `gamma` and `PolarNormal` draw them),
 * written out in one loop: this is the simulation's costliest kernel and, in a one-shot
 * command, it runs mostly before V8 has optimised it, where every call and every read of
 * the generator's state counts (`evaluate` on the demo draws 25 PERTs × 10,000). The
 * uniforms come from a `ChunkedUniforms`: the same stream, and so the same values, as one
 * `rng.next()` per draw.
 */
function addPert(
  out: Float64Array,
  n: number,
  coefficient: number,
  min: number,
  mode: number,
  max: number,
  rng: Xoshiro128StarStar,
): void {
  const width = max - min;
  if (width === 0) {
    addConstant(out, n, coefficient * min);
    return;
  }
  const alpha = 1 + (4 * (mode - min)) / width;
  const beta = 1 + (4 * (max - mode)) / width;
  const dA = alpha - 1 / 3;
  const cA = 1 / Math.sqrt(9 * dA);
  const dB = beta - 1 / 3;
  const cB = 1 / Math.sqrt(9 * dB);
  const uniforms = new ChunkedUniforms(rng);
  const chunk = uniforms.values;
  let used = 0;
  // The polar method's second value, kept for the next normal within this call only, so
  // a block never depends on another.
  let spare = 0;
  let hasSpare = false;
  for (let k = 0; k < n; k++) {
    let ga = 0;
    // Two gammas: G_α (g = 0), then G_β (g = 1).
    for (let g = 0; g < 2; g++) {
      const d = g === 0 ? dA : dB;
      const c = g === 0 ? cA : cB;
      let value = -1;
      while (value < 0) {
        let x: number;
        let v: number;
        do {
          if (hasSpare) {
            hasSpare = false;
            x = spare;
          } else {
            let p: number;
            let q: number;
            let s: number;
            do {
              if (used === UNIFORM_CHUNK) used = uniforms.refill();
              p = 2 * (chunk[used++] as number) - 1;
              if (used === UNIFORM_CHUNK) used = uniforms.refill();
              q = 2 * (chunk[used++] as number) - 1;
              s = p * p + q * q;
            } while (s >= 1 || s === 0);
            const m = Math.sqrt((-2 * Math.log(s)) / s);
            spare = q * m;
            hasSpare = true;
            x = p * m;
          }
          v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        if (used === UNIFORM_CHUNK) used = uniforms.refill();
        const u = chunk[used++] as number;
        const x2 = x * x;
        if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
          value = d * v;
        }
      }
      if (g === 0) ga = value;
      else out[k] = (out[k] as number) + coefficient * (min + (width * ga) / (ga + value));
    }
  }
  uniforms.release(used);
}

/** How many uniforms `ChunkedUniforms` draws at a time. */
const UNIFORM_CHUNK = 1024;

/**
 * Uniforms drawn ahead in chunks by `fillUniform` (the generator's state in registers),
 * read by the caller from `values` at its own position. `release(used)` leaves the
 * generator where one `next()` per value read would have: it steps the chunk's starting
 * state over the `used` values read (at most one chunk of extra steps).
 */
class ChunkedUniforms {
  readonly values = new Float64Array(UNIFORM_CHUNK);
  private readonly chunkStart = new Int32Array(4);

  constructor(private readonly rng: Xoshiro128StarStar) {
    this.refill();
  }

  /** Draws the next chunk; returns the new read position, 0. */
  refill(): number {
    this.chunkStart.set(this.rng.state);
    this.rng.fillUniform(this.values);
    return 0;
  }

  release(used: number): void {
    this.rng.state.set(this.chunkStart);
    this.rng.fillUniform(this.values, used);
  }
}

/**
 * buf[k] *= B_k for k < n, B_k iid Beta(alpha, beta) = G_α/(G_α + G_β). A shape below 1
 * uses Marsaglia & Tsang's boost, G(a) = G(a + 1)·U^(1/a). Both shapes must be > 0.
 */
export function multiplyByBeta(
  buf: Float64Array,
  n: number,
  alpha: number,
  beta: number,
  rng: Xoshiro128StarStar,
): void {
  const normal = new PolarNormal(rng);
  const boostA = alpha < 1;
  const boostB = beta < 1;
  const dA = (boostA ? alpha + 1 : alpha) - 1 / 3;
  const dB = (boostB ? beta + 1 : beta) - 1 / 3;
  const cA = 1 / Math.sqrt(9 * dA);
  const cB = 1 / Math.sqrt(9 * dB);
  for (let k = 0; k < n; k++) {
    let ga = gamma(dA, cA, normal, rng);
    if (boostA) ga *= rng.next() ** (1 / alpha);
    let gb = gamma(dB, cB, normal, rng);
    if (boostB) gb *= rng.next() ** (1 / beta);
    const total = ga + gb;
    // Both gammas underflow to 0 only for tiny shapes: fall back to the mean.
    buf[k] = (buf[k] as number) * (total > 0 ? ga / total : alpha / (alpha + beta));
  }
}
