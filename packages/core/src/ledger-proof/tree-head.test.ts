import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromHex, type Sha256, toHex, utf8 } from './hash.js';
import { checkSignedTreeHead, keyIdOf, type TreeHead, treeHeadMessage } from './tree-head.js';

const sha256: Sha256 = (data) => createHash('sha256').update(data).digest();
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const rawPublic = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url');
const crypto = {
  sha256,
  verify: (message: Uint8Array, signature: Uint8Array, key: Uint8Array) =>
    verify(
      null,
      message,
      {
        key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(key).toString('base64url') },
        format: 'jwk',
      },
      signature,
    ),
};

function signed(head: TreeHead) {
  return {
    ...head,
    signature: toHex(sign(null, treeHeadMessage(head), privateKey)),
    keyId: keyIdOf(sha256, rawPublic),
    publicKey: toHex(rawPublic),
  };
}

const head: TreeHead = {
  workspace: 'demo',
  size: 12,
  rootHash: 'aa'.repeat(32),
  at: '2026-12-06T10:00:00.000Z',
};

describe('signed tree heads', () => {
  it('accepts a head signed by its key', () => {
    const result = checkSignedTreeHead(signed(head), crypto);
    expect(result.ok).toBe(true);
    expect(
      checkSignedTreeHead(signed(head), crypto, new Set([keyIdOf(sha256, rawPublic)])).ok,
    ).toBe(true);
  });

  it('rejects a changed size, root or time, a foreign key and a key id that lies', () => {
    const good = signed(head);
    const code = (input: unknown, trusted?: ReadonlySet<string>) => {
      const r = checkSignedTreeHead(input, crypto, trusted);
      return r.ok ? 'ok' : r.issues[0]?.code;
    };
    expect(code({ ...good, size: 11 })).toBe('tree_head_signature');
    expect(code({ ...good, rootHash: 'ab'.repeat(32) })).toBe('tree_head_signature');
    expect(code({ ...good, at: '2026-12-06T10:00:01.000Z' })).toBe('tree_head_signature');
    expect(code({ ...good, keyId: '00'.repeat(32) })).toBe('tree_head_key_id');
    expect(code(good, new Set(['11'.repeat(32)]))).toBe('tree_head_unknown_key');
    expect(code({ ...good, size: -1 })).toBe('tree_head_invalid');
    expect(code({ ...good, signature: 'zz' })).toBe('tree_head_invalid');
    const other = generateKeyPairSync('ed25519');
    const otherRaw = Buffer.from(
      other.publicKey.export({ format: 'jwk' }).x as string,
      'base64url',
    );
    expect(code({ ...good, publicKey: toHex(otherRaw), keyId: keyIdOf(sha256, otherRaw) })).toBe(
      'tree_head_signature',
    );
  });

  it('signs one line per field', () => {
    expect(new TextDecoder().decode(treeHeadMessage(head))).toBe(
      `partnerfolio-tree-head/v1\ndemo\n12\n${'aa'.repeat(32)}\n2026-12-06T10:00:00.000Z\n`,
    );
    expect(fromHex('zz')).toBeNull();
    expect(toHex(utf8('a中😀'))).toBe(Buffer.from('a中😀').toString('hex'));
  });
});
