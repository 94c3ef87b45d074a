/**
 * Verification of inclusion and consistency proofs exactly as RFC 9162 §2.1.3.2 and
 * §2.1.4.2 write the algorithms (fn, sn, fr, sr). Index arithmetic uses division rather
 * than JavaScript's 32-bit shifts, so sizes up to 2^53 work. A failure is an Issue.
 */
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { equalBytes, HASH_BYTES, hashNode, isPowerOfTwo, type Sha256 } from './hash.js';

export interface InclusionCheck {
  readonly index: number;
  readonly size: number;
  readonly leafHash: Uint8Array;
  readonly proof: readonly Uint8Array[];
  readonly root: Uint8Array;
}

export interface ConsistencyCheck {
  readonly first: number;
  readonly second: number;
  readonly firstRoot: Uint8Array;
  readonly secondRoot: Uint8Array;
  readonly proof: readonly Uint8Array[];
}

const issue = (code: string, message: string): Issue => ({ code, path: [], message });
const odd = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);
const validSize = (n: number) => Number.isSafeInteger(n) && n >= 0;
const wellFormed = (hashes: readonly Uint8Array[]) => hashes.every((h) => h.length === HASH_BYTES);

export function verifyInclusion(sha256: Sha256, check: InclusionCheck): Result<true> {
  const { index, size, leafHash, proof, root } = check;
  if (!validSize(index) || !validSize(size) || index >= size) {
    return fail([issue('proof_index', `entry ${index} is not in a tree of ${size} entries`)]);
  }
  if (!wellFormed([leafHash, root, ...proof])) {
    return fail([issue('proof_malformed', 'every hash must be 32 bytes (SHA-256)')]);
  }
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) return fail([issue('proof_too_long', 'the inclusion proof has extra hashes')]);
    if (odd(fn) || fn === sn) {
      r = hashNode(sha256, p, r);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = hashNode(sha256, r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return fail([issue('proof_too_short', 'the inclusion proof is missing hashes')]);
  if (!equalBytes(r, root)) {
    return fail([issue('proof_root_mismatch', 'the entry and its proof do not lead to the root')]);
  }
  return ok(true);
}

export function verifyConsistency(sha256: Sha256, check: ConsistencyCheck): Result<true> {
  const { first, second, firstRoot, secondRoot, proof } = check;
  if (!validSize(first) || !validSize(second) || first > second) {
    return fail([
      issue('proof_sizes', `a tree of ${second} entries cannot extend one of ${first} entries`),
    ]);
  }
  if (first === second) {
    if (proof.length > 0) return fail([issue('proof_too_long', 'equal sizes need no proof')]);
    return equalBytes(firstRoot, secondRoot)
      ? ok(true)
      : fail([issue('proof_root_mismatch', 'the same size has two different roots')]);
  }
  // The empty tree is a prefix of every tree (RFC 9162 §2.1.4: only 0 < first < second is proved).
  if (first === 0) {
    return proof.length === 0
      ? ok(true)
      : fail([issue('proof_too_long', 'the empty tree needs no proof')]);
  }
  if (proof.length === 0) return fail([issue('proof_too_short', 'the proof is empty')]);
  if (!wellFormed([firstRoot, secondRoot, ...proof])) {
    return fail([issue('proof_malformed', 'every hash must be 32 bytes (SHA-256)')]);
  }
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0] as Uint8Array;
  let sr = fr;
  for (const c of path.slice(1)) {
    if (sn === 0) return fail([issue('proof_too_long', 'the consistency proof has extra hashes')]);
    if (odd(fn) || fn === sn) {
      fr = hashNode(sha256, c, fr);
      sr = hashNode(sha256, c, sr);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = hashNode(sha256, sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return fail([issue('proof_too_short', 'the consistency proof is missing hashes')]);
  if (!equalBytes(fr, firstRoot)) {
    return fail([
      issue('proof_first_root', `the first ${first} entries are not the ones the old head signed`),
    ]);
  }
  if (!equalBytes(sr, secondRoot)) {
    return fail([issue('proof_root_mismatch', 'the proof does not lead to the new root')]);
  }
  return ok(true);
}
