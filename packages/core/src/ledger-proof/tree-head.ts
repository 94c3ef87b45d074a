/**
 * A signed tree head (a checkpoint): the size and root of a workspace's ledger tree,
 * signed with the workspace's Ed25519 key. Every field is text or a number so that the
 * JSON can be kept in a file and checked later; hashes, keys and signatures are hex.
 * What is signed is `treeHeadMessage`, one line per field, so that no JSON
 * canonicalisation stands between the signer and a verifier written elsewhere.
 */
import { z } from 'zod';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { equalBytes, fromHex, type Sha256, toHex, utf8 } from './hash.js';

const hex = (bytes: number) =>
  z
    .string()
    .regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `expected ${bytes} bytes as lower-case hex`);

export const signedTreeHeadSchema = z.object({
  workspace: z.string().min(1).max(200),
  size: z.int().min(0),
  rootHash: hex(32),
  signature: hex(64),
  keyId: hex(32),
  publicKey: hex(32),
  at: z.iso.datetime({ offset: true }),
});

export type SignedTreeHead = z.infer<typeof signedTreeHeadSchema>;
export type TreeHead = Pick<SignedTreeHead, 'workspace' | 'size' | 'rootHash' | 'at'>;

/** Ed25519 verification, handed in (node:crypto at the edges, WebCrypto in a browser). */
export type VerifySignature = (
  message: Uint8Array,
  signature: Uint8Array,
  publicKey: Uint8Array,
) => boolean;

export function treeHeadMessage(head: TreeHead): Uint8Array {
  const text = `partnerfolio-tree-head/v1\n${head.workspace}\n${head.size}\n${head.rootHash}\n${head.at}\n`;
  return utf8(text);
}

/** keyId = hex SHA-256 of the raw 32-byte public key. */
export const keyIdOf = (sha256: Sha256, publicKey: Uint8Array): string => toHex(sha256(publicKey));

/**
 * Checks a tree head's form, that its keyId names its public key, that the key is one the
 * caller trusts (when `trustedKeyIds` is given) and that the signature holds.
 */
export function checkSignedTreeHead(
  input: unknown,
  crypto: { readonly sha256: Sha256; readonly verify: VerifySignature },
  trustedKeyIds?: ReadonlySet<string>,
): Result<SignedTreeHead> {
  const parsed = signedTreeHeadSchema.safeParse(input);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map(
        (i): Issue => ({
          code: 'tree_head_invalid',
          path: i.path.map(pathPart),
          message: i.message,
        }),
      ),
    );
  }
  const head = parsed.data;
  const publicKey = fromHex(head.publicKey) as Uint8Array;
  if (
    !equalBytes(
      fromHex(keyIdOf(crypto.sha256, publicKey)) as Uint8Array,
      fromHex(head.keyId) as Uint8Array,
    )
  ) {
    return fail([
      { code: 'tree_head_key_id', path: ['keyId'], message: 'keyId is not the hash of publicKey' },
    ]);
  }
  if (trustedKeyIds !== undefined && !trustedKeyIds.has(head.keyId)) {
    return fail([
      {
        code: 'tree_head_unknown_key',
        path: ['keyId'],
        message: `the head was signed with key ${head.keyId}, which is not one of this workspace's keys`,
      },
    ]);
  }
  const signature = fromHex(head.signature) as Uint8Array;
  if (!crypto.verify(treeHeadMessage(head), signature, publicKey)) {
    return fail([
      {
        code: 'tree_head_signature',
        path: ['signature'],
        message:
          'the signature does not match the tree head: it was altered or signed by another key',
      },
    ]);
  }
  return ok(head);
}

const pathPart = (part: PropertyKey): string | number =>
  typeof part === 'number' ? part : String(part);
