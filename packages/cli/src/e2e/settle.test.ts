/**
 * End to end: `partnerfolio settle` on examples/agreements/joint-rnd.yaml and small
 * fixtures, on the built binary. The figures are the hand-computed ones of
 * docs/agreements.md.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ErrorJson } from './contract.js';
import { ANSI, fixture, parseJsonDocument, runBin, runJson, STACK_FRAME } from './run-cli.js';

const EXAMPLE = 'examples/agreements/joint-rnd.yaml';
const Q1 = ['--from', '2026-01-01', '--to', '2026-03-31'];
const Q2 = ['--from', '2026-04-01', '--to', '2026-06-30'];

const SettleJson = z.object({
  agreement: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  currency: z.string().optional(),
  balances: z.record(z.string(), z.number()),
  transfers: z.array(z.object({ from: z.string(), to: z.string(), amount: z.number() })),
  lines: z.array(
    z.object({ term: z.string(), party: z.string(), amount: z.number(), explain: z.string() }),
  ),
});

const cents = (x: number): number => Math.round(x * 100);
const sumCents = (xs: Record<string, number>): number =>
  Object.values(xs).reduce((a, b) => a + cents(b), 0);

describe.concurrent('partnerfolio settle', () => {
  it('--json: the example’s Q1, as worked out by hand', async () => {
    const report = await runJson(SettleJson, ['settle', EXAMPLE, ...Q1]);
    expect(report.balances).toStrictEqual({ us: -40_000, 'univ-a': 110_000, 'corp-b': -70_000 });
    expect(sumCents(report.balances)).toBe(0);
    expect(report.transfers).toStrictEqual([
      { from: 'corp-b', to: 'univ-a', amount: 70_000 },
      { from: 'us', to: 'univ-a', amount: 40_000 },
    ]);
    expect(report).toMatchObject({
      agreement: 'jrd-2026-01',
      period: { from: '2026-01-01', to: '2026-03-31' },
      currency: 'EUR',
    });
    expect(report.lines.map((l) => [l.term, l.party, l.amount])).toStrictEqual([
      ['terms[0].revenueShare', 'univ-a', 60_000],
      ['terms[0].revenueShare', 'us', -60_000],
      ['terms[1].costShare', 'us', 40_000],
      ['terms[1].costShare', 'us', -20_000],
      ['terms[1].costShare', 'corp-b', -20_000],
      ['terms[2].milestone', 'univ-a', 50_000],
      ['terms[2].milestone', 'corp-b', -50_000],
    ]);
    expect(report.lines[0]?.explain).toBe('10% × 600,000.00 (tier 0 – 1,000,000) = 60,000.00');
    // Each party's balance is the sum of its lines.
    for (const [party, balance] of Object.entries(report.balances)) {
      const own = report.lines.filter((l) => l.party === party);
      expect(own.reduce((s, l) => s + cents(l.amount), 0)).toBe(cents(balance));
    }
  });

  it('--json: Q2 crosses a tier, hits the cap, splits an odd cent, pays m1 no more', async () => {
    const run = await runBin(['settle', EXAMPLE, ...Q2, '--json']);
    expect(run.code).toBe(0);
    const report = SettleJson.parse(parseJsonDocument(run));
    expect(report.balances).toStrictEqual({ us: -86_172.84, 'univ-a': 80_000, 'corp-b': 6_172.84 });
    expect(sumCents(report.balances)).toBe(0);
    expect(report.transfers).toStrictEqual([
      { from: 'us', to: 'univ-a', amount: 80_000 },
      { from: 'us', to: 'corp-b', amount: 6_172.84 },
    ]);
    expect(report.lines[0]?.explain).toBe(
      '10% × 1,000,000.00 (tier 0 – 1,000,000) + 5% × 200,000.00 (tier 1,000,000 – ∞) = 110,000.00; capped at 80,000.00',
    );
    expect(report.lines.find((l) => l.term === 'terms[2].milestone')).toMatchObject({
      amount: 0,
      explain: expect.stringMatching(/before this period, and pays once/),
    });
    // The repeated milestone report is a warning: on stderr, never on stdout.
    expect(run.stderr).toMatch(
      /warning: .*joint-rnd\.yaml:\d+: milestone `m1` was already reported/,
    );
  });

  it('text: a table of lines with their arithmetic, the balances and the transfers', async () => {
    const run = await runBin(['settle', EXAMPLE, ...Q1]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(ANSI);
    expect(run.stdout).toMatch(/^Settlement of jrd-2026-01 from 2026-01-01 to 2026-03-31/);
    expect(run.stdout).toMatch(
      /terms\[0\]\.revenueShare\s+univ-a\s+60,000\.00\s+10% × 600,000\.00 \(tier 0 – 1,000,000\) = 60,000\.00/,
    );
    expect(run.stdout).toMatch(/terms\[2\]\.milestone\s+corp-b\s+-50,000\.00\s+milestone m1/);
    expect(run.stdout).toMatch(
      /Balances[^\n]*\n[^\n]*\n[^\n]*\nus\s+-40,000\.00\nuniv-a\s+110,000\.00\ncorp-b\s+-70,000\.00\n/,
    );
    expect(run.stdout).toMatch(
      /Transfers\n[^\n]*\n[^\n]*\ncorp-b\s+univ-a\s+70,000\.00\nus\s+univ-a\s+40,000\.00\n$/,
    );
  });

  it('a JSON file: 100.00 in thirds is 33.34, 33.33, 33.33', async () => {
    const report = await runJson(SettleJson, [
      'settle',
      fixture('agreements/thirds.json'),
      '--from',
      '2026-01-01',
      '--to',
      '2026-12-31',
    ]);
    expect(report.balances).toStrictEqual({ a: -33.34, b: -33.33, c: 66.67 });
    expect(report.transfers).toStrictEqual([
      { from: 'a', to: 'c', amount: 33.34 },
      { from: 'b', to: 'c', amount: 33.33 },
    ]);
  });

  it('exit 1 on a bad file: file, line:column and path on stderr', async () => {
    const file = fixture('agreements/bad-tiers.yaml');
    const run = await runBin(['settle', file, ...Q1]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `${file}:15:21: agreement.terms[0].revenueShare.tiers[1].upTo: is 500000 but must be above the previous tier's 1000000`,
    );
    expect(run.stderr).not.toMatch(STACK_FRAME);
    const json = await runBin(['settle', file, ...Q1, '--json']);
    expect(json.code).toBe(1);
    const { error } = ErrorJson.parse(parseJsonDocument(json));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toMatchObject([
      { path: 'agreement.terms[0].revenueShare.tiers[1].upTo', line: 15, column: 21 },
    ]);
  });

  it('exit 1 when costs cannot be split by use: the term is named', async () => {
    const file = fixture('agreements/no-usage.yaml');
    const run = await runBin(['settle', file, ...Q1]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /no-usage\.yaml:11:38: agreement\.terms\[0\]\.costShare\.split: pool `gpu` has costs in the period but no usage/,
    );
    const q2 = await runJson(SettleJson, ['settle', file, ...Q2]);
    expect(q2.balances).toStrictEqual({ us: 66.66, 'lab-a': -33.33, 'lab-b': -33.33 });
  });

  it('exit 2 on a missing or bad --from / --to, or a period out of order', async () => {
    const runs = await Promise.all([
      runBin(['settle', EXAMPLE, '--to', '2026-03-31']),
      runBin(['settle', EXAMPLE, '--from', '2026-01-01']),
      runBin(['settle', EXAMPLE, '--from', '2026-02-30', '--to', '2026-03-31']),
      runBin(['settle', EXAMPLE, '--from', '01/01/2026', '--to', '2026-03-31']),
      runBin(['settle', EXAMPLE, '--from', '2026-04-01', '--to', '2026-03-31']),
    ]);
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toMatch(STACK_FRAME);
    }
    expect(runs[0]?.stderr).toMatch(/required option '--from <date>' not specified/);
    expect(runs[2]?.stderr).toMatch(/--from must be a date written YYYY-MM-DD, not "2026-02-30"/);
    const json = await runBin(['settle', EXAMPLE, '--to', '2026-03-31', '--json']);
    expect(json.code).toBe(2);
    expect(ErrorJson.parse(parseJsonDocument(json)).error.code).toBe('usage');
  });

  it('--help lists its options', async () => {
    const run = await runBin(['settle', '--help']);
    expect(run.code).toBe(0);
    for (const option of ['--from <date>', '--to <date>', '--json']) {
      expect(run.stdout).toContain(option);
    }
  });
});
