/**
 * node:crypto behind core's handed-in hashing and signature checks (core's ledger-proof
 * carries no crypto of its own). Ed25519 public keys travel as 32 raw bytes in hex.
 */
import { createHash, createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { Sha256, VerifySignature } from '@partnerfolio/core';

export const sha256: Sha256 = (data) => createHash('sha256').update(data).digest();

export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') },
    format: 'jwk',
  });
}

export function rawPublicKey(key: KeyObject): Buffer {
  const { x } = key.export({ format: 'jwk' });
  return Buffer.from(x ?? '', 'base64url');
}

export const verifyEd25519: VerifySignature = (message, signature, publicKey) => {
  try {
    return verify(null, message, publicKeyFromRaw(publicKey), signature);
  } catch {
    return false;
  }
};

/** What core's checks take: SHA-256 and Ed25519 verification. */
export const ledgerCrypto = { sha256, verify: verifyEd25519 } as const;
