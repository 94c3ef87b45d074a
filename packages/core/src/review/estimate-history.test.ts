import { describe, expect, it } from 'vitest';
import { type DatedEstimate, estimateInForce } from './estimate-history.js';

const e = (version: number, since: string, ret: number | null): DatedEstimate => ({
  version,
  since,
  estimate: ret === null ? null : { cost: 0, return: ret },
});

describe('estimateInForce', () => {
  // Hand-made history, out of order on purpose: v1 on 2025-01-15, v2 and v3 both on
  // 2025-03-10 (v3 saved later that day), v4 on 2025-07-01.
  const history = [
    e(4, '2025-07-01', 400),
    e(2, '2025-03-10', 200),
    e(1, '2025-01-15', 100),
    e(3, '2025-03-10', 300),
  ];

  it('takes the latest estimate saved on or before the day', () => {
    expect(estimateInForce(history, '2025-01-15')).toMatchObject({ version: 1, backdated: false });
    expect(estimateInForce(history, '2025-03-09')).toMatchObject({ version: 1 });
    // Two saves on one day: the last is in force from that day on.
    expect(estimateInForce(history, '2025-03-10')).toMatchObject({
      version: 3,
      since: '2025-03-10',
      estimate: { cost: 0, return: 300 },
      backdated: false,
    });
    expect(estimateInForce(history, '2025-06-30')).toMatchObject({ version: 3 });
    expect(estimateInForce(history, '2026-01-01')).toMatchObject({ version: 4 });
  });

  it('lets the first estimate stand for the days before it, marked backdated', () => {
    expect(estimateInForce(history, '2024-10-01')).toEqual({
      version: 1,
      since: '2025-01-15',
      estimate: { cost: 0, return: 100 },
      backdated: true,
    });
  });

  it('has none without a record, and keeps a cleared estimate as null', () => {
    expect(estimateInForce([], '2025-01-01')).toBeNull();
    expect(
      estimateInForce([e(1, '2025-01-01', 10), e(2, '2025-02-01', null)], '2025-05-01'),
    ).toEqual({
      version: 2,
      since: '2025-02-01',
      estimate: null,
      backdated: false,
    });
  });
});
