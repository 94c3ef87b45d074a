/**
 * An append-only RFC 9162 Merkle tree that keeps every complete, aligned subtree's hash
 * (level k holds MTH(D[i·2^k : (i+1)·2^k]) for each i): about 2n hashes in flat buffers.
 * Any MTH(D[lo:hi]) the proof algorithms ask for then costs O(log n) look-ups and
 * hashes, so an inclusion or consistency proof costs O(log² n) whatever the size,
 * and so does the root of any earlier size. Appending costs O(1) amortised.
 */
import { emptyRoot, HASH_BYTES, hashLeaf, hashNode, type Sha256, splitPoint } from './hash.js';

class HashLevel {
  private buffer = new Uint8Array(HASH_BYTES * 16);
  count = 0;

  push(hash: Uint8Array): void {
    if ((this.count + 1) * HASH_BYTES > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer.set(hash, this.count * HASH_BYTES);
    this.count += 1;
  }

  at(index: number): Uint8Array {
    return this.buffer.subarray(index * HASH_BYTES, (index + 1) * HASH_BYTES);
  }
}

export class MerkleTree {
  private readonly levels: HashLevel[] = [new HashLevel()];

  constructor(private readonly sha256: Sha256) {}

  /** How many leaves (ledger entries) the tree holds. */
  get size(): number {
    return this.levels[0]?.count ?? 0;
  }

  /** Appends an entry (its bytes are leaf-hashed here). */
  append(entry: Uint8Array): void {
    this.appendLeafHash(hashLeaf(this.sha256, entry));
  }

  /** Appends an already leaf-hashed entry; completes every subtree the new leaf closes. */
  appendLeafHash(leafHash: Uint8Array): void {
    let hash = Uint8Array.from(leafHash);
    for (let level = 0; ; level += 1) {
      let nodes = this.levels[level];
      if (nodes === undefined) {
        nodes = new HashLevel();
        this.levels.push(nodes);
      }
      nodes.push(hash);
      if (nodes.count % 2 === 1) return;
      hash = Uint8Array.from(hashNode(this.sha256, nodes.at(nodes.count - 2), hash));
    }
  }

  /** The leaf hash of entry `index` (0-based). */
  leafHash(index: number): Uint8Array {
    this.checkIndex(index, this.size);
    return Uint8Array.from(this.hashRange(index, index + 1));
  }

  /** MTH(D[size]): the tree head of the first `size` entries (default: all). */
  root(size = this.size): Uint8Array {
    this.checkSize(size);
    return size === 0 ? emptyRoot(this.sha256) : Uint8Array.from(this.hashRange(0, size));
  }

  /** PATH(index, D[size]), RFC 9162 §2.1.3.1: the audit path of entry `index` in the tree of `size`. */
  inclusionProof(index: number, size = this.size): Uint8Array[] {
    this.checkSize(size);
    this.checkIndex(index, size);
    const path: Uint8Array[] = [];
    this.path(index, 0, size, path);
    return path;
  }

  /** PROOF(first, D[second]), RFC 9162 §2.1.4.1: that the tree of `first` is a prefix of `second`. */
  consistencyProof(first: number, second = this.size): Uint8Array[] {
    this.checkSize(second);
    if (!Number.isSafeInteger(first) || first < 0 || first > second) {
      throw new RangeError(`first size ${first} is not within 0..${second}`);
    }
    const proof: Uint8Array[] = [];
    if (first > 0 && first < second) this.subproof(first, 0, second, true, proof);
    return proof;
  }

  /** PATH(m, D[lo:hi]), appended bottom-up as the RFC lists it. */
  private path(m: number, lo: number, hi: number, out: Uint8Array[]): void {
    const n = hi - lo;
    if (n <= 1) return;
    const k = splitPoint(n);
    if (m < k) {
      this.path(m, lo, lo + k, out);
      out.push(Uint8Array.from(this.hashRange(lo + k, hi)));
    } else {
      this.path(m - k, lo + k, hi, out);
      out.push(Uint8Array.from(this.hashRange(lo, lo + k)));
    }
  }

  /** SUBPROOF(m, D[lo:hi], b). */
  private subproof(m: number, lo: number, hi: number, b: boolean, out: Uint8Array[]): void {
    const n = hi - lo;
    if (m === n) {
      if (!b) out.push(Uint8Array.from(this.hashRange(lo, hi)));
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      this.subproof(m, lo, lo + k, b, out);
      out.push(Uint8Array.from(this.hashRange(lo + k, hi)));
    } else {
      this.subproof(m - k, lo + k, hi, false, out);
      out.push(Uint8Array.from(this.hashRange(lo, lo + k)));
    }
  }

  /**
   * MTH(D[lo:hi]) for hi > lo. Every range the RFC's recursions produce starts at a
   * multiple of the power of two at or above its length, so it is either a stored complete
   * subtree or splits into one (the left part) and a smaller range of the same kind.
   */
  private hashRange(lo: number, hi: number): Uint8Array {
    const n = hi - lo;
    if (n === 1) return this.stored(0, lo);
    const k = splitPoint(n);
    if (k * 2 === n && lo % n === 0) {
      const level = Math.log2(n);
      const nodes = this.levels[level];
      if (nodes !== undefined && lo / n < nodes.count) return nodes.at(lo / n);
    }
    return hashNode(this.sha256, this.hashRange(lo, lo + k), this.hashRange(lo + k, hi));
  }

  private stored(level: number, index: number): Uint8Array {
    const nodes = this.levels[level];
    if (nodes === undefined || index >= nodes.count) throw new RangeError('no such node');
    return nodes.at(index);
  }

  private checkSize(size: number): void {
    if (!Number.isSafeInteger(size) || size < 0 || size > this.size) {
      throw new RangeError(`tree size ${size} is not within 0..${this.size}`);
    }
  }

  private checkIndex(index: number, size: number): void {
    if (!Number.isSafeInteger(index) || index < 0 || index >= size) {
      throw new RangeError(`entry index ${index} is not within 0..${size - 1}`);
    }
  }
}
