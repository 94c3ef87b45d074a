/**
 * The store's canonical JSON is core's (one definition for the ledger's hashes, its Merkle
 * leaves and the signed statements a partner checks offline).
 */
export { canonicalJson } from '@partnerfolio/core';

/** Parses a JSON column; a column the store wrote is always valid JSON. */
export function parseJson<T = unknown>(text: string): T {
  return JSON.parse(text) as T;
}
