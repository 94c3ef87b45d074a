/** Types of hostile-payloads.js (plain JavaScript, so that bench/ imports the same file). */

/** A spec of about 163 KB: one 80,000-element anchor referenced 990 times. */
export function aliasFanOutSpec(elements?: number, uses?: number): string;

/** JSON arrays nested `depth` deep around one value. */
export function deepJson(depth: number, inner?: string): string;

/** A CSV of `rows` partner rows (about 5.5 MB at 60,000 rows). */
export function largeCsv(rows?: number): string;

export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
  readonly size: number;
  readonly crc: number;
  readonly method: 0 | 8;
}

/** A ZIP of the given entries; `declaredSize` lets a test lie about an entry's size. */
export function zipOf(entries: readonly ZipEntry[], declaredSize?: (e: ZipEntry) => number): Buffer;

/** An XLSX whose first sheet inflates to `bytes` (1 GB by default) from about 1 MB. */
export function xlsxZipBomb(bytes?: number, lie?: boolean): Promise<Buffer>;

/** A portfolio spec (JSON) whose optimisation keeps HiGHS busy until its time limit. */
export function hardOptimizeSpec(partners?: number, resources?: number, seed?: number): string;
