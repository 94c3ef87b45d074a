/**
 * Partner-graph benchmark: 10,000 partners and 100,000 edges (3 domains and 4 offers each
 * on average, plus 3 synergy pairs per partner), 240 needs (12 capabilities × 20 domains).
 * Times the graph build + coverage + criticality, and matching the top 10 for one need,
 * each against a baseline written here over arrays of objects without a graph, as most
 * code would: coverage by filtering every partner for every need, criticality by
 * recounting each need without each incumbent, proximity by intersecting a candidate's
 * neighbours with every incumbent's. The answers must agree.
 */
import {
  buildPartnerGraph,
  buildVocabulary,
  criticalReport,
  gapsReport,
  matchNeed,
  partnerScores,
} from '@partnerfolio/core';
import { UndirectedGraph } from 'graphology';
import { createGeneratorRng, generatePortfolio } from './generate.mjs';
import { isMain, measure, runAsScript } from './harness.mjs';

const N = 10_000;
const DOMAINS = Array.from({ length: 20 }, (_, i) => `domain-${i}`);
// Synonyms on purpose: the vocabulary folds `capital` into funding, `gpu` into compute.
const WORDS = [
  'technology',
  'talent',
  'data',
  'compute',
  'gpu',
  'funding',
  'capital',
  'customers',
  'channels',
  'policy',
  'ip',
  'simulation',
  'robotics',
  'satellite',
];
const STATUSES = [
  ['active', 0.2],
  ['under-review', 0.05],
  ['negotiating', 0.1],
  ['exiting', 0.02],
  ['exited', 0.03],
  ['rejected', 0.05],
];

function pickStatus(rng) {
  let u = rng.next();
  for (const [s, p] of STATUSES) {
    if (u < p) return s;
    u -= p;
  }
  return 'candidate';
}

function sample(rng, list, k) {
  const out = new Set();
  while (out.size < k) out.add(list[rng.int(0, list.length - 1)]);
  return [...out];
}

export function graphPortfolio(seed = 1) {
  const base = generatePortfolio(N, seed, { pairsPerPartner: 3 });
  const rng = createGeneratorRng(seed + 100);
  const partners = base.partners.map((p) => ({
    ...p,
    status: pickStatus(rng),
    domains: sample(rng, DOMAINS, rng.int(2, 4)),
    offers: sample(rng, WORDS, rng.int(3, 5)),
  }));
  const canonical = [
    'technology',
    'talent',
    'data',
    'compute',
    'funding',
    'customers',
    'channels',
    'policy',
    'ip',
    'simulation',
    'robotics',
    'satellite',
  ];
  const needs = DOMAINS.flatMap((domain) =>
    canonical.map((capability) => ({ capability, domain, min: rng.int(1, 40) })),
  );
  return { ...base, partners, needs };
}

const edgeCount = (p) =>
  p.partners.reduce((s, x) => s + x.domains.length + x.offers.length, 0) + p.synergies.length;

// ---- baseline: arrays of objects, no graph ----------------------------------------------

const INCUMBENT = new Set(['active', 'under-review']);
const EXCLUDED = new Set(['exiting', 'exited', 'rejected']);

function naiveGaps(portfolio, canonical) {
  const incumbents = portfolio.partners.filter((p) => INCUMBENT.has(p.status));
  const needs = portfolio.needs.map((n) => {
    const cap = canonical(n.capability);
    const providers = incumbents
      .filter((p) => p.offers.some((o) => canonical(o) === cap))
      .filter((p) => n.domain === undefined || p.domains.includes(n.domain))
      .map((p) => p.id)
      .sort();
    return {
      capability: n.capability,
      domain: n.domain ?? null,
      min: n.min,
      have: providers.length,
      providers,
      gap: providers.length < n.min,
    };
  });
  return { needs, incumbents };
}

function naiveCritical({ needs, incumbents }) {
  return incumbents
    .map((p) => {
      let opened = 0;
      let served = 0;
      for (const n of needs) {
        const without = n.providers.filter((id) => id !== p.id);
        if (without.length === n.providers.length) continue;
        served += 1;
        if (!n.gap && without.length < n.min) opened += 1;
      }
      return { id: p.id, opened, served };
    })
    .sort((a, b) => b.opened - a.opened || b.served - a.served || (a.id < b.id ? -1 : 1));
}

function naiveMatch(portfolio, canonical, capability, domain, top) {
  const byId = new Map(portfolio.partners.map((p) => [p.id, p]));
  const positive = new Map();
  const direct = new Map();
  for (const s of portfolio.synergies) {
    const v = s.value.value;
    if (v <= 0) continue;
    const [a, b] = s.between;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      if (!positive.has(x)) positive.set(x, new Set());
      positive.get(x).add(y);
    }
    direct.set(`${a}|${b}`, v);
    direct.set(`${b}|${a}`, v);
  }
  const inDomain = new Map();
  for (const p of portfolio.partners)
    for (const d of p.domains) inDomain.set(d, (inDomain.get(d) ?? 0) + 1);
  const neighbours = (p) => [
    ...p.domains.map((d) => `d:${d}`),
    ...[...(positive.get(p.id) ?? [])].map((o) => `o:${o}`),
  ];
  const degree = (z) =>
    z.startsWith('d:')
      ? inDomain.get(z.slice(2))
      : (() => {
          const o = byId.get(z.slice(2));
          return (positive.get(o.id)?.size ?? 0) + o.domains.length;
        })();
  const cap = canonical(capability);
  const incumbents = portfolio.partners.filter((p) => INCUMBENT.has(p.status));
  const incumbentNeighbours = incumbents.map((i) => ({ id: i.id, set: new Set(neighbours(i)) }));
  const providers = incumbents.filter(
    (p) => p.offers.some((o) => canonical(o) === cap) && p.domains.includes(domain),
  );
  const need = portfolio.needs.find((n) => n.capability === cap && n.domain === domain);
  const min = need?.min ?? 1;
  const short = providers.length < min;
  const scores = partnerScores(portfolio).value;
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of scores) {
    lo = Math.min(lo, s);
    hi = Math.max(hi, s);
  }
  const index = new Map(portfolio.partners.map((p, i) => [p.id, i]));
  const raw = [];
  for (const c of portfolio.partners) {
    if (INCUMBENT.has(c.status) || EXCLUDED.has(c.status)) continue;
    if (!c.offers.some((o) => canonical(o) === cap)) continue;
    const fit = c.domains.includes(domain) ? 1 : 0.5;
    let prox = 0;
    const mine = neighbours(c);
    for (const inc of incumbentNeighbours) {
      if (direct.has(`${c.id}|${inc.id}`)) prox += 1;
      for (const z of mine) if (inc.set.has(z)) prox += 1 / Math.log(degree(z));
    }
    const crit = hi > lo ? (scores[index.get(c.id)] - lo) / (hi - lo) : 1;
    raw.push({ id: c.id, fit, prox, crit });
  }
  const maxProx = raw.reduce((m, r) => Math.max(m, r.prox), 0);
  return raw
    .map((r) => ({
      id: r.id,
      score:
        0.4 * r.crit +
        0.4 * r.fit * (short ? 1 : 1 / (providers.length + 1)) +
        0.2 * (maxProx > 0 ? r.prox / maxProx : 0),
    }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, top);
}

/** Node and edge keys of the same graph, computed before timing. */
function barePlan(portfolio) {
  const nodes = new Set();
  const edges = [];
  for (const p of portfolio.partners) {
    nodes.add(`o:${p.id}`);
    for (const w of new Set(p.offers)) edges.push([`o:${p.id}`, `c:${w}`]);
    for (const d of new Set(p.domains)) edges.push([`o:${p.id}`, `d:${d}`]);
  }
  for (const [, b] of edges) nodes.add(b);
  for (const s of portfolio.synergies) edges.push([`o:${s.between[0]}`, `o:${s.between[1]}`]);
  return { nodes: [...nodes], edges };
}

function bareBuild({ nodes, edges }) {
  const g = new UndirectedGraph();
  for (const n of nodes) g.addNode(n, {});
  for (const [a, b] of edges) if (!g.hasEdge(a, b)) g.addEdge(a, b, {});
  return g;
}

// ---- run ---------------------------------------------------------------------------------

export async function run(report, { quick }) {
  const portfolio = graphPortfolio(1);
  const edges = edgeCount(portfolio);
  const { vocabulary } = buildVocabulary();
  const canonical = (w) => vocabulary.canonical(w);
  report.section(
    `${N.toLocaleString('en')} partners, ${edges.toLocaleString('en')} edges, ${portfolio.needs.length} needs`,
  );

  const pipeline = () => {
    const g = buildPartnerGraph(portfolio);
    const gaps = gapsReport(g);
    const critical = criticalReport(g, gaps);
    return { g, gaps, critical };
  };
  const fast = measure(pipeline, { warmup: 2, reps: quick ? 3 : 7 });
  const naive = measure(
    () => {
      const gaps = naiveGaps(portfolio, canonical);
      return { gaps, critical: naiveCritical(gaps) };
    },
    { warmup: 1, reps: quick ? 2 : 3 },
  );
  const sameGaps = JSON.stringify(fast.value.gaps.needs) === JSON.stringify(naive.value.gaps.needs);
  const sameCritical =
    fast.value.critical.critical.length === naive.value.critical.length &&
    fast.value.critical.critical.every(
      (c, i) =>
        c.id === naive.value.critical[i].id &&
        c.gapsOpened.length === naive.value.critical[i].opened &&
        c.needsServed.length === naive.value.critical[i].served,
    );
  report.check('coverage agrees with the baseline', sameGaps);
  report.check('criticality agrees with the baseline', sameCritical);
  report.metric(
    'pipeline.ms',
    'build + coverage + criticality (graphology)',
    fast.median,
    'ms',
    fast,
  );
  report.metric(
    'pipeline.naive',
    'coverage + criticality over arrays (baseline)',
    naive.median,
    'ms',
    naive,
  );
  report.ratio(
    'pipeline.ratio',
    'speed vs the baseline (baseline / ours)',
    naive.median / fast.median,
    'same run',
  );

  const build = measure(() => buildPartnerGraph(portfolio), { warmup: 1, reps: quick ? 3 : 7 });
  report.metric('build.ms', 'graph build alone', build.median, 'ms', build);

  // The floor: graphology alone adding the same partners' edges (keys made up front, words
  // not folded through the vocabulary, so a few more capability edges than ours).
  const plan = barePlan(portfolio);
  const bare = measure(() => bareBuild(plan), { warmup: 1, reps: quick ? 3 : 7 });
  report.metric(
    'build.bare',
    'graphology alone, same nodes and edges (floor)',
    bare.median,
    'ms',
    bare,
  );
  report.ratio(
    'build.overhead',
    'our build / bare graphology build',
    build.median / bare.median,
    'same run',
  );

  const g = fast.value.g;
  const need = { capability: 'funding', domain: 'domain-3' };
  const match = measure(() => matchNeed(portfolio, g, need, { top: 10 }), {
    warmup: 2,
    reps: quick ? 5 : 11,
  });
  const naiveTop = measure(() => naiveMatch(portfolio, canonical, 'funding', 'domain-3', 10), {
    warmup: 1,
    reps: quick ? 2 : 3,
  });
  const agree = match.value.candidates.every(
    (c, i) => c.id === naiveTop.value[i]?.id && Math.abs(c.score - naiveTop.value[i].score) <= 1e-9,
  );
  report.check(
    'match top 10 agrees with the baseline',
    agree && match.value.candidates.length === 10,
  );
  report.metric('match.ms', 'match top 10 for funding@domain-3', match.median, 'ms', match);
  report.metric(
    'match.naive',
    'match by pairwise neighbour intersection (baseline)',
    naiveTop.median,
    'ms',
    naiveTop,
  );
  report.ratio(
    'match.ratio',
    'speed vs the baseline (baseline / ours)',
    naiveTop.median / match.median,
    'same run',
  );

  report.section('targets');
  report.target(
    'graph.pipeline',
    `build + coverage + criticality, ${N.toLocaleString('en')} partners / ${edges.toLocaleString('en')} edges`,
    fast.median,
    '<',
    500,
    'ms',
  );
  report.target('graph.match', 'match top 10 for one need', match.median, '<', 100, 'ms');
}

if (isMain(import.meta.url)) await runAsScript('graph', run);
