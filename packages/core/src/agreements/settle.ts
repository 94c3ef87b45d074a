/**
 * Settles an agreement over a period: every term turns the period's events into lines
 * (whole cents per party), the balances are the sums of the lines, and the transfers
 * settle the balances. Each term's lines add up to 0, so the balances do too.
 */
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import type { Agreement } from './agreement-schema.js';
import { checkAgreement } from './check-agreement.js';
import { checkEvents } from './check-events.js';
import { DATE_MESSAGE, inPeriod, isIsoDate } from './dates.js';
import type { LedgerEvent } from './event-schema.js';
import { toNumber } from './money.js';
import type { CentLine, SettleLine, SettleOptions, SettleReport } from './report.js';
import { settleCostShare } from './settle-costs.js';
import { settleMilestone } from './settle-milestones.js';
import { settleRevenueShare } from './settle-revenue.js';
import { viewTerm } from './terms-schema.js';
import { settleTransfers } from './transfers.js';

/** `from` and `to` are dates and in order. */
export function periodIssues({ from, to }: SettleOptions): Issue[] {
  const issues: Issue[] = [];
  if (!isIsoDate(from))
    issues.push({ code: 'invalid_date', path: ['from'], message: DATE_MESSAGE });
  if (!isIsoDate(to)) issues.push({ code: 'invalid_date', path: ['to'], message: DATE_MESSAGE });
  if (issues.length === 0 && from > to) {
    issues.push({
      code: 'empty_period',
      path: ['to'],
      message: `the period ends (${to}) before it starts (${from})`,
    });
  }
  return issues;
}

/**
 * Settles the events dated from `from` to `to` (both inclusive). Issue paths are those
 * of an agreement file: `agreement.terms[1].costShare.split`, `events[3].pool`, and
 * `from` / `to` for the period.
 */
export function settleAgreement(
  agreement: Agreement,
  events: readonly LedgerEvent[],
  options: SettleOptions,
): Result<SettleReport> {
  const { from, to } = options;
  const agreementIssues = checkAgreement(agreement).map((i) => ({
    ...i,
    path: ['agreement', ...i.path],
  }));
  const early = [...periodIssues(options), ...agreementIssues];
  if (early.length > 0) return fail(early);
  const checked = checkEvents(agreement, events);
  if (checked.issues.length > 0) return fail(checked.issues);

  const inside = events.filter((e) => inPeriod(e.date, from, to));
  const { parties } = agreement;
  const lines: CentLine[] = [];
  const issues: Issue[] = [];
  agreement.terms.forEach((term, i) => {
    const view = viewTerm(term);
    const name = `terms[${i}].${view.kind}`;
    if (view.kind === 'revenueShare') {
      lines.push(...settleRevenueShare(view.revenueShare, name, parties, inside));
    } else if (view.kind === 'milestone') {
      lines.push(...settleMilestone(view.milestone, name, events, from, to));
    } else {
      const result = settleCostShare(view.costShare, name, parties, inside);
      if (result.ok) lines.push(...result.value);
      else {
        const at = ['agreement', 'terms', i, 'costShare'];
        issues.push(...result.issues.map((x) => ({ ...x, path: [...at, ...x.path] })));
      }
    }
  });
  if (issues.length > 0) return fail(issues);

  const balances = new Map<string, bigint>(parties.map((p) => [p, 0n]));
  for (const line of lines) balances.set(line.party, (balances.get(line.party) ?? 0n) + line.cents);
  const total = [...balances.values()].reduce((a, b) => a + b, 0n);
  // Every term balances by construction; a non-zero total is a bug, never a user's input.
  if (total !== 0n || balances.size !== parties.length) {
    throw new Error(`settlement does not balance: ${total} cents left over`);
  }
  const transfers = settleTransfers([...balances]);
  const report: SettleReport = {
    agreement: agreement.id,
    ...(agreement.currency === undefined ? {} : { currency: agreement.currency }),
    period: { from, to },
    events: inside.length,
    balances: Object.fromEntries([...balances].map(([p, cents]) => [p, toNumber(cents)])),
    transfers: transfers.map((t) => ({ from: t.from, to: t.to, amount: toNumber(t.cents) })),
    lines: lines.map(
      (l): SettleLine => ({
        term: l.term,
        kind: l.kind,
        party: l.party,
        amount: toNumber(l.cents),
        explain: l.explain,
        because: l.because,
      }),
    ),
  };
  return ok(report, checked.warnings);
}
