/**
 * The graph answers shared by the CLI's --json and the server: each builds the graph from
 * a Portfolio and returns the document, or issues (a malformed need or vocabulary).
 */
import type { Portfolio } from '../model/types.js';
import { fail, ok, type Result } from '../util/issues.js';
import { buildPartnerGraph, capabilityKey } from './build-graph.js';
import {
  type CoverageMatrix,
  coverageMatrix,
  type GapsReport,
  gapsReport,
  type ProposalCoverage,
  proposalCoverage,
} from './coverage.js';
import { type CriticalReport, criticalReport } from './criticality.js';
import { type FocusView, focusGraph } from './focus.js';
import { type MatchReport, matchNeed } from './match.js';
import { parseNeedText } from './need-text.js';
import { buildRelationGraph, type GraphRelations } from './relations.js';
import { evaluateRules, type RulesReport } from './rules.js';

/** Exactly the document DESIGN.md "Graph needs" fixes: `{ needs, singlePoints }`. */
export function graphGapsReport(portfolio: Portfolio): Result<GapsReport> {
  const g = buildPartnerGraph(portfolio);
  if (g.issues.length > 0) return fail(g.issues);
  return ok(gapsReport(g));
}

/** Domain × capability: incumbents, candidates and needs per cell (the web's matrix). */
export function graphCoverageReport(portfolio: Portfolio): Result<CoverageMatrix> {
  const g = buildPartnerGraph(portfolio);
  if (g.issues.length > 0) return fail(g.issues);
  return ok(coverageMatrix(g));
}

export function graphCriticalReport(portfolio: Portfolio): Result<CriticalReport> {
  const g = buildPartnerGraph(portfolio);
  if (g.issues.length > 0) return fail(g.issues);
  return ok(criticalReport(g));
}

/**
 * `need` as the CLI writes it: `CAPABILITY[@DOMAIN]`. With stored `relations` (the server),
 * shared agreements count as proximity and show as facts.
 */
export function matchReport(
  portfolio: Portfolio,
  need: string,
  top = 10,
  relations?: GraphRelations,
): Result<MatchReport> {
  const parsed = parseNeedText(need);
  if (!parsed.ok) return parsed;
  const g = relations ? buildRelationGraph(portfolio, relations) : buildPartnerGraph(portfolio);
  if (g.issues.length > 0) return fail(g.issues);
  const report = matchNeed(portfolio, g, parsed.value, { top });
  return ok(report, report.warnings);
}

/**
 * The rules' check: on `selection` (a proposed consortium or portfolio), or on the running
 * portfolio (the incumbents) when none is given. A gate that fires blocks it, and says why.
 */
export function graphRulesReport(
  portfolio: Portfolio,
  selection?: readonly string[],
): Result<RulesReport> {
  const g = buildPartnerGraph(portfolio);
  if (g.issues.length > 0) return fail(g.issues);
  return ok(evaluateRules(g, portfolio.rules ?? [], selection));
}

/** One node (`o:id`, `c:capability`, `d:domain`, `a:agreement`, ...) and its neighbourhood; null when there is no such node. */
export function graphFocusReport(
  portfolio: Portfolio,
  relations: GraphRelations,
  node: string,
  limit?: number,
): Result<FocusView | null> {
  const g = buildRelationGraph(portfolio, relations);
  if (g.issues.length > 0) return fail(g.issues);
  // A capability may be asked for by any of its words: `c:capital` is `c:funding`.
  const key = node.startsWith('c:') ? capabilityKey(g.vocabulary.canonical(node.slice(2))) : node;
  return ok(focusGraph(g, key, limit) ?? null);
}

/** What `selection` (the optimiser's proposal) would change in the coverage of the needs. */
export function graphProposalReport(
  portfolio: Portfolio,
  selection: readonly string[],
): Result<ProposalCoverage> {
  const g = buildPartnerGraph(portfolio);
  if (g.issues.length > 0) return fail(g.issues);
  return ok(proposalCoverage(g, selection));
}
