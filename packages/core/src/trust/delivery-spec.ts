import type { DeliveryPosterior } from './delivery.js';

/**
 * "Weight returns by trust": the spec with each partner's delivery posterior written as
 * its `delivery: { beta: [α, β] }`, so every reader (the server's jobs, the browser's
 * Monte Carlo) runs the same model from the same document. Partners without a posterior
 * are left as they are.
 */
export function withDelivery<S extends { readonly partners: readonly { readonly id: string }[] }>(
  spec: S,
  posteriors: Readonly<Record<string, DeliveryPosterior>>,
): S {
  return {
    ...spec,
    partners: spec.partners.map((p) => {
      const d = posteriors[p.id];
      return d === undefined ? p : { ...p, delivery: { beta: [d.alpha, d.beta] } };
    }),
  } as S;
}
