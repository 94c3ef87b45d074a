/**
 * Ranking benchmark: `rankMatrix` on 10,000 partners × 10 criteria (vector normalisation),
 * weighted sum and TOPSIS, against the straightforward implementation written here over
 * arrays of objects (one object per partner, scores by criterion id), as most code would.
 */
import { rankMatrix, sameScore } from '@partnerfolio/core';
import { generateScoreMatrix } from './generate.mjs';
import { isMain, measure, runAsScript } from './harness.mjs';

const M = 10_000;
const N = 10;
const KINDS = [
  'benefit',
  'benefit',
  'cost',
  'benefit',
  'benefit',
  'cost',
  'benefit',
  'benefit',
  'cost',
  'benefit',
];
const WEIGHTS = [0.16, 0.14, 0.12, 0.11, 0.1, 0.09, 0.08, 0.08, 0.07, 0.05];

/** The input as an application would hold it: objects with scores keyed by criterion id. */
function asObjects(values) {
  const criteria = KINDS.map((kind, k) => ({ id: `c${k}`, kind, weight: WEIGHTS[k] }));
  const width = String(M - 1).length;
  const partners = Array.from({ length: M }, (_, i) => ({
    id: `p${String(i).padStart(width, '0')}`,
    scores: Object.fromEntries(criteria.map((c, k) => [c.id, values[i * N + k]])),
  }));
  return { criteria, partners };
}

function vectorNorms(criteria, partners) {
  return Object.fromEntries(
    criteria.map((c) => [c.id, Math.sqrt(partners.reduce((s, p) => s + p.scores[c.id] ** 2, 0))]),
  );
}

/** Best first, ties (within the engine's tolerance) by id, competition ranks. */
function ranked(scored) {
  const sorted = [...scored].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  let rank = 1;
  return sorted.map((p, i) => {
    if (i > 0 && !sameScore(sorted[rank - 1].score, p.score)) rank = i + 1;
    return { ...p, rank };
  });
}

function naiveWeightedSum({ criteria, partners }) {
  const norms = vectorNorms(criteria, partners);
  const normalized = partners.map((p) => ({
    id: p.id,
    values: Object.fromEntries(
      criteria.map((c) => {
        const x = p.scores[c.id] / norms[c.id];
        return [c.id, c.kind === 'benefit' ? x : 1 - x];
      }),
    ),
  }));
  const scored = normalized.map((p) => ({
    id: p.id,
    score: criteria.reduce((s, c) => s + c.weight * p.values[c.id], 0),
  }));
  return ranked(scored);
}

function naiveTopsis({ criteria, partners }) {
  const norms = vectorNorms(criteria, partners);
  const weighted = partners.map((p) => ({
    id: p.id,
    values: Object.fromEntries(
      criteria.map((c) => [c.id, (c.weight * p.scores[c.id]) / norms[c.id]]),
    ),
  }));
  const column = (c) => weighted.map((p) => p.values[c.id]);
  const best = Object.fromEntries(
    criteria.map((c) => [
      c.id,
      c.kind === 'benefit' ? Math.max(...column(c)) : Math.min(...column(c)),
    ]),
  );
  const worst = Object.fromEntries(
    criteria.map((c) => [
      c.id,
      c.kind === 'benefit' ? Math.min(...column(c)) : Math.max(...column(c)),
    ]),
  );
  const scored = weighted.map((p) => {
    const plus = Math.sqrt(criteria.reduce((s, c) => s + (p.values[c.id] - best[c.id]) ** 2, 0));
    const minus = Math.sqrt(criteria.reduce((s, c) => s + (p.values[c.id] - worst[c.id]) ** 2, 0));
    return { id: p.id, score: plus + minus === 0 ? 0.5 : minus / (plus + minus) };
  });
  return ranked(scored);
}

/** Same order, and the same scores up to rounding (the engine folds the arithmetic). */
function agrees(fast, naive) {
  const width = String(M - 1).length;
  return naive.every((p, pos) => {
    const i = fast.order[pos];
    return (
      p.id === `p${String(i).padStart(width, '0')}` &&
      Math.abs(fast.scores[i] - p.score) <= 1e-12 &&
      fast.ranks[i] === p.rank
    );
  });
}

export async function run(report, { quick }) {
  const values = generateScoreMatrix(M, N, 1);
  const objects = asObjects(values);
  const reps = quick ? 5 : 11;
  const results = {};
  for (const method of ['weighted-sum', 'topsis']) {
    report.section(`${method}, ${M.toLocaleString('en')} × ${N}, vector normalisation`);
    const fast = measure(() => rankMatrix(values, M, N, KINDS, WEIGHTS, 'vector', method), {
      warmup: 5,
      reps,
      inner: 5,
    });
    const naiveRank = method === 'topsis' ? naiveTopsis : naiveWeightedSum;
    const naive = measure(() => naiveRank(objects), { warmup: 2, reps: quick ? 3 : 5 });
    report.check(
      `${method}: rankMatrix agrees with the naive ranking`,
      agrees(fast.value, naive.value),
    );
    report.metric(`${method}.ms`, `rankMatrix ${method}`, fast.median, 'ms', fast);
    report.metric(
      `${method}.naive`,
      `${method} over arrays of objects (baseline)`,
      naive.median,
      'ms',
      naive,
    );
    report.ratio(
      `${method}.ratio`,
      `${method}: speed vs the naive one (naive / ours)`,
      naive.median / fast.median,
      'arrays of objects, same run',
    );
    results[method] = fast.median;
  }
  report.section('targets');
  report.target(
    'rank.weighted-sum',
    `weighted sum, ${M.toLocaleString('en')} × ${N}`,
    results['weighted-sum'],
    '<',
    20,
    'ms',
  );
  report.target(
    'rank.topsis',
    `TOPSIS, ${M.toLocaleString('en')} × ${N}`,
    results.topsis,
    '<',
    20,
    'ms',
  );
}

if (isMain(import.meta.url)) await runAsScript('rank', run);
