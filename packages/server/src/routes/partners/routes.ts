/**
 * Partners: a paginated, filtered, sorted list; create; read; change (with the version
 * read: a stale one answers 409 with the current record); delete; lifecycle moves.
 */

import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { sendJson } from '../../http/json-text.js';
import { expectedVersion, setEtag } from '../../http/versions.js';
import { presentPartner } from '../../presenters/portfolio.js';
import type { PartnerInput, PartnerPatch } from '../../store/partner-input.js';
import {
  listPartners,
  normalizePartnerListQuery,
  partnerFilterKey,
} from '../../store/partner-list.js';
import { auditHead, HeadReader, PartnerListCache } from '../../store/partner-list-cache.js';
import {
  changePartnerStatus,
  createPartner,
  deletePartner,
  getPartner,
  updatePartner,
} from '../../store/partners.js';
import { noContent, slugParam, versionQuery } from '../shared-schema.js';
import {
  createPartnerBody,
  partnerListQuery,
  partnerPage,
  partnerParams,
  partnerSchema,
  patchPartnerBody,
  statusBody,
} from './schema.js';

export const partnerRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['partners'];
  /** List answers by audit head, one cache per app (per process). */
  const listCache = new PartnerListCache();
  const heads = new HeadReader((workspaceId) => auditHead(db, workspaceId));
  const read = access.workspace('partners', 'read');
  const write = access.workspace('partners', 'write');

  app.get(
    '/api/workspaces/:slug/partners',
    {
      config: { access: read },
      schema: {
        summary: 'Partners: paginated, filtered and sorted',
        tags,
        params: slugParam,
        querystring: partnerListQuery,
        response: { 200: partnerPage },
      },
    },
    async (request, reply) => {
      const workspaceId = workspaceOf(request).id;
      const { q, kind, status, domain, offer } = request.query;
      const query = normalizePartnerListQuery({
        limit: request.query.limit,
        offset: request.query.offset,
        sort: request.query.sort,
        ...(q === undefined ? {} : { q }),
        ...(kind === undefined ? {} : { kind }),
        ...(status === undefined ? {} : { status }),
        ...(domain === undefined ? {} : { domain }),
        ...(offer === undefined ? {} : { offer }),
      });
      // Read before the data (partner-list-cache.ts): an answer is never older than its head.
      const head = await heads.head(workspaceId);
      const queryKey = JSON.stringify(query);
      let body = listCache.page(workspaceId, head, queryKey);
      if (body === undefined) {
        const filterKey = partnerFilterKey(query);
        const known = listCache.total(workspaceId, head, filterKey);
        const page = await listPartners(
          db,
          workspaceId,
          query,
          known === undefined ? {} : { total: known },
        );
        listCache.setTotal(workspaceId, head, filterKey, page.total);
        // The route's own response schema serialises it, as Fastify's serializer would
        // (zod encode, then JSON.stringify), once per head rather than once per request.
        const encoded = partnerPage.safeEncode({
          items: page.items.map(presentPartner),
          total: page.total,
          limit: query.limit,
          offset: query.offset,
        });
        if (!encoded.success) {
          // A server fault (500), not the caller's: as a failed response serialisation.
          throw new Error(`the partner page does not fit its schema: ${encoded.error.message}`);
        }
        body = Buffer.from(JSON.stringify(encoded.data));
        listCache.setPage(workspaceId, head, queryKey, body);
      }
      return sendJson(reply, body);
    },
  );

  app.post(
    '/api/workspaces/:slug/partners',
    {
      config: { access: write },
      schema: {
        summary: 'Add a partner',
        tags,
        params: slugParam,
        body: createPartnerBody,
        response: { 201: partnerSchema },
      },
    },
    async (request, reply) => {
      // The validated body is the store's input again (its distributions in spec form); the
      // store re-validates it, and the cast only drops the read-only marks of the tuples.
      const input = request.body as PartnerInput;
      const partner = await createPartner(db, workspaceOf(request).id, input, actorOf(request));
      setEtag(reply, partner.version);
      return reply.code(201).send(presentPartner(partner));
    },
  );

  app.get(
    '/api/workspaces/:slug/partners/:id',
    {
      config: { access: read },
      schema: {
        summary: 'A partner',
        tags,
        params: partnerParams,
        response: { 200: partnerSchema },
      },
    },
    async (request, reply) => {
      const partner = await getPartner(db, workspaceOf(request).id, request.params.id);
      setEtag(reply, partner.version);
      return presentPartner(partner);
    },
  );

  app.patch(
    '/api/workspaces/:slug/partners/:id',
    {
      config: { access: write },
      schema: {
        summary: 'Change a partner (send the version you read, or If-Match)',
        tags,
        params: partnerParams,
        body: patchPartnerBody,
        response: { 200: partnerSchema },
      },
    },
    async (request, reply) => {
      const { version, ...patch } = request.body;
      const partner = await updatePartner(
        db,
        workspaceOf(request).id,
        request.params.id,
        patch as PartnerPatch,
        expectedVersion(request, version),
        actorOf(request),
      );
      setEtag(reply, partner.version);
      return presentPartner(partner);
    },
  );

  app.delete(
    '/api/workspaces/:slug/partners/:id',
    {
      config: { access: write },
      schema: {
        summary:
          'Delete a partner with its estimate, assessments and synergies (?version= or If-Match)',
        tags,
        params: partnerParams,
        querystring: versionQuery,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request, request.query.version);
      await deletePartner(
        db,
        workspaceOf(request).id,
        request.params.id,
        version,
        actorOf(request),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/workspaces/:slug/partners/:id/status',
    {
      config: { access: write },
      schema: {
        summary: 'Move a partner along its lifecycle (candidate → negotiating → active → ...)',
        tags,
        params: partnerParams,
        body: statusBody,
        response: { 200: partnerSchema },
      },
    },
    async (request, reply) => {
      const partner = await changePartnerStatus(
        db,
        workspaceOf(request).id,
        request.params.id,
        request.body.to,
        expectedVersion(request, request.body.version),
        actorOf(request),
      );
      setEtag(reply, partner.version);
      return presentPartner(partner);
    },
  );
};
