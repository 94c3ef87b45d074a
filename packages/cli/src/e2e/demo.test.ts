/**
 * End to end: every command's `--json` document on examples/demo.yaml, checked against the
 * contract and cross-checked with an independent computation from the YAML itself.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AnalyzeJson,
  EvaluateJson,
  FrontierJson,
  OptimizeJson,
  RankJson,
  SchemaJson,
  ShapleyJson,
  SimulateJson,
  ValidateJson,
  WeightsJson,
} from './contract.js';
import {
  ahp,
  mean,
  minMaxColumns,
  netOf,
  portfolioValue,
  readSpec,
  readYaml,
  synergyTotal,
  used,
  violations,
} from './reference.js';
import { once, runBin, runJson } from './run-cli.js';

const DEMO = 'examples/demo.yaml';
const spec = readSpec(DEMO);
const ids = spec.partners.map((p) => p.id);

const evaluate = once(() => runJson(EvaluateJson, ['evaluate', DEMO]));
const weights = once(() => runJson(WeightsJson, ['weights', DEMO]));
const rankWs = once(() => runJson(RankJson, ['rank', DEMO]));
const optimize = once(() => runJson(OptimizeJson, ['optimize', DEMO]));
const scoresById = async () => new Map((await evaluate()).partners.map((p) => [p.id, p.score]));

/** Best first; equal scores (1e-12 relative) share a rank; a lower score has a larger rank. */
function expectWellRanked(ranking: readonly { id: string; score: number; rank: number }[]): void {
  expect(ranking[0]?.rank).toBe(1);
  for (let k = 1; k < ranking.length; k++) {
    const prev = ranking[k - 1];
    const cur = ranking[k];
    if (!prev || !cur) throw new Error('unreachable');
    const tied = Math.abs(prev.score - cur.score) <= 1e-12 * Math.max(1, Math.abs(prev.score));
    if (tied) {
      expect(cur.rank).toBe(prev.rank);
      expect(cur.id > prev.id).toBe(true);
    } else {
      expect(cur.score).toBeLessThan(prev.score);
      expect(cur.rank).toBeGreaterThan(prev.rank);
    }
  }
}

describe.concurrent('partnerfolio on examples/demo.yaml', () => {
  it('validate: valid, no warnings', async () => {
    expect(await runJson(ValidateJson, ['validate', DEMO])).toEqual({ valid: true, warnings: [] });
  });

  it('evaluate: expected C, R, N per partner and S over all partners', async () => {
    const e = await evaluate();
    expect(e.netModel).toBe('net');
    expect(e.partners.map((p) => p.id)).toEqual(ids);
    for (const [i, p] of e.partners.entries()) {
      const source = spec.partners[i];
      if (!source) throw new Error('unreachable');
      expect(p.net).toBeCloseTo(p.return - p.cost, 9);
      expect(p.net).toBeCloseTo(netOf(spec, p.id), 9);
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
    // S over all 38 partners: Σ N + Σ s_ij − 15 · 38, with the negative synergies.
    expect(e.S).toBeCloseTo(portfolioValue(spec, ids), 9);
    expect(e.S).toBeCloseTo(
      e.partners.reduce((s, p) => s + p.net, 0) + synergyTotal(spec, ids) - 15 * ids.length,
      9,
    );
  });

  it('weights: AHP eigenvector weights summing to 1 with CR < 0.1', async () => {
    const w = await weights();
    expect(Object.keys(w.weights)).toEqual(spec.criteria.map((c) => c.id));
    const values = Object.values(w.weights);
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (const x of values) expect(x).toBeGreaterThan(0);
    if (!w.ahp || !spec.weighting) throw new Error('demo.yaml weights by AHP');
    expect(w.ahp.cr).toBeLessThan(0.1);
    expect(w.ahp.consistent).toBe(true);
    const ref = ahp(spec.weighting.matrix);
    spec.criteria.forEach((c, k) => {
      expect(w.weights[c.id]).toBeCloseTo(ref.weights[k] ?? Number.NaN, 9);
    });
    expect(w.ahp.lambdaMax).toBeCloseTo(ref.lambdaMax, 9);
    expect(w.ahp.ci).toBeCloseTo(ref.ci, 9);
    expect(w.ahp.cr).toBeCloseTo(ref.cr, 9);
    // The figures the example's comments promise.
    expect(w.weights.tech).toBeCloseTo(0.33, 3);
    expect(w.ahp.cr).toBeCloseTo(0.011, 3);
  });

  it('rank (weighted sum): every partner once, best first, scores = Σ w·minmax', async () => {
    const [r, w] = await Promise.all([rankWs(), weights()]);
    expect(r.method).toBe('weighted-sum');
    expect([...r.ranking.map((x) => x.id)].sort()).toEqual([...ids].sort());
    expectWellRanked(r.ranking);
    const cols = minMaxColumns(spec);
    for (const row of r.ranking) {
      const i = ids.indexOf(row.id);
      const expected = spec.criteria.reduce((s, c, k) => {
        const x = cols[k]?.[i] ?? Number.NaN;
        return s + (w.weights[c.id] ?? Number.NaN) * (c.kind === 'cost' ? 1 - x : x);
      }, 0);
      expect(row.score).toBeCloseTo(expected, 12);
    }
    expect(r.ranking[0]?.id).toBe('northlake-ai-lab');
  });

  it('rank --method topsis: closeness coefficients, best first', async () => {
    const [r, w] = await Promise.all([
      runJson(RankJson, ['rank', DEMO, '--method', 'topsis']),
      weights(),
    ]);
    expect(r.method).toBe('topsis');
    expect(r.ranking).toHaveLength(ids.length);
    expectWellRanked(r.ranking);
    // TOPSIS: weighted min-max columns (cost columns not reversed); the ideal is the best
    // value by direction, the anti-ideal the worst.
    const cols = minMaxColumns(spec).map((col, k) => {
      const c = spec.criteria[k];
      return col.map((x) => x * (c ? (w.weights[c.id] ?? Number.NaN) : Number.NaN));
    });
    const best = cols.map((col, k) =>
      spec.criteria[k]?.kind === 'cost' ? Math.min(...col) : Math.max(...col),
    );
    const worst = cols.map((col, k) =>
      spec.criteria[k]?.kind === 'cost' ? Math.max(...col) : Math.min(...col),
    );
    for (const row of r.ranking) {
      const i = ids.indexOf(row.id);
      const v = cols.map((col) => col[i] ?? Number.NaN);
      const dPlus = Math.hypot(...v.map((x, k) => x - (best[k] ?? Number.NaN)));
      const dMinus = Math.hypot(...v.map((x, k) => x - (worst[k] ?? Number.NaN)));
      expect(row.score).toBeCloseTo(dMinus / (dPlus + dMinus), 12);
      expect(row.score).toBeGreaterThanOrEqual(0);
      expect(row.score).toBeLessThanOrEqual(1);
    }
  });

  it('rank --sensitivity: every interval contains the current weight', async () => {
    const [r, w, plain] = await Promise.all([
      runJson(RankJson, ['rank', DEMO, '--sensitivity']),
      weights(),
      rankWs(),
    ]);
    expect(r.ranking).toEqual(plain.ranking);
    const rows = r.sensitivity ?? [];
    expect(rows.map((s) => s.criterion)).toEqual(spec.criteria.map((c) => c.id));
    for (const s of rows) {
      expect(s.weight).toBeCloseTo(w.weights[s.criterion] ?? Number.NaN, 12);
      expect(s.top.low).toBeGreaterThanOrEqual(0);
      expect(s.top.high).toBeLessThanOrEqual(1);
      expect(s.top.low).toBeLessThanOrEqual(s.weight);
      expect(s.weight).toBeLessThanOrEqual(s.top.high);
      expect(s.ranking.low).toBeLessThanOrEqual(s.weight);
      expect(s.weight).toBeLessThanOrEqual(s.ranking.high);
      // Keeping the whole ranking is stricter than keeping the first choice.
      expect(s.ranking.low).toBeGreaterThanOrEqual(s.top.low - 1e-12);
      expect(s.ranking.high).toBeLessThanOrEqual(s.top.high + 1e-12);
    }
  });

  it('optimize: a proven optimum that keeps every rule and whose objective is S', async () => {
    const [o, scores] = await Promise.all([optimize(), scoresById()]);
    expect(o.status).toBe('optimal');
    expect(o.gap).toBe(0);
    expect(new Set(o.selected).size).toBe(o.selected.length);
    for (const id of o.selected) expect(ids).toContain(id);
    expect(Object.keys(o.resources).sort()).toEqual(Object.keys(spec.resources).sort());
    for (const [r, { used: u, capacity }] of Object.entries(o.resources)) {
      expect(capacity).toBe(spec.resources[r]);
      expect(u).toBeLessThanOrEqual(capacity + 1e-9);
      expect(u).toBeCloseTo(used(spec, o.selected, r), 9);
    }
    expect(violations(spec, o.selected, scores)).toEqual([]);
    // S from evaluate's net values, the YAML's synergies and the coordination cost.
    const e = await evaluate();
    const net = e.partners.filter((p) => o.selected.includes(p.id)).reduce((s, p) => s + p.net, 0);
    const S = net + synergyTotal(spec, o.selected) - spec.coordinationCost * o.selected.length;
    expect(o.objective).toBeCloseTo(S, 9);
    // What the example's closing comment promises (checked by hand with another model).
    expect([...o.selected].sort()).toEqual(
      [
        'northlake-ai-lab',
        'eastbay-nlp-group',
        'riverton-med-imaging',
        'westbrook-urban-computing',
        'huaxin-medical-group',
        'silverbay-bank',
        'citylink-telecom',
        'riverton-data-bureau',
        'eastland-health-commission',
        'eastland-science-department',
      ].sort(),
    );
    expect(o.objective).toBeCloseTo(1431.6667, 3);
    expect(o.resources).toMatchObject({
      budget: { used: 1500, capacity: 1500 },
      staff: { used: 14.5, capacity: 16 },
      compute: { used: 350, capacity: 480 },
    });
  });

  it('optimize --explain: a regret for every partner', async () => {
    const [o, plain] = await Promise.all([
      runJson(OptimizeJson, ['optimize', DEMO, '--explain']),
      optimize(),
    ]);
    expect(o.selected).toEqual(plain.selected);
    expect(o.objective).toBe(plain.objective);
    const regret = o.regret ?? [];
    expect(regret.map((g) => g.id)).toEqual(ids);
    for (const g of regret) {
      expect(g.selected).toBe(o.selected.includes(g.id));
      if (g.regret !== null) expect(g.regret).toBeGreaterThanOrEqual(-1e-9);
    }
    const byId = new Map(regret.map((g) => [g.id, g]));
    // Forced choices have no regret, and say which rule forces them.
    expect(byId.get('northlake-ai-lab')).toMatchObject({ selected: true, regret: null });
    expect(byId.get('northlake-ai-lab')?.message).toContain('constraints.include[0]');
    expect(byId.get('horizon-ventures')).toMatchObject({ selected: false, regret: null });
    expect(byId.get('horizon-ventures')?.message).toContain('constraints.exclude[0]');
    expect(byId.get('harbor-city-bank')?.message).toContain('constraints.minScore');
    // Requires: huaxin ⇒ the health commission, so dropping the commission drops both.
    expect(byId.get('eastland-health-commission')?.regret).toBeCloseTo(320, 6);
  });

  it('frontier: increasing capacity, non-decreasing objective, null when infeasible', async () => {
    // 34 points from 0 to Σ budget uses (4950) are 150 apart, so 1500 is one of them.
    const [f, o] = await Promise.all([
      runJson(FrontierJson, ['frontier', DEMO, '--resource', 'budget', '--points', '34']),
      optimize(),
    ]);
    expect(f.resource).toBe('budget');
    expect(f.points).toHaveLength(34);
    let best = Number.NEGATIVE_INFINITY;
    for (const [k, p] of f.points.entries()) {
      if (k > 0) expect(p.capacity).toBeGreaterThan(f.points[k - 1]?.capacity ?? Number.NaN);
      if (p.status === 'infeasible') {
        expect(p.objective).toBeNull();
        expect(p.selected).toEqual([]);
        continue;
      }
      expect(p.status).toBe('optimal');
      if (p.objective === null) throw new Error(`no objective at ${p.capacity}`);
      expect(p.objective).toBeGreaterThanOrEqual(best - 1e-9);
      best = p.objective;
      expect(used(spec, p.selected, 'budget')).toBeLessThanOrEqual(p.capacity + 1e-9);
      expect(p.objective).toBeCloseTo(portfolioValue(spec, p.selected), 9);
    }
    expect(f.points[0]).toMatchObject({ capacity: 0, status: 'infeasible', objective: null });
    const at1500 = f.points.find((p) => Math.abs(p.capacity - 1500) < 1e-9);
    expect(at1500?.objective).toBeCloseTo(o.objective ?? Number.NaN, 9);
    expect(f.points.at(-1)?.objective).toBeCloseTo(1461.6667, 3);
  });

  it('simulate: seeded, reproducible, independent of --workers, centred on E[S]', async () => {
    const args = ['simulate', DEMO, '--scenarios', '40000', '--seed', '7'];
    // 40000 scenarios are three blocks of 16384, dealt unevenly to two workers.
    const [one, two, other, o] = await Promise.all([
      runBin([...args, '--workers', '1', '--json']),
      runBin([...args, '--workers', '2', '--json']),
      runBin(['simulate', DEMO, '--scenarios', '40000', '--seed', '8', '--json']),
      optimize(),
    ]);
    for (const run of [one, two, other]) expect(run.code, run.stderr).toBe(0);
    // Same seed, same document, whatever the number of workers.
    expect(two.stdout).toBe(one.stdout);
    const s = SimulateJson.parse(JSON.parse(one.stdout));
    const t = SimulateJson.parse(JSON.parse(other.stdout));
    expect(t.seed).toBe(8);
    expect(t.mean).not.toBe(s.mean);
    expect(t.p50).not.toBe(s.p50);
    expect(s).toMatchObject({ scenarios: 40000, seed: 7, selected: o.selected });
    expect(s.expected).toBeCloseTo(o.objective ?? Number.NaN, 9);
    for (const x of [s, t]) {
      expect(Math.abs(x.mean - x.expected)).toBeLessThan((4 * x.sd) / Math.sqrt(x.scenarios));
      expect(x.sd).toBeGreaterThan(0);
      expect(x.p5).toBeLessThanOrEqual(x.p50);
      expect(x.p50).toBeLessThanOrEqual(x.p95);
      expect(x.cvar5).toBeLessThanOrEqual(x.p5);
      expect(x.probLoss).toBeGreaterThanOrEqual(0);
      expect(x.probLoss).toBeLessThanOrEqual(1);
    }
  });

  it('simulate --selected: the given partners, centred on their S', async () => {
    const selected = ['northlake-ai-lab', 'huaxin-medical-group', 'kangning-pharma'];
    const s = await runJson(SimulateJson, [
      'simulate',
      DEMO,
      '--selected',
      selected.join(','),
      '--scenarios',
      '20000',
      '--seed',
      '3',
      '--workers',
      '1',
    ]);
    expect(s.selected).toEqual(selected);
    expect(s.expected).toBeCloseTo(portfolioValue(spec, selected), 9);
    expect(Math.abs(s.mean - s.expected)).toBeLessThan((4 * s.sd) / Math.sqrt(s.scenarios));
  });

  it('shapley: the optimal portfolio’s synergy game, φ_i = N_i + ½ Σ_j s_ij', async () => {
    const [g, o] = await Promise.all([runJson(ShapleyJson, ['shapley', DEMO]), optimize()]);
    expect(Object.keys(g.shapley)).toEqual(o.selected);
    expect(g.exact).toBe(true);
    for (const id of o.selected) {
      const half = spec.synergies
        .filter((s) => s.between.includes(id) && s.between.every((x) => o.selected.includes(x)))
        .reduce((sum, s) => sum + mean(s.value) / 2, 0);
      expect(g.shapley[id]).toBeCloseTo(netOf(spec, id) + half, 9);
    }
    // Efficiency: the values add up to v(N) = S + overhead (v has no coordination cost).
    const total = Object.values(g.shapley).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(
      (o.objective ?? Number.NaN) + spec.coordinationCost * o.selected.length,
      9,
    );
    // Every synergy among the selected partners is ≥ 0, so the game is convex.
    expect(g.core).toMatchObject({ nonEmpty: true, shapleyInCore: true });
  });

  it('schema: a JSON Schema that knows every field demo.yaml uses', async () => {
    const s = await runJson(SchemaJson, ['schema']);
    const demo = z
      .object({ partners: z.array(z.record(z.string(), z.unknown())) })
      .catchall(z.unknown())
      .parse(readYaml(DEMO));
    for (const key of Object.keys(demo)) expect(Object.keys(s.properties)).toContain(key);
    const partnerFields = new Set(demo.partners.flatMap((p) => Object.keys(p)));
    expect(partnerFields.size).toBeGreaterThan(5);
    for (const key of partnerFields) {
      expect(Object.keys(s.properties.partners.items.properties)).toContain(key);
    }
  });

  it('analyze: the ranking, the optimum and the risk of the optimum in one document', async () => {
    const [a, r, o] = await Promise.all([
      runJson(AnalyzeJson, ['analyze', DEMO]),
      rankWs(),
      optimize(),
    ]);
    expect(a.ranking).toEqual(r);
    expect(a.optimize).toMatchObject({
      status: 'optimal',
      selected: o.selected,
      objective: o.objective,
    });
    if (!a.simulation) throw new Error('a feasible portfolio is simulated');
    expect(a.simulation).toMatchObject({ scenarios: 100000, seed: 1 });
    const objective = o.objective ?? Number.NaN;
    expect(Math.abs(a.simulation.mean - objective)).toBeLessThan(
      (4 * a.simulation.sd) / Math.sqrt(a.simulation.scenarios),
    );
  });
});
