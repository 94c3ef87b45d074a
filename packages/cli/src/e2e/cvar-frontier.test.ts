/**
 * End to end: `partnerfolio frontier FILE --cvar` on fixtures/cvar-frontier.yaml, whose
 * header works out the ends by hand, and its contract (docs/cli.md).
 */
import { describe, expect, it } from 'vitest';
import { CvarFrontierJson, ErrorJson } from './contract.js';
import { fixture, runBin, runJson } from './run-cli.js';

const SPEC = fixture('cvar-frontier.yaml');

describe.concurrent('partnerfolio frontier --cvar', () => {
  it('runs from the riskier optimum to the safest portfolio, monotone, in increasing floor', async () => {
    const f = await runJson(CvarFrontierJson, ['frontier', SPEC, '--cvar', '--points', '4']);
    expect(f.points).toHaveLength(4);
    const [first] = f.points;
    const last = f.points.at(-1);
    expect(first?.selected).toEqual(['safe', 'wild']);
    expect(first?.expected).toBeCloseTo(13, 9);
    // Worst 5% of U[−40, 60] has mean −37.5; S = return + 3: −34.5, up to sampling.
    expect(first?.cvar5).toBeGreaterThan(-36);
    expect(first?.cvar5).toBeLessThan(-33);
    expect(last?.selected).toEqual(['safe']);
    expect(last?.expected).toBeCloseTo(5, 9);
    expect(last?.cvar5).toBeCloseTo(5, 9);
    for (let k = 1; k < f.points.length; k++) {
      const [before, point] = [f.points[k - 1], f.points[k]];
      expect(point?.floor).toBeGreaterThan(before?.floor ?? Number.NaN);
      expect(point?.expected ?? Number.NaN).toBeLessThanOrEqual(before?.expected ?? Number.NaN);
      expect(point?.cvar5 ?? Number.NaN).toBeGreaterThanOrEqual((point?.floor ?? 0) - 1e-6);
    }
  });

  it('is seeded: the same seed gives the same document, another seed other scenarios', async () => {
    const args = ['frontier', SPEC, '--cvar', '--points', '2', '--scenarios', '200'];
    const [a, b, c] = await Promise.all([
      runJson(CvarFrontierJson, [...args, '--seed', '3']),
      runJson(CvarFrontierJson, [...args, '--seed', '3']),
      runJson(CvarFrontierJson, [...args, '--seed', '4']),
    ]);
    expect(a).toEqual(b);
    expect(c.points[0]?.cvar5).not.toBe(a.points[0]?.cvar5);
  });

  it('refuses too many points as invalid input naming the field', async () => {
    const run = await runBin(['frontier', SPEC, '--cvar', '--points', '51', '--json']);
    expect(run.code).toBe(1);
    const doc = ErrorJson.parse(JSON.parse(run.stdout));
    expect(doc.error.issues.map((i) => i.path)).toEqual(['points']);
  });
});
