/**
 * Properties over random agreements and ledgers: whatever the terms and events, the
 * balances are the sums of the lines, they add up to exactly 0, every amount is whole
 * cents, and the transfers (at most n − 1) settle the balances exactly.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exact } from './exact.js';
import { largestRemainderSplit } from './money.js';
import { settleAgreement } from './settle.js';
import { validateAgreementFile } from './validate.js';

const cents = (x: number): number => Math.round(x * 100);
const money = (maxCents: number, minCents = -maxCents) =>
  fc.integer({ min: minCents, max: maxCents }).map((c) => c / 100);
const day = fc
  .integer({ min: 1, max: 28 })
  .chain((d) =>
    fc
      .integer({ min: 1, max: 12 })
      .map((m) => `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  );

/** Integer weights as fraction strings adding up to exactly 1 ("3/7", "4/7"). */
const splitOf = (parties: string[]) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: parties.length, maxLength: parties.length })
    .filter((ws) => ws.some((w) => w > 0))
    .map((ws) => {
      const total = ws.reduce((a, b) => a + b, 0);
      return Object.fromEntries(
        parties.flatMap((p, i) => (ws[i] ? [[p, `${ws[i]}/${total}`]] : [])),
      );
    });

const scenario = fc.integer({ min: 2, max: 5 }).chain((n) => {
  const parties = Array.from({ length: n }, (_, i) => `p${i}`);
  const party = fc.constantFrom(...parties);
  const revenueTerm = (source: string) =>
    fc.record({
      source: fc.constant(source),
      collector: fc.constant('p0'),
      tiers: fc
        .uniqueArray(fc.integer({ min: 1, max: 2_000_000 }), { minLength: 0, maxLength: 2 })
        .chain((tops) =>
          fc.tuple(
            ...[...tops.sort((a, b) => a - b), null].map((upTo) =>
              fc.record({
                upTo: fc.constant(upTo),
                // basis points of revenue, one per non-collector party, at most 100% in all
                shares: fc
                  .array(fc.integer({ min: 0, max: 2500 }), { minLength: n - 1, maxLength: n - 1 })
                  .map((bps) => Object.fromEntries(bps.map((b, i) => [`p${i + 1}`, b / 10_000]))),
              }),
            ),
          ),
        ),
      cap: fc.option(fc.dictionary(fc.constantFrom(...parties.slice(1)), money(5_000_000, 0)), {
        nil: undefined,
      }),
    });
  const costTerm = (pool: string) =>
    fc.record({ pool: fc.constant(pool), split: fc.oneof(fc.constant('byUse'), splitOf(parties)) });
  const milestoneTerm = (id: string) =>
    fc
      .tuple(party, party, money(10_000_000, 1))
      .filter(([a, b]) => a !== b)
      .map(([payer, payee, amount]) => ({ id, payer, payee, amount }));
  const event = fc.oneof(
    fc.record({
      date: day,
      kind: fc.constant('revenue'),
      source: fc.constantFrom('s0', 's1'),
      amount: money(200_000_000),
    }),
    fc.record({
      date: day,
      kind: fc.constant('cost'),
      pool: fc.constantFrom('k0', 'k1'),
      amount: money(5_000_000),
      paidBy: party,
    }),
    fc.record({
      date: day,
      kind: fc.constant('usage'),
      pool: fc.constantFrom('k0', 'k1'),
      party,
      quantity: fc.integer({ min: 0, max: 1000 }).map((q) => q / 10),
    }),
    fc.record({ date: day, kind: fc.constant('milestone'), id: fc.constantFrom('m0', 'm1') }),
  );
  return fc.record({
    document: fc.record({
      version: fc.constant(1),
      agreement: fc.record(
        {
          id: fc.constant('prop'),
          type: fc.constant('consortium'),
          parties: fc.constant(parties),
          start: fc.constant('2026-01-01'),
          end: fc.constant('2026-12-31'),
          terms: fc.tuple(
            revenueTerm('s0').map((revenueShare) => ({ revenueShare })),
            revenueTerm('s1').map((revenueShare) => ({ revenueShare })),
            costTerm('k0').map((costShare) => ({ costShare })),
            costTerm('k1').map((costShare) => ({ costShare })),
            milestoneTerm('m0').map((milestone) => ({ milestone })),
            milestoneTerm('m1').map((milestone) => ({ milestone })),
          ),
        },
        { requiredKeys: ['id', 'type', 'parties', 'start', 'end', 'terms'] },
      ),
      events: fc.array(event, { maxLength: 40 }),
    }),
    period: fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
  });
});

describe('settlement properties', () => {
  test('balances sum to exactly 0 and the transfers settle them', () => {
    fc.assert(
      fc.property(scenario, ({ document, period }) => {
        const file = validateAgreementFile(JSON.parse(JSON.stringify(document)));
        if (!file.ok) throw new Error(JSON.stringify(file.issues));
        const { agreement, events } = file.value;
        const result = settleAgreement(agreement, events, period);
        if (!result.ok) {
          // The one refusal: a byUse pool with costs but no usage in the period.
          expect(result.issues.every((i) => i.code === 'no_usage')).toBe(true);
          return;
        }
        const report = result.value;
        const balance = new Map(agreement.parties.map((p) => [p, 0]));
        for (const line of report.lines) {
          expect(cents(line.amount) / 100).toBe(line.amount);
          balance.set(line.party, (balance.get(line.party) ?? 0) + cents(line.amount));
        }
        expect(Object.keys(report.balances)).toStrictEqual(agreement.parties);
        let total = 0;
        for (const [p, b] of Object.entries(report.balances)) {
          expect(cents(b)).toBe(balance.get(p));
          total += cents(b);
        }
        expect(total).toBe(0);
        expect(report.transfers.length).toBeLessThanOrEqual(agreement.parties.length - 1);
        for (const t of report.transfers) {
          expect(t.amount).toBeGreaterThan(0);
          balance.set(t.from, (balance.get(t.from) ?? 0) + cents(t.amount));
          balance.set(t.to, (balance.get(t.to) ?? 0) - cents(t.amount));
        }
        for (const b of balance.values()) expect(b).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  test('largestRemainderSplit: the parts add up to the total, each within a cent of its quota', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc
          .array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 8 })
          .filter((ws) => ws.some((w) => w > 0)),
        (total, weights) => {
          const parts = largestRemainderSplit(
            total,
            weights.map((w) => exact(BigInt(w))),
          );
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
          const sum = BigInt(weights.reduce((a, b) => a + b, 0));
          parts.forEach((part, i) => {
            // |part × Σw − total × w| < Σw: within one cent of the exact quota
            const gap = part * sum - total * BigInt(weights[i] ?? 0);
            expect(gap < sum && -gap < sum).toBe(true);
          });
        },
      ),
    );
  });
});
