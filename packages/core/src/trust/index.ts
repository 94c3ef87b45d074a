/** Trust: beta reputation from kept and broken obligations, decaying with age. */
export {
  DEFAULT_HALF_LIFE_DAYS,
  type TrustEvent,
  type TrustOptions,
  type TrustScore,
  trustScore,
} from './beta-reputation.js';
export {
  DEFAULT_PRIOR_STRENGTH,
  type DeliveryModel,
  type DeliveryPosterior,
  type DeliveryRecord,
  deliveryModel,
  deliveryPosterior,
  workspaceBaseRate,
} from './delivery.js';
export { withDelivery } from './delivery-spec.js';
export { MAX_TREND_POINTS, type TrendOptions, type TrendPoint, trustTrend } from './trust-trend.js';
