/**
 * Fair shares of a joint project: the Shapley split of the coalition table kept on the
 * agreement (or one the caller sends, or one built from the portfolio's synergy model),
 * whether it is in the core, and how the agreement's fixed split differs from it.
 */
import {
  airportSplit,
  expectedValue,
  type FairShareReport,
  MAX_COALITION_TABLE_PLAYERS,
  partnerValues,
  type ShapleyReport,
  synergyCoalitionValues,
} from '@partnerfolio/core';
import { z } from 'zod';
import type { Db } from '../db/connect.js';
import { readAgreement, US } from '../store/agreements/present.js';
import { StoreError } from '../store/errors.js';
import { loadWorkspacePortfolio } from '../store/spec-io.js';
import { keySchema, parseOrThrow } from '../store/validation.js';
import { runOnEngineThread } from './engine-thread.js';

export const fairShareQuerySchema = z.strictObject({
  /** Coalition values as in game files: members in party order joined by commas. */
  values: z.record(z.string(), z.number()).optional(),
  fixedSplit: z.record(keySchema, z.number()).optional(),
  type: z.enum(['profit', 'cost']).optional(),
  samples: z.int().min(100).max(1_000_000).optional(),
  seed: z
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
  fromPortfolio: z.boolean().optional().meta({
    description:
      "build the coalition table from the portfolio's value model: v(T) = Σ N_i + Σ s_ij over the partners in T (`us` adds 0)",
  }),
});
export type FairShareQuery = z.input<typeof fairShareQuerySchema>;

export interface AgreementFairShares extends FairShareReport {
  readonly players: readonly string[];
  /** Where the fixed split came from: the request, the stored table, or the IP split. */
  readonly fixedSplitSource: 'request' | 'stored' | 'ip.foreground' | 'none';
  /** The coalition table the split was computed from. */
  readonly values: Readonly<Record<string, number>>;
}

/** v(T) for every coalition of the parties from the portfolio's expected N_i and synergies. */
async function portfolioValues(db: Db, workspaceId: string, players: readonly string[]) {
  const { portfolio } = await loadWorkspacePortfolio(db, workspaceId);
  // The expected nets alone: no scores, no Monte Carlo (`evaluate` now samples S's risk).
  const byId = new Map(partnerValues(portfolio).map((v) => [v.id, v.net]));
  const net: Record<string, number> = {};
  for (const p of players) net[p] = byId.get(p) ?? 0;
  const synergies = portfolio.synergies
    .filter((s) => players.includes(s.between[0]) && players.includes(s.between[1]))
    .map((s) => ({ a: s.between[0], b: s.between[1], value: expectedValue(s.value) }));
  const values = synergyCoalitionValues({ players, net, synergies });
  if (!values.ok)
    throw new StoreError('invalid', values.issues[0]?.message ?? 'invalid', {
      issues: values.issues,
    });
  return values.value;
}

export async function agreementFairShares(
  db: Db,
  workspaceId: string,
  agreementId: string,
  query: FairShareQuery,
): Promise<AgreementFairShares> {
  const valid = parseOrThrow(fairShareQuerySchema, query, 'the request');
  const agreement = await readAgreement(db.kysely, workspaceId, agreementId);
  const players = agreement.document.parties;
  if (
    valid.values === undefined &&
    valid.fromPortfolio === true &&
    players.length > MAX_COALITION_TABLE_PLAYERS
  ) {
    return largeConsortium(db, workspaceId, agreement, valid);
  }
  const values =
    valid.values ??
    (valid.fromPortfolio === true
      ? await portfolioValues(db, workspaceId, players)
      : agreement.fairShare?.values);
  if (values === undefined) {
    throw new StoreError(
      'invalid',
      `agreement "${agreement.code}" has no coalition table yet: give the value of every coalition of ${players.join(', ')}`,
      {
        issues: [
          { code: 'missing_values', path: ['values'], message: 'coalition values are missing' },
        ],
      },
    );
  }
  const foreground = agreement.document.ip?.foreground;
  const [fixedSplit, fixedSplitSource] =
    valid.fixedSplit !== undefined
      ? [valid.fixedSplit, 'request' as const]
      : agreement.fairShare?.fixedSplit !== undefined
        ? [agreement.fairShare.fixedSplit, 'stored' as const]
        : foreground !== undefined
          ? [
              Object.fromEntries(Object.entries(foreground).map(([k, v]) => [k, Number(v)])),
              'ip.foreground' as const,
            ]
          : [undefined, 'none' as const];
  // The core's LP and the sampled Shapley values run on an engine thread.
  const report = await runOnEngineThread<FairShareReport>({
    kind: 'fair-share',
    input: {
      players,
      values,
      ...(valid.type === undefined ? {} : { type: valid.type }),
      ...(fixedSplit === undefined ? {} : { fixedSplit }),
    },
    seed: valid.seed ?? 1,
    samples: valid.samples,
  });
  if (!report.ok) {
    throw new StoreError('invalid', `cannot compute fair shares: ${report.issues[0]?.message}`, {
      issues: report.issues,
    });
  }
  return { ...report.value, players, fixedSplitSource, values };
}

export const airportQuerySchema = z.strictObject({
  /** Each party's need, as the cost of infrastructure that would serve it alone. */
  costs: z.record(keySchema, z.number()),
});

/** The cost of shared infrastructure (a cluster, a data platform) split by the airport rule. */
export function airportShares(query: z.input<typeof airportQuerySchema>) {
  const valid = parseOrThrow(airportQuerySchema, query, 'the request');
  const result = airportSplit(valid.costs);
  if (!result.ok) {
    throw new StoreError('invalid', `cannot split: ${result.issues[0]?.message}`, {
      issues: result.issues,
    });
  }
  return result.value;
}

/**
 * A consortium too large to tabulate (2^n coalitions): the portfolio's synergy game over
 * its partner parties, through the engine's game analysis: exact where the game has a
 * closed form (pairwise synergies do), otherwise sampled with a 95% confidence interval per
 * party (`samples`, `seed`). `us` adds nothing in that game.
 */
async function largeConsortium(
  db: Db,
  workspaceId: string,
  agreement: Awaited<ReturnType<typeof readAgreement>>,
  query: z.output<typeof fairShareQuerySchema>,
): Promise<AgreementFairShares> {
  const players = agreement.document.parties;
  const { portfolio } = await loadWorkspacePortfolio(db, workspaceId);
  const report = await runOnEngineThread<ShapleyReport>({
    kind: 'shapley-game',
    portfolio,
    players: players.filter((p) => p !== US),
    seed: query.seed ?? 1,
    samples: query.samples,
  });
  if (!report.ok)
    throw new StoreError('invalid', report.issues[0]?.message ?? 'invalid', {
      issues: report.issues,
    });
  const { shapley, ci, exact, samples, core } = report.value;
  const total = Object.values(shapley).reduce((a, b) => a + b, 0);
  const split = query.fixedSplit ?? agreement.fairShare?.fixedSplit;
  const rows = players.map((player) => {
    const value = shapley[player] ?? 0;
    const interval = ci?.[player];
    const fraction = split?.[player] ?? (split === undefined ? undefined : 0);
    return {
      player,
      shapley: value,
      ...(interval === undefined ? {} : { ci: interval }),
      ...(fraction === undefined
        ? {}
        : { fraction, fixed: fraction * total, difference: fraction * total - value }),
    };
  });
  return {
    type: 'profit',
    total,
    exact,
    ...(samples === undefined ? {} : { samples }),
    rows,
    core: {
      nonEmpty: core.nonEmpty,
      shapleyInCore: core.shapleyInCore,
      fixedInCore: null,
      method: 'synergy game',
      ...(core.reason === undefined ? {} : { reason: core.reason }),
    },
    players,
    fixedSplitSource:
      query.fixedSplit !== undefined ? 'request' : split !== undefined ? 'stored' : 'none',
    values: {},
  };
}
