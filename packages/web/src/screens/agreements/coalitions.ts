/**
 * The coalition table of a joint project: v(T) for every group T of parties, keyed as the
 * server (and game files) want it: the members in party order joined by commas (`us,univ-a`),
 * `""` for nobody (always 0).
 */

export interface Coalition {
  /** The key in the table: members in party order, comma-joined. */
  readonly key: string;
  readonly members: readonly string[];
}

/** Every non-empty coalition: singles first, then pairs, ..., the grand coalition last. */
export function coalitions(parties: readonly string[]): Coalition[] {
  const n = parties.length;
  const groups: number[][] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    groups.push(parties.flatMap((_, i) => (mask & (1 << i) ? [i] : [])));
  }
  // By size, then in party order: the group whose first differing member is listed first.
  const before = (a: number[], b: number[]) => {
    if (a.length !== b.length) return a.length - b.length;
    const k = a.findIndex((x, i) => x !== b[i]);
    return k < 0 ? 0 : (a[k] ?? 0) - (b[k] ?? 0);
  };
  return groups.sort(before).map((indexes) => {
    const members = indexes.map((i) => parties[i] ?? '');
    return { key: members.join(','), members };
  });
}

/** The table to send: every coalition's value (missing ones as undefined are left out), plus `""`: 0. */
export function coalitionTable(
  parties: readonly string[],
  values: Readonly<Record<string, number | null | undefined>>,
): Record<string, number> {
  const table: Record<string, number> = { '': 0 };
  for (const { key } of coalitions(parties)) {
    const value = values[key];
    if (typeof value === 'number' && Number.isFinite(value)) table[key] = value;
  }
  return table;
}

/** The coalitions still without a value. */
export const missingCoalitions = (
  parties: readonly string[],
  values: Readonly<Record<string, number | null | undefined>>,
): Coalition[] => coalitions(parties).filter(({ key }) => typeof values[key] !== 'number');
