import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRng } from '../simulate/prng.js';
import { fromHex, hashLeaf, hashNode, type Sha256, toHex } from './hash.js';
import { MerkleTree } from './merkle-tree.js';
import { verifyConsistency, verifyInclusion } from './verify.js';

const sha256: Sha256 = (data) => createHash('sha256').update(data).digest();
const h = (hex: string) => fromHex(hex) as Uint8Array;
const hexes = (proof: readonly Uint8Array[]) => proof.map(toHex);

/*
 * The RFC 6962 reference test data, as kept by the Certificate Transparency Go code:
 * transparency-dev/merkle, proof/verify_test.go (commit 02194e9afb6c1d95b5381350007963aa70fff472),
 * `leaves`, `roots` (MTH of the first 1..8 leaves), `inclusionProofs` (leaf numbers there
 * are 1-based) and `consistencyProofs`. The same figures appear in
 * google/certificate-transparency's C++ merkle_tree_test.cc.
 */
const LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
];
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const INCLUSION: { index: number; size: number; proof: string[] }[] = [
  { index: 0, size: 1, proof: [] },
  {
    index: 0,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    index: 2,
    size: 3,
    proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'],
  },
  {
    index: 1,
    size: 5,
    proof: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];
const CONSISTENCY: { first: number; second: number; proof: string[] }[] = [
  { first: 1, second: 1, proof: [] },
  {
    first: 1,
    second: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    first: 6,
    second: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    first: 2,
    second: 5,
    proof: [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
  {
    first: 6,
    second: 7,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];

function referenceTree(): MerkleTree {
  const tree = new MerkleTree(sha256);
  for (const leaf of LEAVES) tree.append(h(leaf));
  return tree;
}

describe('RFC 6962/9162 reference vectors', () => {
  it('gives the empty tree the hash of the empty string', () => {
    expect(toHex(new MerkleTree(sha256).root())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('computes the root of every prefix of the 8 leaves, appended or not', () => {
    const tree = referenceTree();
    expect(ROOTS.map((_, i) => toHex(tree.root(i + 1)))).toEqual(ROOTS);
    const growing = new MerkleTree(sha256);
    LEAVES.forEach((leaf, i) => {
      growing.append(h(leaf));
      expect(toHex(growing.root())).toBe(ROOTS[i]);
    });
  });

  it.each(INCLUSION)('inclusion of entry $index in $size', ({ index, size, proof }) => {
    const tree = referenceTree();
    expect(hexes(tree.inclusionProof(index, size))).toEqual(proof);
    const check = {
      index,
      size,
      leafHash: hashLeaf(sha256, h(LEAVES[index] as string)),
      proof: proof.map(h),
      root: h(ROOTS[size - 1] as string),
    };
    expect(verifyInclusion(sha256, check).ok).toBe(true);
    expect(verifyInclusion(sha256, { ...check, index: index + 1 }).ok).toBe(false);
    expect(verifyInclusion(sha256, { ...check, size: size * 2 }).ok).toBe(false);
    expect(verifyInclusion(sha256, { ...check, proof: [...check.proof, check.root] }).ok).toBe(
      false,
    );
    expect(verifyInclusion(sha256, { ...check, leafHash: sha256(h('ff')) }).ok).toBe(false);
  });

  it.each(CONSISTENCY)('consistency of $first with $second', ({ first, second, proof }) => {
    const tree = referenceTree();
    expect(hexes(tree.consistencyProof(first, second))).toEqual(proof);
    const check = {
      first,
      second,
      firstRoot: h(ROOTS[first - 1] as string),
      secondRoot: h(ROOTS[second - 1] as string),
      proof: proof.map(h),
    };
    expect(verifyConsistency(sha256, check).ok).toBe(true);
    if (first !== second) {
      expect(verifyConsistency(sha256, { ...check, proof: [] }).ok).toBe(false);
      expect(
        verifyConsistency(sha256, {
          ...check,
          firstRoot: check.secondRoot,
          secondRoot: check.firstRoot,
        }).ok,
      ).toBe(false);
      expect(verifyConsistency(sha256, { ...check, first: first + 1 }).ok).toBe(false);
    }
  });

  it('follows the edge cases of the reference verifier', () => {
    const a = sha256(h('01'));
    const b = sha256(h('02'));
    const cases: [number, number, Uint8Array, Uint8Array, Uint8Array[], boolean][] = [
      [0, 0, a, a, [], true],
      [0, 0, a, b, [], false],
      [0, 1, a, b, [], true],
      [1, 1, a, a, [], true],
      [1, 1, a, b, [], false],
      [1, 0, a, b, [], false],
      [1, 2, a, b, [], false],
      [0, 1, a, a, [a], false],
      [1, 1, a, a, [a], false],
    ];
    for (const [first, second, firstRoot, secondRoot, proof, valid] of cases) {
      expect(verifyConsistency(sha256, { first, second, firstRoot, secondRoot, proof }).ok).toBe(
        valid,
      );
    }
  });
});

/** The RFC's definition of MTH, written recursively with nothing kept: the oracle. */
function naiveRoot(leaves: readonly Uint8Array[]): Uint8Array {
  if (leaves.length === 1) return hashLeaf(sha256, leaves[0] as Uint8Array);
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return hashNode(sha256, naiveRoot(leaves.slice(0, k)), naiveRoot(leaves.slice(k)));
}

function flipBit(proof: Uint8Array[], at: number, byte: number, bit: number): void {
  const hash = proof[at] as Uint8Array;
  hash[byte] = (hash[byte] ?? 0) ^ (1 << bit);
}

describe('proofs for random sizes (seeded)', () => {
  const rng = createRng(9162);
  const int = (lo: number, hi: number) => lo + Math.floor(rng.next() * (hi - lo + 1));
  const entries = Array.from({ length: 300 }, (_, i) =>
    h((i * 7919).toString(16).padStart(8, '0')),
  );
  const tree = new MerkleTree(sha256);
  for (const entry of entries) tree.append(entry);

  it('matches the recursive definition of MTH for every size up to 300', () => {
    for (let size = 1; size <= entries.length; size += 1) {
      expect(toHex(tree.root(size))).toBe(toHex(naiveRoot(entries.slice(0, size))));
    }
  });

  it('verifies every inclusion proof and rejects each one-bit change', () => {
    for (let trial = 0; trial < 200; trial += 1) {
      const size = int(1, entries.length);
      const index = int(0, size - 1);
      const proof = tree.inclusionProof(index, size);
      const check = { index, size, leafHash: tree.leafHash(index), proof, root: tree.root(size) };
      expect(verifyInclusion(sha256, check).ok).toBe(true);
      if (proof.length > 0) {
        const at = int(0, proof.length - 1);
        const bad = proof.map((p) => Uint8Array.from(p));
        flipBit(bad, at, int(0, 31), int(0, 7));
        expect(verifyInclusion(sha256, { ...check, proof: bad }).ok).toBe(false);
        expect(verifyInclusion(sha256, { ...check, proof: proof.slice(1) }).ok).toBe(false);
      }
      const other = tree.leafHash((index + 1) % tree.size);
      expect(verifyInclusion(sha256, { ...check, leafHash: other }).ok).toBe(false);
    }
  });

  it('verifies every consistency proof and rejects a rewritten prefix', () => {
    const rewritten = new MerkleTree(sha256);
    entries.forEach((entry, i) => {
      rewritten.append(i === 17 ? h('deadbeef') : entry);
    });
    for (let trial = 0; trial < 200; trial += 1) {
      const second = int(1, entries.length);
      const first = int(1, second);
      const proof = tree.consistencyProof(first, second);
      const check = {
        first,
        second,
        firstRoot: tree.root(first),
        secondRoot: tree.root(second),
        proof,
      };
      expect(verifyConsistency(sha256, check).ok).toBe(true);
      if (first < second) {
        const at = int(0, proof.length - 1);
        const bad = proof.map((p) => Uint8Array.from(p));
        flipBit(bad, at, int(0, 31), int(0, 7));
        expect(verifyConsistency(sha256, { ...check, proof: bad }).ok).toBe(false);
      }
      if (first > 17) {
        // The server rewrote entry 17 (and could re-chain everything after it): the old
        // head's root no longer comes out of the new tree's proof.
        const forged = {
          ...check,
          secondRoot: rewritten.root(second),
          proof: rewritten.consistencyProof(first, second),
        };
        expect(verifyConsistency(sha256, forged).ok).toBe(false);
      }
    }
  });
});
