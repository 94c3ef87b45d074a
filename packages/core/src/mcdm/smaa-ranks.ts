/**
 * SMAA's hot loop: the competition rank of every partner in one sample, counted into the
 * rank-acceptability totals. Kept apart and allocation-free on purpose (bench/mcdm-more.mjs).
 */
import { TIE_TOLERANCE } from './order-ranks.js';

/** Scratch space for `rankScores` on m partners (one per thread). */
export interface RankScratch {
  /** 0-based competition rank by partner: the output unless the caller gives its own. */
  readonly ranks: Int32Array;
  /** The bucket sort: a key per partner, the bucket counts, scores and partners in order. */
  readonly buckets: Int32Array;
  readonly bucketKeys: Int32Array;
  readonly sortedScores: Float64Array;
  readonly sortedIndex: Int32Array;
  /** The fallback radix sort on 32-bit keys. */
  readonly single: Float32Array;
  readonly singleBits: Uint32Array;
  readonly keys: Uint32Array;
  readonly order: Int32Array;
  readonly spare: Int32Array;
  readonly histogram: Int32Array;
  readonly sorted: Float64Array;
}

/** Buckets per partner of the bucket sort: few collisions, a short prefix sum. */
const BUCKETS_PER_SCORE = 4;

export function rankScratch(m: number): RankScratch {
  const single = new Float32Array(m);
  return {
    ranks: new Int32Array(m),
    buckets: new Int32Array(BUCKETS_PER_SCORE * m + 1),
    bucketKeys: new Int32Array(m),
    sortedScores: new Float64Array(m),
    sortedIndex: new Int32Array(m),
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
 * Writes each partner's 0-based competition rank among `scores` into `out[offset + i]`
 * (`scratch.ranks` by default): how many scores beat it, i.e. are higher and not equal
 * within the tie tolerance. The ranks depend only on the sorted sequence of scores, so
 * every path below gives the same answer.
 *
 * The order comes from a bucket sort: each score's key is its place on a grid of 4m
 * buckets between the lowest and highest score (monotone in the score, so an insertion
 * pass over the few neighbours that share a bucket makes it exact), one counting pass in
 * all, the scores moved with their partners so that the walk reads them in order. When
 * the scores crowd into few buckets (the insertion pass gives up after 8m moves), or
 * some score is not finite, the radix sort on 32-bit keys answers instead, and when that
 * collides too (scores equal to 7 digits) a native sort.
 */
export function rankScores(
  scores: Float64Array,
  m: number,
  scratch: RankScratch,
  out: Int32Array = scratch.ranks,
  offset = 0,
): void {
  if (!bucketOrder(scores, m, scratch)) {
    rankByRadix(scores, m, scratch, out, offset);
    return;
  }
  const { sortedScores: sv, sortedIndex: si } = scratch;
  // Best first: `lead` is the best position whose score does not beat the current one. As
  // the current score falls, the set of scores beating it only grows: two pointers. A gap
  // above TIE_TOLERANCE · max(|x|, |y|, 1) for the largest |x|, |y| of all beats for sure
  // (a rounded product is monotone in its factor), the common case, decided at once.
  const top = Math.max(Math.abs(sv[0] as number), Math.abs(sv[m - 1] as number), 1);
  const sure = TIE_TOLERANCE * top;
  let lead = m - 1;
  for (let pos = m - 1; pos >= 0; pos--) {
    const x = sv[pos] as number;
    while (lead > pos) {
      const y = sv[lead] as number;
      const gap = y - x;
      if (gap > sure || gap > TIE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y), 1)) lead--;
      else break;
    }
    out[offset + (si[pos] as number)] = m - 1 - lead;
  }
}

/**
 * Whether partner i ranks first among `scores` (rank 0 of `rankScores`: no score beats it),
 * in one pass and no sort. y beats x when y − x > TIE_TOLERANCE · max(|x|, |y|, 1), and
 * that margin grows with y (its slope is 1 − TIE_TOLERANCE or 1 + TIE_TOLERANCE), so some
 * score beats x exactly when the highest does. Scores not all finite take the sorts'
 * path.
 */
export function ranksFirst(
  scores: Float64Array,
  m: number,
  i: number,
  scratch: RankScratch,
): boolean {
  let hi = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (let j = 0; j < m; j++) {
    const y = scores[j] as number;
    if (y > hi) hi = y;
    sum += y;
  }
  if (!Number.isFinite(sum)) {
    rankScores(scores, m, scratch);
    return scratch.ranks[i] === 0;
  }
  const x = scores[i] as number;
  return !(hi - x > TIE_TOLERANCE * Math.max(Math.abs(x), Math.abs(hi), 1));
}

/**
 * Fills `sortedScores` (ascending) and `sortedIndex` (their partners); false when a score
 * is not finite or the scores crowd into few buckets.
 */
function bucketOrder(scores: Float64Array, m: number, scratch: RankScratch): boolean {
  const { buckets, bucketKeys: keys, sortedScores: sv, sortedIndex: si } = scratch;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (let i = 0; i < m; i++) {
    const x = scores[i] as number;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
    sum += x;
  }
  // NaN or an infinity anywhere makes the sum not finite (so does an overflow: harmless).
  if (!Number.isFinite(sum)) return false;
  const b = buckets.length - 1;
  const scale = hi > lo ? (b - 1) / (hi - lo) : 0;
  if (!Number.isFinite(scale)) return false;
  buckets.fill(0);
  // Key in [0, b − 1]: (x − lo)·scale ≤ (hi − lo)·scale, within a rounding of b − 1.
  for (let i = 0; i < m; i++) {
    const d = (((scores[i] as number) - lo) * scale) | 0;
    keys[i] = d;
    buckets[d + 1] = (buckets[d + 1] as number) + 1;
  }
  for (let d = 1; d <= b; d++) buckets[d] = (buckets[d] as number) + (buckets[d - 1] as number);
  for (let i = 0; i < m; i++) {
    const d = keys[i] as number;
    const at = buckets[d] as number;
    buckets[d] = at + 1;
    sv[at] = scores[i] as number;
    si[at] = i;
  }
  let moves = 0;
  const budget = 8 * m;
  for (let j = 1; j < m; j++) {
    const x = sv[j] as number;
    if ((sv[j - 1] as number) <= x) continue;
    const i = si[j] as number;
    let p = j - 1;
    while (p >= 0 && (sv[p] as number) > x) {
      sv[p + 1] = sv[p] as number;
      si[p + 1] = si[p] as number;
      p--;
      if (++moves > budget) return false;
    }
    sv[p + 1] = x;
    si[p + 1] = i;
  }
  return true;
}

/** The ranks from the radix order on 32-bit keys (or the native sort when that collides). */
function rankByRadix(
  scores: Float64Array,
  m: number,
  scratch: RankScratch,
  out: Int32Array,
  offset: number,
): void {
  const order = radixOrder(scores, m, scratch);
  if (order === undefined) {
    rankBySearch(scores, m, scratch, out, offset);
    return;
  }
  let lead = m - 1;
  for (let pos = m - 1; pos >= 0; pos--) {
    const i = order[pos] as number;
    const x = scores[i] as number;
    while (lead > pos) {
      const y = scores[order[lead] as number] as number;
      if (y - x > TIE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y), 1)) lead--;
      else break;
    }
    out[offset + i] = m - 1 - lead;
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
function rankBySearch(
  scores: Float64Array,
  m: number,
  scratch: RankScratch,
  out: Int32Array,
  offset: number,
): void {
  const { sorted } = scratch;
  sorted.set(scores.subarray(0, m));
  sorted.sort();
  for (let i = 0; i < m; i++) out[offset + i] = rankIn(sorted, scores[i] as number);
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
