/**
 * What a `partner` user (someone of a partner organisation, bound to one partner by its
 * key) may see on the routes that admit partners (`access.workspace(..., { partners: true })`):
 * only the agreements its partner is a party to, and what hangs off them. Anything else
 * answers 404, exactly as a record that does not exist, so that ids do not leak.
 */
import type { FastifyRequest } from 'fastify';
import { workspaceOf } from '../auth/principal.js';
import type { Db } from '../db/connect.js';
import { HttpProblem } from '../http/problem.js';
import { listAgreements } from '../store/agreements/list.js';
import { type Agreement, getAgreement } from '../store/agreements/present.js';
import { notFound } from '../store/errors.js';

/** The partner key of a partner caller; null for members of the workspace's own team. */
export function partnerScope(request: FastifyRequest): string | null {
  const workspace = workspaceOf(request);
  if (workspace.role !== 'partner') return null;
  // A partner membership without a key must see nothing, never everything.
  return workspace.partnerKey ?? '\u0000none';
}

/**
 * Throws 404 when a partner caller's partner is not a party to `agreement` (asked for as
 * `asked`): the very answer the store gives for an agreement that does not exist.
 */
export function requireParty(request: FastifyRequest, agreement: Agreement, asked: string): void {
  const key = partnerScope(request);
  if (key !== null && !agreement.parties.some((p) => p.partner === key)) {
    throw notFound(`agreement "${asked}"`);
  }
}

/** The ids of the agreements a partner caller is party to; null for the team (no limit). */
export async function partyAgreementIds(
  db: Db,
  request: FastifyRequest,
): Promise<ReadonlySet<string> | null> {
  const key = partnerScope(request);
  if (key === null) return null;
  const agreements = await listAgreements(db, workspaceOf(request).id, { partner: key });
  return new Set(agreements.map((a) => a.id));
}

/** Reads an agreement for the caller: "not found" for a partner caller not party to it. */
export async function agreementForCaller(
  db: Db,
  request: FastifyRequest,
  code: string,
): Promise<Agreement> {
  const agreement = await getAgreement(db, workspaceOf(request).id, code);
  requireParty(request, agreement, code);
  return agreement;
}

/**
 * A partner caller answers (accepts, disputes) only as its own partner's party of the
 * agreement; naming another party is refused (403). The team answers for any party.
 */
export function requireOwnParty(
  request: FastifyRequest,
  agreement: Agreement,
  party: string,
): void {
  const key = partnerScope(request);
  if (key === null) return;
  const own = agreement.parties.find((p) => p.partner === key)?.party;
  if (own !== party) {
    throw new HttpProblem(
      'forbidden',
      `a partner's contact answers only as its own party${own === undefined ? '' : ` ("${own}")`}`,
      { errors: [{ path: 'party', message: 'not your party' }] },
    );
  }
}
