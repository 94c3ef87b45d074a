/**
 * Password hashing with scrypt from node:crypto (no native add-on): N=16384, r=8, p=1,
 * a 16-byte random salt and a 32-byte key, stored as `scrypt$N$r$p$salt$hash` (base64url)
 * so that the cost can be raised later while old hashes still verify.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const N = 16_384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** A stored hash cannot make us spend more than this (a forged row must not be a DoS). */
const MAX_N = 1 << 20;
const MAX_MEMORY = 256 * 1024 * 1024;

import { MAX_PASSWORD_LENGTH } from './password-policy.js';

function derive(password: string, salt: Buffer, n: number, r: number, p: number, length: number) {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password, salt, length, { N: n, r, p, maxmem: MAX_MEMORY }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, N, R, P, KEY_LENGTH);
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when `password` matches `stored`; false for a wrong password or an unreadable hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number);
  if (n === undefined || r === undefined || p === undefined) return false;
  const powerOfTwo = Number.isInteger(n) && n > 1 && n <= MAX_N && (n & (n - 1)) === 0;
  if (!powerOfTwo || !Number.isInteger(r) || !Number.isInteger(p) || r < 1 || p < 1 || r * p > 64) {
    return false;
  }
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const expected = Buffer.from(parts[5] ?? '', 'base64url');
  if (salt.length === 0 || expected.length < 16) return false;
  try {
    const actual = await derive(password, salt, n, r, p, expected.length);
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password: checked when an email is unknown, so that a sign-in
 * attempt takes as long whether or not the account exists.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(18).toString('base64url'));
  return decoy;
}
