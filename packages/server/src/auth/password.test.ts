import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';

describe('passwords', () => {
  it('hash with scrypt N=16384 r=8 p=1 and a 16-byte salt, in a self-describing format', async () => {
    const hash = await hashPassword('correct horse');
    const [scheme, n, r, p, salt, key] = hash.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '16384', '8', '1']);
    expect(Buffer.from(salt ?? '', 'base64url')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64url')).toHaveLength(32);
    expect(await hashPassword('correct horse')).not.toBe(hash);
  });

  it('verify the right password only', async () => {
    const hash = await hashPassword('correct horse');
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct horsE', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('refuse tampered or unreadable hashes instead of throwing', async () => {
    const hash = await hashPassword('pw-123456');
    const parts = hash.split('$');
    const tampered = [...parts.slice(0, 5), Buffer.alloc(32).toString('base64url')].join('$');
    expect(await verifyPassword('pw-123456', tampered)).toBe(false);
    for (const bad of [
      '',
      'plain',
      'scrypt$1$8$1$a$b',
      'scrypt$16384$8$1$$',
      'bcrypt$x',
      `scrypt$${2 ** 30}$8$1$${parts[4]}$${parts[5]}`,
    ]) {
      expect(await verifyPassword('pw-123456', bad)).toBe(false);
    }
  });
});
