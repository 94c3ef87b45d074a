/**
 * Shares as people type them: `0.6`, `60%` or `1/3`. A decimal or a percentage becomes
 * the number with the same decimal digits (`33.5%` is exactly 0.335, never 0.33499…); a
 * fraction stays a string, which the server reads exactly. Anything else is sent as it
 * was typed, so that the server's message lands next to the field.
 */

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const FRACTION = /^\d+\s*\/\s*\d+$/;

/** `"33.5"` → `"0.335"`: the decimal point moved two places left, on the digits. */
function percentToDecimal(text: string): string {
  const negative = text.startsWith('-');
  const digits = text.replace(/^[+-]/, '');
  const [whole = '', fraction = ''] = digits.split('.');
  const padded = whole.padStart(3, '0');
  const head = padded.slice(0, -2).replace(/^0+(?=\d)/, '');
  const decimal = `${head}.${padded.slice(-2)}${fraction}`;
  return `${negative ? '-' : ''}${decimal}`;
}

/** The share to send for what was typed; undefined for an empty field. */
export function parseShare(typed: string | number | null | undefined): number | string | undefined {
  if (typed === null || typed === undefined) return undefined;
  if (typeof typed === 'number') return typed;
  const text = typed.trim();
  if (text === '') return undefined;
  if (text.endsWith('%')) {
    const number = text.slice(0, -1).trim();
    return DECIMAL.test(number) ? Number(percentToDecimal(number)) : text;
  }
  if (DECIMAL.test(text)) return Number(text);
  if (FRACTION.test(text)) return text.replace(/\s+/g, '');
  return text;
}

/** A share as a plain number (for the fair-share split, which takes numbers only). */
export function shareAsNumber(typed: string | number | null | undefined): number | undefined {
  const share = parseShare(typed);
  if (share === undefined) return undefined;
  if (typeof share === 'number') return share;
  const fraction = /^(\d+)\/(\d+)$/.exec(share);
  if (fraction === null) return Number.NaN;
  return Number(fraction[1]) / Number(fraction[2]);
}

/** A stored share written back for the form: numbers as they are, fractions as text. */
export const shareText = (share: unknown): string =>
  typeof share === 'number' || typeof share === 'string' ? String(share) : '';
