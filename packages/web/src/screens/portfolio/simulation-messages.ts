/** What the page and the Monte Carlo worker say to each other. */
import type { SimulationSummary } from './engine';
import type { Histogram } from './histogram';

export interface SimulationRequest {
  /** The workspace's spec as GET .../spec exports it (what the server simulates too). */
  readonly spec: unknown;
  readonly selected: readonly string[];
  readonly scenarios: number;
  readonly seed: number;
}

export type SimulationReply =
  | { readonly type: 'progress'; readonly progress: number }
  | { readonly type: 'done'; readonly summary: SimulationSummary; readonly histogram: Histogram }
  | { readonly type: 'failed'; readonly message: string };
