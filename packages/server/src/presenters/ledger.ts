/**
 * How the ledger's checks and proofs appear in answers: whether the chain is intact (and
 * its first bad entry, as a message and its English), whether it extends a checkpoint,
 * and the Merkle proofs, each in its published shape.
 */
import { signedTreeHeadSchema } from '@partnerfolio/core';
import { z } from 'zod';
import { messageSchema } from '../http/message-schema.js';
import type { SinceVerification } from '../store/ledger-tree.js';
import type { LedgerVerification } from '../store/ledger-verify.js';
import { presentAs } from './report.js';

export const firstBadSchema = z.object({
  seq: z.int(),
  reason: z.string().meta({ description: "`because`'s English" }),
  because: messageSchema,
});

export const ledgerVerificationSchema = z
  .object({ intact: z.boolean(), entries: z.int(), firstBad: firstBadSchema.optional() })
  .meta({ id: 'LedgerVerification' });

export const presentLedgerVerification = (
  v: LedgerVerification,
): z.output<typeof ledgerVerificationSchema> =>
  v.intact
    ? { intact: true, entries: v.entries }
    : {
        intact: false,
        entries: v.entries,
        firstBad: { seq: v.firstBad.seq, reason: v.firstBad.reason, because: v.firstBad.because },
      };

export const sinceVerificationSchema = z
  .object({
    intact: z.boolean(),
    entries: z.int().optional(),
    reason: z.string().optional().meta({ description: "`because`'s English" }),
    because: messageSchema.optional().meta({ description: 'why the ledger does not extend it' }),
  })
  .meta({ id: 'LedgerSinceVerification' });

export const presentSinceVerification = (
  v: SinceVerification,
): z.output<typeof sinceVerificationSchema> =>
  v.intact
    ? { intact: true, entries: v.entries }
    : { intact: false, reason: v.reason, because: v.because };

const hashList = z.array(z.string()).readonly();
export const treeHeadSchema = signedTreeHeadSchema.meta({ id: 'SignedTreeHead' });
export const consistencySchema = z
  .object({ first: z.int(), second: z.int(), secondRoot: z.string(), proof: hashList })
  .meta({ id: 'LedgerConsistencyProof' });
export const inclusionSchema = z
  .object({
    seq: z.int(),
    size: z.int(),
    leafHash: z.string(),
    root: z.string(),
    proof: hashList,
  })
  .meta({ id: 'LedgerInclusionProof' });

export const presentTreeHead = presentAs(treeHeadSchema);
export const presentConsistencyProof = presentAs(consistencySchema);
export const presentInclusionProof = presentAs(inclusionSchema);
