/**
 * An independent, deliberately plain re-implementation of the parts of the model the
 * end-to-end tests cross-check (expected values, S, AHP, constraint feasibility). It reads
 * the spec with the `yaml` package, not with core's loader, so that a shared bug in core
 * cannot make both sides of a comparison agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { repoRoot } from './run-cli.js';

const pair = z.tuple([z.number(), z.number()]);
const triple = z.tuple([z.number(), z.number(), z.number()]);

const Dist = z.union([
  z.number(),
  z.object({ triangular: triple }),
  z.object({ pert: triple }),
  z.object({ uniform: pair }),
  z.object({ normal: pair }),
  z.object({ lognormal: pair }),
]);
type Dist = z.infer<typeof Dist>;

const ids = z.array(z.string());
const idPairs = z.array(z.tuple([z.string(), z.string()]));

const Spec = z.object({
  criteria: z.array(
    z.object({ id: z.string(), kind: z.enum(['benefit', 'cost']), weight: z.number().optional() }),
  ),
  weighting: z
    .object({
      method: z.literal('ahp'),
      matrix: z.array(z.array(z.union([z.number(), z.string()]))),
    })
    .optional(),
  resources: z.record(z.string(), z.number()).prefault({}),
  partners: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      offers: ids.prefault([]),
      scores: z.record(z.string(), z.number()),
      cost: Dist,
      return: Dist,
      uses: z.record(z.string(), z.number()).prefault({}),
    }),
  ),
  synergies: z
    .array(z.object({ between: z.tuple([z.string(), z.string()]), value: Dist }))
    .prefault([]),
  constraints: z
    .object({
      minPerKind: z.record(z.string(), z.number()).prefault({}),
      maxPartners: z.number().optional(),
      exclusive: idPairs.prefault([]),
      requires: idPairs.prefault([]),
      include: ids.prefault([]),
      exclude: ids.prefault([]),
      cover: ids.prefault([]),
      groups: z
        .array(z.object({ members: ids, max: z.number().optional(), min: z.number().optional() }))
        .prefault([]),
      minScore: z.number().optional(),
    })
    .prefault({}),
  coordinationCost: z.number().prefault(0),
});
export type Spec = z.infer<typeof Spec>;

/** Reads a spec (path relative to the repository root) with the `yaml` package. */
export function readSpec(path: string): Spec {
  return Spec.parse(parse(readFileSync(join(repoRoot, path), 'utf8')));
}

export function readYaml(path: string): unknown {
  return parse(readFileSync(join(repoRoot, path), 'utf8'));
}

/** The expected value of a number or distribution, from the textbook formulas. */
export function mean(d: Dist): number {
  if (typeof d === 'number') return d;
  if ('triangular' in d) return (d.triangular[0] + d.triangular[1] + d.triangular[2]) / 3;
  if ('pert' in d) return (d.pert[0] + 4 * d.pert[1] + d.pert[2]) / 6;
  if ('uniform' in d) return (d.uniform[0] + d.uniform[1]) / 2;
  if ('normal' in d) return d.normal[0];
  const [mu, sigma] = d.lognormal;
  return Math.exp(mu + (sigma * sigma) / 2);
}

/** Σ_{i<j both in `selected`} E[s_ij]. */
export function synergyTotal(spec: Spec, selected: readonly string[]): number {
  const set = new Set(selected);
  return spec.synergies
    .filter((s) => set.has(s.between[0]) && set.has(s.between[1]))
    .reduce((sum, s) => sum + mean(s.value), 0);
}

/** Expected N_i = R_i − C_i (netModel: net). */
export function netOf(spec: Spec, id: string): number {
  const p = spec.partners.find((q) => q.id === id);
  if (!p) throw new Error(`no partner ${id}`);
  return mean(p.return) - mean(p.cost);
}

/** S = Σ N_i + Σ s_ij − coordinationCost·|selected| over `selected` (netModel: net). */
export function portfolioValue(spec: Spec, selected: readonly string[]): number {
  const net = selected.reduce((sum, id) => sum + netOf(spec, id), 0);
  return net + synergyTotal(spec, selected) - spec.coordinationCost * selected.length;
}

/** Total use of `resource` by `selected`. */
export function used(spec: Spec, selected: readonly string[], resource: string): number {
  const set = new Set(selected);
  return spec.partners
    .filter((p) => set.has(p.id))
    .reduce((sum, p) => sum + (p.uses[resource] ?? 0), 0);
}

/** Every rule of `constraints` (and every capacity) that `selected` breaks, by its path. */
export function violations(
  spec: Spec,
  selected: readonly string[],
  scores: ReadonlyMap<string, number>,
): string[] {
  const c = spec.constraints;
  const set = new Set(selected);
  const broken: string[] = [];
  for (const [r, capacity] of Object.entries(spec.resources)) {
    if (used(spec, selected, r) > capacity + 1e-9) broken.push(`resources.${r}`);
  }
  for (const [kind, min] of Object.entries(c.minPerKind)) {
    const n = spec.partners.filter((p) => set.has(p.id) && p.kind === kind).length;
    if (n < min) broken.push(`constraints.minPerKind.${kind}`);
  }
  if (c.maxPartners !== undefined && set.size > c.maxPartners)
    broken.push('constraints.maxPartners');
  c.exclusive.forEach(([a, b], k) => {
    if (set.has(a) && set.has(b)) broken.push(`constraints.exclusive[${k}]`);
  });
  c.requires.forEach(([a, b], k) => {
    if (set.has(a) && !set.has(b)) broken.push(`constraints.requires[${k}]`);
  });
  c.include.forEach((id, k) => {
    if (!set.has(id)) broken.push(`constraints.include[${k}]`);
  });
  c.exclude.forEach((id, k) => {
    if (set.has(id)) broken.push(`constraints.exclude[${k}]`);
  });
  c.cover.forEach((offer, k) => {
    if (!spec.partners.some((p) => set.has(p.id) && p.offers.includes(offer)))
      broken.push(`constraints.cover[${k}]`);
  });
  c.groups.forEach((g, k) => {
    const n = g.members.filter((id) => set.has(id)).length;
    if ((g.max !== undefined && n > g.max) || (g.min !== undefined && n < g.min))
      broken.push(`constraints.groups[${k}]`);
  });
  const { minScore } = c;
  if (minScore !== undefined) {
    for (const id of selected) {
      if ((scores.get(id) ?? Number.NaN) < minScore - 1e-12)
        broken.push(`constraints.minScore (${id})`);
    }
  }
  return broken;
}

/** Saaty's random index for n = 1..10. */
const RANDOM_INDEX = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

const cell = (x: number | string): number => {
  if (typeof x === 'number') return x;
  const [a, b] = x.split('/');
  return b === undefined ? Number(a) : Number(a) / Number(b);
};

/** AHP by power iteration: the principal eigenvector, λmax, CI and CR. */
export function ahp(matrix: readonly (readonly (number | string)[])[]) {
  const a = matrix.map((row) => row.map(cell));
  const n = a.length;
  const times = (w: readonly number[]) =>
    a.map((row) => row.reduce((s, x, j) => s + x * (w[j] ?? 0), 0));
  let w: number[] = Array.from({ length: n }, () => 1 / n);
  for (let k = 0; k < 500; k++) {
    const v = times(w);
    const total = v.reduce((s, x) => s + x, 0);
    w = v.map((x) => x / total);
  }
  const aw = times(w);
  const lambdaMax = aw.reduce((s, x, i) => s + x / (w[i] ?? 1), 0) / n;
  const ci = (lambdaMax - n) / (n - 1);
  return { weights: w, lambdaMax, ci, cr: ci / (RANDOM_INDEX[n - 1] ?? Number.NaN) };
}

/** Min-max normalised score columns, in `spec.criteria` order, *without* reversing cost columns. */
export function minMaxColumns(spec: Spec): number[][] {
  return spec.criteria.map((c) => {
    const xs = spec.partners.map((p) => p.scores[c.id] ?? Number.NaN);
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    return xs.map((x) => (hi > lo ? (x - lo) / (hi - lo) : 0));
  });
}
