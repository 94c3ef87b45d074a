/**
 * Settlement statements of an agreement: record one for a period, list and read them,
 * answer one (accept or dispute) for a party, mark a final one's transfer paid, and
 * download its receipt (checked offline by `partnerfolio ledger check-receipt`).
 */
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import {
  presentReceipt,
  presentStatement,
  receiptSchemaOut,
  statementSchema,
} from '../../presenters/statement.js';
import { statementReceipt } from '../../store/statements/receipt.js';
import {
  agreementStatements,
  markTransferPaid,
  readStatement,
  recordStatement,
  respondToStatement,
} from '../../store/statements/statements.js';
import { agreementParams } from '../agreements/schema.js';
import { agreementForCaller, requireOwnParty } from '../partner-scope.js';
import { paymentBody, recordStatementBody, responseBody, statementParams } from './schema.js';

export const statementRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['statements'];
  /** Partner users too, on the agreements their partner is party to (partner-scope.ts). */
  const read = access.workspace('agreements', 'read', { partners: true });
  const answer = access.workspace('agreements', 'write', { partners: true });
  const write = access.workspace('agreements', 'write');
  const base = '/api/workspaces/:slug/agreements/:id/statements';

  app.get(
    base,
    {
      config: { access: read },
      schema: {
        summary: "The agreement's settlement statements, oldest first",
        tags,
        params: agreementParams,
        response: { 200: z.array(statementSchema).readonly() },
      },
    },
    async (request) => {
      await agreementForCaller(db, request, request.params.id);
      const statements = await agreementStatements(db, workspaceOf(request).id, request.params.id);
      return statements.map(presentStatement);
    },
  );

  app.post(
    base,
    {
      config: { access: write },
      schema: {
        summary: 'Settle a period and record the result as a signed statement',
        tags,
        params: agreementParams,
        body: recordStatementBody,
        response: { 201: statementSchema },
      },
    },
    async (request, reply) => {
      const statement = await recordStatement(
        db,
        workspaceOf(request),
        request.params.id,
        request.body,
        actorOf(request),
      );
      return reply.code(201).send(presentStatement(statement));
    },
  );

  app.get(
    `${base}/:number`,
    {
      config: { access: read },
      schema: {
        summary: 'One statement, with the answers and payments recorded against it',
        tags,
        params: statementParams,
        response: { 200: statementSchema },
      },
    },
    async (request) => {
      await agreementForCaller(db, request, request.params.id);
      return presentStatement(
        await readStatement(db, workspaceOf(request).id, request.params.id, request.params.number),
      );
    },
  );

  app.post(
    `${base}/:number/responses`,
    {
      config: { access: answer },
      schema: {
        summary:
          "A party's answer: accept, or dispute naming the lines and why (a partner's contact answers as its own party)",
        tags,
        params: statementParams,
        body: responseBody,
        response: { 200: statementSchema },
      },
    },
    async (request) => {
      const agreement = await agreementForCaller(db, request, request.params.id);
      requireOwnParty(request, agreement, request.body.party);
      return presentStatement(
        await respondToStatement(
          db,
          workspaceOf(request).id,
          request.params.id,
          request.params.number,
          request.body,
          actorOf(request),
        ),
      );
    },
  );

  app.post(
    `${base}/:number/payments`,
    {
      config: { access: write },
      schema: {
        summary: "Mark one of a final statement's transfers paid (date and reference)",
        tags,
        params: statementParams,
        body: paymentBody,
        response: { 200: statementSchema },
      },
    },
    async (request) =>
      presentStatement(
        await markTransferPaid(
          db,
          workspaceOf(request).id,
          request.params.id,
          request.params.number,
          request.body,
          actorOf(request),
        ),
      ),
  );

  app.get(
    `${base}/:number/receipt`,
    {
      config: { access: read },
      schema: {
        summary:
          'The statement with its tree head, inclusion proofs and public key, to check offline',
        tags,
        params: statementParams,
        response: { 200: receiptSchemaOut },
      },
    },
    async (request, reply) => {
      const { id, number } = request.params;
      await agreementForCaller(db, request, id);
      const receipt = await statementReceipt(db, workspaceOf(request).id, id, number);
      void reply.header(
        'content-disposition',
        `attachment; filename="receipt-${id}-${number}.json"`,
      );
      return presentReceipt(receipt);
    },
  );
};
