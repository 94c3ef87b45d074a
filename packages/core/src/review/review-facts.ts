/** The numbers of one review period, and the metrics rules compare. */
import { z } from 'zod';
import type { ReviewComparison, ReviewMetric } from './review-rules.js';

export const reviewFactsSchema = z.strictObject({
  /** A label for the period, used in the facts a rule reports: '2025', '2025-H1'. */
  period: z.string().min(1),
  planReturn: z.number(),
  planCost: z.number(),
  actualReturn: z.number(),
  actualCost: z.number(),
  /** Left out when not assessed: a condition on a missing metric does not hold. */
  trust: z.number().min(0).max(1).optional(),
  health: z.number().min(1).max(5).optional(),
  healthGap: z.number().min(0).max(4).optional(),
});
export type ReviewFacts = z.output<typeof reviewFactsSchema>;

export function reviewMetric(facts: ReviewFacts, metric: ReviewMetric): number | undefined {
  const net = facts.actualReturn - facts.actualCost;
  switch (metric) {
    case 'netVsPlan':
      return net - (facts.planReturn - facts.planCost);
    case 'net':
      return net;
    case 'returnVsPlan':
      return facts.actualReturn - facts.planReturn;
    case 'costVsPlan':
      return facts.actualCost - facts.planCost;
    case 'trust':
    case 'health':
    case 'healthGap':
      return facts[metric];
  }
}

export const REVIEW_METRIC_LABELS: Readonly<Record<ReviewMetric, string>> = {
  netVsPlan: 'net vs plan',
  net: 'net',
  returnVsPlan: 'return vs plan',
  costVsPlan: 'cost vs plan',
  trust: 'trust',
  health: 'health',
  healthGap: 'health gap',
};

/** `==` allows for rounding (1e-9 relative), since metrics are differences of sums. */
export function compare(x: number, op: ReviewComparison, value: number): boolean {
  switch (op) {
    case '<':
      return x < value;
    case '<=':
      return x <= value;
    case '>':
      return x > value;
    case '>=':
      return x >= value;
    case '==':
      return Math.abs(x - value) <= 1e-9 * Math.max(1, Math.abs(value));
  }
}

/**
 * −120,000 · 0.42 · 3.5: thousands grouped, at most two decimals, a true minus sign. Done
 * by hand so the facts read the same in every runtime, whatever its locale data.
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  const digits = abs >= 1000 ? 0 : 2;
  const fixed = abs.toFixed(digits);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction.replace(/0+$/, '');
  const text = trimmed === '' ? grouped : `${grouped}.${trimmed}`;
  return x < 0 && text !== '0' ? `\u2212${text}` : text;
}

/** "2025", "2025 and 2026", "2024, 2025 and 2026". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
