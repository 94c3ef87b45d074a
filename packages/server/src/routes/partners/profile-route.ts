/**
 * A partner's public profile: who the organisation is (name, kind, status, domains, what
 * it offers), without our scores, estimates, contacts or notes. A partner's contact
 * (role `partner`) reads its own organisation's profile here, and no other.
 */
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { presentAs } from '../../presenters/report.js';
import { notFound } from '../../store/errors.js';
import { getPartner } from '../../store/partners.js';
import { partnerScope } from '../partner-scope.js';
import { partnerParams } from '../reviews/schema.js';

const profileSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    status: z.string(),
    domains: z.array(z.string()),
    offers: z.array(z.string()),
  })
  .meta({ id: 'PartnerProfile' });

export const partnerProfileRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/workspaces/:slug/partners/:key/profile',
    {
      config: { access: access.workspace('partners', 'read', { partners: true }) },
      schema: {
        summary: "A partner's profile (a partner's contact: its own organisation only)",
        tags: ['partners'],
        params: partnerParams,
        response: { 200: profileSchema },
      },
    },
    async (request) => {
      const own = partnerScope(request);
      if (own !== null && own !== request.params.key) {
        throw notFound(`partner "${request.params.key}"`);
      }
      const p = await getPartner(db, workspaceOf(request).id, request.params.key);
      return presentAs(profileSchema)({
        id: p.id,
        name: p.name,
        kind: p.kind,
        status: p.status,
        domains: [...p.domains],
        offers: [...p.offers],
      });
    },
  );
};
