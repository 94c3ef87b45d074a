import { describe, expect, it } from 'vitest';
import { exact } from '../agreements/exact.js';
import { exactText, moneyParam } from '../agreements/settle-messages.js';
import { accepted, EXAMPLE, settleYaml } from '../agreements/test-support/agreements.js';
import {
  DEFAULT_REVIEW_RULES,
  MESSAGE_CODES,
  messageParamNames,
  renderEnglish,
  suggestReviewDecision,
} from '../index.js';
import { message } from '../util/message.js';

describe('values travel exactly', () => {
  it('money as cents with two places, exact values as decimals or fractions', () => {
    expect(moneyParam(6_000_000n)).toEqual({ money: '60000.00' });
    expect(moneyParam(-5n)).toEqual({ money: '-0.05' });
    expect(exactText(exact(1n, 3n))).toBe('1/3');
    expect(exactText(exact(-1n, 8n))).toBe('-0.125');
    expect(exactText(exact(1_000_000n))).toBe('1000000');
  });

  it('renders them as the CLI prints them', () => {
    const piece = message('settle.revenue.tier', {
      share: { percent: '1/3' },
      portion: { money: '600000.00' },
      from: { exact: '0' },
      to: { exact: '1000000' },
    });
    expect(renderEnglish(piece)).toBe('33.3333…% × 600,000.00 (tier 0 – 1,000,000)');
  });
});

describe('a settlement line', () => {
  it('sends its explanation as JSON that renders back to the same English', () => {
    const report = accepted(settleYaml(EXAMPLE, '2026-01-01', '2026-03-31'));
    expect(report.lines.length).toBeGreaterThan(3);
    for (const line of report.lines) {
      const sent = JSON.parse(JSON.stringify(line.because));
      expect(renderEnglish(sent)).toBe(line.explain);
    }
  });
});

describe('every code', () => {
  const all = [...MESSAGE_CODES.settlement, ...MESSAGE_CODES.review];

  it('is listed once and has English of its own', () => {
    expect(new Set(all).size).toBe(all.length);
    for (const code of all) expect(renderEnglish(message(code)), code).not.toBe(code);
  });

  it('an unknown code shows as itself', () => {
    expect(renderEnglish(message('no.such.code'))).toBe('no.such.code');
  });
});

describe('a review suggestion', () => {
  it('carries its reason and facts as codes whose English is the text', () => {
    const history = [2025, 2026].map((year) => ({
      period: String(year),
      planReturn: 100,
      planCost: 50,
      actualReturn: 40,
      actualCost: 50,
      trust: 0.42,
    }));
    const result = suggestReviewDecision(history, DEFAULT_REVIEW_RULES);
    if (!result.ok) throw new Error('expected a suggestion');
    const { because, reason, fired } = result.value;
    expect(because.code).toBe('review.reason.fired_outranks');
    expect(renderEnglish(because)).toBe(reason);
    const [exit] = fired;
    expect(exit?.title).toEqual(message('review.rule.exit-net-below-plan-low-trust'));
    expect(exit?.because.map(renderEnglish)).toEqual(exit?.facts);
    expect(exit?.facts).toEqual([
      'net vs plan −60 in 2025 and −60 in 2026 (< 0)',
      'trust 0.42 in 2026 (< 0.5)',
    ]);
  });
});

describe('messageParamNames', () => {
  it('lists the values a code speaks of', () => {
    expect(messageParamNames('settle.revenue.collector_pays_total')).toEqual([
      'events',
      'revenue',
      'source',
      'to',
      'total',
    ]);
    expect(messageParamNames('review.reason.none')).toEqual([]);
    expect(messageParamNames('no.such.code')).toEqual([]);
  });
});
