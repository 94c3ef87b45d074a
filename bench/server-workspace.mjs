/**
 * The server benchmark's data: a seeded workspace of N partners (built through the store's
 * own bulk paths, as the server's test factory does: one spec replace, then one bulk
 * assessment import) and a seeded partner CSV in the export's columns for the import test.
 * Deterministic for a given seed; nothing here reads Math.random.
 */
import { IMPORT_FIELDS, PARTNER_KINDS, validateSpecDocument } from '@partnerfolio/core';
import { importAssessments } from '../packages/server/dist/store/assessments.js';
import { replaceWorkspaceFromSpec } from '../packages/server/dist/store/spec-replace.js';
import { createWorkspace } from '../packages/server/dist/store/workspaces.js';

/** mulberry32: small, fast, and the same generator the server's factories use. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAINS = ['medical', 'education', 'finance', 'retail', 'energy'];
const OFFERS = ['data', 'compute', 'talent', 'technology', 'market'];
const STATUSES = ['candidate', 'negotiating', 'active', 'under-review'];

export const criterionIds = (k) => Array.from({ length: k }, (_, i) => `c${i + 1}`);
export const partnerKey = (i) => `p${String(i + 1).padStart(5, '0')}`;

/** One generated partner's fields (shared by the spec and the CSV so both look alike). */
function partnerFields(i, int, criteria) {
  const base = int(10, 100);
  const cost =
    i % 3 === 0
      ? base
      : i % 3 === 1
        ? { triangular: [base - 5, base, base + 10] }
        : { uniform: [base, base + 20] };
  return {
    id: partnerKey(i),
    name: `Partner ${i + 1}`,
    kind: PARTNER_KINDS[i % PARTNER_KINDS.length],
    domains: [DOMAINS[i % DOMAINS.length]],
    offers: [OFFERS[i % OFFERS.length], OFFERS[(i + 2) % OFFERS.length]],
    scores: Object.fromEntries(criteria.map((c) => [c, int(1, 10)])),
    cost,
    return: { pert: [base, base + int(0, 40), base + 60] },
    uses: { budget: int(1, 50) },
  };
}

/** A valid spec of `n` generated partners and `k` criteria (the last one a cost). */
export function generateSpec({ partners: n, criteria: k, seed }) {
  const random = seededRandom(seed);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const ids = criterionIds(k);
  const document = {
    version: 1,
    organization: 'Bench AI',
    unit: 'USD k',
    criteria: ids.map((id, i) => ({
      id,
      name: `Criterion ${i + 1}`,
      kind: i === k - 1 ? 'cost' : 'benefit',
      weight: 1,
    })),
    resources: { budget: Math.max(n, 100) * 10 },
    partners: Array.from({ length: n }, (_, i) => partnerFields(i, int, ids)),
  };
  const result = validateSpecDocument(document);
  if (!result.ok) {
    throw new Error(`generated spec is invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  }
  return result.value.spec;
}

/**
 * Creates workspace `slug` with `partners` partners scored on `criteria` criteria by
 * `assessors` assessors each (the spec's own score is the first), so the workspace holds
 * partners × criteria × assessors assessments. Returns the phases' milliseconds.
 */
export async function buildWorkspace(db, { slug, partners, criteria, assessors, seed }) {
  const timings = {};
  const time = async (key, fn) => {
    const start = performance.now();
    const value = await fn();
    timings[key] = performance.now() - start;
    return value;
  };
  const spec = await time('generate', () => generateSpec({ partners, criteria, seed }));
  const workspace = await time('createWorkspace', () =>
    createWorkspace(db, { slug, name: `Bench ${slug}`, actor: 'bench' }),
  );
  const replaced = await time('replaceFromSpec', () =>
    replaceWorkspaceFromSpec(db, workspace.id, spec, 'bench'),
  );
  const random = seededRandom(seed + 1000);
  const entries = [];
  for (const partner of spec.partners) {
    for (const criterion of Object.keys(partner.scores)) {
      for (let a = 1; a < assessors; a++) {
        entries.push({
          partner: partner.id,
          criterion,
          assessor: `assessor-${a}`,
          score: 1 + Math.floor(random() * 10),
        });
      }
    }
  }
  const imported =
    entries.length === 0
      ? { written: 0 }
      : await time('importAssessments', () =>
          importAssessments(db, workspace.id, entries, 'bench'),
        );
  return {
    workspace,
    partnerKeys: spec.partners.map((p) => p.id),
    assessments: spec.partners.length * criteria + imported.written,
    replaced,
    timings,
  };
}

const csvCell = (value) => {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * `n` partners as CSV in the columns `exportPartnersCsv` writes (the import's field names:
 * id, name, kind, status, domains, offers, cost, return, alpha, beta, notes, scores.<c>,
 * uses.<r>), with the cell forms of import-cells.ts: `a..b` uniform, `a..b..c` triangular,
 * the JSON form for PERT. Ids are prefixed so that they never collide with the spec's.
 */
export function generatePartnerCsv({ partners: n, criteria: k, seed }) {
  const random = seededRandom(seed);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const ids = criterionIds(k);
  const headers = [...IMPORT_FIELDS, ...ids.map((c) => `scores.${c}`), 'uses.budget'];
  const cell = (d) => {
    if (typeof d === 'number') return d;
    if ('uniform' in d) return d.uniform.join('..');
    if ('triangular' in d) return d.triangular.join('..');
    return JSON.stringify(d);
  };
  const lines = [headers.join(',')];
  for (let i = 0; i < n; i++) {
    const p = partnerFields(i, int, ids);
    const row = [
      `imp-${p.id}`,
      `Imported, ${p.name} "Ltd"`,
      p.kind,
      STATUSES[i % STATUSES.length],
      p.domains.join('; '),
      p.offers.join('; '),
      cell(p.cost),
      cell(p.return),
      i % 2 === 0 ? 2 : '',
      i % 2 === 0 ? 5 : '',
      i % 7 === 0 ? `note ${i}\nsecond line` : '',
      ...ids.map((c) => p.scores[c]),
      p.uses.budget,
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
