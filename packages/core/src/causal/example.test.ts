/**
 * examples/outcomes/revenue-by-line.csv: 18 product lines × 24 months, generated with a
 * planted effect of +40 (k€ a month) on the two medical lines from 2025-01, when the
 * hospital partnership starts (docs/attribution.md says how it was made). The lines grow
 * at different rates, so DiD's parallel trends hold only roughly.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createRng } from '../simulate/prng.js';
import { attribute } from './attribute.js';
import { parsePanelCsv } from './csv.js';

const text = readFileSync(
  new URL('../../../../examples/outcomes/revenue-by-line.csv', import.meta.url),
  'utf8',
);

it('recovers the planted +40 within the 95% interval with each method', () => {
  const columns = {
    unit: 'line',
    time: 'month',
    outcome: 'revenue_k_eur',
    treated: 'hospital_partnership',
  };
  const parsed = parsePanelCsv(text, columns);
  if (!parsed.ok) throw new Error('the example does not parse');
  expect(parsed.value.units.slice(parsed.value.n0)).toEqual(['medical-imaging', 'medical-lab']);
  expect(parsed.value.periods[parsed.value.t0]).toBe('2025-01');
  for (const method of ['did', 'sc', 'sdid'] as const) {
    const r = attribute(parsed.value, { method, placebo: 100, rng: createRng(1) });
    if (!r.ok) throw new Error('attribute failed');
    const [lo, hi] = r.value.ci as [number, number];
    expect(lo).toBeLessThan(40);
    expect(hi).toBeGreaterThan(40);
  }
});
