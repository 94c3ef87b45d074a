/**
 * Who could fill a need: candidates ranked by an explainable score,
 * `score = wCriteria · criteria + wFill · gapFill + wProximity · proximity`, each part in
 * [0, 1]: `criteria` the weighted-sum score (core's selection standard) min-max scaled over
 * all partners; `gapFill` how much the partner closes the need (1 when it offers the
 * capability in the domain and the need is short, 1/(have+1) when already met, halved when
 * it offers the capability only in other domains); `proximity` Adamic–Adar to the
 * incumbents (proximity.ts) scaled by the best candidate's. Every result lists the facts
 * behind each part. Organisations exiting, exited or rejected are never proposed, nor are
 * those in `constraints.exclude` or incumbents (they already count).
 */
import { partnerScores } from '../mcdm/partner-scores.js';
import { renderEnglish } from '../messages/english.js';
import type { Portfolio } from '../model/types.js';
import type { Issue } from '../util/issues.js';
import type { Message } from '../util/message.js';
import { isExcludedStatus, isIncumbentStatus } from '../workspace/lifecycle.js';
import {
  type CanonicalNeed,
  canonicalNeed,
  capabilityKey,
  domainKey,
  orgKey,
  type PartnerGraph,
} from './build-graph.js';
import { incumbentProviders } from './coverage.js';
import type { MatchFact } from './match-facts.js';
import { excludedConstraintMessage, excludedStatusMessage } from './match-messages.js';
import { proximity, proximityIndex, proximityScore } from './proximity.js';

export interface MatchWeights {
  readonly criteria: number;
  readonly gapFill: number;
  readonly proximity: number;
}

export const DEFAULT_MATCH_WEIGHTS: MatchWeights = { criteria: 0.4, gapFill: 0.4, proximity: 0.2 };

export interface MatchCandidate {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly status: string;
  readonly score: number;
  readonly parts: MatchWeights;
  readonly facts: readonly MatchFact[];
}

export interface MatchReport {
  readonly need: {
    readonly capability: string;
    readonly domain: string | null;
    /** The vocabulary's term for the capability. */
    readonly term: string;
    readonly min: number;
    readonly have: number;
    readonly providers: readonly string[];
    readonly gap: boolean;
  };
  readonly weights: MatchWeights;
  readonly candidates: readonly MatchCandidate[];
  /** Organisations that offer the capability but are never proposed, and why. */
  readonly excluded: readonly MatchExcluded[];
  readonly warnings: readonly Issue[];
}

/** An organisation never proposed: `reason` is `because` in English. */
export interface MatchExcluded {
  readonly id: string;
  readonly reason: string;
  readonly because: Message;
}

export interface MatchOptions {
  readonly top?: number;
  readonly weights?: MatchWeights;
}

export function matchNeed(
  portfolio: Portfolio,
  g: PartnerGraph,
  query: { readonly capability: string; readonly domain?: string },
  options: MatchOptions = {},
): MatchReport {
  const weights = options.weights ?? DEFAULT_MATCH_WEIGHTS;
  const asked = canonicalNeed(query, g.vocabulary);
  const declared = g.needs.find(
    (n) => n.capability === asked.capability && n.domain === asked.domain,
  );
  const need: CanonicalNeed = { ...asked, min: declared?.min ?? 1 };
  const providers = incumbentProviders(g, need);
  const short = providers.length < need.min;
  const criteria = criteriaScores(portfolio);
  const index = proximityIndex(g);
  const excluded: MatchExcluded[] = [];
  const exclude = (id: string, because: Message) =>
    excluded.push({ id, reason: renderEnglish(because), because });
  const unwanted = new Set(portfolio.constraints.exclude);
  const c = capabilityKey(need.capability);
  const d = need.domain === null ? null : domainKey(need.domain);
  // Pass 1: every candidate's score from numbers only; pass 2 explains the top few.
  const scored: { id: string; key: string; fit: number; raw: number; score: number }[] = [];
  if (g.graph.hasNode(c)) {
    g.graph.forEachNeighbor(c, (key, node) => {
      if (node.type !== 'organisation' || isIncumbentStatus(node.status)) return;
      if (isExcludedStatus(node.status)) {
        exclude(node.id, excludedStatusMessage(node.status));
        return;
      }
      if (unwanted.has(node.id)) {
        exclude(node.id, excludedConstraintMessage());
        return;
      }
      const fit = d === null || g.graph.hasEdge(key, d) ? 1 : 0.5;
      scored.push({ id: node.id, key, fit, raw: proximityScore(g, index, key), score: 0 });
    });
  }
  let maxProximity = 0;
  for (const r of scored) maxProximity = Math.max(maxProximity, r.raw);
  const partsOf = (r: (typeof scored)[number]): MatchWeights => ({
    criteria: criteria.scaled.get(r.id) ?? 0,
    gapFill: r.fit * (short ? 1 : 1 / (providers.length + 1)),
    proximity: maxProximity > 0 ? r.raw / maxProximity : 0,
  });
  for (const r of scored) {
    const p = partsOf(r);
    r.score =
      weights.criteria * p.criteria + weights.gapFill * p.gapFill + weights.proximity * p.proximity;
  }
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const top = options.top ?? 10;
  const candidates = scored.slice(0, Math.max(0, top)).map((r): MatchCandidate => {
    const node = g.graph.getNodeAttributes(r.key);
    const facts: MatchFact[] = [];
    const edge = g.graph.getEdgeAttributes(r.key, c);
    facts.push({
      fact: 'offers',
      capability: need.capability,
      ...(edge.as ? { as: edge.as } : {}),
    });
    if (need.domain !== null) {
      facts.push(
        r.fit === 1
          ? { fact: 'works-in', domain: need.domain }
          : { fact: 'other-domains', domains: domainsOf(g, r.key) },
      );
    }
    const rank = criteria.rank.get(r.id);
    if (rank !== undefined) {
      facts.push({
        fact: 'criteria',
        score: criteria.raw.get(r.id) ?? 0,
        rank,
        of: criteria.rank.size,
      });
    }
    facts.push(
      short
        ? { fact: 'fills-gap', have: providers.length, min: need.min }
        : { fact: 'adds-backup', have: providers.length, min: need.min },
    );
    const prox = proximity(g, index, r.id);
    for (const s of prox.shared) {
      facts.push(
        s.via.type === 'domain'
          ? {
              fact: 'shared-domain',
              domain: s.via.id,
              incumbents: s.incumbents,
              count: s.count,
              weight: s.weight,
            }
          : {
              fact: 'common-partner',
              via: s.via.id,
              incumbents: s.incumbents,
              count: s.count,
              weight: s.weight,
            },
      );
    }
    for (const s of prox.synergies) facts.push({ fact: 'synergy', with: s.with, value: s.value });
    for (const s of prox.coPartners) {
      facts.push({ fact: 'co-partner', with: s.with, agreements: s.agreements });
    }
    for (const conflict of conflicts(g, r.id)) facts.push(conflict);
    return {
      id: r.id,
      name: node.type === 'organisation' ? node.name : r.id,
      kind: node.type === 'organisation' ? node.kind : 'other',
      status: node.type === 'organisation' ? node.status : 'candidate',
      score: r.score,
      parts: partsOf(r),
      facts,
    };
  });
  return {
    need: {
      capability: need.written.capability,
      domain: need.written.domain,
      term: need.capability,
      min: need.min,
      have: providers.length,
      providers,
      gap: short,
    },
    weights,
    candidates,
    excluded: excluded.sort((a, b) => (a.id < b.id ? -1 : 1)),
    warnings: criteria.warnings,
  };
}

function domainsOf(g: PartnerGraph, key: string): string[] {
  const out: string[] = [];
  g.graph.forEachNeighbor(key, (_, node) => {
    if (node.type === 'domain') out.push(node.id);
  });
  return out.sort();
}

/** Negative synergies with incumbents: shown, not scored (the optimiser weighs them). */
function conflicts(g: PartnerGraph, id: string): MatchFact[] {
  const out: MatchFact[] = [];
  g.graph.forEachEdge(orgKey(id), (_, edge, source, _target, sa, ta) => {
    if (edge.type !== 'synergy' || (edge.value ?? 0) >= 0) return;
    const other = source === orgKey(id) ? ta : sa;
    if (other.type === 'organisation' && isIncumbentStatus(other.status)) {
      out.push({ fact: 'conflict', with: other.id, value: edge.value ?? 0 });
    }
  });
  return out;
}

interface CriteriaScores {
  readonly raw: Map<string, number>;
  readonly scaled: Map<string, number>;
  readonly rank: Map<string, number>;
  readonly warnings: readonly Issue[];
}

const scoreCache = new WeakMap<Portfolio, CriteriaScores>();

/** Weighted-sum scores, min-max scaled to [0, 1] over all partners (all equal → 1); kept per portfolio. */
function criteriaScores(portfolio: Portfolio): CriteriaScores {
  const known = scoreCache.get(portfolio);
  if (known) return known;
  const computed = computeCriteriaScores(portfolio);
  scoreCache.set(portfolio, computed);
  return computed;
}

function computeCriteriaScores(portfolio: Portfolio): CriteriaScores {
  const result = partnerScores(portfolio);
  const raw = new Map<string, number>();
  const scaled = new Map<string, number>();
  const rank = new Map<string, number>();
  if (!result.ok) return { raw, scaled, rank, warnings: result.issues };
  const scores = result.value;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of scores) {
    lo = Math.min(lo, s);
    hi = Math.max(hi, s);
  }
  const order = portfolio.partners.map((p, i) => ({ id: p.id, s: scores[i] ?? 0 }));
  for (const { id, s } of order) {
    raw.set(id, s);
    scaled.set(id, hi > lo ? (s - lo) / (hi - lo) : 1);
  }
  order.sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : 1));
  for (const [i, o] of order.entries()) rank.set(o.id, i + 1);
  return { raw, scaled, rank, warnings: result.warnings };
}
