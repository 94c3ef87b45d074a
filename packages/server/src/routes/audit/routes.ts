/** The workspace's audit log (newest first, paged by `before`) and its hash-chain check. */
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { messageSchema } from '../../http/message-schema.js';
import { presentAuditEntry } from '../../presenters/portfolio.js';
import { presentAs } from '../../presenters/report.js';
import { listAudit } from '../../store/audit.js';
import { verifyAuditChain } from '../../store/audit-verify.js';
import { queryInt, slugParam } from '../shared-schema.js';

const auditEntrySchema = z
  .object({
    seq: z.int(),
    at: z.string(),
    actor: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    hash: z.string(),
    prevHash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

const auditQuery = z.object({
  entity: z.string().max(100).optional(),
  entityId: z.string().max(300).optional(),
  limit: queryInt(1, 500).default(100),
  before: queryInt(1, Number.MAX_SAFE_INTEGER).optional().meta({
    description: 'only entries older than this seq (the `next` of the previous page)',
  }),
});

const auditPage = z.object({
  items: z.array(auditEntrySchema),
  next: z.int().nullable().meta({ description: '`before` for the next page; null at the end' }),
});

const verification = z.object({
  intact: z.boolean(),
  entries: z.int(),
  firstBad: z.object({ seq: z.int(), reason: z.string(), because: messageSchema }).optional(),
});

export const auditRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['audit'];
  const read = access.workspace('audit', 'read');
  app.get(
    '/api/workspaces/:slug/audit',
    {
      config: { access: read },
      schema: {
        summary: 'Who changed what, when: newest first',
        tags,
        params: slugParam,
        querystring: auditQuery,
        response: { 200: auditPage },
      },
    },
    async (request) => {
      const { entity, entityId, limit, before } = request.query;
      const items = await listAudit(db, workspaceOf(request).id, {
        limit,
        ...(entity === undefined ? {} : { entity }),
        ...(entityId === undefined ? {} : { entityId }),
        ...(before === undefined ? {} : { before }),
      });
      const last = items.at(-1);
      return {
        items: items.map(presentAuditEntry),
        next: items.length === limit && last ? last.seq : null,
      };
    },
  );

  app.get(
    '/api/workspaces/:slug/audit/verify',
    {
      config: { access: read },
      schema: {
        summary: "Check the audit log's hash chain: finds any edited or deleted entry",
        tags,
        params: slugParam,
        response: { 200: verification },
      },
    },
    async (request) => {
      const result = await verifyAuditChain(db, workspaceOf(request).id);
      return presentAs(verification)(
        result.intact
          ? { intact: true, entries: result.entries }
          : {
              intact: false,
              entries: result.entries,
              firstBad: {
                seq: result.firstBad.seq,
                reason: result.firstBad.reason,
                because: result.firstBad.because,
              },
            },
      );
    },
  );
};
