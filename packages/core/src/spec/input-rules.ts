/**
 * The rules every boundary applies to ids and numbers (spec files here; the server's
 * input schemas reuse these schemas). See docs/security.md "Limits".
 *
 * An id is NFC-normalised, then must be well-formed Unicode and at most 200 characters,
 * must not start or end with a space, and holds only letters, marks, digits, spaces and
 * visible punctuation or symbols: no control, format (zero-width, bidi), private-use or
 * unassigned characters, no whitespace but the plain space. Letters of Latin, Greek and
 * Cyrillic may not be mixed in one id (`pаypal` with a Cyrillic `а` looks like `paypal`).
 *
 * Numbers the engine solves with are at most 1e12 in magnitude: beyond that the MILP's
 * coefficients span more than double precision can hold together, and HiGHS fails.
 */
import { z } from 'zod';
import { invisibleCharacter, isWellFormedText } from '../util/text.js';
import { RESERVED, RESERVED_MESSAGE } from './reserved-name.js';

export const ID_MAX_LENGTH = 200;

/** Letters, marks, digits, the space, punctuation and symbols; nothing else. */
const ID_CHARACTERS = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]+$/u;

const SCRIPTS = [
  ['Latin', /\p{Script=Latin}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
] as const;

/** Printable ASCII: each such character is a letter, digit, punctuation, symbol or space. */
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/**
 * Why `id` (already NFC) is not a safe id, or undefined when it is. A printable-ASCII id
 * (the common case) passes the Unicode checks by construction, so it skips them: their
 * patterns are costly to compile, which a command run once pays at start.
 */
export function idProblem(id: string): string | undefined {
  if (PRINTABLE_ASCII.test(id)) {
    return id.trim() !== id ? 'cannot start or end with a space' : undefined;
  }
  return unicodeIdProblem(id);
}

/** `idProblem` by the Unicode rules alone (any id). */
export function unicodeIdProblem(id: string): string | undefined {
  if (!isWellFormedText(id)) return 'is not well-formed Unicode (it holds a lone surrogate)';
  const invisible = invisibleCharacter(id);
  if (invisible !== undefined) {
    return `holds an invisible or direction-changing character (${invisible}); type the id again`;
  }
  if (id.trim() !== id) return 'cannot start or end with a space';
  if (!ID_CHARACTERS.test(id)) {
    return 'may hold only letters, digits, spaces, punctuation and symbols (no control characters or line breaks)';
  }
  const scripts = SCRIPTS.filter(([, pattern]) => pattern.test(id)).map(([name]) => name);
  if (scripts.length > 1) {
    return `mixes ${scripts.join(' and ')} letters, which look alike; write it in one script`;
  }
  return undefined;
}

/** A spec or API id: normalised to NFC, then checked by `idProblem`. */
export const idSchema = z
  .string()
  .normalize('NFC')
  .min(1, { error: 'an id cannot be empty' })
  .max(ID_MAX_LENGTH, { error: `an id has at most ${ID_MAX_LENGTH} characters` })
  .refine((value) => value !== RESERVED, {
    error: RESERVED_MESSAGE,
    params: { code: 'reserved_name' },
  })
  .superRefine((value, ctx) => {
    const problem = idProblem(value);
    if (problem === undefined) return;
    ctx.addIssue({ code: 'custom', params: { code: 'invalid_id' }, message: `the id ${problem}` });
  });

export const NUMBER_LIMITS = {
  /** The largest magnitude of any amount, score, capacity or distribution parameter. */
  maxMagnitude: 1e12,
} as const;

export const outOfRange = (input: unknown) =>
  `${String(input)} is beyond ±1e12, the largest magnitude the optimizer solves reliably; use a larger unit (thousands, millions)`;

/** A finite number within ±1e12. */
export const boundedNumber = () =>
  z
    .number()
    .min(-NUMBER_LIMITS.maxMagnitude, { error: (issue) => outOfRange(issue.input) })
    .max(NUMBER_LIMITS.maxMagnitude, { error: (issue) => outOfRange(issue.input) });
