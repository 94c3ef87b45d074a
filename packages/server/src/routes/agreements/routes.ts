/**
 * Agreements (the cooperation mechanisms): list, create, read, change; their money
 * events on the ledger, the settlement of a period, and fair shares of a joint project.
 */
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import { agreementFairShares, airportShares } from '../../engine/fair-shares.js';
import type { RoutePlugin } from '../../http/context.js';
import { expectedVersion, setEtag } from '../../http/versions.js';
import {
  agreementSchema,
  ledgerEntrySchema,
  presentAgreement,
  presentLedgerEntry,
} from '../../presenters/agreement.js';
import {
  airportSchema,
  fairSharesSchema,
  presentAirportSplit,
  presentFairShares,
  presentSettlement,
  settlementSchema,
} from '../../presenters/settlement.js';
import { recordLedgerEvent, settleFromLedger } from '../../store/agreements/events.js';
import { listAgreements } from '../../store/agreements/list.js';
import { getAgreement } from '../../store/agreements/present.js';
import { createAgreement, updateAgreement } from '../../store/agreements/writes.js';
import { readLedger } from '../../store/ledger.js';
import { partnerScope, requireParty } from '../partner-scope.js';
import { slugParam } from '../shared-schema.js';
import {
  agreementParams,
  agreementQuery,
  airportBody,
  createAgreementBody,
  fairShareBody,
  ledgerEventBody,
  patchAgreementBody,
  settleBody,
} from './schema.js';

export const agreementRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['agreements'];
  const read = access.workspace('agreements', 'read');
  /** Partner users too: they see only the agreements their partner is party to. */
  const partyRead = access.workspace('agreements', 'read', { partners: true });
  const write = access.workspace('agreements', 'write');
  const base = '/api/workspaces/:slug/agreements';

  app.get(
    base,
    {
      config: { access: partyRead },
      schema: {
        summary: 'Agreements (optionally those of one partner, or in one status)',
        tags,
        params: slugParam,
        querystring: agreementQuery,
        response: { 200: z.array(agreementSchema).readonly() },
      },
    },
    async (request) => {
      const { status } = request.query;
      // A partner user's list is its own partner's, whatever the query asks.
      const partner = partnerScope(request) ?? request.query.partner;
      const agreements = await listAgreements(db, workspaceOf(request).id, {
        ...(partner === undefined ? {} : { partner }),
        ...(status === undefined ? {} : { status }),
      });
      return agreements.map(presentAgreement);
    },
  );

  app.post(
    base,
    {
      config: { access: write },
      schema: {
        summary: 'Create an agreement from its terms (a draft unless `status` says otherwise)',
        tags,
        params: slugParam,
        body: createAgreementBody,
        response: { 201: agreementSchema },
      },
    },
    async (request, reply) => {
      const agreement = await createAgreement(
        db,
        workspaceOf(request).id,
        request.body,
        actorOf(request),
      );
      setEtag(reply, agreement.version);
      return reply.code(201).send(presentAgreement(agreement));
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: partyRead },
      schema: {
        summary: 'An agreement',
        tags,
        params: agreementParams,
        response: { 200: agreementSchema },
      },
    },
    async (request, reply) => {
      const agreement = await getAgreement(db, workspaceOf(request).id, request.params.id);
      requireParty(request, agreement, request.params.id);
      setEtag(reply, agreement.version);
      return presentAgreement(agreement);
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: write },
      schema: {
        summary:
          "Change an agreement's terms, status or fair-share table (send the version you read)",
        tags,
        params: agreementParams,
        body: patchAgreementBody,
        response: { 200: agreementSchema },
      },
    },
    async (request, reply) => {
      const { version, ...patch } = request.body;
      const agreement = await updateAgreement(
        db,
        workspaceOf(request).id,
        request.params.id,
        patch,
        expectedVersion(request, version),
        actorOf(request),
      );
      setEtag(reply, agreement.version);
      return presentAgreement(agreement);
    },
  );

  app.get(
    `${base}/:id/ledger`,
    {
      config: { access: access.workspace('ledger', 'read', { partners: true }) },
      schema: {
        summary: "The agreement's ledger entries, in the order they were recorded",
        tags,
        params: agreementParams,
        response: { 200: z.array(ledgerEntrySchema).readonly() },
      },
    },
    async (request) => {
      const ws = workspaceOf(request).id;
      const agreement = await getAgreement(db, ws, request.params.id);
      requireParty(request, agreement, request.params.id);
      const entries = await readLedger(db, ws, { agreementId: agreement.id });
      return entries.map(presentLedgerEntry);
    },
  );

  app.post(
    `${base}/:id/ledger`,
    {
      config: { access: access.workspace('ledger', 'write') },
      schema: {
        summary:
          'Record an event (revenue, cost, usage, milestone met); corrections are new events',
        tags,
        params: agreementParams,
        body: ledgerEventBody,
        response: { 201: ledgerEntrySchema },
      },
    },
    async (request, reply) => {
      const entry = await recordLedgerEvent(
        db,
        workspaceOf(request).id,
        request.params.id,
        request.body,
        actorOf(request),
      );
      return reply.code(201).send(presentLedgerEntry(entry));
    },
  );

  app.post(
    `${base}/:id/settle`,
    {
      config: { access: partyRead },
      schema: {
        summary: 'Who owes whom for a period (both dates inclusive), line by line',
        tags,
        params: agreementParams,
        body: settleBody,
        response: { 200: settlementSchema },
      },
    },
    async (request) => {
      const ws = workspaceOf(request).id;
      requireParty(request, await getAgreement(db, ws, request.params.id), request.params.id);
      return presentSettlement(await settleFromLedger(db, ws, request.params.id, request.body));
    },
  );

  app.post(
    `${base}/:id/fair-shares`,
    {
      config: { access: read },
      schema: {
        summary:
          "The Shapley split of the coalition table, the core, and the agreement's fixed split",
        tags,
        params: agreementParams,
        body: fairShareBody,
        response: { 200: fairSharesSchema },
      },
    },
    async (request) =>
      presentFairShares(
        await agreementFairShares(db, workspaceOf(request).id, request.params.id, request.body),
      ),
  );

  app.post(
    '/api/workspaces/:slug/airport-split',
    {
      config: { access: read },
      schema: {
        summary: 'Split the cost of shared infrastructure by the airport rule',
        tags,
        params: slugParam,
        body: airportBody,
        response: { 200: airportSchema },
      },
    },
    async (request) => presentAirportSplit(airportShares(request.body)),
  );
};
