import { NUMBER_LIMITS, type SpecDistribution } from '@partnerfolio/core';
import type { Cell } from './import-table.js';
import { storedDistributionSchema, toIssues } from './validation.js';

/**
 * How a cost, return or synergy is written in one cell (import and export agree):
 *
 * - a number: `12.5`                      fixed value
 * - `min..max`: `10..20`                  uniform
 * - `min..mode..max`: `10..12..20`        triangular
 * - the spec's JSON form: `{"pert":[10,12,20]}` (any form; the export writes PERT, normal
 *   and lognormal this way)
 */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const MAX = NUMBER_LIMITS.maxMagnitude;
const beyond = (value: number) =>
  `${value} is beyond ±1e12, the largest magnitude the optimizer solves reliably; use a larger unit`;

export function parseNumberCell(cell: Cell): CellResult<number> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { ok: false, message: 'is not a finite number' };
    return Math.abs(cell) <= MAX ? { ok: true, value: cell } : { ok: false, message: beyond(cell) };
  }
  const text = String(cell).trim();
  if (!NUMBER.test(text))
    return { ok: false, message: `"${text}" is not a number; write e.g. 12.5` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: `"${text}" is too large` };
  return Math.abs(value) <= MAX ? { ok: true, value } : { ok: false, message: beyond(value) };
}

export function parseDistributionCell(cell: Cell): CellResult<SpecDistribution> {
  let document: unknown;
  if (typeof cell === 'number') {
    document = cell;
  } else {
    const text = String(cell).trim();
    if (text.startsWith('{')) {
      try {
        document = JSON.parse(text);
      } catch {
        return { ok: false, message: `"${text}" is not valid JSON` };
      }
    } else {
      const parts = text.split('..').map((p) => p.trim());
      const numbers = parts.map((p) => (NUMBER.test(p) ? Number(p) : Number.NaN));
      if (numbers.some((n) => !Number.isFinite(n)) || parts.length > 3) {
        return {
          ok: false,
          message: `"${text}" is not a value; write a number (12), min..max (10..20), min..mode..max (10..12..20) or a spec form such as {"pert":[10,12,20]}`,
        };
      }
      document =
        numbers.length === 1
          ? numbers[0]
          : numbers.length === 2
            ? { uniform: numbers }
            : { triangular: numbers };
    }
  }
  const result = storedDistributionSchema.safeParse(document);
  if (result.success) return { ok: true, value: result.data };
  const [issue] = toIssues(result.error.issues);
  return { ok: false, message: issue?.message ?? 'is not a valid distribution' };
}

/** `a; b, c` → `['a', 'b', 'c']` */
export function parseListCell(cell: Cell): string[] {
  return String(cell)
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function formatDistributionCell(d: SpecDistribution | null): string | number | null {
  if (d === null) return null;
  if (typeof d === 'number') return d;
  if ('uniform' in d) return d.uniform.join('..');
  if ('triangular' in d) return d.triangular.join('..');
  return JSON.stringify(d);
}
