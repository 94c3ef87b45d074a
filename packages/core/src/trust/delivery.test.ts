import { describe, expect, it } from 'vitest';
import { createPrng } from '../solver/test-support/prng.js';
import { deliveryModel, deliveryPosterior, workspaceBaseRate } from './delivery.js';

function model(records: Record<string, { kept: number; broken: number }>, ids: string[]) {
  const r = deliveryModel(ids, records);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('expected delivery', () => {
  it('matches hand-computed posteriors', () => {
    // K = 3 + 1 = 4 kept, B = 1 broken → m = (4 + 1)/(5 + 2) = 5/7; prior Beta(10/7, 4/7).
    const m = model({ a: { kept: 3, broken: 1 }, c: { kept: 1, broken: 0 } }, ['a', 'b', 'c']);
    expect(m.baseRate).toBeCloseTo(5 / 7, 14);
    // a: Beta(10/7 + 3, 4/7 + 1) = Beta(31/7, 11/7), mean 31/42.
    expect(m.partners.a?.alpha).toBeCloseTo(31 / 7, 14);
    expect(m.partners.a?.beta).toBeCloseTo(11 / 7, 14);
    expect(m.partners.a?.mean).toBeCloseTo(31 / 42, 14);
    // b has no record: the base rate itself.
    expect(m.partners.b?.mean).toBeCloseTo(5 / 7, 14);
    // c: Beta(17/7, 4/7), mean 17/21; sd √(αβ/((α+β)²(α+β+1))) = √(68/49 / (9 · 4)) = √68/42.
    expect(m.partners.c?.mean).toBeCloseTo(17 / 21, 14);
    expect(m.partners.c?.sd).toBeCloseTo(Math.sqrt(68) / 42, 14);
  });

  it('gives Beta(1, 1) when the workspace has no record', () => {
    const m = model({}, ['x']);
    expect(m.baseRate).toBe(0.5);
    expect(m.partners.x).toMatchObject({ alpha: 1, beta: 1, mean: 0.5 });
  });

  it('rewards the old rule’s victim: one kept obligation is no worse than no record', () => {
    // The old rule: 1 kept → Beta(2, 1) mean ⅔ against 1 for no record. Now both start
    // from the workspace's base rate and the kept one is above it.
    const m = model({ kept1: { kept: 1, broken: 0 } }, ['kept1', 'none']);
    expect(m.partners.kept1?.mean).toBeGreaterThan(m.partners.none?.mean ?? 1);
    // m = 2/3; kept1: Beta(4/3 + 1, 2/3) → mean 7/9; none: 2/3.
    expect(m.partners.kept1?.mean).toBeCloseTo(7 / 9, 14);
    expect(m.partners.none?.mean).toBeCloseTo(2 / 3, 14);
  });

  it('never lowers a factor for a kept obligation nor raises it for a broken one (500 seeded records)', () => {
    const rng = createPrng(7);
    for (let t = 0; t < 500; t++) {
      const records: Record<string, { kept: number; broken: number }> = {};
      const ids = ['p0', 'p1', 'p2', 'p3'];
      for (const id of ids) {
        if (rng.next() < 0.3) continue;
        records[id] = { kept: rng.next() * 5, broken: rng.next() * 3 };
      }
      const target = rng.pick(ids);
      const before = model(records, ids).partners[target]?.mean ?? Number.NaN;
      const own = records[target] ?? { kept: 0, broken: 0 };
      const weight = rng.next();
      const kept = model({ ...records, [target]: { ...own, kept: own.kept + weight } }, ids);
      const broken = model({ ...records, [target]: { ...own, broken: own.broken + weight } }, ids);
      expect(kept.partners[target]?.mean ?? 0).toBeGreaterThanOrEqual(before - 1e-15);
      expect(broken.partners[target]?.mean ?? 2).toBeLessThanOrEqual(before + 1e-15);
    }
  });

  it('narrows with evidence at the same rate', () => {
    const m = workspaceBaseRate([{ kept: 8, broken: 2 }]);
    const few = deliveryPosterior({ kept: 4, broken: 1 }, m);
    const many = deliveryPosterior({ kept: 40, broken: 10 }, m);
    expect(many.sd).toBeLessThan(few.sd);
  });

  it('rejects a non-positive strength and negative counts', () => {
    const r = deliveryModel(['a'], { a: { kept: -1, broken: 0 } }, { strength: 0 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.code).sort()).toEqual(['invalid_record', 'prior_strength']);
  });
});
