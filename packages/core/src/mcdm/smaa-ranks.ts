/**
 * SMAA's hot loop: the competition rank of every partner in one sample, counted into the
 * rank-acceptability totals. Kept apart and allocation-free on purpose (bench/mcdm-more.mjs).
 */
import { TIE_TOLERANCE } from './order-ranks.js';

/** Scratch space for `rankScores` on m partners (one per thread). */
export interface RankScratch {
  /** 0-based competition rank by partner: the output. */
  readonly ranks: Int32Array;
  readonly single: Float32Array;
  readonly singleBits: Uint32Array;
  readonly keys: Uint32Array;
  readonly order: Int32Array;
  readonly spare: Int32Array;
  readonly histogram: Int32Array;
  readonly sorted: Float64Array;
}

export function rankScratch(m: number): RankScratch {
  const single = new Float32Array(m);
  return {
    ranks: new Int32Array(m),
    single,
    singleBits: new Uint32Array(single.buffer),
    keys: new Uint32Array(m),
    order: new Int32Array(m),
    spare: new Int32Array(m),
    histogram: new Int32Array(4 * 256),
    sorted: new Float64Array(m),
  };
}

/**
 * Writes into `scratch.ranks` each partner's 0-based competition rank among `scores`:
 * how many scores beat it, i.e. are higher and not equal within the tie tolerance.
 *
 * The order comes from a radix sort (four 8-bit passes, a pass skipped when every key
 * shares its digit) on each score rounded to 32 bits, made exact by an insertion pass
 * over the few neighbours whose rounded scores collide; 2–3× faster than the native sort
 * of 1,000 doubles. When collisions are many (scores equal to 7 digits), the insertion
 * pass gives up after 8m moves and a native sort answers instead.
 */
export function rankScores(scores: Float64Array, m: number, scratch: RankScratch): void {
  const order = radixOrder(scores, m, scratch);
  if (order === undefined) {
    rankBySearch(scores, m, scratch);
    return;
  }
  const { ranks } = scratch;
  // Best first: `lead` is the best position whose score does not beat the current one. As
  // the current score falls, the set of scores beating it only grows: two pointers.
  let lead = m - 1;
  for (let pos = m - 1; pos >= 0; pos--) {
    const i = order[pos] as number;
    const x = scores[i] as number;
    while (lead > pos) {
      const y = scores[order[lead] as number] as number;
      if (y - x > TIE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y), 1)) lead--;
      else break;
    }
    ranks[i] = m - 1 - lead;
  }
}

/** Partner indices in ascending order of score; undefined when too many scores collide. */
function radixOrder(scores: Float64Array, m: number, scratch: RankScratch): Int32Array | undefined {
  const { single, singleBits, keys, histogram } = scratch;
  histogram.fill(0);
  for (let i = 0; i < m; i++) {
    single[i] = scores[i] as number;
    const u = singleBits[i] as number;
    // IEEE order as unsigned order: flip every bit of a negative, the sign bit of the rest.
    const k = (u & 0x8000_0000 ? ~u : u | 0x8000_0000) >>> 0;
    keys[i] = k;
    histogram[k & 255] = (histogram[k & 255] as number) + 1;
    const b1 = 256 + ((k >>> 8) & 255);
    histogram[b1] = (histogram[b1] as number) + 1;
    const b2 = 512 + ((k >>> 16) & 255);
    histogram[b2] = (histogram[b2] as number) + 1;
    const b3 = 768 + (k >>> 24);
    histogram[b3] = (histogram[b3] as number) + 1;
  }
  let src = scratch.order;
  let dst = scratch.spare;
  for (let i = 0; i < m; i++) src[i] = i;
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 256;
    const shift = pass * 8;
    if (histogram[base + (((keys[0] as number) >>> shift) & 255)] === m) continue;
    let sum = 0;
    for (let d = 0; d < 256; d++) {
      const c = histogram[base + d] as number;
      histogram[base + d] = sum;
      sum += c;
    }
    for (let j = 0; j < m; j++) {
      const i = src[j] as number;
      const d = base + (((keys[i] as number) >>> shift) & 255);
      const at = histogram[d] as number;
      dst[at] = i;
      histogram[d] = at + 1;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  let moves = 0;
  const budget = 8 * m;
  for (let j = 1; j < m; j++) {
    const i = src[j] as number;
    const x = scores[i] as number;
    let p = j - 1;
    while (p >= 0 && (scores[src[p] as number] as number) > x) {
      src[p + 1] = src[p] as number;
      p--;
      if (++moves > budget) return undefined;
    }
    src[p + 1] = i;
  }
  return src;
}

/** Any m: sort a copy, then a branch-free binary search per partner. */
function rankBySearch(scores: Float64Array, m: number, scratch: RankScratch): void {
  const { sorted, ranks } = scratch;
  sorted.set(scores.subarray(0, m));
  sorted.sort();
  for (let i = 0; i < m; i++) ranks[i] = rankIn(sorted, scores[i] as number);
}

/**
 * 0-based competition rank of `x` among ascending `sorted` (which holds x). A branch-free
 * binary search finds the last score ≤ x; the few just above it that still count as equal
 * are stepped over (they are a prefix of the higher scores).
 */
export function rankIn(sorted: Float64Array, x: number): number {
  const m = sorted.length;
  let base = 0;
  let n = m;
  while (n > 1) {
    const half = n >>> 1;
    base = (sorted[base + half] as number) <= x ? base + half : base;
    n -= half;
  }
  let lo = base + 1;
  while (lo < m) {
    const y = sorted[lo] as number;
    if (y - x > TIE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y), 1)) break;
    lo++;
  }
  return m - lo;
}
