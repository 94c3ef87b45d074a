/**
 * Checkpoints and proofs of the workspace's ledger (RFC 9162 Merkle tree): the signed
 * tree head, consistency and inclusion proofs, and whether today's ledger extends a
 * checkpoint someone kept. Any member may read them: they exist so that either side of
 * an agreement can check the ledger without trusting the server.
 */
import { signedTreeHeadSchema } from '@partnerfolio/core';
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import {
  ledgerConsistencyProof,
  ledgerInclusionProof,
  signLedgerCheckpoint,
  verifyLedgerSince,
} from '../../store/ledger-tree.js';
import { queryInt, slugParam } from '../shared-schema.js';

const MAX_SIZE = 2 ** 40;
const hashList = z.array(z.string()).readonly();
const treeHead = signedTreeHeadSchema.meta({ id: 'SignedTreeHead' });
const consistency = z
  .object({ first: z.int(), second: z.int(), secondRoot: z.string(), proof: hashList })
  .meta({ id: 'LedgerConsistencyProof' });
const inclusion = z
  .object({
    seq: z.int(),
    size: z.int(),
    leafHash: z.string(),
    root: z.string(),
    proof: hashList,
  })
  .meta({ id: 'LedgerInclusionProof' });
const since = z
  .object({ intact: z.boolean(), entries: z.int().optional(), reason: z.string().optional() })
  .meta({ id: 'LedgerSinceVerification' });

export const ledgerProofRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['ledger'];
  const read = access.workspace('ledger', 'read');

  app.get(
    '/api/workspaces/:slug/ledger/checkpoint',
    {
      config: { access: read },
      schema: {
        summary:
          "A signed head of the ledger's Merkle tree (the workspace's key is made on first use)",
        tags,
        params: slugParam,
        response: { 200: treeHead },
      },
    },
    async (request) => signLedgerCheckpoint(db, workspaceOf(request)),
  );

  app.post(
    '/api/workspaces/:slug/ledger/checkpoint/verify',
    {
      config: { access: read },
      schema: {
        summary: 'Whether the ledger today extends a signed tree head kept earlier',
        tags,
        params: slugParam,
        body: z.object({}).loose().meta({ description: 'a signed tree head' }),
        response: { 200: since },
      },
    },
    async (request) => {
      const head = request.body as { workspace?: unknown };
      if (head.workspace !== workspaceOf(request).slug) {
        return { intact: false, reason: 'the checkpoint is of another workspace' };
      }
      return verifyLedgerSince(db, head);
    },
  );

  app.get(
    '/api/workspaces/:slug/ledger/proof/consistency',
    {
      config: { access: read },
      schema: {
        summary: 'A consistency proof that the ledger of `to` entries extends that of `from`',
        tags,
        params: slugParam,
        querystring: z.object({
          from: queryInt(0, MAX_SIZE),
          to: queryInt(0, MAX_SIZE).optional(),
        }),
        response: { 200: consistency },
      },
    },
    async (request) =>
      ledgerConsistencyProof(db, workspaceOf(request).id, request.query.from, request.query.to),
  );

  app.get(
    '/api/workspaces/:slug/ledger/proof/inclusion',
    {
      config: { access: read },
      schema: {
        summary: 'The audit path of ledger entry `seq` in the tree of `size` entries',
        tags,
        params: slugParam,
        querystring: z.object({
          seq: queryInt(1, MAX_SIZE),
          size: queryInt(1, MAX_SIZE).optional(),
        }),
        response: { 200: inclusion },
      },
    },
    async (request) =>
      ledgerInclusionProof(db, workspaceOf(request).id, request.query.seq, request.query.size),
  );
};
