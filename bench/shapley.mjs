/**
 * Fair-allocation benchmark: exact Shapley values of the synergy game from a full value
 * table (n = 20, 22), weighted voting (the US electoral college, 51 players), the airport
 * game with 13,572 players, and permutation sampling of a 100-player synergy game. Each
 * is compared with a textbook implementation written here, or a closed form, in the same run.
 */
import {
  airportShapley,
  buildSynergyTable,
  createRng,
  memberValueGame,
  sampleShapley,
  shapleyFromTable,
  shapleyShubik,
  synergyPermutationGame,
  synergyShapley,
  toIntegerVotingGame,
} from '@partnerfolio/core';
import { createGeneratorRng, generateSynergyGame } from './generate.mjs';
import { isMain, measure, runAsScript } from './harness.mjs';

function unwrap(result) {
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

const maxDiff = (a, b) => a.reduce((m, x, i) => Math.max(m, Math.abs(x - b[i])), 0);

/** Electoral votes of the 50 states and DC for 2024–2028 (2020 census); 538 in all. */
const ELECTORAL_VOTES = Object.fromEntries(
  (
    'AL:9 AK:3 AZ:11 AR:6 CA:54 CO:10 CT:7 DE:3 DC:3 FL:30 GA:16 HI:4 ID:4 IL:19 IN:11 IA:6 ' +
    'KS:6 KY:8 LA:8 ME:4 MD:10 MA:11 MI:15 MN:10 MS:6 MO:10 MT:4 NE:5 NV:6 NH:4 NJ:14 NM:5 ' +
    'NY:28 NC:16 ND:3 OH:17 OK:7 OR:8 PA:19 RI:4 SC:9 SD:3 TN:11 TX:40 UT:6 VT:3 VA:13 WA:12 ' +
    'WV:4 WI:10 WY:3'
  )
    .split(' ')
    .map((entry) => {
      const [state, votes] = entry.split(':');
      return [state, Number(votes)];
    }),
);

/** Textbook Shapley value over a value table: φ_i = Σ_{S ∌ i} w(|S|)·(v(S ∪ i) − v(S)). */
function bruteForceShapley(values, n) {
  const w = new Float64Array(n);
  w[0] = 1 / n;
  for (let k = 1; k < n; k++) w[k] = (w[k - 1] * k) / (n - k);
  const size = new Uint8Array(values.length);
  for (let mask = 1; mask < size.length; mask++) size[mask] = size[mask >> 1] + (mask & 1);
  const phi = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const bit = 1 << i;
    let sum = 0;
    for (let mask = 0; mask < values.length; mask++) {
      if (mask & bit) continue;
      sum += w[size[mask]] * (values[mask | bit] - values[mask]);
    }
    phi[i] = sum;
  }
  return phi;
}

/**
 * Textbook Shapley–Shubik index: for each player, count the subsets of the others by size
 * and weight (a fresh table per player), then weigh the swings by k!(n−k−1)!/n!.
 */
function naiveShapleyShubik(quota, weights) {
  const n = weights.length;
  const phi = new Float64Array(n);
  const coefficient = new Float64Array(n);
  coefficient[0] = 1 / n;
  for (let k = 1; k < n; k++) coefficient[k] = (coefficient[k - 1] * k) / (n - k);
  for (let i = 0; i < n; i++) {
    // count[k][w]: subsets of the others with k members and weight w (w < quota).
    const count = Array.from({ length: n }, () => new Float64Array(quota));
    count[0][0] = 1;
    let members = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      members++;
      for (let k = members; k >= 1; k--) {
        for (let w = quota - 1; w >= weights[j]; w--) count[k][w] += count[k - 1][w - weights[j]];
      }
    }
    let p = 0;
    for (let k = 0; k < n; k++) {
      let swings = 0;
      for (let w = Math.max(0, quota - weights[i]); w < quota; w++) swings += count[k][w];
      p += coefficient[k] * swings;
    }
    phi[i] = p;
  }
  return phi;
}

/** Sequential equal-share rule, one sum from scratch per player: O(n²). */
function naiveAirport(costs) {
  const n = costs.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => costs[a] - costs[b]);
  const phi = new Float64Array(n);
  for (let position = 0; position < n; position++) {
    let share = 0;
    let previous = 0;
    for (let j = 0; j <= position; j++) {
      const c = costs[order[j]];
      share += (c - previous) / (n - j);
      previous = c;
    }
    phi[order[position]] = share;
  }
  return phi;
}

/**
 * 13,572 landings (the count of the classic Birmingham airport study) of 11 aircraft classes
 * with runway costs from 10 to 100: many equal costs, as in real airport games.
 */
function airportCosts(seed) {
  const rng = createGeneratorRng(seed);
  const classes = Array.from({ length: 11 }, (_, k) => 10 + 9 * k + rng.uniform(0, 1));
  return Array.from({ length: 13572 }, () => classes[Math.floor(rng.next() ** 1.5 * 11)]);
}

/** v(T) of the synergy game computed from scratch for every coalition the sampler asks for. */
function fromScratchGame(net, synergies) {
  return memberValueGame(net.length, (members) => {
    let v = 0;
    for (let i = 0; i < net.length; i++) if (members[i] === 1) v += net[i];
    for (const s of synergies) if (members[s.i] === 1 && members[s.j] === 1) v += s.value;
    return v;
  });
}

export async function run(report, { quick }) {
  const reps = quick ? 3 : 7;

  report.section('exact synergy game: value table + Shapley (buildSynergyTable, shapleyFromTable)');
  const exact = {};
  for (const n of [20, 22]) {
    const { net, synergies } = generateSynergyGame(n, n);
    const e2e = measure(
      () => unwrap(shapleyFromTable(unwrap(buildSynergyTable(net, synergies)), n)),
      { warmup: 1, reps },
    );
    const building = measure(() => unwrap(buildSynergyTable(net, synergies)), { warmup: 1, reps });
    const table = building.value;
    const fold = measure(() => unwrap(shapleyFromTable(table, n)), { warmup: 1, reps });
    const closed = measure(() => synergyShapley(net, synergies), {
      warmup: 100,
      reps,
      inner: 1000,
    });
    const brute = measure(() => bruteForceShapley(table, n), { warmup: 0, reps: quick ? 1 : 3 });
    const scale = Math.max(...closed.value.map(Math.abs));
    report.check(
      `n=${n}: table Shapley = closed form`,
      maxDiff(e2e.value, closed.value) <= 1e-9 * scale,
      `max diff ${maxDiff(e2e.value, closed.value)}`,
    );
    report.check(
      `n=${n}: table Shapley = brute force`,
      maxDiff(fold.value, brute.value) <= 1e-9 * scale,
      `max diff ${maxDiff(fold.value, brute.value)}`,
    );
    report.metric(
      `synergy.n${n}`,
      `n=${n}: table + φ, end to end (2^${n} coalitions)`,
      e2e.median,
      'ms',
      e2e,
    );
    report.metric(
      `synergy.n${n}.table`,
      `n=${n}: buildSynergyTable alone`,
      building.median,
      'ms',
      building,
    );
    report.metric(`synergy.n${n}.phi`, `n=${n}: shapleyFromTable alone`, fold.median, 'ms', fold);
    report.metric(
      `synergy.n${n}.brute`,
      `n=${n}: textbook Σ over S ∌ i on the same table`,
      brute.median,
      'ms',
      brute,
    );
    report.metric(
      `synergy.n${n}.closed`,
      `n=${n}: closed form synergyShapley`,
      closed.median,
      'ms',
      closed,
    );
    report.ratio(
      `synergy.n${n}.vsBrute`,
      `n=${n}: speed vs textbook brute force (brute / ours)`,
      brute.median / fold.median,
      'brute force over the same table',
    );
    report.ratio(
      `synergy.n${n}.vsClosed`,
      `n=${n}: end to end / closed form (cost of exactness by enumeration)`,
      e2e.median / closed.median,
      'synergyShapley (same values)',
    );
    exact[n] = e2e.median;
  }

  report.section('weighted voting: US electoral college, 51 players, quota 270');
  const weights = Object.values(ELECTORAL_VOTES);
  report.check('the electoral votes add up to 538', weights.reduce((a, b) => a + b, 0) === 538);
  const voting = measure(() => unwrap(shapleyShubik(unwrap(toIntegerVotingGame(270, weights)))), {
    warmup: 2,
    reps,
    inner: 5,
  });
  const naiveVoting = measure(() => naiveShapleyShubik(270, weights), {
    warmup: 1,
    reps: quick ? 1 : 3,
  });
  const sum = voting.value.reduce((a, b) => a + b, 0);
  report.check('Shapley–Shubik indices add up to 1', Math.abs(sum - 1) < 1e-12, String(sum));
  report.check(
    'Shapley–Shubik = textbook counting',
    maxDiff(voting.value, naiveVoting.value) < 1e-12,
    `max diff ${maxDiff(voting.value, naiveVoting.value)}`,
  );
  const ca = Object.keys(ELECTORAL_VOTES).indexOf('CA');
  report.metric(
    'voting.ms',
    'shapleyShubik(toIntegerVotingGame(270, votes))',
    voting.median,
    'ms',
    voting,
  );
  report.metric(
    'voting.naive',
    'textbook counting, one table per player',
    naiveVoting.median,
    'ms',
    naiveVoting,
  );
  report.metric('voting.ca', 'power of California (54 of 538 votes)', voting.value[ca], '');
  report.ratio(
    'voting.ratio',
    'speed vs textbook counting (naive / ours)',
    naiveVoting.median / voting.median,
    'per-player subset counting',
  );

  report.section('airport game: 13,572 landings');
  const costs = airportCosts(1);
  const airport = measure(() => airportShapley(costs), { warmup: 3, reps, inner: 3 });
  const naiveAir = measure(() => naiveAirport(costs), { warmup: 0, reps: quick ? 1 : 3 });
  const total = airport.value.reduce((a, b) => a + b, 0);
  report.check(
    'airport shares add up to the largest cost',
    Math.abs(total - Math.max(...costs)) < 1e-9 * total,
  );
  report.check(
    'airport = per-player sum',
    maxDiff(airport.value, naiveAir.value) < 1e-9,
    `max diff ${maxDiff(airport.value, naiveAir.value)}`,
  );
  report.metric('airport.ms', 'airportShapley, 13,572 players', airport.median, 'ms', airport);
  report.metric(
    'airport.naive',
    'equal-share rule summed per player, O(n²)',
    naiveAir.median,
    'ms',
    naiveAir,
  );
  report.ratio(
    'airport.ratio',
    'speed vs per-player sums (naive / ours)',
    naiveAir.median / airport.median,
    'O(n²) per-player sums',
  );

  report.section('permutation sampling: synergy game, n = 100, 10^4 permutations');
  const game = generateSynergyGame(100, 100);
  const permutations = 10_000;
  const sampled = measure(
    () =>
      unwrap(
        sampleShapley(synergyPermutationGame(game.net, game.synergies), {
          rng: createRng(11),
          permutations,
        }),
      ),
    { warmup: 1, reps },
  );
  const fewer = 1000;
  const scratch = measure(
    () =>
      unwrap(
        sampleShapley(fromScratchGame(game.net, game.synergies), {
          rng: createRng(11),
          permutations: fewer,
        }),
      ),
    { warmup: 0, reps: quick ? 1 : 3 },
  );
  const truth = synergyShapley(game.net, game.synergies);
  const estimate = sampled.value;
  const worstZ = estimate.estimates.reduce(
    (m, x, i) => Math.max(m, Math.abs(x - truth[i]) / estimate.standardErrors[i]),
    0,
  );
  report.check(
    'every estimate within 5 standard errors of the exact value',
    worstZ < 5,
    `worst |z| ${worstZ}`,
  );
  report.metric('sampling.ms', 'sampleShapley, 10^4 permutations', sampled.median, 'ms', sampled);
  report.metric(
    'sampling.error',
    'largest |estimate − exact|',
    maxDiff(estimate.estimates, truth),
    '',
  );
  report.metric('sampling.z', 'largest |estimate − exact| in standard errors', worstZ, '');
  report.metric(
    'sampling.naive',
    `v(T) from scratch per arrival, ${fewer} permutations`,
    scratch.median,
    'ms',
    scratch,
  );
  report.ratio(
    'sampling.ratio',
    'speed per permutation vs v(T) from scratch (naive / ours)',
    scratch.median / fewer / (sampled.median / permutations),
    'same sampler over memberValueGame',
  );

  report.section('targets');
  report.target('shapley.n20', 'exact synergy game n = 20 (table + φ)', exact[20], '<', 50, 'ms');
  report.target('shapley.n22', 'exact synergy game n = 22 (table + φ)', exact[22], '<', 250, 'ms');
  report.target(
    'shapley.voting',
    'weighted voting, 51 players, exact',
    voting.median,
    '<',
    100,
    'ms',
  );
  report.target('shapley.airport', 'airport game, 13,572 players', airport.median, '<', 1000, 'ms');
  report.target(
    'shapley.sampling',
    'sampling n = 100, 10^4 permutations',
    sampled.median,
    '<',
    100,
    'ms',
  );
}

if (isMain(import.meta.url)) await runAsScript('shapley', run);
