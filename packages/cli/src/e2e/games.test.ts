/**
 * End to end: `partnerfolio shapley` on the three example game files, each checked against
 * the Shapley value computed here from its definition (all orders of arrival) and against
 * the core, enumerated coalition by coalition.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ShapleyJson } from './contract.js';
import { readYaml } from './reference.js';
import { runJson } from './run-cli.js';

/** Every ordering of `xs` (7! = 5040 at most here). */
function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) =>
    permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]),
  );
}

/** The Shapley value by definition: each player's average marginal contribution. */
function shapleyByDefinition(
  players: readonly string[],
  v: (coalition: ReadonlySet<string>) => number,
): Map<string, number> {
  const orders = permutations(players);
  const phi = new Map(players.map((p) => [p, 0]));
  for (const order of orders) {
    const coalition = new Set<string>();
    for (const p of order) {
      const before = v(coalition);
      coalition.add(p);
      phi.set(p, (phi.get(p) ?? 0) + (v(coalition) - before) / orders.length);
    }
  }
  return phi;
}

/** Every subset of `players`, as its members in `players` order. */
const coalitions = (players: readonly string[]): string[][] =>
  Array.from({ length: 2 ** players.length }, (_, mask) =>
    players.filter((_, i) => (mask >> i) & 1),
  );

const sumOver = (phi: Readonly<Record<string, number>>, members: readonly string[]): number =>
  members.reduce((s, p) => s + (phi[p] ?? Number.NaN), 0);

describe.concurrent('partnerfolio shapley on examples/games', () => {
  it('consortium.yaml (profit table): efficient, as documented, and in the core', async () => {
    const file = 'examples/games/consortium.yaml';
    const game = z
      .object({ players: z.array(z.string()), values: z.record(z.string(), z.number()) })
      .parse(readYaml(file));
    const v = (members: readonly string[]) => game.values[members.join(',')] ?? Number.NaN;
    const g = await runJson(ShapleyJson, ['shapley', file]);
    expect(g.exact).toBe(true);
    expect(Object.keys(g.shapley)).toEqual(game.players);
    const reference = shapleyByDefinition(game.players, (c) =>
      v(game.players.filter((p) => c.has(p))),
    );
    for (const p of game.players) expect(g.shapley[p]).toBeCloseTo(reference.get(p) ?? 0, 9);
    expect(sumOver(g.shapley, game.players)).toBeCloseTo(v(game.players), 9);
    expect(v(game.players)).toBe(540);
    expect(g.shapley.us).toBeCloseTo(266.6667, 3);
    // In the core: no coalition gets less than it would earn on its own.
    for (const members of coalitions(game.players)) {
      expect(sumOver(g.shapley, members)).toBeGreaterThanOrEqual(v(members) - 1e-9);
    }
    expect(g.core).toMatchObject({ nonEmpty: true, shapleyInCore: true });
  });

  it('council.yaml (weighted voting): the Shapley–Shubik index sums to 1, core empty', async () => {
    const file = 'examples/games/council.yaml';
    const game = z
      .object({
        players: z.array(z.string()),
        weightedVoting: z.object({ quota: z.number(), weights: z.array(z.number()) }),
      })
      .parse(readYaml(file));
    const { quota, weights } = game.weightedVoting;
    const g = await runJson(ShapleyJson, ['shapley', file]);
    expect(g.exact).toBe(true);
    const reference = shapleyByDefinition(game.players, (c) =>
      game.players.reduce((s, p, i) => s + (c.has(p) ? (weights[i] ?? 0) : 0), 0) >= quota ? 1 : 0,
    );
    for (const p of game.players) expect(g.shapley[p]).toBeCloseTo(reference.get(p) ?? 0, 12);
    expect(sumOver(g.shapley, game.players)).toBeCloseTo(1, 12);
    expect(g.shapley.us).toBeCloseTo(3 / 10, 12);
    expect(g.shapley['foundation-f']).toBeCloseTo(1 / 15, 12);
    // No veto player, so some winning coalition always gets less than 1.
    expect(g.core).toMatchObject({ nonEmpty: false, shapleyInCore: false });
  });

  it('gpu-cluster.yaml (airport cost game): shares add up to the largest cost, in the core', async () => {
    const file = 'examples/games/gpu-cluster.yaml';
    const game = z
      .object({ players: z.array(z.string()), airport: z.object({ costs: z.array(z.number()) }) })
      .parse(readYaml(file));
    const cost = (members: readonly string[]) =>
      Math.max(0, ...members.map((p) => game.airport.costs[game.players.indexOf(p)] ?? Number.NaN));
    const g = await runJson(ShapleyJson, ['shapley', file]);
    expect(g.exact).toBe(true);
    const reference = shapleyByDefinition(game.players, (c) =>
      cost(game.players.filter((p) => c.has(p))),
    );
    for (const p of game.players) expect(g.shapley[p]).toBeCloseTo(reference.get(p) ?? 0, 9);
    expect(sumOver(g.shapley, game.players)).toBeCloseTo(Math.max(...game.airport.costs), 9);
    // Littlechild–Owen, as the file's comment works out.
    const documented = [20, 36, 36, 86, 161, 461];
    game.players.forEach((p, i) => {
      expect(g.shapley[p]).toBeCloseTo(documented[i] ?? Number.NaN, 9);
    });
    // A cost game's core: no coalition pays more than it would alone.
    for (const members of coalitions(game.players)) {
      expect(sumOver(g.shapley, members)).toBeLessThanOrEqual(cost(members) + 1e-9);
    }
    expect(g.core).toMatchObject({ nonEmpty: true, shapleyInCore: true });
  });
});
