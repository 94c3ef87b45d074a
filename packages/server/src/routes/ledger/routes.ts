/** The workspace's settlement ledger and the check of its hash chain. */
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { ledgerEntrySchema, presentLedgerEntry } from '../../presenters/agreement.js';
import { ledgerVerificationSchema, presentLedgerVerification } from '../../presenters/ledger.js';
import { getAgreement } from '../../store/agreements/present.js';
import { readLedger } from '../../store/ledger.js';
import { verifyLedger } from '../../store/ledger-verify.js';
import { partyAgreementIds, requireParty } from '../partner-scope.js';
import { slugParam } from '../shared-schema.js';

const date = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
const ledgerQuery = z.object({
  agreement: z.string().max(200).optional(),
  from: date.optional(),
  to: date.optional(),
});
export const ledgerRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['ledger'];
  const read = access.workspace('ledger', 'read');

  app.get(
    '/api/workspaces/:slug/ledger',
    {
      config: { access: access.workspace('ledger', 'read', { partners: true }) },
      schema: {
        summary: 'Ledger entries in the order recorded (filter by agreement and event dates)',
        tags,
        params: slugParam,
        querystring: ledgerQuery,
        response: { 200: z.array(ledgerEntrySchema).readonly() },
      },
    },
    async (request) => {
      const ws = workspaceOf(request).id;
      const { agreement, from, to } = request.query;
      const found = agreement === undefined ? undefined : await getAgreement(db, ws, agreement);
      if (found && agreement !== undefined) requireParty(request, found, agreement);
      const entries = await readLedger(db, ws, {
        ...(found === undefined ? {} : { agreementId: found.id }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      });
      // A partner user sees the entries of its own agreements only.
      const allowed = await partyAgreementIds(db, request);
      const visible =
        allowed === null
          ? entries
          : entries.filter((e) => e.agreementId !== null && allowed.has(e.agreementId));
      return visible.map(presentLedgerEntry);
    },
  );

  app.get(
    '/api/workspaces/:slug/ledger/verify',
    {
      config: { access: read },
      schema: {
        summary: "Whether the ledger's hash chain is intact; if not, the first bad entry",
        tags,
        params: slugParam,
        response: { 200: ledgerVerificationSchema },
      },
    },
    async (request) => {
      return presentLedgerVerification(await verifyLedger(db, workspaceOf(request).id));
    },
  );
};
