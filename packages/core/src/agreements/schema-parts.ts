/**
 * The small value schemas every agreement field is built from: names, dates, money,
 * shares. Money and shares are checked here through their exact value, so that a share
 * written "1/3" and an amount with a stray third decimal are caught at their own line.
 */
import { z } from 'zod';
import { describeValue } from '../spec/describe-value.js';
import { RESERVED, RESERVED_MESSAGE } from '../spec/reserved-name.js';
import { isIsoDate } from './dates.js';
import { cmp, type Exact, ONE, parseExact, sign, sum } from './exact.js';
import { isWholeCents } from './money.js';

/** Beyond this an amount's cents would no longer be exact as a JSON number. */
export const MAX_AMOUNT = 1e13;

export const nameSchema = (what: string) =>
  z
    .string()
    .min(1, { error: `${what} cannot be empty` })
    .refine((value) => value !== RESERVED, {
      error: RESERVED_MESSAGE,
      params: { code: 'reserved_name' },
    });

export const partySchema = nameSchema('a party name').meta({ description: 'a party name' });

export const dateSchema = z
  .string()
  .refine(isIsoDate, {
    error: (issue) =>
      `${describeValue(issue.input)} is not a calendar date; write YYYY-MM-DD, e.g. 2026-01-31`,
    params: { code: 'invalid_date' },
  })
  .meta({ description: 'a date written YYYY-MM-DD' });

/** A money amount: whole cents, sign allowed (a correction is a negative amount). */
export const amountSchema = z
  .number()
  .superRefine((value, ctx) => {
    const amount = parseExact(value);
    if (amount !== undefined && !isWholeCents(amount)) {
      ctx.addIssue({
        code: 'custom',
        message: `${value} has more than two decimals; amounts are in whole cents`,
        params: { code: 'sub_cent_amount', values: { value } },
      });
    }
    if (Math.abs(value) > MAX_AMOUNT) {
      ctx.addIssue({
        code: 'custom',
        message: `${value} is beyond ±${MAX_AMOUNT.toExponential()}, too large to settle exactly`,
        params: { code: 'out_of_range' },
      });
    }
  })
  .meta({ description: 'an amount of money' });

/** An amount above (or at least) zero; the issue names its values, so each language says it. */
const amountAbove = (code: 'not_positive' | 'negative', op: '>' | '≥', message: string) =>
  amountSchema.superRefine((value, ctx) => {
    if (op === '>' ? value > 0 : value >= 0) return;
    ctx.addIssue({
      code: 'custom',
      message: `is ${describeValue(value)} but ${message}`,
      params: { code, values: { value, op, bound: 0 } },
    });
  });

export const positiveAmountSchema = amountAbove('not_positive', '>', 'must be > 0');

export const nonNegativeAmountSchema = amountAbove('negative', '≥', 'cannot be negative');

/** A share of an amount: a number from 0 to 1, or a fraction string such as "1/3". */
export const shareSchema = z
  .union([z.number(), z.string()])
  .superRefine((value, ctx) => {
    const share = parseExact(value);
    if (share === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `${describeValue(value)} is not a share; write a number from 0 to 1 or a fraction such as "1/3"`,
        params: { code: 'invalid_share', values: { value: String(value) } },
      });
    } else if (sign(share) < 0 || cmp(share, ONE) > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `the share is ${describeValue(value)} but must be from 0 to 1 (0.1 is 10%)`,
        params: { code: 'out_of_range' },
      });
    }
  })
  .meta({ description: 'a share from 0 to 1, such as 0.1 or "1/3"' });

export type Share = z.output<typeof shareSchema>;

/** `parseExact` for a value the schema has already accepted. */
export function exactOf(value: number | string) {
  const parsed = parseExact(value);
  if (parsed === undefined) throw new RangeError(`not a validated number: ${String(value)}`);
  return parsed;
}

/**
 * The sum of written shares, or undefined when one does not parse. Zod runs an object's
 * refinements even after a share inside failed its own (that issue does not abort), so
 * the sums must not assume the shares are valid.
 */
export function shareSum(shares: Readonly<Record<string, number | string>>): Exact | undefined {
  const parsed = Object.values(shares).map((value) => parseExact(value));
  return parsed.every((x) => x !== undefined) ? sum(parsed as Exact[]) : undefined;
}

/** A record's own entry: a party named `constructor` must not read `Object.prototype`'s. */
export const ownEntry = <T>(record: Readonly<Record<string, T>> | undefined, key: string) =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
