/**
 * What an amendment changes: the leaves of two agreement documents that differ, by path
 * (`terms[0].revenueShare.tiers[0].shares.univ-a`). The server keeps it with each amendment;
 * the web app shows the same diff while a draft is edited, before it is saved.
 */
import { canonicalJson } from '../ledger-proof/canonical-json.js';

export interface DiffEntry {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Bounded: below 12 levels a changed subtree is one entry (a document is far shallower). */
export function diffDocuments(before: unknown, after: unknown, path = '', depth = 0): DiffEntry[] {
  if (canonicalJson(before) === canonicalJson(after)) return [];
  if (depth < 12 && Array.isArray(before) && Array.isArray(after)) {
    const out: DiffEntry[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i += 1) {
      out.push(...diffDocuments(before[i], after[i], `${path}[${i}]`, depth + 1));
    }
    return out;
  }
  if (depth < 12 && isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) =>
      diffDocuments(before[k], after[k], path === '' ? k : `${path}.${k}`, depth + 1),
    );
  }
  return [{ path: path || '(document)', before: before ?? null, after: after ?? null }];
}
