/**
 * Who pays whom: a deterministic greedy that settles balances exactly. The largest
 * debtor pays the largest creditor as much as one of them needs (ties by party order);
 * each payment clears at least one party, and the last clears two, so n parties need
 * at most n − 1 payments.
 */
import type { Cents } from './money.js';

export interface CentTransfer {
  readonly from: string;
  readonly to: string;
  readonly cents: Cents;
}

/** `balances` in party order, adding up to 0 (positive: the party receives). */
export function settleTransfers(balances: readonly (readonly [string, Cents])[]): CentTransfer[] {
  const left = balances.map(([party, cents]) => ({ party, cents }));
  const transfers: CentTransfer[] = [];
  // Pick the first party of the largest magnitude on one side: `>` keeps the earlier one.
  const largest = (side: 1n | -1n) => {
    let best: (typeof left)[number] | undefined;
    for (const entry of left) {
      const amount = entry.cents * side;
      if (amount > 0n && (best === undefined || amount > best.cents * side)) best = entry;
    }
    return best;
  };
  for (;;) {
    const debtor = largest(-1n);
    const creditor = largest(1n);
    if (debtor === undefined || creditor === undefined) break;
    // Math.min takes no bigint: the smaller of what the debtor owes and the creditor is owed.
    let cents = creditor.cents;
    if (-debtor.cents < cents) cents = -debtor.cents;
    transfers.push({ from: debtor.party, to: creditor.party, cents });
    debtor.cents += cents;
    creditor.cents -= cents;
  }
  return transfers;
}
