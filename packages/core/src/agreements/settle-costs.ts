/**
 * Cost share: the period's costs C in a pool are split among parties (fixed shares, or
 * in proportion to their usage), each part by largest remainder so the parts add up to
 * C exactly; whoever paid a cost is credited with it. The term's lines add up to 0.
 */
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { type Message, type MessageParam, message } from '../util/message.js';
import type { LedgerEvent } from './event-schema.js';
import { cmp, type Exact, exact, mul, sign, sum, ZERO } from './exact.js';
import { type Cents, formatExact, fromCents, largestRemainderSplit, roundCents } from './money.js';
import { type CentLine, centLine } from './report.js';
import { exactOf, ownEntry } from './schema-parts.js';
import { exactParam, moneyParam, percentParam } from './settle-messages.js';
import type { CostShareTerm } from './terms-schema.js';

export function settleCostShare(
  term: CostShareTerm,
  name: string,
  parties: readonly string[],
  events: readonly LedgerEvent[],
): Result<CentLine[]> {
  const costs = events.flatMap((e) => (e.kind === 'cost' && e.pool === term.pool ? [e] : []));
  if (costs.length === 0) return ok([]);
  const line = (party: string, cents: Cents, because: Message): CentLine =>
    centLine(name, 'costShare', party, cents, because);
  const total = roundCents(sum(costs.map((e) => exactOf(e.amount))));
  const credits = parties.flatMap((party) => {
    const paid = costs.filter((e) => e.paidBy === party);
    if (paid.length === 0) return [];
    const cents = roundCents(sum(paid.map((e) => exactOf(e.amount))));
    const spent = { amount: moneyParam(cents), pool: term.pool };
    const because =
      paid.length === 1
        ? message('settle.cost.paid', spent)
        : message('settle.cost.paid_times', { ...spent, payments: paid.length });
    return [line(party, cents, because)];
  });
  if (total === 0n) return ok(credits);
  const weights =
    term.split === 'byUse' ? usageOf(term, parties, events) : fixedShares(term, parties);
  if (!weights.ok) return weights;
  const parts = largestRemainderSplit(total, weights.value.shares);
  const charges = parties.flatMap((party, i) => {
    const share = weights.value.shares[i] ?? ZERO;
    if (sign(share) === 0) return [];
    const part = parts[i] ?? 0n;
    const quota = mul(fromCents(total), share);
    const charge = {
      basis: weights.value.describe(i, share),
      total: moneyParam(total),
      pool: term.pool,
      part: moneyParam(part),
    };
    const because =
      cmp(fromCents(part), quota) === 0
        ? message('settle.cost.charge', charge)
        : message('settle.cost.charge_allotted', { ...charge, quota: exactParam(quota) });
    return [line(party, -part, because)];
  });
  return ok([...credits, ...charges]);
}

interface Weights {
  readonly shares: Exact[];
  readonly describe: (index: number, share: Exact) => MessageParam;
}

function fixedShares(term: CostShareTerm, parties: readonly string[]): Result<Weights> {
  const split = term.split === 'byUse' ? {} : term.split;
  const shares = parties.map((p) => {
    const written = ownEntry(split, p);
    return written === undefined ? ZERO : exactOf(written);
  });
  return ok({ shares, describe: (_, share) => percentParam(share) });
}

/** Each party's units of use in the pool over the period, as weights. */
function usageOf(
  term: CostShareTerm,
  parties: readonly string[],
  events: readonly LedgerEvent[],
): Result<Weights> {
  const units = parties.map((party) =>
    sum(
      events.flatMap((e) =>
        e.kind === 'usage' && e.pool === term.pool && e.party === party
          ? [exactOf(e.quantity)]
          : [],
      ),
    ),
  );
  const all = sum(units);
  const issues: Issue[] = [];
  units.forEach((u, i) => {
    if (sign(u) >= 0) return;
    issues.push({
      code: 'negative_usage',
      path: ['split'],
      message: `${parties[i]}'s usage of pool \`${term.pool}\` adds up to ${formatExact(u)} in the period; usage cannot be below 0, check the corrections`,
    });
  });
  if (issues.length === 0 && sign(all) === 0) {
    issues.push({
      code: 'no_usage',
      path: ['split'],
      message: `pool \`${term.pool}\` has costs in the period but no usage to split them by (split: byUse); record usage events for it, or give fixed shares`,
    });
  }
  if (issues.length > 0) return fail(issues);
  const shares = units.map((u) => exact(u.n * all.d, u.d * all.n));
  const describe = (i: number, share: Exact) =>
    message('settle.cost.usage', {
      units: exactParam(units[i] ?? ZERO),
      all: exactParam(all),
      share: percentParam(share),
    });
  return ok({ shares, describe });
}
