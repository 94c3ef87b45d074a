/**
 * The health check of an agreement, answered privately by people of both organisations:
 * each person has one answer per round (answering again replaces it), which nobody else
 * ever reads back. What is shown is core's small-group summary (`summarizePrivateHealth`):
 * a side's scores by dimension only when at least 3 of its people answered.
 */
import {
  HEALTH_DIMENSIONS,
  type HealthResponse,
  healthFacts,
  healthResponseSchema,
  type PrivateHealthSummary,
  summarizePrivateHealth,
} from '@partnerfolio/core';
import { z } from 'zod';
import type { Db } from '../db/connect.js';
import { readAgreement } from './agreements/present.js';
import { invalid } from './errors.js';
import { now, readTransaction, type Trx, writeTransaction } from './tx.js';

export const healthRoundSchema = z
  .string()
  .regex(/^[0-9A-Za-z-]{1,20}$/, { error: 'a round is 1 to 20 letters, digits or dashes' })
  .meta({ description: 'the round of the check, e.g. 2026 or 2026-H1 (default: this year)' });
export const healthScoresSchema = healthResponseSchema.shape.scores;
export type HealthScores = z.output<typeof healthScoresSchema>;

export interface HealthCheck {
  readonly round: string;
  /** Every round this agreement has answers in, newest first. */
  readonly rounds: readonly string[];
  /** The caller's own answer in this round, or null. */
  readonly mine: HealthScores | null;
  readonly summary: PrivateHealthSummary;
}

export const thisRound = (source: Db | Trx): string => now(source).slice(0, 4);

async function answersOf(q: Trx, agreementId: string, round: string): Promise<HealthResponse[]> {
  const rows = await q
    .selectFrom('health_answers')
    .select(['user_id', 'side', 'scores'])
    .where('agreement_id', '=', agreementId)
    .where('round', '=', round)
    .execute();
  return rows.map((r) => ({
    respondent: r.user_id,
    side: r.side === 'partner' ? 'partner' : 'us',
    scores: JSON.parse(r.scores) as HealthScores,
  }));
}

export async function readHealthCheck(
  q: Trx,
  workspaceId: string,
  code: string,
  round: string,
  userId: string,
): Promise<HealthCheck> {
  const agreement = await readAgreement(q, workspaceId, code);
  const answers = await answersOf(q, agreement.id, round);
  const rounds = await q
    .selectFrom('health_answers')
    .select('round')
    .distinct()
    .where('agreement_id', '=', agreement.id)
    .execute();
  const mine = answers.find((a) => a.respondent === userId);
  return {
    round,
    rounds: rounds.map((r) => r.round).sort((a, b) => b.localeCompare(a)),
    mine: mine === undefined ? null : mine.scores,
    summary: summarizePrivateHealth(answers),
  };
}

export interface HealthAnswerInput {
  readonly round: string;
  readonly side: 'us' | 'partner';
  readonly scores: HealthScores;
}

/** Records (or replaces) one person's answer; the audit log says who answered, not what. */
export async function answerHealthCheck(
  db: Db,
  workspaceId: string,
  code: string,
  userId: string,
  input: HealthAnswerInput,
): Promise<HealthCheck> {
  if (!HEALTH_DIMENSIONS.some((d) => input.scores[d] !== undefined)) {
    throw invalid(['scores'], 'score at least one dimension from 1 to 5', 'missing_field');
  }
  return writeTransaction(db, async (trx) => {
    const agreement = await readAgreement(trx, workspaceId, code, true);
    await trx
      .deleteFrom('health_answers')
      .where('agreement_id', '=', agreement.id)
      .where('round', '=', input.round)
      .where('user_id', '=', userId)
      .execute();
    await trx
      .insertInto('health_answers')
      .values({
        workspace_id: workspaceId,
        agreement_id: agreement.id,
        round: input.round,
        user_id: userId,
        side: input.side,
        scores: JSON.stringify(input.scores),
        at: now(trx),
      })
      .execute();
    return readHealthCheck(trx, workspaceId, code, input.round, userId);
  });
}

/**
 * What the review rules read of a partner's health checks in a period: the answers of
 * every agreement it is party to whose round falls in the period's years, summarised with
 * the small-group rule (so a review never shows more than the check itself).
 */
export async function partnerHealthFacts(
  q: Trx,
  workspaceId: string,
  partnerKey: string,
  period: { readonly start: string; readonly end: string },
): Promise<{ health?: number; healthGap?: number } | null> {
  const rows = await q
    .selectFrom('health_answers as h')
    .innerJoin('agreement_parties as p', 'p.agreement_id', 'h.agreement_id')
    .innerJoin('partners as pr', 'pr.id', 'p.partner_id')
    .select(['h.user_id', 'h.side', 'h.scores', 'h.round'])
    .where('h.workspace_id', '=', workspaceId)
    .where('pr.key', '=', partnerKey)
    .execute();
  const [from, to] = [period.start.slice(0, 4), period.end.slice(0, 4)];
  const inPeriod = rows.filter((r) => r.round.slice(0, 4) >= from && r.round.slice(0, 4) <= to);
  if (inPeriod.length === 0) return null;
  return healthFacts(
    summarizePrivateHealth(
      inPeriod.map((r) => ({
        respondent: r.user_id,
        side: r.side === 'partner' ? 'partner' : 'us',
        scores: JSON.parse(r.scores) as HealthScores,
      })),
    ),
  );
}

/** `readHealthCheck` in a read transaction of its own (what a route calls). */
export function readHealthCheckOf(
  db: Db,
  workspaceId: string,
  code: string,
  round: string,
  userId: string,
): Promise<HealthCheck> {
  return readTransaction(db, (trx) => readHealthCheck(trx, workspaceId, code, round, userId));
}
