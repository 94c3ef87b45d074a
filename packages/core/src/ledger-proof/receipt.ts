/**
 * A statement receipt: what a partner keeps to check, offline and without trusting our
 * server, that a settlement statement is what was agreed and follows from the ledger.
 *
 * It holds the statement (signed by the workspace's key over its canonical JSON), the
 * signed tree head the statement covers, each ledger entry the statement read with its
 * inclusion proof in that tree, and the public key. `checkReceipt` verifies every
 * signature and proof and then settles the proven entries again under the statement's
 * terms: the lines, balances and transfers must come out the same.
 */
import { z } from 'zod';
import type { LedgerEvent } from '../agreements/event-schema.js';
import { settleAcrossVersions, type TermsVersion } from '../agreements/settle-versions.js';
import { validateAgreement, validateLedgerEvent } from '../agreements/validate.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { canonicalJson } from './canonical-json.js';
import { fromHex, hashLeaf, type Sha256, utf8 } from './hash.js';
import {
  checkSignedTreeHead,
  keyIdOf,
  signedTreeHeadSchema,
  type VerifySignature,
} from './tree-head.js';
import { verifyInclusion } from './verify.js';

const hex = z.string().regex(/^[0-9a-f]*$/, 'expected lower-case hex');

/** The signed part of a statement; the server may add fields (all are covered by the signature). */
export const statementDocumentSchema = z
  .object({
    workspace: z.string(),
    agreement: z.string(),
    number: z.int().min(1),
    period: z.object({ from: z.string(), to: z.string() }),
    termsVersion: z.int().min(1),
    terms: z.unknown(),
    balances: z.record(z.string(), z.number()),
    transfers: z.array(z.object({ from: z.string(), to: z.string(), amount: z.number() })),
    lines: z.array(z.unknown()),
    entries: z.array(z.int().min(1)),
    treeHead: signedTreeHeadSchema,
    supersedes: z.int().min(1).nullable(),
    createdAt: z.string(),
    /** When an amendment took effect within the period: every terms version used. */
    termsVersions: z
      .array(z.object({ version: z.int().min(1), effectiveFrom: z.string(), terms: z.unknown() }))
      .optional(),
  })
  .loose();

export type StatementDocument = z.infer<typeof statementDocumentSchema>;

export const receiptSchema = z.object({
  format: z.literal('partnerfolio-receipt'),
  version: z.literal(1),
  statement: statementDocumentSchema,
  signature: hex,
  publicKey: hex,
  entries: z.array(z.object({ seq: z.int().min(1), leaf: z.string(), proof: z.array(hex) })),
});

export type Receipt = z.infer<typeof receiptSchema>;

/** The bytes the workspace key signs for a statement. */
export const statementMessage = (statement: StatementDocument): Uint8Array =>
  utf8(`partnerfolio-statement/v1\n${canonicalJson(statement)}`);

export interface ReceiptCheck {
  readonly agreement: string;
  readonly number: number;
  readonly entries: number;
  readonly treeSize: number;
}

const bad = (code: string, path: Issue['path'], message: string) =>
  fail<ReceiptCheck>([{ code, path, message }]);

export function checkReceipt(
  input: unknown,
  crypto: { readonly sha256: Sha256; readonly verify: VerifySignature },
): Result<ReceiptCheck> {
  const parsed = receiptSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return bad(
      'receipt_invalid',
      (first?.path ?? []).map((p) => (typeof p === 'number' ? p : String(p))),
      `not a statement receipt: ${first?.message ?? 'wrong shape'}`,
    );
  }
  const receipt = parsed.data;
  const { statement } = receipt;
  const head = statement.treeHead;
  const publicKey = fromHex(receipt.publicKey);
  if (publicKey === null || publicKey.length !== 32 || receipt.publicKey !== head.publicKey) {
    return bad(
      'receipt_key',
      ['publicKey'],
      'the public key is not the one that signed the tree head',
    );
  }
  const signedHead = checkSignedTreeHead(
    head,
    crypto,
    new Set([keyIdOf(crypto.sha256, publicKey)]),
  );
  if (!signedHead.ok) {
    return fail(
      signedHead.issues.map((i) => ({ ...i, path: ['statement', 'treeHead', ...i.path] })),
    );
  }
  const signature = fromHex(receipt.signature);
  if (signature === null || !crypto.verify(statementMessage(statement), signature, publicKey)) {
    return bad(
      'receipt_signature',
      ['signature'],
      'the statement does not match its signature: it was altered',
    );
  }
  const seqs = receipt.entries.map((e) => e.seq);
  if (canonicalJson(seqs) !== canonicalJson(statement.entries)) {
    return bad(
      'receipt_entries',
      ['entries'],
      'the receipt does not carry exactly the entries the statement read',
    );
  }
  const root = fromHex(head.rootHash) as Uint8Array;
  const events: LedgerEvent[] = [];
  for (const [i, entry] of receipt.entries.entries()) {
    const proof = entry.proof.map(fromHex);
    if (entry.seq > head.size || proof.some((p) => p === null)) {
      return bad('receipt_proof', ['entries', i], `entry ${entry.seq} is not in the signed tree`);
    }
    const included = verifyInclusion(crypto.sha256, {
      index: entry.seq - 1,
      size: head.size,
      leafHash: hashLeaf(crypto.sha256, utf8(entry.leaf)),
      proof: proof as Uint8Array[],
      root,
    });
    if (!included.ok) {
      return bad(
        'receipt_proof',
        ['entries', i],
        `entry ${entry.seq} is not in the signed tree: ${included.issues[0]?.message ?? ''}`,
      );
    }
    let content: { event?: unknown };
    try {
      content = JSON.parse(entry.leaf) as { event?: unknown };
    } catch {
      return bad('receipt_entry', ['entries', i, 'leaf'], `entry ${entry.seq} is not JSON`);
    }
    const event = validateLedgerEvent(content.event);
    if (!event.ok)
      return bad(
        'receipt_entry',
        ['entries', i, 'leaf'],
        `entry ${entry.seq} is not a ledger event`,
      );
    events.push(event.value);
  }
  const versions: TermsVersion[] = [];
  const listed = statement.termsVersions ?? [
    {
      version: statement.termsVersion,
      effectiveFrom: statement.period.from,
      terms: statement.terms,
    },
  ];
  for (const [i, v] of listed.entries()) {
    const terms = validateAgreement(v.terms);
    if (!terms.ok) {
      return bad(
        'receipt_terms',
        ['statement', 'termsVersions', i],
        "the statement's terms are not a valid agreement",
      );
    }
    versions.push({ version: v.version, effectiveFrom: v.effectiveFrom, agreement: terms.value });
  }
  const settled = settleAcrossVersions(versions, events, statement.period);
  if (!settled.ok) {
    return bad(
      'receipt_settle',
      ['statement'],
      `the entries cannot be settled: ${settled.issues[0]?.message ?? ''}`,
    );
  }
  const again = settled.value;
  const same =
    canonicalJson(again.balances) === canonicalJson(statement.balances) &&
    canonicalJson(again.transfers) === canonicalJson(statement.transfers) &&
    canonicalJson(again.lines) === canonicalJson(statement.lines);
  if (!same) {
    return bad(
      'receipt_settlement',
      ['statement'],
      "settling the proven entries under the statement's terms gives other amounts",
    );
  }
  return ok({
    agreement: statement.agreement,
    number: statement.number,
    entries: receipt.entries.length,
    treeSize: head.size,
  });
}
