/**
 * A review's actual figures, taken from the ledger rather than typed: the settlement of
 * the period under each of the partner's agreements, read from our side (`us`): a line
 * in our favour is return, a line we pay is cost. Items that never pass through the
 * ledger (a grant, an internal cost) are added only with evidence; a figure typed by
 * hand replaces all of it only as an override with a reason.
 */
import { z } from 'zod';
import type { SettleReport } from '../agreements/report.js';
import { renderEnglish } from '../messages/english.js';
import { validateWithSchema } from '../spec/validate-schema.js';
import { fail, ok, type Result } from '../util/issues.js';
import { type Message, message } from '../util/message.js';
import {
  centsInUnit,
  ledgerConversion,
  parseValueUnit,
  unitToCents,
  type ValueUnit,
} from '../workspace/value-unit.js';
import { moneyParam, SELF_PARTY } from './exit-terms.js';

export const offLedgerItemSchema = z.strictObject({
  kind: z.enum(['return', 'cost']),
  amount: z.number().min(0, { error: 'cannot be negative' }).max(1e13),
  evidence: z
    .string()
    .trim()
    .min(1, { error: 'an item off the ledger needs evidence: say what shows it' })
    .max(2000),
});
export type OffLedgerItem = z.output<typeof offLedgerItemSchema>;

export const actualOverrideSchema = z.strictObject({
  cost: z.number().min(0, { error: 'cannot be negative' }).max(1e13),
  return: z.number().min(0, { error: 'cannot be negative' }).max(1e13),
  reason: z
    .string()
    .trim()
    .min(1, { error: 'a typed actual replaces the ledger: say why' })
    .max(2000),
});
export type ActualOverride = z.output<typeof actualOverrideSchema>;

export interface AgreementActual {
  readonly agreement: string;
  readonly return: number;
  readonly cost: number;
  /** The settlement lines of our side it was read from. */
  readonly lines: number;
}

export interface ReviewActuals {
  readonly cost: number;
  readonly return: number;
  /** `ledger`: settlement lines plus items off the ledger; `override`: typed, with a reason. */
  readonly source: 'ledger' | 'override';
  readonly agreements: readonly AgreementActual[];
  readonly offLedger: readonly OffLedgerItem[];
  /** What the ledger said, even when overridden. */
  readonly ledger: { readonly cost: number; readonly return: number };
  readonly reason?: string;
  readonly because: Message;
  /**
   * Why the ledger cannot be compared with the plan (workspace in points, agreement in
   * another currency): then `ledger` counts only the agreements that can, and only a
   * typed override stands.
   */
  readonly incomparable?: Message;
}

const toCents = (x: number) => Math.round(x * 100);

const inputSchema = z.strictObject({
  offLedger: z.array(offLedgerItemSchema).max(200),
  override: actualOverrideSchema.optional(),
});

/**
 * Actual cost and return for a review from the settlements of its period (one per
 * agreement with the partner), the items off the ledger, and an optional override. Every
 * figure is in the workspace's value unit (`unit`; the ledger's amounts converted by
 * core's `ledgerConversion`; none given: as they are).
 */
export function reviewActuals(
  settlements: readonly SettleReport[],
  options: {
    readonly offLedger?: readonly OffLedgerItem[];
    readonly override?: ActualOverride;
    readonly unit?: ValueUnit;
  },
): Result<ReviewActuals> {
  const checked = validateWithSchema(inputSchema, {
    offLedger: options.offLedger ?? [],
    ...(options.override === undefined ? {} : { override: options.override }),
  });
  if (!checked.ok) return fail([...checked.issues]);
  const { offLedger, override } = checked.data;
  const unit = options.unit ?? parseValueUnit('');
  // One scale for every comparable agreement: they are all in the unit's currency.
  const scale = unit.kind === 'money' ? unit.scale : 1;
  const fromCents = (c: number) => centsInUnit(c, scale);
  let incomparable: Message | undefined;
  let ret = 0;
  let cost = 0;
  const agreements = settlements.map((s): AgreementActual => {
    let r = 0;
    let c = 0;
    let n = 0;
    const conversion = ledgerConversion(unit, s.currency);
    if (!conversion.ok) incomparable ??= conversion.because;
    for (const line of s.lines) {
      if (line.party !== SELF_PARTY) continue;
      n += 1;
      const x = toCents(line.amount);
      if (x >= 0) r += x;
      else c -= x;
    }
    if (!conversion.ok) return { agreement: s.agreement, return: 0, cost: 0, lines: n };
    ret += r;
    cost += c;
    return { agreement: s.agreement, return: fromCents(r), cost: fromCents(c), lines: n };
  });
  const ledger = { cost: fromCents(cost), return: fromCents(ret) };
  for (const item of offLedger) {
    if (item.kind === 'return') ret += unitToCents(item.amount, scale);
    else cost += unitToCents(item.amount, scale);
  }
  if (incomparable !== undefined && override === undefined) {
    // unit.incomparable.points → units_incomparable_points, with the message's values.
    const why = incomparable.code.slice('unit.incomparable.'.length);
    return fail([
      {
        code: `units_incomparable_${why}`,
        path: ['actual'],
        message: `${renderEnglish(incomparable)}; type the actual figures with a reason`,
        params: incomparable.params,
      },
    ]);
  }
  if (override !== undefined && incomparable !== undefined) {
    return ok({
      cost: override.cost,
      return: override.return,
      source: 'override',
      agreements,
      offLedger,
      ledger,
      reason: override.reason,
      because: message('review.actual.override_incomparable', {
        reason: override.reason,
        because: incomparable,
      }),
      incomparable,
    });
  }
  if (override !== undefined) {
    return ok({
      cost: override.cost,
      return: override.return,
      source: 'override',
      agreements,
      offLedger,
      ledger,
      reason: override.reason,
      because: message('review.actual.override', {
        reason: override.reason,
        ledgerNet: moneyParam(ledger.return - ledger.cost),
      }),
    });
  }
  return ok({
    cost: fromCents(cost),
    return: fromCents(ret),
    source: 'ledger',
    agreements,
    offLedger,
    ledger,
    because: message('review.actual.ledger', {
      agreements: agreements.length,
      offLedger: offLedger.length,
      net: moneyParam(fromCents(ret - cost)),
    }),
  });
}
