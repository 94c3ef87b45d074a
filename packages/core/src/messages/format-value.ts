/**
 * A message's values as text, the same in every language we speak: money with two
 * places and grouped thousands, exact quantities with as many places as they need,
 * shares as percentages, numbers with at most two places and a true minus sign.
 */
import { parseExact } from '../agreements/exact.js';
import {
  formatExact,
  format as formatMoney,
  formatPercent,
  roundCents,
} from '../agreements/money.js';
import { formatNumber } from '../review/review-facts.js';
import type { ExactParam, MoneyParam, PercentParam } from '../util/message.js';

export type ScalarParam = string | number | MoneyParam | ExactParam | PercentParam;

export function formatValue(param: ScalarParam): string {
  if (typeof param === 'string') return param;
  if (typeof param === 'number') return formatNumber(param);
  if ('money' in param) {
    const x = parseExact(param.money);
    return x === undefined ? param.money : formatMoney(roundCents(x));
  }
  const text = 'exact' in param ? param.exact : param.percent;
  const x = parseExact(text);
  if (x === undefined) return text;
  return 'exact' in param ? formatExact(x) : formatPercent(x);
}
