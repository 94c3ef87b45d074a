/** Whether the browser's run and the server's agree: the same seed must give the same numbers. */
import type { SimulateDocument } from '../../api/types';
import type { SimulationSummary } from './engine';

export const CHECKED_STATISTICS = ['mean', 'sd', 'p5', 'p50', 'p95', 'probLoss', 'cvar5'] as const;
export type CheckedStatistic = (typeof CHECKED_STATISTICS)[number];

/** The statistics that differ (empty when the two runs agree exactly). */
export function disagreements(
  server: SimulateDocument,
  browser: SimulationSummary,
): CheckedStatistic[] {
  if (server.scenarios !== browser.scenarios) return [...CHECKED_STATISTICS];
  return CHECKED_STATISTICS.filter((key) => server[key] !== browser[key]);
}
