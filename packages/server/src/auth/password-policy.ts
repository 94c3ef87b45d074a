/**
 * What a password must be (OWASP ASVS 4.0.3 V2.1: at least 12 characters, at most 1024 here
 * so that hashing stays bounded, any character allowed, not a known breached or common
 * password). The common list ships with the server (`assets/common-passwords.txt`, see
 * `assets/README.md` for its source and licence) and is read once, on first use.
 *
 * Beyond the list, three cheap checks catch the usual ways round it: a common password
 * with digits or symbols tacked on (`password1234!`), a password of fewer than 4 distinct
 * characters (`aaaaaaaaaaaa`, `abababababab`), and the account's own email or its name part.
 */
import { readFileSync } from 'node:fs';

export const MIN_PASSWORD_LENGTH = 12;
/** Longer inputs are refused before hashing: scrypt's cost grows with the input. */
export const MAX_PASSWORD_LENGTH = 1024;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'repetitive' | 'is_email';

const LIST_URL = new URL('../../assets/common-passwords.txt', import.meta.url);

let common: ReadonlySet<string> | undefined;

/** The common passwords, lower-cased (loaded once; ~49,000 entries). */
export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(
    readFileSync(LIST_URL, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
  );
  return common;
}

/** Digits, blanks and punctuation at either end: `!!password1234` → `password`. */
const PADDING = /^[\d\s\p{P}\p{S}]+|[\d\s\p{P}\p{S}]+$/gu;

/** The first problem with `password` for the account `email`, or null when it may be used. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  const list = commonPasswords();
  const core = lower.replace(PADDING, '');
  if (list.has(lower) || list.has(lower.replace(/\s+/g, '')) || (core !== '' && list.has(core))) {
    return 'common';
  }
  if (new Set(lower).size < 4) return 'repetitive';
  if (email !== undefined) {
    const address = email.trim().toLowerCase();
    const name = address.split('@')[0] ?? '';
    if (lower === address || (name.length >= 4 && (core === name || lower === name))) {
      return 'is_email';
    }
  }
  return null;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `the password is too short: use at least ${MIN_PASSWORD_LENGTH} characters (a few words make a good one)`,
  too_long: `the password is too long: use at most ${MAX_PASSWORD_LENGTH} characters`,
  common: 'the password is one of the most common passwords: choose another',
  repetitive: 'the password repeats too few characters: choose another',
  is_email: 'the password is the email address: choose another',
};
