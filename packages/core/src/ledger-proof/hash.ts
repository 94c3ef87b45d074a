/**
 * The hashes of an RFC 9162 (Certificate Transparency v2) Merkle tree, §2.1.1:
 * a leaf is SHA-256(0x00 || entry), an inner node SHA-256(0x01 || left || right), so that
 * a leaf can never pass for a node. SHA-256 itself is handed in (core does no I/O and
 * carries no crypto of its own): the server and the CLI pass node:crypto's.
 */
/** Must return a fresh array and keep no reference to `data` (callers reuse buffers). */
export type Sha256 = (data: Uint8Array) => Uint8Array;

export const HASH_BYTES = 32;

const LEAF_PREFIX = 0x00;
const NODE_PREFIX = 0x01;

export function hashLeaf(sha256: Sha256, entry: Uint8Array): Uint8Array {
  const input = new Uint8Array(entry.length + 1);
  input[0] = LEAF_PREFIX;
  input.set(entry, 1);
  return sha256(input);
}

/** Reused for every node: the Sha256 contract is that it reads its input and keeps nothing. */
const nodeInput = new Uint8Array(1 + 2 * HASH_BYTES);

export function hashNode(sha256: Sha256, left: Uint8Array, right: Uint8Array): Uint8Array {
  if (left.length !== HASH_BYTES || right.length !== HASH_BYTES) {
    const input = new Uint8Array(1 + left.length + right.length);
    input[0] = NODE_PREFIX;
    input.set(left, 1);
    input.set(right, 1 + left.length);
    return sha256(input);
  }
  nodeInput[0] = NODE_PREFIX;
  nodeInput.set(left, 1);
  nodeInput.set(right, 1 + HASH_BYTES);
  return sha256(nodeInput);
}

/** MTH({}) = SHA-256() (RFC 9162 §2.1.1). */
export const emptyRoot = (sha256: Sha256): Uint8Array => sha256(new Uint8Array(0));

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

const HEX_VALUE = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < 10; i += 1) table[48 + i] = i;
  for (let i = 0; i < 6; i += 1) {
    table[65 + i] = 10 + i;
    table[97 + i] = 10 + i;
  }
  return table;
})();

/** Lower- or upper-case hex to bytes; null when it is not an even-length hex string. */
export function fromHex(hex: string): Uint8Array | null {
  if (hex.length % 2 !== 0) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i += 1) {
    const hi = HEX_VALUE[hex.charCodeAt(2 * i)] ?? -1;
    const lo = HEX_VALUE[hex.charCodeAt(2 * i + 1)] ?? -1;
    if (hi < 0 || lo < 0) return null;
    out[i] = hi * 16 + lo;
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** The largest power of two strictly below n (n ≥ 2): where RFC 9162 splits D[n]. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

export const isPowerOfTwo = (n: number): boolean => n >= 1 && splitPoint(n + 1) === n;

/** UTF-8 bytes of a string (core's lib has no TextEncoder); lone surrogates become U+FFFD. */
export function utf8(text: string): Uint8Array {
  // Fast path for ASCII (canonical JSON of ledger entries mostly is).
  const ascii = new Uint8Array(text.length);
  let i = 0;
  for (; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) break;
    ascii[i] = code;
  }
  if (i === text.length) return ascii;
  const out: number[] = [];
  for (const char of text) {
    let code = char.codePointAt(0) ?? 0xfffd;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000)
      out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else
      out.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
  }
  return Uint8Array.from(out);
}
