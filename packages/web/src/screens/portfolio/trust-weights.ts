/**
 * "Weight returns by trust" in the browser, so that its Monte Carlo run (the histogram)
 * draws the same samples as the server's: core's delivery model (each partner's return
 * times its probability of delivery, a Beta posterior centred on the workspace's record)
 * written into the exported spec, exactly as the server does.
 */
import type { components } from '../../api/schema';
import { type DeliveryPosterior, deliveryModel, withDelivery } from '../../engine';

type TrustSummary = components['schemas']['TrustSummary'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every partner's delivery posterior from the workspace's trust summaries. */
export function deliveryOf(
  ids: readonly string[],
  trust: readonly TrustSummary[],
): Record<string, DeliveryPosterior> {
  const records = Object.fromEntries(
    trust.map((t) => [t.partner, { kept: t.kept, broken: t.broken }]),
  );
  const model = deliveryModel(ids, records);
  return model.ok ? { ...model.value.partners } : {};
}

/** The spec (as GET .../spec exports it) with each partner's delivery posterior. */
export function weightSpecByTrust(spec: unknown, trust: readonly TrustSummary[]): unknown {
  if (!isRecord(spec) || !Array.isArray(spec.partners)) return spec;
  const partners = spec.partners.filter(
    (p: unknown): p is { id: string } => isRecord(p) && typeof p.id === 'string',
  );
  if (partners.length !== spec.partners.length) return spec;
  const ids = partners.map((p) => p.id);
  return withDelivery({ ...spec, partners }, deliveryOf(ids, trust));
}
