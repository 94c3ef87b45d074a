/**
 * Coverage of the needs by the incumbents (DESIGN.md "Graph needs"): for each need, the
 * incumbents that offer its capability (through the vocabulary) and, when it names a
 * domain, work there; a gap when fewer than `min`; a single point when exactly one.
 */
import { isExcludedStatus, isIncumbentStatus } from '../workspace/lifecycle.js';
import {
  type CanonicalNeed,
  capabilityKey,
  domainKey,
  type PartnerGraph,
  providersOf,
} from './build-graph.js';
import { incumbentsByCapability } from './incumbent-index.js';

export interface NeedCoverage {
  readonly capability: string;
  readonly domain: string | null;
  readonly min: number;
  readonly have: number;
  readonly providers: readonly string[];
  readonly gap: boolean;
}

export interface SinglePoint {
  readonly capability: string;
  readonly domain: string | null;
  readonly provider: string;
}

/** The JSON of `partnerfolio graph gaps --json`. */
export interface GapsReport {
  readonly needs: readonly NeedCoverage[];
  readonly singlePoints: readonly SinglePoint[];
}

/** Incumbent providers of one need, sorted by id. */
export function incumbentProviders(g: PartnerGraph, need: CanonicalNeed): string[] {
  const out: string[] = [];
  for (const e of incumbentsByCapability(g).get(need.capability) ?? []) {
    if (need.domain === null || e.domains.has(need.domain)) out.push(e.id);
  }
  return out.sort();
}

export function coverNeed(g: PartnerGraph, need: CanonicalNeed): NeedCoverage {
  const providers = incumbentProviders(g, need);
  return {
    capability: need.written.capability,
    domain: need.written.domain,
    min: need.min,
    have: providers.length,
    providers,
    gap: providers.length < need.min,
  };
}

export function gapsReport(g: PartnerGraph): GapsReport {
  const needs = g.needs.map((n) => coverNeed(g, n));
  const singlePoints: SinglePoint[] = [];
  for (const n of needs) {
    const [only] = n.providers;
    if (n.have === 1 && only !== undefined) {
      singlePoints.push({ capability: n.capability, domain: n.domain, provider: only });
    }
  }
  return { needs, singlePoints };
}

export interface MatrixCell {
  readonly domain: string;
  readonly capability: string;
  /** Incumbents offering the capability in the domain, by id. */
  readonly incumbents: readonly string[];
  /** Other organisations (not incumbents, not on their way out) that could. */
  readonly candidates: number;
  /** The largest `min` of a need on this cell (a need without a domain counts everywhere). */
  readonly need: number | null;
}

export interface CoverageMatrix {
  readonly domains: readonly string[];
  readonly capabilities: readonly string[];
  /** Row-major: `cells[i * capabilities.length + j]` is domain i × capability j. */
  readonly cells: readonly MatrixCell[];
}

/** Domain × capability: who covers each cell today, who could, and what is needed there. */
export function coverageMatrix(g: PartnerGraph): CoverageMatrix {
  const domains = new Set<string>();
  const capabilities = new Set<string>();
  g.graph.forEachNode((_, node) => {
    if (node.type === 'domain') domains.add(node.id);
    if (node.type === 'capability') capabilities.add(node.id);
  });
  for (const n of g.needs) {
    capabilities.add(n.capability);
    if (n.domain !== null) domains.add(n.domain);
  }
  const ds = [...domains].sort();
  const cs = [...capabilities].sort();
  const cells: MatrixCell[] = [];
  for (const domain of ds) {
    for (const capability of cs) {
      const incumbents: string[] = [];
      let candidates = 0;
      if (g.graph.hasNode(capabilityKey(capability)) && g.graph.hasNode(domainKey(domain))) {
        for (const o of providersOf(g, capability, domain)) {
          if (isIncumbentStatus(o.status)) incumbents.push(o.id);
          else if (o.status === 'candidate' || o.status === 'negotiating') candidates += 1;
        }
      }
      let need: number | null = null;
      for (const n of g.needs) {
        if (n.capability !== capability || (n.domain !== null && n.domain !== domain)) continue;
        need = Math.max(need ?? 0, n.min);
      }
      cells.push({ domain, capability, incumbents: incumbents.sort(), candidates, need });
    }
  }
  return { domains: ds, capabilities: cs, cells };
}

/** One need, covered by the incumbents now and by a proposed portfolio. */
export interface NeedChange {
  readonly capability: string;
  readonly domain: string | null;
  readonly min: number;
  /** Providers among the incumbents now, and among the proposed portfolio. */
  readonly now: readonly string[];
  readonly proposed: readonly string[];
  readonly gapNow: boolean;
  readonly gapProposed: boolean;
  /** Providers the proposal adds, and incumbent providers it lets go. */
  readonly gained: readonly string[];
  readonly lost: readonly string[];
}

export interface ProposalCoverage {
  readonly selection: readonly string[];
  readonly needs: readonly NeedChange[];
  /** Gaps today that the proposal closes, and needs covered today that it leaves open. */
  readonly closes: number;
  readonly opens: number;
}

/**
 * What a proposed portfolio (the optimiser's selection) would change in the coverage of the
 * needs, against the incumbents today: per need, who covers it now and who would, with the
 * gaps the move closes and the ones it opens. A partner on its way out or gone (exiting,
 * exited, rejected) covers nothing in a proposal, whatever the selection says.
 */
export function proposalCoverage(g: PartnerGraph, selection: readonly string[]): ProposalCoverage {
  const chosen = new Set(selection);
  const needs = g.needs.map((need): NeedChange => {
    const now = incumbentProviders(g, need);
    const proposed = providersOf(g, need.capability, need.domain)
      .filter((o) => chosen.has(o.id) && !isExcludedStatus(o.status))
      .map((o) => o.id)
      .sort();
    const before = new Set(now);
    const after = new Set(proposed);
    return {
      capability: need.written.capability,
      domain: need.written.domain,
      min: need.min,
      now,
      proposed,
      gapNow: now.length < need.min,
      gapProposed: proposed.length < need.min,
      gained: proposed.filter((id) => !before.has(id)),
      lost: now.filter((id) => !after.has(id)),
    };
  });
  return {
    selection: [...selection].sort(),
    needs,
    closes: needs.filter((n) => n.gapNow && !n.gapProposed).length,
    opens: needs.filter((n) => !n.gapNow && n.gapProposed).length,
  };
}
