import { describe, expect, it } from 'vitest';
import { expectedValue, variance } from '../model/distributions.js';
import type { Distribution } from '../model/types.js';
import { createRng } from './prng.js';
import { addSamples, fillSamples } from './samplers.js';
import { cltTolerance, moments } from './test-support/portfolio.js';

const N = 200_000;

type Bounded = Extract<Distribution, { readonly min: number; readonly max: number }>;

const cases: readonly Distribution[] = [
  { kind: 'fixed', value: 3.5 },
  { kind: 'uniform', min: -2, max: 5 },
  { kind: 'triangular', min: 0.5, mode: 0.8, max: 1 },
  { kind: 'triangular', min: 0, mode: 0, max: 4 },
  { kind: 'triangular', min: -1, mode: 3, max: 3 },
  { kind: 'pert', min: 0.7, mode: 1.2, max: 2.5 },
  { kind: 'pert', min: 0, mode: 0, max: 1 },
  { kind: 'pert', min: 10, mode: 20, max: 30 },
  { kind: 'normal', mean: -1.5, sd: 2 },
  { kind: 'lognormal', mu: 0.2, sigma: 0.4 },
];

describe('fillSamples', () => {
  it.each(cases.map((d, i) => [JSON.stringify(d), d, i] as const))(
    '%s: sample mean and variance match the closed forms within 5 standard errors',
    (_name, d, i) => {
      const x = new Float64Array(N);
      fillSamples(x, d, createRng(1000 + i));
      const m = moments(x);
      const tol = cltTolerance(N, variance(d), m.m4);
      expect(Math.abs(m.mean - expectedValue(d))).toBeLessThanOrEqual(tol.mean);
      expect(Math.abs(m.variance - variance(d))).toBeLessThanOrEqual(tol.variance);
    },
  );

  it.each(
    cases.filter((d): d is Bounded => 'min' in d).map((d) => [JSON.stringify(d), d] as const),
  )('%s stays within [min, max]', (_name, d) => {
    const x = new Float64Array(50_000);
    fillSamples(x, d, createRng(3));
    expect(Math.min(...x)).toBeGreaterThanOrEqual(d.min);
    expect(Math.max(...x)).toBeLessThanOrEqual(d.max);
  });

  it('lognormal draws are positive', () => {
    const x = new Float64Array(50_000);
    fillSamples(x, { kind: 'lognormal', mu: -3, sigma: 1.5 }, createRng(8));
    expect(Math.min(...x)).toBeGreaterThan(0);
  });

  it('triangular follows its CDF (Kolmogorov–Smirnov, 0.1% level)', () => {
    const [a, c, b] = [1, 1.6, 4];
    const x = new Float64Array(N);
    fillSamples(x, { kind: 'triangular', min: a, mode: c, max: b }, createRng(77));
    x.sort();
    const cdf = (v: number) =>
      v < c ? (v - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - v) ** 2 / ((b - a) * (b - c));
    let ks = 0;
    x.forEach((v, i) => {
      const f = cdf(v);
      ks = Math.max(ks, Math.abs(f - i / N), Math.abs(f - (i + 1) / N));
    });
    expect(ks).toBeLessThan(1.95 / Math.sqrt(N));
  });

  it('triangular equals the branching inverse CDF bit for bit', () => {
    const [a, c, b] = [0.9, 1.2, 1.6];
    const x = new Float64Array(10_000);
    fillSamples(x, { kind: 'triangular', min: a, mode: c, max: b }, createRng(5));
    const u = new Float64Array(10_000);
    createRng(5).fillUniform(u);
    const reference = u.map((v) =>
      v < (c - a) / (b - a)
        ? a + Math.sqrt(v * ((b - a) * (c - a)))
        : b - Math.sqrt((1 - v) * ((b - a) * (b - c))),
    );
    expect(x).toEqual(reference);
  });
});

describe('addSamples', () => {
  it.each(cases.map((d) => [d.kind, d] as const))(
    '%s adds coefficient · X to what is there, drawing the same X as fillSamples',
    (_kind, d) => {
      const n = 1001; // odd: the polar method's last spare is dropped
      const x = new Float64Array(n);
      fillSamples(x, d, createRng(21));
      const out = new Float64Array(n).fill(10);
      addSamples(out, n, d, -0.5, createRng(21), new Float64Array(n));
      for (let k = 0; k < n; k += 97) expect(out[k]).toBe(10 + -0.5 * (x[k] as number));
    },
  );

  it('touches only the first n entries and is reproducible', () => {
    const d: Distribution = { kind: 'normal', mean: 0, sd: 1 };
    const one = new Float64Array(8);
    const two = new Float64Array(8);
    addSamples(one, 5, d, 1, createRng(4, 2), new Float64Array(8));
    addSamples(two, 5, d, 1, createRng(4, 2), new Float64Array(8));
    expect(one).toEqual(two);
    expect(Array.from(one.subarray(5))).toEqual([0, 0, 0]);
    expect(one[0]).not.toBe(0);
  });

  it('refuses a block larger than its buffers', () => {
    const d: Distribution = { kind: 'uniform', min: 0, max: 1 };
    expect(() =>
      addSamples(new Float64Array(4), 5, d, 1, createRng(1), new Float64Array(8)),
    ).toThrow(RangeError);
  });
});

/**
 * The PERT kernel reads its uniforms in chunks (`ChunkedUniforms`) with the gamma and
 * normal draws written out in one loop, for speed. This is the same sampler written as the
 * method reads, one `rng.next()` per uniform (Marsaglia & Tsang 2000 with the polar
 * method's normals, the spare kept within one call): the kernel must give exactly its
 * values and leave the generator exactly where it leaves it.
 */
function referencePert(
  out: Float64Array,
  n: number,
  coefficient: number,
  { min, mode, max }: { min: number; mode: number; max: number },
  rng: ReturnType<typeof createRng>,
): void {
  let spare: number | undefined;
  const normal = (): number => {
    if (spare !== undefined) {
      const z = spare;
      spare = undefined;
      return z;
    }
    for (;;) {
      const u = 2 * rng.next() - 1;
      const v = 2 * rng.next() - 1;
      const s = u * u + v * v;
      if (s >= 1 || s === 0) continue;
      const m = Math.sqrt((-2 * Math.log(s)) / s);
      spare = v * m;
      return u * m;
    }
  };
  const gamma = (shape: number): number => {
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = rng.next();
      if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  };
  const width = max - min;
  for (let k = 0; k < n; k++) {
    if (width === 0) {
      out[k] = (out[k] as number) + coefficient * min;
      continue;
    }
    const ga = gamma(1 + (4 * (mode - min)) / width);
    const gb = gamma(1 + (4 * (max - mode)) / width);
    out[k] = (out[k] as number) + coefficient * (min + (width * ga) / (ga + gb));
  }
}

describe('the PERT kernel', () => {
  const shapes = [
    { min: 0.7, mode: 1.2, max: 2.5 },
    { min: 0, mode: 0, max: 1 },
    { min: -3, mode: 9, max: 9 },
    { min: 1e-6, mode: 2e-6, max: 1e6 },
    { min: 5, mode: 5, max: 5 },
  ];
  // Block sizes round the kernel's chunk of 1,024 uniforms (about 4.5 are read per draw).
  const sizes = [0, 1, 2, 227, 228, 1024, 5000];

  it.each(shapes.map((d) => [JSON.stringify(d), d] as const))(
    '%s: the values and the generator state of the method drawn one uniform at a time',
    (_name, d) => {
      for (const n of sizes) {
        for (const seed of [1, 2, 3]) {
          const mine = new Float64Array(n).fill(0.25);
          const theirs = new Float64Array(n).fill(0.25);
          const rng = createRng(seed, n);
          const reference = createRng(seed, n);
          addSamples(mine, n, { kind: 'pert', ...d }, 1.5, rng, new Float64Array(n));
          referencePert(theirs, n, 1.5, d, reference);
          expect(mine).toEqual(theirs);
          expect([...rng.state]).toEqual([...reference.state]);
        }
      }
    },
  );
});
