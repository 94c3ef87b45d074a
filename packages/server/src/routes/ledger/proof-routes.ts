/**
 * Checkpoints and proofs of the workspace's ledger (RFC 9162 Merkle tree): the signed
 * tree head, consistency and inclusion proofs, and whether today's ledger extends a
 * checkpoint someone kept. Any member may read them: they exist so that either side of
 * an agreement can check the ledger without trusting the server.
 */
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import {
  consistencySchema,
  inclusionSchema,
  presentConsistencyProof,
  presentInclusionProof,
  presentSinceVerification,
  presentTreeHead,
  sinceVerificationSchema,
  treeHeadSchema,
} from '../../presenters/ledger.js';
import {
  ledgerConsistencyProof,
  ledgerInclusionProof,
  signLedgerCheckpoint,
  verifyLedgerSince,
} from '../../store/ledger-tree.js';
import { queryInt, slugParam } from '../shared-schema.js';

const MAX_SIZE = 2 ** 40;

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
        response: { 200: treeHeadSchema },
      },
    },
    async (request) => presentTreeHead(await signLedgerCheckpoint(db, workspaceOf(request))),
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
        response: { 200: sinceVerificationSchema },
      },
    },
    async (request) =>
      presentSinceVerification(
        await verifyLedgerSince(db, request.body, { workspace: workspaceOf(request).slug }),
      ),
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
        response: { 200: consistencySchema },
      },
    },
    async (request) =>
      presentConsistencyProof(
        await ledgerConsistencyProof(
          db,
          workspaceOf(request).id,
          request.query.from,
          request.query.to,
        ),
      ),
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
        response: { 200: inclusionSchema },
      },
    },
    async (request) =>
      presentInclusionProof(
        await ledgerInclusionProof(
          db,
          workspaceOf(request).id,
          request.query.seq,
          request.query.size,
        ),
      ),
  );
};
