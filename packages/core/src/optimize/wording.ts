/** Small helpers that keep user-facing explanations concrete and readable. */

/** A number as a person would write it: no binary-floating-point noise. */
export function fmt(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** `1 partner`, `3 partners`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** `a, b and c`; long lists are cut: `a, b, c, d, e, f and 12 more`. */
export function listIds(ids: readonly string[], max = 6): string {
  if (ids.length === 0) return 'none';
  if (ids.length === 1) return ids[0] as string;
  if (ids.length <= max) return `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
  return `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}
