/**
 * Test factories: a workspace with N generated partners in one call, through the
 * store's own bulk paths (a spec replace, then a bulk assessment import), so a
 * 10,000-partner workspace takes about a second. Deterministic for a given seed.
 */
import { PARTNER_KINDS, type Spec, type SpecInput, validateSpecDocument } from '@partnerfolio/core';
import type { Db } from '../../db/connect.js';
import { importAssessments, type ScoreEntry } from '../assessments.js';
import { replaceWorkspaceFromSpec } from '../spec-replace.js';
import { createWorkspace, type Workspace } from '../workspaces.js';

export interface TestWorkspaceOptions {
  readonly slug?: string;
  readonly partners?: number;
  /** Criteria `c1..cK` (default 3), direct weights. */
  readonly criteria?: number;
  /** Assessors per partner and criterion; the first is the spec's own (default 1). */
  readonly assessors?: number;
  readonly seed?: number;
  readonly actor?: string | null;
  /** The spec's value unit (default `USD k`). */
  readonly unit?: string;
}

export interface TestWorkspace {
  readonly workspace: Workspace;
  readonly spec: Spec;
  /** Partner ids in spec order: `p00001`, `p00002`, ... */
  readonly partnerKeys: readonly string[];
}

let counter = 0;

/** A seeded generator (mulberry32): factories never depend on Math.random. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid spec of `n` generated partners (every distribution form appears). */
export function generateSpec(n: number, criteria = 3, seed = 1): Spec {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const ids = Array.from({ length: criteria }, (_, i) => `c${i + 1}`);
  const domains = ['medical', 'education', 'finance', 'retail', 'energy'];
  const offers = ['data', 'compute', 'talent', 'technology', 'market'];
  const partners: SpecInput['partners'] = Array.from({ length: n }, (_, i) => {
    const base = int(10, 100);
    const cost =
      i % 3 === 0
        ? base
        : i % 3 === 1
          ? { triangular: [base - 5, base, base + 10] }
          : { uniform: [base, base + 20] };
    return {
      id: `p${String(i + 1).padStart(5, '0')}`,
      name: `Partner ${i + 1}`,
      kind: PARTNER_KINDS[i % PARTNER_KINDS.length] ?? 'other',
      domains: [domains[i % domains.length] ?? 'medical'],
      offers: [offers[i % offers.length] ?? 'data', offers[(i + 2) % offers.length] ?? 'data'],
      scores: Object.fromEntries(ids.map((c) => [c, int(1, 10)])),
      cost: cost as SpecInput['partners'][number]['cost'],
      return: { pert: [base, base + int(0, 40), base + 60] },
      uses: { budget: int(1, 50) },
    };
  });
  const document: SpecInput = {
    version: 1,
    organization: 'Test AI',
    unit: 'USD k',
    criteria: ids.map((id, i) => ({
      id,
      name: `Criterion ${i + 1}`,
      kind: i === criteria - 1 ? 'cost' : 'benefit',
      weight: 1,
    })),
    resources: { budget: n * 10 },
    partners,
  };
  const result = validateSpecDocument(document);
  if (!result.ok)
    throw new Error(`generated spec is invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.value.spec;
}

export async function createTestWorkspace(
  db: Db,
  options: TestWorkspaceOptions = {},
): Promise<TestWorkspace> {
  counter += 1;
  const actor = options.actor ?? 'factory';
  const workspace = await createWorkspace(db, {
    slug: options.slug ?? `ws-${process.pid}-${counter}`,
    name: `Workspace ${counter}`,
    actor,
  });
  const generated = generateSpec(
    options.partners ?? 0,
    options.criteria ?? 3,
    options.seed ?? counter,
  );
  const spec = options.unit === undefined ? generated : { ...generated, unit: options.unit };
  await replaceWorkspaceFromSpec(db, workspace.id, spec, actor);
  const extra = (options.assessors ?? 1) - 1;
  if (extra > 0) {
    const random = seededRandom((options.seed ?? counter) + 1000);
    const entries: ScoreEntry[] = [];
    for (const partner of spec.partners) {
      for (const criterion of Object.keys(partner.scores)) {
        for (let a = 1; a <= extra; a++) {
          entries.push({
            partner: partner.id,
            criterion,
            assessor: `assessor-${a}`,
            score: 1 + Math.floor(random() * 10),
          });
        }
      }
    }
    await importAssessments(db, workspace.id, entries, actor);
  }
  return { workspace, spec, partnerKeys: spec.partners.map((p) => p.id) };
}
