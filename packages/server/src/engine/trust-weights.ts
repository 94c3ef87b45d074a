/**
 * "Weight returns by trust": each partner's return counts times its probability of
 * delivery, core's Beta posterior centred on the workspace's own record
 * (core/src/trust/delivery.ts, docs/model.md "Trust"). The posteriors are written into the
 * spec (`delivery: { beta: [α, β] }`), so a job keeps the trust known when it was
 * submitted and the browser's Monte Carlo runs the same document.
 */
import { type DeliveryPosterior, deliveryModel } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { StoreError } from '../store/errors.js';
import { workspaceTrust } from '../store/reviews/trust.js';
import { today } from '../store/tx.js';

export { withDelivery } from '@partnerfolio/core';

/** Every listed partner's delivery posterior, from every partner's decayed record. */
export async function deliveryPosteriors(
  db: Db,
  workspaceId: string,
  keys: readonly string[],
  options: { readonly priorStrength?: number } = {},
): Promise<Record<string, DeliveryPosterior>> {
  // Outcomes dated after today do not count yet (workspaceTrust leaves them out).
  const trust = await workspaceTrust(db, workspaceId, today(db));
  const records = Object.fromEntries(
    trust.map((t) => [t.partner, { kept: t.kept, broken: t.broken }]),
  );
  const model = deliveryModel(
    keys,
    records,
    options.priorStrength === undefined ? {} : { strength: options.priorStrength },
  );
  if (!model.ok) {
    throw new StoreError('invalid', model.issues[0]?.message ?? 'cannot weigh by trust', {
      issues: model.issues,
    });
  }
  return { ...model.value.partners };
}
