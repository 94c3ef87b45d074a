/** An AHP judgement may be written as a fraction string such as "1/3" (DESIGN.md). */
export const FRACTION_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*(\d+(?:\.\d+)?)\s*)?$/;

/** "1/3" → 0.333…, "2" → 2; undefined when malformed or the denominator is zero. */
export function parseFraction(text: string): number | undefined {
  const match = FRACTION_PATTERN.exec(text);
  if (match === null) return undefined;
  const numerator = Number(match[1]);
  const denominator = match[2] === undefined ? 1 : Number(match[2]);
  if (denominator === 0) return undefined;
  return numerator / denominator;
}

/** A matrix cell as written (number or fraction string) → a finite number, or undefined. */
export function cellValue(cell: unknown): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell === 'string') return parseFraction(cell);
  return undefined;
}
