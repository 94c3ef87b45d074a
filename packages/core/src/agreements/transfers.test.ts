import { describe, expect, test } from 'vitest';
import { settleTransfers } from './transfers.js';

describe('settleTransfers', () => {
  test('largest debtor pays largest creditor until all are settled', () => {
    const transfers = settleTransfers([
      ['a', 500n],
      ['b', -300n],
      ['c', -700n],
      ['d', 500n],
    ]);
    expect(transfers).toStrictEqual([
      { from: 'c', to: 'a', cents: 500n },
      { from: 'b', to: 'd', cents: 300n },
      { from: 'c', to: 'd', cents: 200n },
    ]);
  });

  test('ties go to the party listed first', () => {
    expect(
      settleTransfers([
        ['x', -100n],
        ['y', -100n],
        ['z', 100n],
        ['w', 100n],
      ]),
    ).toStrictEqual([
      { from: 'x', to: 'z', cents: 100n },
      { from: 'y', to: 'w', cents: 100n },
    ]);
  });

  test('nothing to settle, nothing to pay', () => {
    expect(
      settleTransfers([
        ['a', 0n],
        ['b', 0n],
      ]),
    ).toStrictEqual([]);
    expect(settleTransfers([])).toStrictEqual([]);
  });
});
