/**
 * Attribution on stored outcomes: the body of `POST /api/workspaces/{slug}/attribute`
 * (the options of `partnerfolio attribute`, with the outcome and agreement instead of CSV
 * columns), the panel it makes (units linked to the agreement are treated from the period
 * holding its start date; units linked to no agreement are the controls; units of other
 * agreements are left out), and the run on a worker thread. The answer is the CLI's
 * `--json` document plus the agreement's code.
 */
import { fail, type Result } from '@partnerfolio/core';
import {
  type AttributionReport,
  type BlockPanel,
  CAUSAL_METHODS,
  DEFAULT_PLACEBO,
  MAX_PLACEBO,
  outcomePanel,
} from '@partnerfolio/core/causal';
import { z } from 'zod';
import type { Db } from '../db/connect.js';
import { readOutcomeData } from '../store/outcomes.js';
import { attributeOnThread } from './attribute-thread.js';

export const ATTRIBUTION_JOB_KIND = 'attribute';

/** The CLI's defaults: sdid, 200 placebo replications, seed 1. */
export const attributionOptions = z.strictObject({
  outcome: z.string().trim().min(1).max(200).meta({ description: 'the stored outcome to explain' }),
  agreement: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .meta({ description: 'the agreement (its code) whose start treats its linked units' }),
  method: z.enum(CAUSAL_METHODS).default('sdid'),
  placebo: z.int().min(2).max(MAX_PLACEBO).default(DEFAULT_PLACEBO).meta({
    description: 'placebo replications for the standard error',
  }),
  seed: z
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(1)
    .meta({
      description: 'random seed of the placebo draws (same seed, same answer)',
    }),
});
export type AttributionOptions = z.output<typeof attributionOptions>;

/**
 * Work of a run, as placebo replications × units × periods. Above this the API answers
 * with a job: 200 replications on 39 × 31 is 241,800 (well under a second); 1,000 units ×
 * 100 periods with 200 replications is 20,000,000 (seconds to tens of seconds).
 */
export const LONG_ATTRIBUTION_WORK = 2_000_000;

export const isLongAttribution = (panel: BlockPanel, options: AttributionOptions): boolean =>
  options.placebo * panel.units.length * panel.periods.length > LONG_ATTRIBUTION_WORK;

/** The panel of the stored outcome for the agreement (throws not_found for either). */
export async function loadAttributionPanel(
  db: Db,
  workspaceId: string,
  options: AttributionOptions,
): Promise<Result<BlockPanel>> {
  const data = await readOutcomeData(db, workspaceId, options.outcome, options.agreement);
  const treated = new Set<string>();
  const excluded = new Set<string>();
  for (const u of data.units) {
    if (u.agreement === data.agreement.code) treated.add(u.unit);
    else if (u.agreement !== null) excluded.add(u.unit);
  }
  return outcomePanel(data.points, { treated, excluded, start: data.agreement.start });
}

export type AttributionDocument = AttributionReport & {
  readonly seed: number;
  readonly outcome: string;
  readonly agreement: string;
};

export async function runAttribution(
  panel: BlockPanel,
  options: AttributionOptions,
  run: { readonly signal?: AbortSignal; readonly onProgress?: (fraction: number) => unknown } = {},
): Promise<Result<AttributionDocument>> {
  const result = await attributeOnThread(
    { panel, method: options.method, placebo: options.placebo, seed: options.seed },
    run,
  );
  if (!result.ok) return fail(result.issues);
  return {
    ok: true,
    value: {
      ...result.value,
      seed: options.seed,
      outcome: options.outcome,
      agreement: options.agreement,
    },
    warnings: result.warnings,
  };
}
