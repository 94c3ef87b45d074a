import type { MilpSolver } from '@partnerfolio/core';
import { createHighsSolver } from '@partnerfolio/solver-highs';

let shared: Promise<MilpSolver> | undefined;

/**
 * The process's one HiGHS solver: its first load compiles the WASM module (about a
 * second), so it is made on first use and reused by every request and job after.
 */
export function sharedSolver(): Promise<MilpSolver> {
  shared ??= createHighsSolver().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
