/**
 * Text rules shared by every boundary (spec files, the API, the CLI). A lone surrogate
 * (`"\ud800"`) is not Unicode: stored as UTF-8 it becomes U+FFFD, so what is read back
 * differs from what was written (an id that cannot be found, a hash that no longer
 * matches). Invisible and direction-changing characters make two different ids look
 * alike, so ids and slugs refuse them.
 */

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `text` is well-formed UTF-16 (no lone surrogate). */
export const isWellFormedText = (text: string): boolean => !LONE_SURROGATE.test(text);

/**
 * Characters that do not show, or reorder what is shown: zero-width space/joiners, word
 * joiner, BOM, soft hyphen, Mongolian vowel separator, bidi marks, embeddings, overrides
 * and isolates, and the other Unicode format characters (category Cf).
 */
const INVISIBLE = /\p{Cf}|[\u115F\u1160\u3164\uFFA0]|\p{Variation_Selector}|\u034F/u;

/** The first invisible or direction-changing character of `text`, as `U+200B`. */
export function invisibleCharacter(text: string): string | undefined {
  const found = INVISIBLE.exec(text)?.[0];
  return found === undefined
    ? undefined
    : `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
